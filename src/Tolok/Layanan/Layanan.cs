using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

