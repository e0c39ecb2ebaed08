using FsCheck;
using FsCheck.Fluent;
using Tolok.Iku;
using Tolok.Kinerja;

namespace Tolok.Tests.Kinerja;

public class CapaianTests
{
    [Theory]
    [InlineData(Polaritas.Maksimal, 80, 71.26, 89.08)]   // the LKjIP example: 71,26% of a target of 80%
    [InlineData(Polaritas.Maksimal, 4, 5, 125)]          // raw, not capped
    [InlineData(Polaritas.Minimal, 10, 8, 120)]          // lower is better: (2·10 − 8) / 10
    [InlineData(Polaritas.Minimal, 10, 25, 0)]           // floored at 0
    [InlineData(Polaritas.Minimal, 10, 10, 100)]
    public void Achievement_follows_the_polarity(Polaritas polaritas, double target, double realisasi, double expected) =>
        Assert.Equal((decimal)expected, CapaianCalculator.Hitung(polaritas, (decimal)target, (decimal)realisasi));

    [Theory]
    [InlineData(0.0, 5.0)]
    [InlineData(null, 5.0)]
    [InlineData(80.0, null)]
    public void Nothing_to_compare_is_not_computable_never_zero(double? target, double? realisasi) =>
        Assert.Null(CapaianCalculator.Hitung(Polaritas.Maksimal, (decimal?)target, (decimal?)realisasi));

    [Theory]
    [InlineData("WTP", "WTP", 100)]
    [InlineData("WDP", "WTP", 100)]  // beating the target
    [InlineData("WTP", "WDP", 75)]   // rank 3 of a rank-4 target
    [InlineData("WTP", "TMP", 25)]
    public void Categories_meet_or_fall_short_by_rank(string target, string realisasi, double expected) =>
        Assert.Equal((decimal)expected, CapaianCalculator.HitungKategori(["TMP", "TW", "WDP", "WTP"], target, realisasi));

    [Theory]
    [InlineData(69.99, "merah")]
    [InlineData(70, "kuning")]
    [InlineData(89.99, "kuning")]
    [InlineData(90, "hijau")]
    [InlineData(150, "hijau")]
    [InlineData(0, "merah")]
    public void Default_traffic_lights_have_exact_bounds(double capaian, string label) =>
        Assert.Equal(label, CapaianCalculator.Kategori(SkalaCapaian.Bawaan(), (decimal)capaian)?.Label);

    /// <summary>Higher is better: twice the realisation, twice the achievement; and the achievement never goes negative.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Achievement_is_proportional_and_never_negative()
    {
        var positive = Gen.Choose(1, 100_000).Select(x => x / 100m);
        return Prop.ForAll(positive.ToArbitrary(), positive.ToArbitrary(), (t, r) =>
        {
            var once = CapaianCalculator.Hitung(Polaritas.Maksimal, t, r)!.Value;
            var twice = CapaianCalculator.Hitung(Polaritas.Maksimal, t, 2 * r)!.Value;
            Assert.InRange(twice - 2 * once, -0.02m, 0.02m);
            Assert.True(CapaianCalculator.Hitung(Polaritas.Minimal, t, r) >= 0);
        });
    }
}
