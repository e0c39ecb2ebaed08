using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Pemilihan;

/// <summary>An election (Pemilu, Pilkada …) identified by a slug such as <c>pemilu-2024</c>, with its ballots.</summary>
public class Pemilihan
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Nama { get; set; }
    public DateOnly Tanggal { get; set; }
    public List<SuratSuara> SuratSuara { get; set; } = [];
}

/// <summary>A ballot of an election: PPWP, DPR, DPD, DPRD_PROV, DPRD_KABKO, GUBERNUR, BUPATI, WALIKOTA …</summary>
public class SuratSuara
{
    public int Id { get; set; }
    public int PemilihanId { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public int Urutan { get; set; }
}

public sealed record PemilihanDto(string Id, string Nama, DateOnly Tanggal, IReadOnlyList<SuratSuaraDto> SuratSuara);

public sealed record SuratSuaraDto(string Kode, string Nama);

public static class PemilihanMapping
{
    public static PemilihanDto AsDto(this Pemilihan p) =>
        new(p.Slug, p.Nama, p.Tanggal, [.. p.SuratSuara.OrderBy(s => s.Urutan).Select(s => new SuratSuaraDto(s.Kode, s.Nama))]);
}

internal sealed class PemilihanConfiguration : IEntityTypeConfiguration<Pemilihan>
{
    public void Configure(EntityTypeBuilder<Pemilihan> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(50);
        builder.Property(p => p.Nama).HasMaxLength(200);
        builder.HasMany(p => p.SuratSuara).WithOne().HasForeignKey(s => s.PemilihanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SuratSuaraConfiguration : IEntityTypeConfiguration<SuratSuara>
{
    public void Configure(EntityTypeBuilder<SuratSuara> builder)
    {
        builder.HasIndex(s => new { s.PemilihanId, s.Kode }).IsUnique();
        builder.Property(s => s.Kode).HasMaxLength(20);
        builder.Property(s => s.Nama).HasMaxLength(100);
    }
}

/// <summary>The elections of 2024, present in every database.</summary>
public static class PemilihanSeed
{
    /// <param name="baru">The database was just created: nothing to look up.</param>
    public static async Task EnsureAsync(Infrastructure.TolokDb db, bool baru, CancellationToken ct)
    {
        await Ensure(db, baru, "pemilu-2024", "Pemilihan Umum 2024", new DateOnly(2024, 2, 14),
            [("PPWP", "Presiden dan Wakil Presiden"), ("DPR", "DPR RI"), ("DPD", "DPD RI"), ("DPRD_PROV", "DPRD Provinsi"), ("DPRD_KABKO", "DPRD Kabupaten/Kota")], ct);
        await Ensure(db, baru, "pilkada-2024", "Pemilihan Serentak 2024", new DateOnly(2024, 11, 27),
            [("GUBERNUR", "Gubernur dan Wakil Gubernur"), ("BUPATI", "Bupati dan Wakil Bupati"), ("WALIKOTA", "Wali Kota dan Wakil Wali Kota")], ct);
    }

    private static async Task Ensure(Infrastructure.TolokDb db, bool baru, string slug, string nama, DateOnly tanggal, (string Kode, string Nama)[] surat, CancellationToken ct)
    {
        if (!baru && await db.Pemilihan.AnyAsync(p => p.Slug == slug, ct))
        {
            return;
        }
        db.Pemilihan.Add(new Pemilihan
        {
            Slug = slug,
            Nama = nama,
            Tanggal = tanggal,
            SuratSuara = [.. surat.Select((s, i) => new SuratSuara { Kode = s.Kode, Nama = s.Nama, Urutan = i + 1 })],
        });
        await db.SaveChangesAsync(ct);
    }
}
