using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;
using Tolok.Pengguna;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

public static class PartisipasiApi
{
    public static RouteGroupBuilder MapPartisipasiApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/pemilihan/{id}").WithTags("Partisipasi");
        group.MapGet("/partisipasi/{kodeWilayah}", GetPartisipasi)
            .WithName("Partisipasi")
            .WithSummary("Partisipasi pemilih sebuah wilayah (atau TPS) beserta anak-anaknya")
            .RequireAuthorization();
        group.MapGet("/partisipasi/{kodeWilayah}/tabel.{format}", GetTabel)
            .WithName("TabelPartisipasi")
            .WithSummary("Tabel partisipasi anak-anak wilayah sebagai csv atau xlsx")
            .RequireAuthorization();
        group.MapGet("/partisipasi/{kodeWilayah}/riwayat", GetRiwayat)
            .WithName("RiwayatPartisipasi")
            .WithSummary("Versi-versi terdahulu data sebuah TPS (atau baris rekap wilayah) yang diganti impor, terlama lebih dulu")
            .RequireAuthorization();
        group.MapGet("/anomali/{kodeWilayah}", GetAnomali)
            .WithName("Anomali")
            .WithSummary("TPS yang melanggar aturan validasi, dengan aturan yang dilanggar")
            .RequireAuthorization();
        group.MapGet("/tps/{kodeWilayah}.csv", Export)
            .WithName("EksporTps")
            .WithSummary("Data TPS di bawah sebuah wilayah, dalam format impor (CSV)")
            .RequireAuthorization();
        group.MapPost("/tps/impor", Import)
            .WithName("ImporTps")
            .WithSummary("Impor data TPS (CSV, XLSX, JSON Sirekap, zip) untuk satu surat suara")
            .RequireAuthorization(Peran.PolicyKelolaData)
            .DisableAntiforgery() // API clients post multipart with their login cookie or token; pages use the form, which has a token
            .WithMetadata(new RequestSizeLimitAttribute(TpsUpload.MaxBytes))
            // The form reader's own limit (128 MB by default) raised to the same 512 MB, so that a file under the
            // advertised limit is read and one over it is a 413, not a misleading 400.
            .WithFormOptions(multipartBodyLengthLimit: TpsUpload.MaxBytes);
        group.MapPost("/daftar-tps/impor", ImportDaftar)
            .WithName("ImporDaftarTps")
            .WithSummary("Impor daftar TPS (kode, DPT L/P) sebuah wilayah: penyebut cakupan \"TPS berdata: x dari y\"; format sama dengan impor data TPS")
            .RequireAuthorization(Peran.PolicyKelolaData)
            .DisableAntiforgery() // as the TPS import: cookie requests still need the antiforgery header (AntiPemalsuanApi)
            .WithMetadata(new RequestSizeLimitAttribute(TpsUpload.MaxBytes))
            .WithFormOptions(multipartBodyLengthLimit: TpsUpload.MaxBytes);
        api.MapGet("/aturan-validasi", async (TolokDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.AturanValidasi.AsNoTracking().OrderBy(a => a.Id)
                    .Select(a => new AturanDto(a.Kode, a.Kiri, a.Operator, a.Kanan, a.Tingkat == TingkatAturan.Galat ? "galat" : "peringatan", a.Keterangan, a.Aktif)).ToListAsync(ct)))
            .WithTags("Partisipasi")
            .WithName("AturanValidasi")
            .WithSummary("Aturan validasi data TPS")
            .RequireAuthorization();
        return api;
    }

    internal static async Task<(Pemilihan.Pemilihan? Pemilihan, Pemilihan.SuratSuara? Surat, long Kode, ProblemHttpResult? Problem)> ResolveAsync(
        TolokDb db, string id, string? suratSuara, string kodeWilayah, CancellationToken ct)
    {
        static ProblemHttpResult P(int status, string detail) => TypedResults.Problem(statusCode: status, title: status == 404 ? "Tidak ditemukan" : "Permintaan tidak valid", detail: detail);
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).FirstOrDefaultAsync(p => p.Slug == id, ct);
        if (pemilihan is null)
        {
            return (null, null, 0, P(404, $"Pemilihan \"{id}\" tidak dikenal."));
        }
        var surat = suratSuara is null ? pemilihan.SuratSuara.OrderBy(s => s.Urutan).First()
            : pemilihan.SuratSuara.FirstOrDefault(s => s.Kode.Equals(suratSuara, StringComparison.OrdinalIgnoreCase));
        if (surat is null)
        {
            return (null, null, 0, P(404, $"Surat suara \"{suratSuara}\" tidak ada pada {id}; tersedia: {string.Join(", ", pemilihan.SuratSuara.Select(s => s.Kode))}."));
        }
        if (!KodeWilayah.TryParse(kodeWilayah, out var kode) || !(kode == 0 || WilayahTree.Nasional.IsKnown(kode)))
        {
            return (null, null, 0, P(404, $"Kode wilayah \"{kodeWilayah}\" tidak dikenal."));
        }
        return (pemilihan, surat, kode, null);
    }

    private static async Task<Results<Ok<PartisipasiDto>, ProblemHttpResult>> GetPartisipasi(
        string id, string kodeWilayah, string? suratSuara, string? penyebut, bool? hanyaValid, TolokDb db, CancellationToken ct)
    {
        penyebut ??= PartisipasiMath.PenyebutDpt;
        if (penyebut is not (PartisipasiMath.PenyebutDpt or PartisipasiMath.PenyebutSemua))
        {
            return TypedResults.Problem(statusCode: 400, title: "Permintaan tidak valid", detail: $"penyebut \"{penyebut}\" tidak dikenal; pilih dpt atau dpt-dptb-dpk.");
        }
        var (pemilihan, surat, kode, problem) = await ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(await PartisipasiQuery.GetAsync(db, pemilihan!, surat!, kode, penyebut, hanyaValid ?? false, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetTabel(
        string id, string kodeWilayah, string format, string? suratSuara, string? penyebut, bool? hanyaValid, TolokDb db, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Format \"{format}\" tidak tersedia; pilih csv atau xlsx.");
        }
        var (pemilihan, surat, kode, problem) = await ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
        if (problem is not null)
        {
            return problem;
        }
        var d = await PartisipasiQuery.GetAsync(db, pemilihan!, surat!, kode, penyebut == PartisipasiMath.PenyebutSemua ? penyebut : PartisipasiMath.PenyebutDpt, hanyaValid ?? false, ct);
        var name = $"partisipasi-{pemilihan!.Slug}-{surat!.Kode}-{d.Kode.Replace('.', '-')}.{format}";
        return format == "csv"
            ? TypedResults.File(await PartisipasiTabel.CsvAsync(d), "text/csv; charset=utf-8", name)
            : TypedResults.File(PartisipasiTabel.Xlsx(d, pemilihan.Nama), Dokumen.DokumenFormat.ContentType("xlsx"), name);
    }

    private static async Task<Results<Ok<List<AnomaliDto>>, ProblemHttpResult>> GetAnomali(
        string id, string kodeWilayah, string? suratSuara, int? batas, TolokDb db, CancellationToken ct)
    {
        var (pemilihan, surat, kode, problem) = await ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(await PartisipasiQuery.AnomaliAsync(db, surat!.Id, kode, Math.Clamp(batas ?? 1000, 1, 10_000), ct));
    }

    private static async Task<Results<Ok<List<RiwayatDto>>, ProblemHttpResult>> GetRiwayat(
        string id, string kodeWilayah, string? suratSuara, TolokDb db, CancellationToken ct)
    {
        var (_, surat, kode, problem) = await ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok((await RiwayatTps.BarisAsync(db, surat!.Id, kode, ct)).Select(RiwayatDto.From).ToList());
    }

    private static async Task<IResult> Export(string id, string kodeWilayah, string? suratSuara, TolokDb db, HttpContext context, CancellationToken ct)
    {
        var (pemilihan, surat, kode, problem) = await ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
        if (problem is not null)
        {
            return problem;
        }
        var name = $"tps-{pemilihan!.Slug}-{surat!.Kode}-{KodeWilayah.Format(kode).Replace('.', '-')}.csv";
        return Results.Stream(stream => TpsEkspor.WriteCsvAsync(stream, TpsEkspor.RowsAsync(db, surat.Id, kode, ct), ct), "text/csv; charset=utf-8", name);
    }

    private static async Task<Results<Ok<HasilImporDto>, ProblemHttpResult>> Import(
        string id, [FromQuery] string suratSuara, [FromQuery] string satker, [FromQuery] bool? partial, IFormFile berkas,
        TolokDb db, TimeProvider time, ClaimsPrincipal user, GerbangImpor gerbang, CancellationToken ct)
    {
        var result = await TpsUpload.ImportAsync(db, gerbang, berkas, id, suratSuara, satker, partial ?? false, user.Identity?.Name, time, ct);
        return result.Hasil is { } h ? TypedResults.Ok(HasilImporDto.From(h)) : Ditolak(berkas, result.Galat!);
    }

    private static async Task<Results<Ok<DaftarTpsImpor.Hasil>, ProblemHttpResult>> ImportDaftar(
        string id, [FromQuery] string satker, IFormFile berkas, TolokDb db, GerbangImpor gerbang, CancellationToken ct)
    {
        var result = await TpsUpload.ImportDaftarAsync(db, gerbang, berkas, id, satker, ct);
        return result.Hasil is { } h ? TypedResults.Ok(h) : Ditolak(berkas, result.Galat!);
    }

    /// <summary>422 naming every problem (the first thousand) with the uploaded file's name.</summary>
    private static ProblemHttpResult Ditolak(IFormFile berkas, IReadOnlyList<GalatImpor> galat) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Impor ditolak; tidak ada data yang disimpan",
            detail: galat.Count == 1 ? WithFile(berkas.FileName, galat[0]) : $"{galat.Count} masalah ditemukan.",
            extensions: new Dictionary<string, object?> { ["galat"] = galat.Take(1000).Select(g => WithFile(berkas.FileName, g)).ToList(), ["jumlahGalat"] = galat.Count });

    private static string WithFile(string file, GalatImpor g) =>
        g.Lokasi.StartsWith(Path.GetFileName(file), StringComparison.Ordinal) ? g.ToString() : $"{Path.GetFileName(file)} {g}";
}

