using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Iku;

namespace Tolok.Kinerja;

/// <summary>
/// Achievement (capaian) as plain functions (FACTS.md): higher is better = realisasi / target × 100; lower is better
/// = (2·target − realisasi) / target × 100, floored at 0; an ordered category meeting or beating its target = 100,
/// else its rank over the target's rank × 100 (docs/decisions.md). Raw values are kept; no cap.
/// A target of 0 or nothing to compare gives null ("tidak dapat dihitung"), never 0.
/// </summary>
public static class CapaianCalculator
{
    public static decimal? Hitung(Polaritas polaritas, decimal? target, decimal? realisasi)
    {
        if (target is not { } t || realisasi is not { } r || t == 0)
        {
            return null;
        }
        var value = polaritas switch
        {
            Polaritas.Minimal => Math.Max(0, (2 * t - r) / t * 100),
            _ => r / t * 100,
        };
        return Ukuran.Bulat(value);
    }

    /// <summary>An ordered category: <paramref name="peringkat"/> lists labels from worst to best (e.g. TMP, TW, WDP, WTP).</summary>
    public static decimal? HitungKategori(IReadOnlyList<string> peringkat, string? target, string? realisasi)
    {
        var t = target is null ? -1 : IndexOf(peringkat, target);
        var r = realisasi is null ? -1 : IndexOf(peringkat, realisasi);
        if (t < 0 || r < 0)
        {
            return null;
        }
        return r >= t ? 100m : Ukuran.Persen(r + 1, t + 1);
    }

    private static int IndexOf(IReadOnlyList<string> list, string label)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], label.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The band of the scale that holds <paramref name="capaian"/>; null when none does or capaian is null.</summary>
    public static SkalaCapaian? Kategori(IEnumerable<SkalaCapaian> skala, decimal? capaian) =>
        capaian is { } c ? skala.OrderBy(s => s.Urutan).FirstOrDefault(s => s.Memuat(c)) : null;
}

/// <summary>
/// A band of the achievement scale, kept as data (Admin edits it): label, bounds with explicit inclusive ends, colour.
/// Default traffic lights: merah &lt; 70, kuning 70–&lt; 90, hijau ≥ 90.
/// </summary>
public class SkalaCapaian
{
    public const string Capaian = "capaian";
    public const string PredikatSakip = "predikat-sakip";

    public int Id { get; set; }
    /// <summary>Which scale the band belongs to: achievement lights (<see cref="Capaian"/>) or SAKIP grades.</summary>
    public string Skala { get; set; } = Capaian;
    public required string Label { get; set; }
    public decimal? Bawah { get; set; }
    public bool BawahInklusif { get; set; } = true;
    public decimal? Atas { get; set; }
    public bool AtasInklusif { get; set; }
    /// <summary>CSS colour, e.g. #c62828.</summary>
    public required string Warna { get; set; }
    public int Urutan { get; set; }

    public bool Memuat(decimal x) =>
        (Bawah is not { } b || (BawahInklusif ? x >= b : x > b))
        && (Atas is not { } a || (AtasInklusif ? x <= a : x < a));

    public static IEnumerable<SkalaCapaian> Bawaan() =>
    [
        new() { Label = "merah", Bawah = null, Atas = 70, AtasInklusif = false, Warna = "#c62828", Urutan = 1 },
        new() { Label = "kuning", Bawah = 70, BawahInklusif = true, Atas = 90, AtasInklusif = false, Warna = "#f9a825", Urutan = 2 },
        new() { Label = "hijau", Bawah = 90, BawahInklusif = true, Atas = null, Warna = "#2e7d32", Urutan = 3 },
    ];

    /// <summary>SAKIP grades (PermenPAN-RB 88/2021): AA &gt; 90–100 … D 0–30, lower ends exclusive except D's.</summary>
    public static IEnumerable<SkalaCapaian> PredikatBawaan() =>
        new (string Label, decimal? Bawah, decimal? Atas)[]
        {
            ("AA", 90, 100), ("A", 80, 90), ("BB", 70, 80), ("B", 60, 70), ("CC", 50, 60), ("C", 30, 50), ("D", 0, 30),
        }.Select((g, i) => new SkalaCapaian
        {
            Skala = PredikatSakip,
            Label = g.Label,
            Bawah = g.Bawah,
            BawahInklusif = g.Label == "D",
            Atas = g.Atas,
            AtasInklusif = true,
            Warna = "#555555",
            Urutan = i + 1,
        });
}

/// <summary>An ordered category scale (e.g. audit opinions), kept as data: labels from worst (1) to best.</summary>
public class PeringkatKategori
{
    public int Id { get; set; }
    public required string Skala { get; set; }
    public required string Label { get; set; }
    public int Peringkat { get; set; }

    /// <summary>Audit opinions, worst to best: TMP (disclaimer), TW (adverse), WDP (qualified), WTP (unqualified).</summary>
    public static IEnumerable<PeringkatKategori> Bawaan() =>
    [
        new() { Skala = "opini", Label = "TMP", Peringkat = 1 },
        new() { Skala = "opini", Label = "TW", Peringkat = 2 },
        new() { Skala = "opini", Label = "WDP", Peringkat = 3 },
        new() { Skala = "opini", Label = "WTP", Peringkat = 4 },
    ];
}

internal sealed class SkalaCapaianConfiguration : IEntityTypeConfiguration<SkalaCapaian>
{
    public void Configure(EntityTypeBuilder<SkalaCapaian> builder)
    {
        builder.Property(s => s.Skala).HasMaxLength(50);
        builder.Property(s => s.Label).HasMaxLength(50);
        builder.Property(s => s.Warna).HasMaxLength(20);
        builder.Property(s => s.Bawah).HasPrecision(9, 2);
        builder.Property(s => s.Atas).HasPrecision(9, 2);
    }
}

internal sealed class PeringkatKategoriConfiguration : IEntityTypeConfiguration<PeringkatKategori>
{
    public void Configure(EntityTypeBuilder<PeringkatKategori> builder)
    {
        builder.Property(s => s.Skala).HasMaxLength(50);
        builder.Property(s => s.Label).HasMaxLength(50);
        builder.HasIndex(s => new { s.Skala, s.Label }).IsUnique();
    }
}
