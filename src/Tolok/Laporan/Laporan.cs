using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Laporan;

/// <summary>A bureaucratic-reform (RB) report a satker must file: what it covers, when it is due, when it was filed.</summary>
public class LaporanRb : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public required string Nama { get; set; }
    public DateOnly PeriodeDari { get; set; }
    public DateOnly PeriodeSampai { get; set; }
    public DateOnly JatuhTempo { get; set; }
    public DateOnly? TanggalDisampaikan { get; set; }
    /// <summary>Where the evidence is (document number, link); files come with the evidence feature.</summary>
    public string? Bukti { get; set; }

    public bool TepatWaktu => Kinerja.Ukuran.TepatWaktu(JatuhTempo, TanggalDisampaikan);
}

/// <summary>A financial report and the result of its audit or review (opinion WTP / WDP / TW / TMP, or a review result).</summary>
public class LaporanKeuangan : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int TahunAnggaran { get; set; }
    public required string Jenis { get; set; }
    public required string Pemeriksa { get; set; }
    /// <summary>The opinion or review result; null while not issued.</summary>
    public string? Hasil { get; set; }
    public DateOnly? TanggalHasil { get; set; }
    public bool? SesuaiSap { get; set; }
    public DateOnly? TanggalDisampaikan { get; set; }
    public DateOnly? BatasWaktu { get; set; }
}

internal sealed class LaporanRbConfiguration : IEntityTypeConfiguration<LaporanRb>
{
    public void Configure(EntityTypeBuilder<LaporanRb> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(l => l.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Nama).HasMaxLength(300);
        builder.Property(l => l.Bukti).HasMaxLength(500);
        builder.Ignore(l => l.TepatWaktu);
    }
}

internal sealed class LaporanKeuanganConfiguration : IEntityTypeConfiguration<LaporanKeuangan>
{
    public void Configure(EntityTypeBuilder<LaporanKeuangan> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(l => l.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Jenis).HasMaxLength(100);
        builder.Property(l => l.Pemeriksa).HasMaxLength(100);
        builder.Property(l => l.Hasil).HasMaxLength(50);
    }
}