public sealed record HasilImporDto(int ImporId, int Baru, int Diganti, int Ditolak, Dictionary<string, int> Status, IReadOnlyList<string> Galat)
{
    public static HasilImporDto From(HasilImpor h) => new(h.ImporId, h.Baru, h.Diganti, h.Ditolak,
        h.Status.ToDictionary(s => s.Key.Nama(), s => s.Value), [.. h.Galat.Take(1000).Select(g => g.ToString())]);
}

/// <summary>An uploaded file (page or API) imported through a temporary copy; the type is read from the content.</summary>
public static class TpsUpload
{
    public const long MaxBytes = 512L * 1024 * 1024;

    public static Task<(HasilImpor? Hasil, IReadOnlyList<GalatImpor>? Galat)> ImportAsync(
        TolokDb db, GerbangImpor gerbang, IFormFile file, string pemilihan, string surat, string satker, bool partial, string? oleh, TimeProvider time, CancellationToken ct) =>
        DariSalinanAsync(gerbang, file, (temp, name) =>
        {
            var options = new TpsImportOptions(pemilihan, surat, satker, partial, name, oleh);
            // A CSV file through the fast reader (its rows are placed by line number, never by the temporary name);
            // other formats name their rows by file, so the temporary name is replaced by the uploaded one.
            return TpsSumber.IsCsv(temp)
                ? TpsImporter.ImportAsync(db, temp, null, null, options, time, null, ct)
                : TpsImporter.ImportAsync(db, Renamed(TpsSumber.Read(temp), temp, name), options, time, null, ct);
        }, ct);

