using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Kalender;

/// <summary>
/// A recurring obligation of the SAKIP year and its due date, as data: a default for every satker (SatkerId null) or
/// a satker's own date, which replaces the default of the same code. The year's due date is day
/// <see cref="Hari"/> (null: the month's last day) of <see cref="Bulan"/> in the obligation's year, or in the next
/// year when <see cref="TahunBerikut"/>.
/// </summary>
public class AturanKewajiban : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int? SatkerId { get; set; }
    public required string Kode { get; set; }
    public required string Judul { get; set; }
    public bool TahunBerikut { get; set; }
    public int Bulan { get; set; }
    public int? Hari { get; set; }
    public bool Aktif { get; set; } = true;
}

/// <summary>A user's calendar feed token (its SHA-256 only; the address is shown once when made).</summary>
public class TokenKalender
{
    public int Id { get; set; }
    public required string PenggunaId { get; set; }
    public required string Hash { get; set; }
    public DateTime DibuatPada { get; set; }
}

/// <summary>
/// A reminder claimed for sending: one row per obligation, days before and recipient. The unique index is what makes
/// a reminder go out once when several app servers run the reminder job at the same time.
/// </summary>
public class PengingatTerkirim
{
    public int Id { get; set; }
    public required string Kunci { get; set; }
    public int HariSebelum { get; set; }
    public required string Penerima { get; set; }
    public DateTime DikirimPada { get; set; }
}

internal sealed class AturanKewajibanConfiguration : IEntityTypeConfiguration<AturanKewajiban>
{
    public void Configure(EntityTypeBuilder<AturanKewajiban> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(a => a.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SatkerId, a.Kode }).IsUnique();
        builder.Property(a => a.Kode).HasMaxLength(40);
        builder.Property(a => a.Judul).HasMaxLength(300);
    }
}

internal sealed class TokenKalenderConfiguration : IEntityTypeConfiguration<TokenKalender>
{
    public void Configure(EntityTypeBuilder<TokenKalender> builder)
    {
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.PenggunaId).IsUnique();
        builder.Property(t => t.PenggunaId).HasMaxLength(450);
        builder.Property(t => t.Hash).HasMaxLength(64);
    }
}

internal sealed class PengingatTerkirimConfiguration : IEntityTypeConfiguration<PengingatTerkirim>
{
    public void Configure(EntityTypeBuilder<PengingatTerkirim> builder)
    {
        builder.HasIndex(p => new { p.Kunci, p.HariSebelum, p.Penerima }).IsUnique();
        builder.Property(p => p.Kunci).HasMaxLength(200);
        builder.Property(p => p.Penerima).HasMaxLength(256);
    }
}
