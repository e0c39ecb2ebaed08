using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Kinerja;

/// <summary>
/// A realisation typed by hand, allowed only for an IKU that no register computes. It must say why (justification)
/// and what backs it (evidence), and is shown as manual wherever it appears.
/// </summary>
public class RealisasiManual : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string Periode { get; set; }
    public required string KodeIndikator { get; set; }
    public decimal? Nilai { get; set; }
    /// <summary>The realisation of a categorical IKU (a label such as "WTP").</summary>
    public string? Kategori { get; set; }
    public required string Justifikasi { get; set; }
    public required string Bukti { get; set; }
    public DateTime DicatatPada { get; set; }
    public string? DicatatOleh { get; set; }
}

internal sealed class RealisasiManualConfiguration : IEntityTypeConfiguration<RealisasiManual>
{
    public void Configure(EntityTypeBuilder<RealisasiManual> builder)
    {
        builder.HasIndex(m => new { m.SatkerId, m.Tahun, m.Periode, m.KodeIndikator }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(m => m.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Periode).HasMaxLength(10);
        builder.Property(m => m.KodeIndikator).HasMaxLength(10);
        builder.Property(m => m.Nilai).HasPrecision(18, 4);
        builder.Property(m => m.Kategori).HasMaxLength(50);
        builder.Property(m => m.Justifikasi).HasMaxLength(2000);
        builder.Property(m => m.Bukti).HasMaxLength(500);
        builder.Property(m => m.DicatatOleh).HasMaxLength(256);
    }
}

public sealed record RealisasiManualEdit(string? Periode, decimal? Nilai, string? Kategori, string? Justifikasi, string? Bukti);

public sealed record RealisasiManualDto(string KodeIndikator, string Periode, decimal? Nilai, string? Kategori, string Justifikasi, string Bukti, DateTime DicatatPada, string? DicatatOleh, int Versi) : Aturan.IDtoBerversi;

