using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Evaluasi;

/// <summary>
/// One recommendation of an LHE: what the evaluator asks, for which LKE component, by when and by whom. It is part of
/// the LHE as issued (locked with it); its follow-up is recorded as <see cref="TindakLanjutLhe"/> rows afterwards.
/// </summary>
public class RekomendasiLhe : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int LheId { get; set; }
    public int Nomor { get; set; }
    public required string Uraian { get; set; }
    /// <summary>The LKE component code (AREN01, BKUR01, CLAP01, DVAL01), or null when the LHE does not say.</summary>
    public string? Komponen { get; set; }
    public DateOnly JatuhTempo { get; set; }
    public required string PenanggungJawab { get; set; }
    public List<TindakLanjutLhe> TindakLanjut { get; set; } = [];
}

/// <summary>
/// A follow-up action on a recommendation: what was done, when, its evidence and the status it leaves the
/// recommendation in (belum, proses, selesai). The latest action's status is the recommendation's.
/// </summary>
public class TindakLanjutLhe : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int RekomendasiLheId { get; set; }
    public DateOnly Tanggal { get; set; }
    public required string Uraian { get; set; }
    /// <summary>Evidence, one per line: a Tolok address, an http(s) address, or a document's name.</summary>
    public string? Bukti { get; set; }
    public required string Status { get; set; }
    public required string DicatatOleh { get; set; }
    public DateTime DicatatPada { get; set; }
}

internal sealed class RekomendasiLheConfiguration : IEntityTypeConfiguration<RekomendasiLhe>
{
    public void Configure(EntityTypeBuilder<RekomendasiLhe> builder)
    {
        builder.HasOne<Lhe>().WithMany().HasForeignKey(r => r.LheId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.LheId, r.Nomor }).IsUnique();
        builder.Property(r => r.Uraian).HasMaxLength(2000);
        builder.Property(r => r.Komponen).HasMaxLength(20);
        builder.Property(r => r.PenanggungJawab).HasMaxLength(200);
        builder.HasMany(r => r.TindakLanjut).WithOne().HasForeignKey(t => t.RekomendasiLheId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TindakLanjutLheConfiguration : IEntityTypeConfiguration<TindakLanjutLhe>
{
    public void Configure(EntityTypeBuilder<TindakLanjutLhe> builder)
    {
        builder.Property(t => t.Uraian).HasMaxLength(2000);
        builder.Property(t => t.Bukti).HasMaxLength(4000);
        builder.Property(t => t.Status).HasMaxLength(10);
        builder.Property(t => t.DicatatOleh).HasMaxLength(256);
    }
}
