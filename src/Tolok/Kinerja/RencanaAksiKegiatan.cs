using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

/// <summary>
/// A planned action of the Rencana Aksi (issue 16): for an IKU and a quarter, what will be done and who is
/// responsible. Part of the year's plan: it follows the targets' scope and workflow (locked once the targets are
/// submitted or approved).
/// </summary>
public class RencanaAksiKegiatan : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string KodeIndikator { get; set; }
    /// <summary>1–4.</summary>
    public int Triwulan { get; set; }
    public required string Uraian { get; set; }
    /// <summary>The unit or person responsible ("Subbagian Teknis Penyelenggaraan Pemilu").</summary>
    public required string PenanggungJawab { get; set; }
}

internal sealed class RencanaAksiKegiatanConfiguration : IEntityTypeConfiguration<RencanaAksiKegiatan>
{
    public void Configure(EntityTypeBuilder<RencanaAksiKegiatan> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(r => r.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SatkerId, r.Tahun, r.KodeIndikator, r.Triwulan });
        builder.Property(r => r.KodeIndikator).HasMaxLength(10);
        builder.Property(r => r.Uraian).HasMaxLength(1000);
        builder.Property(r => r.PenanggungJawab).HasMaxLength(200);
    }
}

public sealed record RencanaAksiEdit(string? KodeIndikator, int? Triwulan, string? Uraian, string? PenanggungJawab);

public static class RencanaAksiStore
{
    public static Dictionary<string, string[]> Periksa(RencanaAksiEdit e, IReadOnlyCollection<string> kodeIku)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.KodeIndikator is null || !kodeIku.Contains(e.KodeIndikator))
        {
            errors["kodeIndikator"] = ["Pilih IKU dari IKU tahun ini."];
        }
        if (e.Triwulan is not (>= 1 and <= 4))
        {
            errors["triwulan"] = ["Triwulan 1, 2, 3 atau 4."];
        }
        if (string.IsNullOrWhiteSpace(e.Uraian) || e.Uraian.Trim().Length > 1000)
        {
            errors["uraian"] = ["Uraikan kegiatan yang direncanakan (paling panjang 1.000 karakter)."];
        }
        if (string.IsNullOrWhiteSpace(e.PenanggungJawab) || e.PenanggungJawab.Trim().Length > 200)
        {
            errors["penanggungJawab"] = ["Isi unit atau orang yang bertanggung jawab (paling panjang 200 karakter)."];
        }
        return errors;
    }

    public static async Task<List<RencanaAksiKegiatan>> ListAsync(TolokDb db, int satkerId, int tahun, CancellationToken ct) =>
        await db.RencanaAksiKegiatan.AsNoTracking().Where(r => r.SatkerId == satkerId && r.Tahun == tahun)
            .OrderBy(r => r.KodeIndikator).ThenBy(r => r.Triwulan).ThenBy(r => r.Id).ToListAsync(ct);

    public static async Task TambahAsync(TolokDb db, int satkerId, int tahun, RencanaAksiEdit e, CancellationToken ct)
    {
        db.RencanaAksiKegiatan.Add(new RencanaAksiKegiatan
        {
            SatkerId = satkerId,
            Tahun = tahun,
            KodeIndikator = e.KodeIndikator!,
            Triwulan = e.Triwulan!.Value,
            Uraian = e.Uraian!.Trim(),
            PenanggungJawab = e.PenanggungJawab!.Trim(),
        });
        await db.SaveChangesAsync(ct);
    }
}