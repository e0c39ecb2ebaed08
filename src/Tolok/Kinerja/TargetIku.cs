using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Kinerja;

/// <summary>
/// The targets of one IKU of a satker for a year: the PK (annual) target, the Rencana Aksi's cumulative quarterly
/// targets, the baseline and the Renstra end-of-period target. A categorical IKU has its target as a label ("WTP").
/// </summary>
public class TargetIku : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string KodeIndikator { get; set; }
    public decimal? Tahunan { get; set; }
    public decimal? Tw1 { get; set; }
    public decimal? Tw2 { get; set; }
    public decimal? Tw3 { get; set; }
    public decimal? Tw4 { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Renstra { get; set; }
    public string? Kategori { get; set; }
    public DateTime DiubahPada { get; set; }
    public string? DiubahOleh { get; set; }

    /// <summary>The target of a period: the quarter's cumulative target, or the annual one.</summary>
    public decimal? Untuk(string periode) => periode switch
    {
        "TW1" => Tw1,
        "TW2" => Tw2,
        "TW3" => Tw3,
        "TW4" => Tw4 ?? Tahunan,
        _ => Tahunan,
    };
}

internal sealed class TargetIkuConfiguration : IEntityTypeConfiguration<TargetIku>
{
    public void Configure(EntityTypeBuilder<TargetIku> builder)
    {
        builder.HasIndex(t => new { t.SatkerId, t.Tahun, t.KodeIndikator }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(t => t.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.KodeIndikator).HasMaxLength(10);
        builder.Property(t => t.Kategori).HasMaxLength(50);
        builder.Property(t => t.DiubahOleh).HasMaxLength(256);
        foreach (var p in new[] { nameof(TargetIku.Tahunan), nameof(TargetIku.Tw1), nameof(TargetIku.Tw2), nameof(TargetIku.Tw3), nameof(TargetIku.Tw4), nameof(TargetIku.Baseline), nameof(TargetIku.Renstra) })
        {
            builder.Property<decimal?>(p).HasPrecision(18, 4);
        }
    }
}
