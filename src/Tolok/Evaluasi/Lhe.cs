using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Evaluasi;

/// <summary>
/// A SAKIP evaluation report (LHE): who evaluated which year, the score 0–100 and its component scores
/// (Perencanaan ≤ 30, Pengukuran ≤ 30, Pelaporan ≤ 15, Evaluasi Internal ≤ 25), recommendations and follow-up.
/// The grade is derived from the grade scale kept as data.
/// </summary>
public class Lhe : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int TahunDievaluasi { get; set; }
    public required string Evaluator { get; set; }
    public DateOnly TanggalLhe { get; set; }
    public decimal Nilai { get; set; }
    public decimal? Perencanaan { get; set; }
    public decimal? Pengukuran { get; set; }
    public decimal? Pelaporan { get; set; }
    public decimal? EvaluasiInternal { get; set; }
    public string? Rekomendasi { get; set; }
    public string? TindakLanjut { get; set; }
}

internal sealed class LheConfiguration : IEntityTypeConfiguration<Lhe>
{
    public void Configure(EntityTypeBuilder<Lhe> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(l => l.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Evaluator).HasMaxLength(200);
        builder.Property(l => l.Rekomendasi).HasMaxLength(4000);
        builder.Property(l => l.TindakLanjut).HasMaxLength(4000);
        foreach (var p in new[] { nameof(Lhe.Nilai), nameof(Lhe.Perencanaan), nameof(Lhe.Pengukuran), nameof(Lhe.Pelaporan), nameof(Lhe.EvaluasiInternal) })
        {
            builder.Property(p).HasPrecision(6, 2);
        }
    }
}

public sealed record LheDto(int Id, int TahunDievaluasi, string Evaluator, DateOnly TanggalLhe, decimal Nilai, string? Predikat,
    decimal? Perencanaan, decimal? Pengukuran, decimal? Pelaporan, decimal? EvaluasiInternal, string? Rekomendasi, string? TindakLanjut, int Versi) : Aturan.IDtoBerversi;

public sealed record LheEdit(int TahunDievaluasi, string? Evaluator, DateOnly? TanggalLhe, decimal? Nilai,
    decimal? Perencanaan, decimal? Pengukuran, decimal? Pelaporan, decimal? EvaluasiInternal, string? Rekomendasi, string? TindakLanjut);

