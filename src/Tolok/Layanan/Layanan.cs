using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;
using Tolok.Pengguna;

namespace Tolok.Layanan;

/// <summary>A public-information or technical election service the office offers in a year (the catalogue).</summary>
public class LayananInformasi : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string Nama { get; set; }
    public List<PelaksanaanLayanan> Pelaksanaan { get; set; } = [];
}

/// <summary>One service delivered: when, through which channel, to whom, about what, how fast, fulfilled or not.</summary>
public class PelaksanaanLayanan : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int LayananInformasiId { get; set; }
    public DateOnly Tanggal { get; set; }
    public required string Kanal { get; set; }
    public required string JenisPemohon { get; set; }
    public required string Perihal { get; set; }
    public decimal? WaktuResponsJam { get; set; }
    public bool Terpenuhi { get; set; }
}

internal sealed class LayananInformasiConfiguration : IEntityTypeConfiguration<LayananInformasi>
{
    public void Configure(EntityTypeBuilder<LayananInformasi> builder)
    {
        builder.HasIndex(l => new { l.SatkerId, l.Tahun, l.Nama }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(l => l.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Nama).HasMaxLength(300);
        builder.HasMany(l => l.Pelaksanaan).WithOne().HasForeignKey(p => p.LayananInformasiId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PelaksanaanLayananConfiguration : IEntityTypeConfiguration<PelaksanaanLayanan>
{
    public void Configure(EntityTypeBuilder<PelaksanaanLayanan> builder)
    {
        builder.Property(p => p.Kanal).HasMaxLength(100);
        builder.Property(p => p.JenisPemohon).HasMaxLength(100);
        builder.Property(p => p.Perihal).HasMaxLength(500);
        builder.Property(p => p.WaktuResponsJam).HasPrecision(9, 2);
    }
}

public sealed record LayananDto(int Id, int Tahun, string Nama, int Dilaksanakan, int Terpenuhi, bool TerlaksanaPadaPeriode, int Versi) : Aturan.IDtoBerversi;

public sealed record LayananEdit(int Tahun, string? Nama);

public sealed record PelaksanaanLayananEdit(DateOnly? Tanggal, string? Kanal, string? JenisPemohon, string? Perihal, decimal? WaktuResponsJam, bool Terpenuhi);

public sealed record PelaksanaanLayananDto(int Id, int LayananId, string Layanan, DateOnly Tanggal, string Kanal, string JenisPemohon, string Perihal, decimal? WaktuResponsJam, bool Terpenuhi, int Versi) : Aturan.IDtoBerversi;

public static class LayananApi
{
    public static RouteGroupBuilder MapLayananApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/layanan").WithTags("Layanan Informasi");
        group.MapGet("/{tahun:int}", async Task<Results<Ok<List<LayananDto>>, ProblemHttpResult>> (string kode, int tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LayananStore.ListAsync(db, id, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarLayanan").WithSummary("Katalog layanan tahun itu dan apakah tiap layanan terlaksana pada periode (sumber IKU 1.4)").AllowAnonymous();
        group.MapGet("/{tahun:int}/pelaksanaan", async Task<Results<Ok<List<PelaksanaanLayananDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LayananStore.PelaksanaanAsync(db, id, tahun, ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarPelaksanaanLayanan").WithSummary("Log layanan yang diberikan pada tahun itu").AllowAnonymous();
        group.MapPost("/", async Task<Results<Created<LayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, LayananEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await SatkerIdAsync(db, kode, ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, edit.Tahun, null, ct);
                }
                var errors = await LayananStore.ValidateAsync(db, id, null, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Layanan tidak valid");
                }
                var row = await LayananStore.SaveAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/layanan/{row.Tahun}", new LayananDto(row.Id, row.Tahun, row.Nama, 0, 0, false, row.Versi));
            })
            .WithName("TambahLayanan").WithSummary("Menambah layanan ke katalog").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/katalog/{layananId:int}", async Task<Results<Ok<LayananDto>, ProblemHttpResult>> (string kode, int layananId, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LayananInformasi.AsNoTracking().FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } l
                && (await LayananStore.ListAsync(db, l.SatkerId, l.Tahun, "tahunan", ct)).FirstOrDefault(x => x.Id == layananId) is { } dto
                    ? Aturan.VersiHttp.Ok(http, dto)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan."))
            .WithName("AmbilLayanan").WithSummary("Satu layanan katalog, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").AllowAnonymous();
        group.MapPut("/{layananId:int}", async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, LayananEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var id = await SatkerIdAsync(db, kode, ct);
                if (id is null || !await db.LayananInformasi.AnyAsync(l => l.Id == layananId && l.SatkerId == id, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await LayananStore.ValidateAsync(db, id.Value, layananId, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Layanan tidak valid");
                }
                var row = await LayananStore.SaveAsync(db, id.Value, layananId, edit, versi, ct);
                http.Response.Headers.ETag = Aturan.Versi.Etag(row.Versi);
                return TypedResults.Ok();
            })
            .WithName("UbahLayanan").WithSummary("Mengubah nama atau tahun layanan dalam katalog").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapPost("/{layananId:int}/pelaksanaan", async Task<Results<Created<PelaksanaanLayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, PelaksanaanLayananEdit edit, TolokDb db, CancellationToken ct) =>
                await SimpanPelaksanaanAsync(db, kode, layananId, null, edit, null, ct) switch
                {
                    (null, null) => TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan."),
                    (_, { } errors) => TypedResults.ValidationProblem(errors, title: "Pelaksanaan layanan tidak valid"),
                    ({ } row, _) => TypedResults.Created($"/api/v1/satker/{kode}/layanan/{row.Tanggal.Year}/pelaksanaan", row),
                })
            .WithName("CatatPelaksanaanLayanan").WithSummary("Mencatat layanan yang diberikan").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/{layananId:int}/pelaksanaan/{id:int}", async Task<Results<Ok<PelaksanaanLayananDto>, ProblemHttpResult>> (string kode, int layananId, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LayananInformasi.AsNoTracking().FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } layanan
                && await db.PelaksanaanLayanan.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.LayananInformasiId == layananId, ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, LayananStore.AsDto(row, layanan))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Pelaksanaan {id} layanan {layananId} satker {kode} tidak ditemukan."))
            .WithName("AmbilPelaksanaanLayanan").WithSummary("Satu catatan layanan yang diberikan, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").AllowAnonymous();
        group.MapPut("/{layananId:int}/pelaksanaan/{id:int}", async Task<Results<Ok<PelaksanaanLayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, int id, PelaksanaanLayananEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
                await SimpanPelaksanaanAsync(db, kode, layananId, id, edit, Aturan.Versi.DariIfMatch(ifMatch), ct) switch
                {
                    (null, null) => TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Pelaksanaan {id} layanan {layananId} satker {kode} tidak ditemukan."),
                    (_, { } errors) => TypedResults.ValidationProblem(errors, title: "Pelaksanaan layanan tidak valid"),
                    ({ } row, _) => Aturan.VersiHttp.Ok(http, row),
                })
            .WithName("UbahPelaksanaanLayanan").WithSummary("Mengubah catatan layanan yang diberikan").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }

    private static Task<int?> SatkerIdAsync(TolokDb db, string kode, CancellationToken ct) =>
        db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);

    private static async Task<(PelaksanaanLayananDto? Row, Dictionary<string, string[]>? Errors)> SimpanPelaksanaanAsync(
        TolokDb db, string kode, int layananId, int? id, PelaksanaanLayananEdit edit, int? versi, CancellationToken ct)
    {
        var layanan = await db.LayananInformasi.FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct);
        if (layanan is null || (id is { } x && !await db.PelaksanaanLayanan.AnyAsync(p => p.Id == x && p.LayananInformasiId == layananId, ct)))
        {
            return (null, null);
        }
        var errors = LayananStore.Validate(layanan.Tahun, edit);
        return errors.Count > 0 ? (null, errors) : (await LayananStore.SavePelaksanaanAsync(db, layanan, id, edit, versi, ct), null);
    }
}

public static class LayananStore
{
    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, int satkerId, int? id, LayananEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Nama) || e.Nama.Length > 300)
        {
            errors["nama"] = ["Nama layanan wajib diisi (paling panjang 300 karakter)."];
        }
        if (e.Tahun is < 2000 or > 2100)
        {
            errors["tahun"] = ["Tahun katalog antara 2000 dan 2100."];
        }
        // A service with records stays in its year: moving it would move its records (and IKU 1.4 of both years).
        if (id is { } x && await db.PelaksanaanLayanan.AnyAsync(p => p.LayananInformasiId == x, ct)
            && await db.LayananInformasi.AnyAsync(l => l.Id == x && l.Tahun != e.Tahun, ct))
        {
            errors["tahun"] = ["Layanan ini sudah memiliki catatan pelaksanaan; tahunnya tidak dapat diubah. Tambahkan layanan baru di katalog tahun lain."];
        }
        if (errors.Count == 0 && await db.LayananInformasi.AnyAsync(l => l.SatkerId == satkerId && l.Id != (id ?? 0) && l.Tahun == e.Tahun && l.Nama == e.Nama!.Trim(), ct))
        {
            errors["nama"] = [$"Layanan \"{e.Nama!.Trim()}\" sudah ada di katalog {e.Tahun}."];
        }
        return errors;
    }

