using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using nietras.SeparatedValues;
using Tolok.Infrastructure;

namespace Tolok.Lkjip;

/// <summary>A narrative section of a satker's report for a year (kata pengantar, an IKU's causes …), edited in the UI.</summary>
public class NarasiLaporan : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    /// <summary>Which section: "kata-pengantar", "sebab:3.1" … (see <see cref="NarasiDraf.Bagian"/>).</summary>
    public required string Bagian { get; set; }
    public required string Teks { get; set; }
    public DateTime DiubahPada { get; set; }
    public string? DiubahOleh { get; set; }
}

/// <summary>A programme or activity of the budget (DIPA) with its ceiling (pagu) and spending (realisasi) in a year.</summary>
public class AnggaranKegiatan : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string Kode { get; set; }
    public required string Uraian { get; set; }
    public decimal Pagu { get; set; }
    public decimal Realisasi { get; set; }
    /// <summary>The IKU codes this activity supports ("3.1,3.2"), for the LKjIP's programmes behind a result.</summary>
    public string? Iku { get; set; }
}

/// <summary>
/// A reference figure for comparison in the LKjIP: a national figure (RI) or an earlier result of the same area, for an
/// IKU code. Kept as data (Data/angka-referensi.csv), with its source.
/// </summary>
public class AngkaReferensi
{
    public int Id { get; set; }
    public required string KodeIndikator { get; set; }
    public int Tahun { get; set; }
    /// <summary>"nasional" or "sebelumnya" (an earlier election or year of the same satker).</summary>
    public required string Jenis { get; set; }
    /// <summary>The satker the figure belongs to; "RI" for a national figure.</summary>
    public required string Satker { get; set; }
    public required string Label { get; set; }
    public decimal Nilai { get; set; }
    public required string Sumber { get; set; }
}

internal sealed class NarasiLaporanConfiguration : IEntityTypeConfiguration<NarasiLaporan>
{
    public void Configure(EntityTypeBuilder<NarasiLaporan> builder)
    {
        builder.HasIndex(n => new { n.SatkerId, n.Tahun, n.Bagian }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(n => n.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Bagian).HasMaxLength(50);
        builder.Property(n => n.Teks).HasMaxLength(20000);
        builder.Property(n => n.DiubahOleh).HasMaxLength(256);
    }
}

internal sealed class AnggaranKegiatanConfiguration : IEntityTypeConfiguration<AnggaranKegiatan>
{
    public void Configure(EntityTypeBuilder<AnggaranKegiatan> builder)
    {
        builder.HasIndex(a => new { a.SatkerId, a.Tahun, a.Kode }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(a => a.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Kode).HasMaxLength(50);
        builder.Property(a => a.Uraian).HasMaxLength(500);
        builder.Property(a => a.Iku).HasMaxLength(100);
        builder.Property(a => a.Pagu).HasPrecision(18, 2);
        builder.Property(a => a.Realisasi).HasPrecision(18, 2);
    }
}

internal sealed class AngkaReferensiConfiguration : IEntityTypeConfiguration<AngkaReferensi>
{
    public void Configure(EntityTypeBuilder<AngkaReferensi> builder)
    {
        builder.HasIndex(a => new { a.KodeIndikator, a.Tahun, a.Jenis, a.Satker }).IsUnique();
        builder.Property(a => a.KodeIndikator).HasMaxLength(10);
        builder.Property(a => a.Jenis).HasMaxLength(20);
        builder.Property(a => a.Satker).HasMaxLength(20);
        builder.Property(a => a.Label).HasMaxLength(200);
        builder.Property(a => a.Sumber).HasMaxLength(300);
        builder.Property(a => a.Nilai).HasPrecision(18, 4);
    }
}

/// <summary>The reference figures of Data/angka-referensi.csv, added when missing.</summary>
public static class AngkaReferensiSeed
{
    /// <param name="baru">The database was just created: nothing to look up.</param>
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        var existing = baru ? [] : (await db.AngkaReferensi.Select(a => a.KodeIndikator + "|" + a.Tahun + "|" + a.Jenis + "|" + a.Satker).ToListAsync(ct)).ToHashSet();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(AppContext.BaseDirectory, "Data", "angka-referensi.csv"));
        foreach (var r in reader)
        {
            var row = new AngkaReferensi
            {
                KodeIndikator = r["kode_iku"].ToString(),
                Tahun = r["tahun"].Parse<int>(),
                Jenis = r["jenis"].ToString(),
                Satker = r["satker"].ToString(),
                Label = r["label"].ToString(),
                Nilai = decimal.Parse(r["nilai"].Span, System.Globalization.CultureInfo.InvariantCulture),
                Sumber = r["sumber"].ToString(),
            };
            if (!existing.Contains(row.KodeIndikator + "|" + row.Tahun + "|" + row.Jenis + "|" + row.Satker))
            {
                db.AngkaReferensi.Add(row);
            }
            else if (!baru)
            {
                // Our earlier seed cited an internal note file instead of the source: corrected, unless a user edited it.
                await db.AngkaReferensi.Where(a => a.KodeIndikator == row.KodeIndikator && a.Tahun == row.Tahun && a.Jenis == row.Jenis
                        && a.Satker == row.Satker && a.Sumber.EndsWith("(FACTS.md)"))
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.Sumber, row.Sumber), ct);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
