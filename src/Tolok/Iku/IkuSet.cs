using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Iku;

/// <summary>
/// One revision of a satker's Indikator Kinerja Utama for a year, as signed (ditetapkan). A stored revision is
/// never edited: a change to the catalog is saved as the next revision and the earlier ones stay readable.
/// </summary>
public class IkuSet
{
    public int Id { get; set; }
    public int SatkerId { get; set; }
    public Satker.Satker Satker { get; set; } = null!;
    public int Tahun { get; set; }
    public int Revisi { get; set; }

    public string? TempatPenetapan { get; set; }
    public DateOnly? TanggalPenetapan { get; set; }
    public string? JabatanPenandatangan { get; set; }
    public string? NamaPenandatangan { get; set; }

    /// <summary>UTC; shown in WITA.</summary>
    public DateTime DibuatPada { get; set; }
    public string? DibuatOleh { get; set; }
    /// <summary>Why this revision exists ("Impor dari iku-….txt", "Perbaikan uraian IKU 3.1").</summary>
    public string? Keterangan { get; set; }

    public List<Sasaran> Sasaran { get; set; } = [];
}

/// <summary>Sasaran strategis: numbered as in the document (1, 2, …).</summary>
public class Sasaran
{
    public int Id { get; set; }
    public int IkuSetId { get; set; }
    public int Nomor { get; set; }
    public required string Uraian { get; set; }
    public List<Indikator> Indikator { get; set; } = [];
}

/// <summary>
/// An IKU. Its code is ours, not the document's: sasaran number . position within the sasaran (1.1 … 4.2).
/// Blank cells of the document stay null.
/// </summary>
public class Indikator
{
    public int Id { get; set; }
    public int SasaranId { get; set; }
    public int Urutan { get; set; }
    public required string Kode { get; set; }
    public required string Uraian { get; set; }
    public string? CaraPengukuran { get; set; }
    public string? SumberData { get; set; }
    public string? Satuan { get; set; }
    public Polaritas Polaritas { get; set; }

    /// <summary>
    /// Cascading (pohon kinerja, issue 17): the code of the parent satker's IKU of the same year that this IKU supports,
    /// or null. Kept per revision, like every other field of a signed set.
    /// </summary>
    public string? KodeInduk { get; set; }
}

/// <summary>Which direction is better. Stored and serialised by name (see docs/decisions.md).</summary>
public enum Polaritas
{
    /// <summary>Higher is better (capaian = realisasi / target).</summary>
    Maksimal,
    /// <summary>Lower is better (capaian = (2·target − realisasi) / target).</summary>
    Minimal,
    /// <summary>An ordered category such as an audit opinion.</summary>
    Kategorikal,
}

internal sealed class IkuSetConfiguration : IEntityTypeConfiguration<IkuSet>
{
    public void Configure(EntityTypeBuilder<IkuSet> builder)
    {
        builder.HasIndex(s => new { s.SatkerId, s.Tahun, s.Revisi }).IsUnique();
        builder.HasOne(s => s.Satker).WithMany().HasForeignKey(s => s.SatkerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.TempatPenetapan).HasMaxLength(100);
        builder.Property(s => s.JabatanPenandatangan).HasMaxLength(300);
        builder.Property(s => s.NamaPenandatangan).HasMaxLength(200);
        builder.Property(s => s.DibuatOleh).HasMaxLength(256);
        builder.Property(s => s.Keterangan).HasMaxLength(500);
        builder.HasMany(s => s.Sasaran).WithOne().HasForeignKey(s => s.IkuSetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SasaranConfiguration : IEntityTypeConfiguration<Sasaran>
{
    public void Configure(EntityTypeBuilder<Sasaran> builder)
    {
        builder.HasIndex(s => new { s.IkuSetId, s.Nomor }).IsUnique();
        builder.Property(s => s.Uraian).HasMaxLength(2000);
        builder.HasMany(s => s.Indikator).WithOne().HasForeignKey(i => i.SasaranId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndikatorConfiguration : IEntityTypeConfiguration<Indikator>
{
    public void Configure(EntityTypeBuilder<Indikator> builder)
    {
        builder.HasIndex(i => new { i.SasaranId, i.Urutan }).IsUnique();
        builder.Property(i => i.Kode).HasMaxLength(10);
        builder.Property(i => i.Uraian).HasMaxLength(2000);
        builder.Property(i => i.CaraPengukuran).HasMaxLength(4000);
        builder.Property(i => i.SumberData).HasMaxLength(2000);
        builder.Property(i => i.Satuan).HasMaxLength(50);
        builder.Property(i => i.KodeInduk).HasMaxLength(10);
        builder.Property(i => i.Polaritas).HasConversion<string>().HasMaxLength(20);
    }
}