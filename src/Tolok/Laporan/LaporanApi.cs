using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;
using Tolok.Pengguna;

namespace Tolok.Laporan;

public sealed record LaporanRbDto(int Id, string Nama, DateOnly PeriodeDari, DateOnly PeriodeSampai, DateOnly JatuhTempo, DateOnly? TanggalDisampaikan, bool TepatWaktu, string? Bukti, int Versi) : Aturan.IDtoBerversi;

public sealed record LaporanRbEdit(string? Nama, DateOnly? PeriodeDari, DateOnly? PeriodeSampai, DateOnly? JatuhTempo, DateOnly? TanggalDisampaikan, string? Bukti);

public sealed record LaporanKeuanganDto(int Id, int TahunAnggaran, string Jenis, string Pemeriksa, string? Hasil, DateOnly? TanggalHasil, bool? SesuaiSap, DateOnly? TanggalDisampaikan, DateOnly? BatasWaktu, int Versi) : Aturan.IDtoBerversi;

public sealed record LaporanKeuanganEdit(int TahunAnggaran, string? Jenis, string? Pemeriksa, string? Hasil, DateOnly? TanggalHasil, bool? SesuaiSap, DateOnly? TanggalDisampaikan, DateOnly? BatasWaktu);

/// <summary>The report registers behind IKU 1.1 (RB reports filed on time) and 1.3 (financial report result).</summary>
public static class LaporanApi
{
    public static RouteGroupBuilder MapLaporanApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/laporan").WithTags("Laporan");
        group.MapGet("/rb", async Task<Results<Ok<List<LaporanRbDto>>, ProblemHttpResult>> (string kode, int? tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LaporanStore.RbAsync(db, id, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun ?? 0, null, ct))
            .WithName("DaftarLaporanRb").WithSummary("Laporan RB; dengan ?tahun= hanya yang jatuh tempo pada periode itu (sumber IKU 1.1)").AllowAnonymous();
        group.MapPost("/rb", async Task<Results<Created<LaporanRbDto>, ValidationProblem, ProblemHttpResult>> (string kode, LaporanRbEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await SatkerIdAsync(db, kode, ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var errors = LaporanStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Laporan RB tidak valid");
                }
                var row = await LaporanStore.SaveRbAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/laporan/rb/{row.Id}", row);
            })
            .WithName("TambahLaporanRb").WithSummary("Mencatat laporan RB").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/rb/{id:int}", async Task<Results<Ok<LaporanRbDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LaporanRb.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, LaporanStore.AsDto(row))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan RB {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilLaporanRb").WithSummary("Satu baris, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").AllowAnonymous();
        group.MapPut("/rb/{id:int}", async Task<Results<Ok<LaporanRbDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, LaporanRbEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await SatkerIdAsync(db, kode, ct);
                if (satkerId is null || !await db.LaporanRb.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan RB {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = LaporanStore.Validate(edit);
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Laporan RB tidak valid")
                    : Aturan.VersiHttp.Ok(http, await LaporanStore.SaveRbAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahLaporanRb").WithSummary("Mengubah laporan RB (mis. mencatat tanggal disampaikan)").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/keuangan", async Task<Results<Ok<List<LaporanKeuanganDto>>, ProblemHttpResult>> (string kode, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LaporanStore.KeuanganAsync(db, id, ct))
                    : await IkuApi.NotFound(db, kode, 0, null, ct))
            .WithName("DaftarLaporanKeuangan").WithSummary("Laporan keuangan dan hasil pemeriksaan/reviunya (sumber IKU 1.3)").AllowAnonymous();
        group.MapPost("/keuangan", async Task<Results<Created<LaporanKeuanganDto>, ValidationProblem, ProblemHttpResult>> (string kode, LaporanKeuanganEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await SatkerIdAsync(db, kode, ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var errors = LaporanStore.Validate(edit, await LaporanStore.OpiniAsync(db, ct));
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Laporan keuangan tidak valid");
                }
                var row = await LaporanStore.SaveKeuanganAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/laporan/keuangan/{row.Id}", row);
            })
            .WithName("TambahLaporanKeuangan").WithSummary("Mencatat laporan keuangan dan hasilnya").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/keuangan/{id:int}", async Task<Results<Ok<LaporanKeuanganDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LaporanKeuangan.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, LaporanStore.AsDto(row))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan keuangan {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilLaporanKeuangan").WithSummary("Satu baris, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").AllowAnonymous();
        group.MapPut("/keuangan/{id:int}", async Task<Results<Ok<LaporanKeuanganDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, LaporanKeuanganEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await SatkerIdAsync(db, kode, ct);
                if (satkerId is null || !await db.LaporanKeuangan.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan keuangan {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = LaporanStore.Validate(edit, await LaporanStore.OpiniAsync(db, ct));
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Laporan keuangan tidak valid")
                    : Aturan.VersiHttp.Ok(http, await LaporanStore.SaveKeuanganAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahLaporanKeuangan").WithSummary("Mengubah laporan keuangan (mis. mencatat opini)").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }

    public static Task<int?> SatkerIdAsync(TolokDb db, string kode, CancellationToken ct) =>
        db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
}

public static class LaporanStore
{
    public static LaporanRbDto AsDto(LaporanRb l) => new(l.Id, l.Nama, l.PeriodeDari, l.PeriodeSampai, l.JatuhTempo, l.TanggalDisampaikan, l.TepatWaktu, l.Bukti, l.Versi);

    public static LaporanKeuanganDto AsDto(LaporanKeuangan l) => new(l.Id, l.TahunAnggaran, l.Jenis, l.Pemeriksa, l.Hasil, l.TanggalHasil, l.SesuaiSap, l.TanggalDisampaikan, l.BatasWaktu, l.Versi);

    public static Task<List<string>> OpiniAsync(TolokDb db, CancellationToken ct) =>
        db.PeringkatKategori.Where(k => k.Skala == "opini").OrderBy(k => k.Peringkat).Select(k => k.Label).ToListAsync(ct);

    public static async Task<List<LaporanKeuanganDto>> KeuanganAsync(TolokDb db, int satkerId, CancellationToken ct) =>
        [.. (await db.LaporanKeuangan.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TahunAnggaran).ThenBy(l => l.Id).ToListAsync(ct)).Select(AsDto)];

    /// <summary>Adds (id null) or updates a report of the satker; the caller has validated the edit.</summary>
    public static async Task<LaporanRbDto> SaveRbAsync(TolokDb db, int satkerId, int? id, LaporanRbEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.LaporanRb.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row));
        }
        if (row is null)
        {
            row = new LaporanRb { SatkerId = satkerId, Nama = "" };
            db.LaporanRb.Add(row);
        }
        row.Nama = e.Nama!.Trim();
        row.PeriodeDari = e.PeriodeDari!.Value;
        row.PeriodeSampai = e.PeriodeSampai!.Value;
        row.JatuhTempo = e.JatuhTempo!.Value;
        row.TanggalDisampaikan = e.TanggalDisampaikan;
        row.Bukti = string.IsNullOrWhiteSpace(e.Bukti) ? null : e.Bukti.Trim();
        await db.SaveChangesAsync(ct);
        return AsDto(row);
    }

    public static async Task<LaporanKeuanganDto> SaveKeuanganAsync(TolokDb db, int satkerId, int? id, LaporanKeuanganEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.LaporanKeuangan.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row));
        }
        if (row is null)
        {
            row = new LaporanKeuangan { SatkerId = satkerId, Jenis = "", Pemeriksa = "" };
            db.LaporanKeuangan.Add(row);
        }
        row.TahunAnggaran = e.TahunAnggaran;
        row.Jenis = e.Jenis!.Trim();
        row.Pemeriksa = e.Pemeriksa!.Trim();
        row.Hasil = string.IsNullOrWhiteSpace(e.Hasil) ? null : e.Hasil.Trim().ToUpperInvariant();
        row.TanggalHasil = e.TanggalHasil;
        row.SesuaiSap = e.SesuaiSap;
        row.TanggalDisampaikan = e.TanggalDisampaikan;
        row.BatasWaktu = e.BatasWaktu;
        await db.SaveChangesAsync(ct);
        return AsDto(row);
    }

    /// <summary>RB reports; with a year, those due from 1 January up to the period's end.</summary>
    public static async Task<List<LaporanRbDto>> RbAsync(TolokDb db, int satkerId, int? tahun, string periode, CancellationToken ct)
    {
        var rows = await db.LaporanRb.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.JatuhTempo).ThenBy(l => l.Id).ToListAsync(ct);
        return [.. rows.Where(l => tahun is not { } y || Ukuran.RbDihitung(l.JatuhTempo, Periode.Dari(y, periode))).Select(AsDto)];
    }

    /// <summary>The financial-report result of a period: the latest result issued from 1 January up to the period's end.</summary>
    public static async Task<LaporanKeuangan?> HasilAsync(TolokDb db, int satkerId, int tahun, string periode, CancellationToken ct) =>
        Hasil(await db.LaporanKeuangan.AsNoTracking().Where(l => l.SatkerId == satkerId).ToListAsync(ct), Periode.Dari(tahun, periode));

    /// <summary>Of a satker's reports, the one whose result gives the period's value (<see cref="Ukuran.Terakhir"/>).</summary>
    public static LaporanKeuangan? Hasil(IEnumerable<LaporanKeuangan> rows, Periode p) =>
        Ukuran.Terakhir(rows.Where(l => l.Hasil != null), l => l.TanggalHasil, l => l.Id, p);

    public static Dictionary<string, string[]> Validate(LaporanRbEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Nama) || e.Nama.Length > 300)
        {
            errors["nama"] = ["Nama laporan wajib diisi (paling panjang 300 karakter)."];
        }
        if (e.PeriodeDari is null || e.PeriodeSampai is null || e.PeriodeSampai < e.PeriodeDari)
        {
            errors["periodeSampai"] = ["Isi periode yang dilaporkan (dari ≤ sampai)."];
        }
        if (e.JatuhTempo is null)
        {
            errors["jatuhTempo"] = ["Tanggal jatuh tempo wajib diisi."];
        }
        if (e.Bukti?.Length > 500)
        {
            errors["bukti"] = ["Bukti paling panjang 500 karakter (nomor dokumen atau tautan)."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Validate(LaporanKeuanganEdit e, IReadOnlyList<string> opini)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.TahunAnggaran is < 2000 or > 2100)
        {
            errors["tahunAnggaran"] = ["Tahun anggaran antara 2000 dan 2100."];
        }
        if (string.IsNullOrWhiteSpace(e.Jenis) || string.IsNullOrWhiteSpace(e.Pemeriksa))
        {
            errors["jenis"] = ["Jenis laporan dan pemeriksa/pereviu wajib diisi."];
        }
        if (e.Hasil is not null && !opini.Contains(e.Hasil.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors["hasil"] = [$"Hasil harus salah satu dari: {string.Join(", ", opini)}."];
        }
        if ((e.Hasil is null) != (e.TanggalHasil is null))
        {
            errors["tanggalHasil"] = ["Hasil dan tanggal hasil diisi bersama."];
        }
        return errors;
    }
}