    public static async Task<LayananInformasi> SaveAsync(TolokDb db, int satkerId, int? id, LayananEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.LayananInformasi.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, new LayananEdit(row.Tahun, row.Nama));
        }
        if (row is null)
        {
            row = new LayananInformasi { SatkerId = satkerId, Nama = "" };
            db.LayananInformasi.Add(row);
        }
        row.Tahun = e.Tahun;
        row.Nama = e.Nama!.Trim();
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static Dictionary<string, string[]> Validate(int tahunKatalog, PelaksanaanLayananEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Tanggal is null || e.Tanggal.Value.Year != tahunKatalog)
        {
            errors["tanggal"] = [$"Tanggal wajib diisi dan berada pada tahun katalog ({tahunKatalog})."];
        }
        if (string.IsNullOrWhiteSpace(e.Kanal) || string.IsNullOrWhiteSpace(e.JenisPemohon) || string.IsNullOrWhiteSpace(e.Perihal))
        {
            errors["perihal"] = ["Kanal, jenis pemohon dan perihal wajib diisi."];
        }
        else if (e.Kanal.Length > 100 || e.JenisPemohon.Length > 100 || e.Perihal.Length > 500)
        {
            errors["perihal"] = ["Kanal dan jenis pemohon paling panjang 100 karakter, perihal 500."];
        }
        if (e.WaktuResponsJam is < 0 or > 100_000)
        {
            errors["waktuResponsJam"] = ["Waktu respons (jam) antara 0 dan 100.000."];
        }
        return errors;
    }

    public static PelaksanaanLayananDto AsDto(PelaksanaanLayanan p, LayananInformasi layanan) =>
        new(p.Id, layanan.Id, layanan.Nama, p.Tanggal, p.Kanal, p.JenisPemohon, p.Perihal, p.WaktuResponsJam, p.Terpenuhi, p.Versi);

    public static async Task<PelaksanaanLayananDto> SavePelaksanaanAsync(TolokDb db, LayananInformasi layanan, int? id, PelaksanaanLayananEdit e, int? versi, CancellationToken ct)
    {
        // The caller has checked that the entry (id) belongs to the same satker; it may move to another service.
        var row = id is null ? null : await db.PelaksanaanLayanan.FirstAsync(p => p.Id == id, ct);
        if (row is not null && versi is { } v)
        {
            var asal = await db.LayananInformasi.AsNoTracking().FirstAsync(l => l.Id == row.LayananInformasiId, ct);
            Aturan.Versi.Periksa(db, row, v, AsDto(row, asal));
        }
        if (row is null)
        {
            row = new PelaksanaanLayanan { Kanal = "", JenisPemohon = "", Perihal = "" };
            db.PelaksanaanLayanan.Add(row);
        }
        row.LayananInformasiId = layanan.Id;
        row.Tanggal = e.Tanggal!.Value;
        row.Kanal = e.Kanal!.Trim();
        row.JenisPemohon = e.JenisPemohon!.Trim();
        row.Perihal = e.Perihal!.Trim();
        row.WaktuResponsJam = e.WaktuResponsJam;
        row.Terpenuhi = e.Terpenuhi;
        await db.SaveChangesAsync(ct);
        return AsDto(row, layanan);
    }

    public static async Task<List<PelaksanaanLayananDto>> PelaksanaanAsync(TolokDb db, int satkerId, int tahun, CancellationToken ct) =>
        await db.PelaksanaanLayanan.AsNoTracking()
            .Join(db.LayananInformasi.Where(l => l.SatkerId == satkerId && l.Tahun == tahun), p => p.LayananInformasiId, l => l.Id, (p, l) => new { p, l.Nama })
            .OrderBy(x => x.p.Tanggal).ThenBy(x => x.p.Id)
            .Select(x => new PelaksanaanLayananDto(x.p.Id, x.p.LayananInformasiId, x.Nama, x.p.Tanggal, x.p.Kanal, x.p.JenisPemohon, x.p.Perihal, x.p.WaktuResponsJam, x.p.Terpenuhi, x.p.Versi))
            .ToListAsync(ct);

    /// <summary>The year's catalogue; a service is delivered in a period when it was fulfilled at least once by the period's end.</summary>
    public static async Task<List<LayananDto>> ListAsync(TolokDb db, int satkerId, int tahun, string periode, CancellationToken ct)
    {
        var p = Periode.Dari(tahun, periode);
        var rows = await db.LayananInformasi.AsNoTracking().Include(l => l.Pelaksanaan).Where(l => l.SatkerId == satkerId && l.Tahun == tahun).OrderBy(l => l.Id).ToListAsync(ct);
        return [.. rows.Select(l => new LayananDto(l.Id, l.Tahun, l.Nama, l.Pelaksanaan.Count, l.Pelaksanaan.Count(p => p.Terpenuhi),
            Ukuran.LayananTerlaksana(l.Pelaksanaan.Select(x => (x.Tanggal, x.Terpenuhi)), p), l.Versi))];
    }
}