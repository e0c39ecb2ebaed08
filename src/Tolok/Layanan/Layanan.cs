using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;
using Tolok.Pengguna;

namespace Tolok.Layanan;

/// <summary>A public-information or technical election service the office offers in a year (the catalogue).</summary>
public class LayananInformasi
{
    public int Id { get; set; }
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string Nama { get; set; }
    public List<PelaksanaanLayanan> Pelaksanaan { get; set; } = [];
}

/// <summary>One service delivered: when, through which channel, to whom, about what, how fast, fulfilled or not.</summary>
public class PelaksanaanLayanan
{
    public int Id { get; set; }
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

public sealed record LayananDto(int Id, int Tahun, string Nama, int Dilaksanakan, int Terpenuhi, bool TerlaksanaPadaPeriode);

public sealed record LayananEdit(int Tahun, string? Nama);

public sealed record PelaksanaanLayananEdit(DateOnly? Tanggal, string? Kanal, string? JenisPemohon, string? Perihal, decimal? WaktuResponsJam, bool Terpenuhi);

public static class LayananApi
{
    public static RouteGroupBuilder MapLayananApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/layanan").WithTags("Layanan Informasi");
        group.MapGet("/{tahun:int}", async Task<Results<Ok<List<LayananDto>>, ProblemHttpResult>> (string kode, int tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok(await LayananStore.ListAsync(db, id, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarLayanan").WithSummary("Katalog layanan tahun itu dan apakah tiap layanan terlaksana pada periode (sumber IKU 1.4)").AllowAnonymous();
        group.MapPost("/", async Task<Results<Created<LayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, LayananEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, edit.Tahun, null, ct);
                }
                if (string.IsNullOrWhiteSpace(edit.Nama) || edit.Nama.Length > 300 || edit.Tahun is < 2000 or > 2100)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["nama"] = ["Nama layanan (paling panjang 300 karakter) dan tahun 2000–2100 wajib diisi."] }, title: "Layanan tidak valid");
                }
                if (await db.LayananInformasi.AnyAsync(l => l.SatkerId == id && l.Tahun == edit.Tahun && l.Nama == edit.Nama.Trim(), ct))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["nama"] = [$"Layanan \"{edit.Nama}\" sudah ada di katalog {edit.Tahun}."] }, title: "Layanan tidak valid");
                }
                var row = new LayananInformasi { SatkerId = id, Tahun = edit.Tahun, Nama = edit.Nama.Trim() };
                db.LayananInformasi.Add(row);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/layanan/{row.Tahun}", new LayananDto(row.Id, row.Tahun, row.Nama, 0, 0, false));
            })
            .WithName("TambahLayanan").WithSummary("Menambah layanan ke katalog").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapPost("/{layananId:int}/pelaksanaan", async Task<Results<Created, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, PelaksanaanLayananEdit edit, TolokDb db, CancellationToken ct) =>
            {
                var layanan = await db.LayananInformasi.FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct);
                if (layanan is null)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan.");
                }
                var errors = new Dictionary<string, string[]>();
                if (edit.Tanggal is null || edit.Tanggal.Value.Year != layanan.Tahun)
                {
                    errors["tanggal"] = [$"Tanggal wajib diisi dan berada pada tahun katalog ({layanan.Tahun})."];
                }
                if (string.IsNullOrWhiteSpace(edit.Kanal) || string.IsNullOrWhiteSpace(edit.JenisPemohon) || string.IsNullOrWhiteSpace(edit.Perihal))
                {
                    errors["perihal"] = ["Kanal, jenis pemohon dan perihal wajib diisi."];
                }
                if (edit.WaktuResponsJam is < 0)
                {
                    errors["waktuResponsJam"] = ["Waktu respons tidak boleh negatif."];
                }
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Pelaksanaan layanan tidak valid");
                }
                layanan.Pelaksanaan.Add(new PelaksanaanLayanan { Tanggal = edit.Tanggal!.Value, Kanal = edit.Kanal!.Trim(), JenisPemohon = edit.JenisPemohon!.Trim(), Perihal = edit.Perihal!.Trim(), WaktuResponsJam = edit.WaktuResponsJam, Terpenuhi = edit.Terpenuhi });
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/layanan/{layanan.Tahun}");
            })
            .WithName("CatatPelaksanaanLayanan").WithSummary("Mencatat layanan yang diberikan").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}

public static class LayananStore
{
    /// <summary>The year's catalogue; a service is delivered in a period when it was fulfilled at least once by the period's end.</summary>
    public static async Task<List<LayananDto>> ListAsync(TolokDb db, int satkerId, int tahun, string periode, CancellationToken ct)
    {
        var akhir = KinerjaQuery.AkhirPeriode(tahun, periode);
        var rows = await db.LayananInformasi.AsNoTracking().Include(l => l.Pelaksanaan).Where(l => l.SatkerId == satkerId && l.Tahun == tahun).OrderBy(l => l.Id).ToListAsync(ct);
        return [.. rows.Select(l => new LayananDto(l.Id, l.Tahun, l.Nama, l.Pelaksanaan.Count, l.Pelaksanaan.Count(p => p.Terpenuhi),
            l.Pelaksanaan.Any(p => p.Terpenuhi && p.Tanggal <= akhir)))];
    }
}