    /// <summary>An uploaded TPS list (<see cref="DaftarTpsImpor"/>) in any format the TPS import reads.</summary>
    public static Task<(DaftarTpsImpor.Hasil? Hasil, IReadOnlyList<GalatImpor>? Galat)> ImportDaftarAsync(
        TolokDb db, GerbangImpor gerbang, IFormFile file, string pemilihan, string satker, CancellationToken ct) =>
        DariSalinanAsync(gerbang, file, (temp, name) => DaftarTpsImpor.ImportAsync(db, Renamed(TpsSumber.Read(temp), temp, name), pemilihan, satker, name, ct), ct);

    /// <summary>
    /// Runs an import on a temporary copy of the upload, inside the import gate; a refused file gives its problems,
    /// named by the uploaded file's own name (never the temporary one). The copy is always deleted.
    /// </summary>
    private static async Task<(T? Hasil, IReadOnlyList<GalatImpor>? Galat)> DariSalinanAsync<T>(
        GerbangImpor gerbang, IFormFile file, Func<string, string, Task<T>> impor, CancellationToken ct) where T : class
    {
        using var izin = await gerbang.MasukAsync(ct);
        var name = Path.GetFileName(file.FileName);
        var ext = Path.GetExtension(name).ToLowerInvariant() is ".xlsx" or ".zip" or ".json" or ".jsonl" or ".csv" or ".txt" ? Path.GetExtension(name).ToLowerInvariant() : ".dat";
        var temp = Path.Combine(Path.GetTempPath(), $"tolok-unggah-{Guid.NewGuid():N}{ext}");
        try
        {
            await using (var target = File.Create(temp))
            {
                await file.CopyToAsync(target, ct);
            }
            return (await impor(temp, name), null);
        }
        catch (TpsImportException e)
        {
            return (null, e.Galat);
        }
        catch (TpsFormatException e)
        {
            return (null, [new GalatImpor(name, "", null, e.Message.Replace(Path.GetFileName(temp), name, StringComparison.Ordinal))]);
        }
        catch (Aturan.AturanException e) when (e.Message.Contains(Path.GetFileName(temp), StringComparison.Ordinal))
        {
            // A limit (413) or an unreadable file (422), named by the uploaded file's own name.
            throw new Aturan.AturanException(e.Status, e.Judul, e.Message.Replace(Path.GetFileName(temp), name, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Reports the uploaded file's own name, not the temporary one, in row locations.</summary>
    private static IEnumerable<BarisMasuk> Renamed(IEnumerable<BarisMasuk> rows, string temp, string name)
    {
        var tempName = Path.GetFileName(temp);
        foreach (var row in rows)
        {
            if (!row.Lokasi.Contains(tempName, StringComparison.Ordinal))
            {
                yield return row;
                continue;
            }
            var renamed = new BarisMasuk(row.Lokasi.Replace(tempName, name, StringComparison.Ordinal), row.Kode, row.Nilai) { Asli = row.Asli };
            renamed.Galat.AddRange(row.Galat);
            yield return renamed;
        }
    }
}

/// <summary>An earlier version of a row: its values by column name (null = not reported), status, broken rules, the import that replaced it.</summary>
public sealed record RiwayatDto(string Kode, Dictionary<string, int?> Nilai, string Status, string? Pelanggaran, int? ImporId, DateTime DiubahPada)
{
    public static RiwayatDto From(BarisRiwayat r) => new(
        Wilayah.KodeWilayah.Format(r.Kode),
        Kolom.Semua.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => r.Nilai[x.i]),
        r.Status.Nama(),
        r.Pelanggaran,
        r.ImporId,
        r.DiubahPada);
}
