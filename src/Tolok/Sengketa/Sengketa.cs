using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Sengketa;

/// <summary>A legal dispute involving a satker: forum, case number, parties, KPU's role, dates and ruling.</summary>
public class Perkara : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    /// <summary>Bawaslu, PTUN, MK, DKPP, PN …</summary>
    public required string Forum { get; set; }
    public required string NomorPerkara { get; set; }
    public required string Pihak { get; set; }
    /// <summary>termohon (respondent), teradu, tergugat, pihak-terkait …</summary>
    public required string PeranKpu { get; set; }
    public required string Pokok { get; set; }
    public DateOnly TanggalRegistrasi { get; set; }
    public DateOnly? TanggalPutusan { get; set; }
    /// <summary>dikabulkan, dikabulkan-sebagian, ditolak, tidak-dapat-diterima, dicabut, gugur …; null while pending.</summary>
    public string? Putusan { get; set; }
    public string? Catatan { get; set; }
}

/// <summary>
/// The rule that decides whether a ruling is won by KPU, kept as data: for a ruling and KPU's role, won or not.
/// Against KPU as respondent, a claim rejected or inadmissible is won; granted (wholly or partly) is lost.
/// </summary>
public class AturanMenang
{
    public int Id { get; set; }
    public required string Putusan { get; set; }
    public required string PeranKpu { get; set; }
    public bool Menang { get; set; }

    private static readonly string[] PeranDigugat = ["termohon", "teradu", "tergugat", "terlapor"];

    private static readonly (string Putusan, bool Menang)[] HasilBawaan =
        [("dikabulkan", false), ("dikabulkan-sebagian", false), ("ditolak", true), ("tidak-dapat-diterima", true), ("dicabut", true), ("gugur", true)];

    public static IEnumerable<AturanMenang> Bawaan() =>
        from peran in PeranDigugat
        from aturan in HasilBawaan
        select new AturanMenang { Putusan = aturan.Putusan, PeranKpu = peran, Menang = aturan.Menang };
}

internal sealed class PerkaraConfiguration : IEntityTypeConfiguration<Perkara>
{
    public void Configure(EntityTypeBuilder<Perkara> builder)
    {
        builder.HasIndex(p => new { p.SatkerId, p.Forum, p.NomorPerkara }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Forum).HasMaxLength(50);
        builder.Property(p => p.NomorPerkara).HasMaxLength(100);
        builder.Property(p => p.Pihak).HasMaxLength(500);
        builder.Property(p => p.PeranKpu).HasMaxLength(50);
        builder.Property(p => p.Pokok).HasMaxLength(1000);
        builder.Property(p => p.Putusan).HasMaxLength(50);
        builder.Property(p => p.Catatan).HasMaxLength(2000);
    }
}

internal sealed class AturanMenangConfiguration : IEntityTypeConfiguration<AturanMenang>
{
    public void Configure(EntityTypeBuilder<AturanMenang> builder)
    {
        builder.HasIndex(a => new { a.Putusan, a.PeranKpu }).IsUnique();
        builder.Property(a => a.Putusan).HasMaxLength(50);
        builder.Property(a => a.PeranKpu).HasMaxLength(50);
    }
}
