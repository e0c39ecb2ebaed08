using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lkjip;

public sealed record NarasiDto(string Bagian, string Judul, string Teks, bool Tersimpan, DateTime? DiubahPada, string? DiubahOleh, int Versi) : Aturan.IDtoBerversi;

public sealed record NarasiEdit(string? Teks);

public sealed record AnggaranDto(int Id, int Tahun, string Kode, string Uraian, decimal Pagu, decimal Realisasi, decimal? PersenRealisasi, string? Iku, int Versi) : Aturan.IDtoBerversi;

public sealed record AnggaranEdit(int Tahun, string? Kode, string? Uraian, decimal? Pagu, decimal? Realisasi, string? Iku);

/// <summary>The narratives of the LKjIP and PK, and the budget register (pagu and realisasi per programme/activity).</summary>
public static class LkjipApi
{
    public static RouteGroupBuilder MapLkjipApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}").WithTags("LKjIP");
        group.MapGet("/narasi/{tahun:int}", async Task<Results<Ok<List<NarasiDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await NarasiStore.ListAsync(db, kode, tahun, ct) is { } list ? TypedResults.Ok(list) : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarNarasi").WithSummary("Bagian naratif LKjIP/PK: teks tersimpan, atau draf otomatis yang menyebut angka-angkanya").AllowAnonymous();
        group.MapGet("/narasi/{tahun:int}/{bagian}", async Task<Results<Ok<NarasiDto>, ProblemHttpResult>> (string kode, int tahun, string bagian, TolokDb db, HttpContext http, CancellationToken ct) =>
                (await NarasiStore.ListAsync(db, kode, tahun, ct))?.FirstOrDefault(n => n.Bagian == bagian) is { } n
                    ? Aturan.VersiHttp.Ok(http, n)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Bagian \"{bagian}\" tidak ada pada dokumen {kode} tahun {tahun}."))
            .WithName("AmbilNarasi").WithSummary("Satu bagian naratif, dengan ETag versinya (\"0\" selama masih draf otomatis)").AllowAnonymous();
        group.MapPut("/narasi/{tahun:int}/{bagian}", async Task<Results<Ok<NarasiDto>, ValidationProblem, ProblemHttpResult>> (
                string kode, int tahun, string bagian, NarasiEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
            {
                var list = await NarasiStore.ListAsync(db, kode, tahun, ct);
                if (list is null || list.All(n => n.Bagian != bagian))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Bagian \"{bagian}\" tidak ada pada dokumen {kode} tahun {tahun}.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                if (edit.Teks?.Length > 20000)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["teks"] = ["Teks paling panjang 20.000 karakter."] }, title: "Narasi tidak valid");
                }
                await NarasiStore.SaveAsync(db, kode, tahun, bagian, edit.Teks, versi, user.Identity?.Name, time, ct);
                return Aturan.VersiHttp.Ok(http, (await NarasiStore.ListAsync(db, kode, tahun, ct))!.Single(n => n.Bagian == bagian));
            })
            .WithName("UbahNarasi").WithSummary("Menyimpan teks sebuah bagian (kosong = kembali ke draf otomatis)").RequireAuthorization(Peran.PolicyKelolaIku);
        group.MapGet("/anggaran/{tahun:int}", async Task<Results<Ok<List<AnggaranDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok(await AnggaranStore.ListAsync(db, id, tahun, ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarAnggaran").WithSummary("Pagu dan realisasi anggaran per program/kegiatan (LKjIP Bab III B)").AllowAnonymous();
        group.MapPost("/anggaran", async Task<Results<Created<AnggaranDto>, ValidationProblem, ProblemHttpResult>> (string kode, AnggaranEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, edit.Tahun, null, ct);
                }
                var errors = await AnggaranStore.ValidateAsync(db, id, null, edit, ct);
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Anggaran tidak valid")
                    : TypedResults.Created($"/api/v1/satker/{kode}/anggaran/{edit.Tahun}", await AnggaranStore.SaveAsync(db, id, null, edit, null, ct));
            })
            .WithName("TambahAnggaran").WithSummary("Mencatat pagu dan realisasi sebuah program/kegiatan").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/anggaran/baris/{id:int}", async Task<Results<Ok<AnggaranDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.AnggaranKegiatan.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && db.Satker.Any(s => s.Id == a.SatkerId && s.Kode == kode), ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, AnggaranStore.AsDto(row))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Anggaran {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilAnggaran").WithSummary("Satu baris anggaran, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").AllowAnonymous();
        group.MapPut("/anggaran/{id:int}", async Task<Results<Ok<AnggaranDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, AnggaranEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null || !await db.AnggaranKegiatan.AnyAsync(a => a.Id == id && a.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Anggaran {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await AnggaranStore.ValidateAsync(db, satkerId.Value, id, edit, ct);
                return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "Anggaran tidak valid") : Aturan.VersiHttp.Ok(http, await AnggaranStore.SaveAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahAnggaran").WithSummary("Mengubah pagu atau realisasi sebuah program/kegiatan").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}

public static class NarasiStore
{
    /// <summary>Every section with its stored text or its draft; null when the satker has no IKU that year.</summary>
    public static async Task<List<NarasiDto>?> ListAsync(TolokDb db, string kode, int tahun, CancellationToken ct)
    {
        var bahan = await BahanLaporan.LoadAsync(db, kode, tahun, triwulan: false, tren: true, ct);
        if (bahan is null)
        {
            return null;
        }
        var stored = await db.NarasiLaporan.AsNoTracking().Where(n => n.Tahun == tahun && db.Satker.Any(s => s.Id == n.SatkerId && s.Kode == kode)).ToDictionaryAsync(n => n.Bagian, ct);
        return [.. NarasiDraf.Bagian(bahan).Select(b => stored.TryGetValue(b.Bagian, out var n)
            ? new NarasiDto(b.Bagian, b.Judul, n.Teks, true, n.DiubahPada, n.DiubahOleh, n.Versi)
            : new NarasiDto(b.Bagian, b.Judul, NarasiDraf.Buat(b.Bagian, bahan), false, null, null, 0))];
    }

    /// <summary>Saves a section's text; an empty text removes it, so the section returns to its draft.</summary>
    /// <param name="versi">The version the writer saw (0: the section is still its draft).</param>
    public static async Task SaveAsync(TolokDb db, string kode, int tahun, string bagian, string? teks, int versi, string? oleh, TimeProvider time, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => s.Id).FirstAsync(ct);
        var row = await db.NarasiLaporan.FirstOrDefaultAsync(n => n.SatkerId == satkerId && n.Tahun == tahun && n.Bagian == bagian, ct);
        if ((row?.Versi ?? 0) != versi)
        {
            throw Aturan.Versi.Usang(row?.Versi ?? 0, null, row is null ? ["(bagian ini dikembalikan ke draf otomatis)"] : [$"teks: {row.Teks}"]);
        }
        if (row is not null)
        {
            Aturan.Versi.Tandai(db, row, versi);
        }
        if (string.IsNullOrWhiteSpace(teks))
        {
            if (row is not null)
            {
                db.NarasiLaporan.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new NarasiLaporan { SatkerId = satkerId, Tahun = tahun, Bagian = bagian, Teks = "" };
                db.NarasiLaporan.Add(row);
            }
            row.Teks = teks.Trim().ReplaceLineEndings("\n");
            row.DiubahPada = time.GetUtcNow().UtcDateTime;
            row.DiubahOleh = oleh;
        }
        await db.SaveChangesAsync(ct);
    }
}

public static class AnggaranStore
{
    public static AnggaranDto AsDto(AnggaranKegiatan a) =>
        new(a.Id, a.Tahun, a.Kode, a.Uraian, a.Pagu, a.Realisasi, Kinerja.Ukuran.Serapan(a.Pagu, a.Realisasi), a.Iku, a.Versi);

    public static async Task<List<AnggaranDto>> ListAsync(TolokDb db, int satkerId, int tahun, CancellationToken ct) =>
        [.. (await db.AnggaranKegiatan.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Tahun == tahun).OrderBy(a => a.Kode).ToListAsync(ct)).Select(AsDto)];

    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, int satkerId, int? id, AnggaranEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Tahun is < 2000 or > 2100)
        {
            errors["tahun"] = ["Tahun anggaran antara 2000 dan 2100."];
        }
        if (string.IsNullOrWhiteSpace(e.Kode) || e.Kode.Length > 50)
        {
            errors["kode"] = ["Kode program/kegiatan wajib diisi (paling panjang 50 karakter), mis. 076.01.WA."];
        }
        if (string.IsNullOrWhiteSpace(e.Uraian) || e.Uraian.Length > 500)
        {
            errors["uraian"] = ["Uraian program/kegiatan wajib diisi (paling panjang 500 karakter)."];
        }
        if (e.Pagu is null or < 0)
        {
            errors["pagu"] = ["Pagu wajib diisi dan tidak boleh negatif."];
        }
        if (e.Realisasi is null or < 0)
        {
            errors["realisasi"] = ["Realisasi wajib diisi dan tidak boleh negatif."];
        }
        if (e.Iku?.Length > 100 || (e.Iku ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(k => !System.Text.RegularExpressions.Regex.IsMatch(k, @"^\d+\.\d+$")))
        {
            errors["iku"] = ["Kolom IKU berisi kode IKU dipisahkan koma, mis. 3.1,3.2."];
        }
        if (errors.Count == 0 && await db.AnggaranKegiatan.AnyAsync(a => a.SatkerId == satkerId && a.Id != (id ?? 0) && a.Tahun == e.Tahun && a.Kode == e.Kode!.Trim(), ct))
        {
            errors["kode"] = [$"Kode {e.Kode!.Trim()} sudah tercatat untuk tahun {e.Tahun}."];
        }
        return errors;
    }

    public static async Task<AnggaranDto> SaveAsync(TolokDb db, int satkerId, int? id, AnggaranEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.AnggaranKegiatan.FirstAsync(a => a.Id == id && a.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row));
        }
        if (row is null)
        {
            row = new AnggaranKegiatan { SatkerId = satkerId, Kode = "", Uraian = "" };
            db.AnggaranKegiatan.Add(row);
        }
        row.Tahun = e.Tahun;
        row.Kode = e.Kode!.Trim();
        row.Uraian = e.Uraian!.Trim();
        row.Pagu = e.Pagu!.Value;
        row.Realisasi = e.Realisasi!.Value;
        row.Iku = string.IsNullOrWhiteSpace(e.Iku) ? null : string.Join(",", e.Iku.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        await db.SaveChangesAsync(ct);
        return AsDto(row);
    }
}
