using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using nietras.SeparatedValues;
using Tolok.Infrastructure;

namespace Tolok.Tahapan;

/// <summary>A stage of an election with its scheduled start and end (PKPU), the same for every satker.</summary>
public class Tahapan
{
    public int Id { get; set; }
    public int PemilihanId { get; set; }
    public int Nomor { get; set; }
    public required string Nama { get; set; }
    public DateOnly JadwalMulai { get; set; }
    public DateOnly JadwalSelesai { get; set; }
}

/// <summary>How one satker carried out a stage: actual dates, whether it followed the rules, and why not.</summary>
public class PelaksanaanTahapan : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int TahapanId { get; set; }
    public DateOnly? RealisasiMulai { get; set; }
    public DateOnly? RealisasiSelesai { get; set; }
    public bool? SesuaiKetentuan { get; set; }
    public string? Catatan { get; set; }
    public List<InsidenTahapan> Insiden { get; set; } = [];
}

/// <summary>An incident during a stage. Severity 1 = ringan, 2 = sedang, 3 = berat.</summary>
public class InsidenTahapan : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int PelaksanaanTahapanId { get; set; }
    public DateOnly Tanggal { get; set; }
    public required string Tempat { get; set; }
    public required string Jenis { get; set; }
    public int Keparahan { get; set; }
    public bool Ditangani { get; set; }
    public string? Keterangan { get; set; }
}

internal sealed class TahapanConfiguration : IEntityTypeConfiguration<Tahapan>
{
    public void Configure(EntityTypeBuilder<Tahapan> builder)
    {
        builder.HasIndex(t => new { t.PemilihanId, t.Nomor }).IsUnique();
        builder.Property(t => t.Nama).HasMaxLength(300);
        builder.HasOne<Pemilihan.Pemilihan>().WithMany().HasForeignKey(t => t.PemilihanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PelaksanaanTahapanConfiguration : IEntityTypeConfiguration<PelaksanaanTahapan>
{
    public void Configure(EntityTypeBuilder<PelaksanaanTahapan> builder)
    {
        builder.HasIndex(p => new { p.SatkerId, p.TahapanId }).IsUnique();
        builder.Property(p => p.Catatan).HasMaxLength(2000);
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tahapan>().WithMany().HasForeignKey(p => p.TahapanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Insiden).WithOne().HasForeignKey(i => i.PelaksanaanTahapanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InsidenTahapanConfiguration : IEntityTypeConfiguration<InsidenTahapan>
{
    public void Configure(EntityTypeBuilder<InsidenTahapan> builder)
    {
        builder.Property(i => i.Tempat).HasMaxLength(300);
        builder.Property(i => i.Jenis).HasMaxLength(200);
        builder.Property(i => i.Keterangan).HasMaxLength(2000);
    }
}

/// <summary>The 2024 stage schedules (Data/tahapan-*.csv, PKPU 3/2022 and 2/2024 as reported in the press).</summary>
public static class TahapanSeed
{
    /// <param name="baru">The database was just created: the elections are the ones just added, no stage exists.</param>
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        // On a new database the elections are those just added: tracked by this context, or committed by the first
        // transaction of a start that seeds on two connections (decision 69).
        var baruDitambah = !baru ? null : db.Pemilihan.Local.Count > 0 ? db.Pemilihan.Local.ToList() : await db.Pemilihan.AsNoTracking().ToListAsync(ct);
        foreach (var file in new[] { "tahapan-pemilu-2024.csv", "tahapan-pilkada-2024.csv" })
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(AppContext.BaseDirectory, "Data", file));
            var rows = reader.Enumerate(r => (Pemilihan: r["pemilihan"].ToString(), No: r["no"].Parse<int>(), Nama: r["tahapan"].ToString(),
                Mulai: DateOnly.Parse(r["mulai"].Span, System.Globalization.CultureInfo.InvariantCulture), Selesai: DateOnly.Parse(r["selesai"].Span, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            foreach (var row in rows)
            {
                var pemilihan = baruDitambah is not null
                    ? baruDitambah.FirstOrDefault(p => p.Slug == row.Pemilihan)
                    : await db.Pemilihan.FirstOrDefaultAsync(p => p.Slug == row.Pemilihan, ct);
                if (pemilihan is null || (!baru && await db.Tahapan.AnyAsync(t => t.PemilihanId == pemilihan.Id && t.Nomor == row.No, ct)))
                {
                    continue;
                }
                db.Tahapan.Add(new Tahapan { PemilihanId = pemilihan.Id, Nomor = row.No, Nama = row.Nama, JadwalMulai = row.Mulai, JadwalSelesai = row.Selesai });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
