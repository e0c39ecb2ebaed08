using FsCheck;
using FsCheck.Fluent;
using Tolok.Kinerja;

namespace Tolok.Tests.Kinerja;

/// <summary>The one home of IKU measurement, as properties over generated values.</summary>
public class UkuranTests
{
    private static readonly Gen<int> Tahun = Gen.Choose(2000, 2100);
    private static readonly Gen<string> NamaPeriode = Gen.Elements(Periode.Kode.ToArray());
    private static readonly Gen<DateOnly> Tanggal = Gen.Choose(0, 365 * 3).Select(d => new DateOnly(2023, 1, 1).AddDays(d));

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property A_percentage_is_the_ratio_rounded_to_two_decimals_away_from_zero() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (pembilang, penyebut) =>
        {
            var persen = Ukuran.Persen(pembilang, penyebut);
            return penyebut == 0
                ? persen is null
                : persen == Math.Round(pembilang * 100m / penyebut, 2, MidpointRounding.AwayFromZero)
                  && Ukuran.Persen(-pembilang, penyebut) == -persen
                  && Math.Abs(persen!.Value * penyebut - pembilang * 100m) <= 0.005m * penyebut;
        });

    [Theory]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 6, 16.67)]
    [InlineData(87125, 100000, 87.13)]   // half away from zero, not to even
    [InlineData(87135, 100000, 87.14)]
    public void Rounding_examples(int pembilang, int penyebut, double expected) =>
        Assert.Equal((decimal)expected, Ukuran.Persen(pembilang, penyebut));

    [Fact]
    public void Budget_absorption_uses_the_same_rule()
    {
        Assert.Equal(80m, Ukuran.Serapan(1_250_000m, 1_000_000m));
        Assert.Equal(33.33m, Ukuran.Serapan(3m, 1m));
        Assert.Null(Ukuran.Serapan(0m, 5m));
        Assert.Equal(0.13m, Ukuran.Serapan(800m, 1m)); // 0,125 → 0,13 (banker's rounding would give 0,12)
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Periods_start_on_1_january_and_quarters_are_cumulative() =>
        Prop.ForAll(Tahun.ToArbitrary(), Gen.Choose(0, 365).ToArbitrary(), (tahun, hari) =>
        {
            var d = new DateOnly(tahun, 1, 1).AddDays(hari);
            var periods = Periode.Kode.Skip(1).Select(k => Periode.Dari(tahun, k)).ToList();
            var setahun = Periode.Tahunan(tahun);
            // Once a day is in a quarter's period it is in every later one, and in the year iff it is in TW4.
            var inQuarters = periods.Select(p => p.Memuat(d)).ToList();
            var monotone = inQuarters.Zip(inQuarters.Skip(1)).All(x => !x.First || x.Second);
            return monotone && setahun.Memuat(d) == (d.Year == tahun) && inQuarters[3] == setahun.Memuat(d)
                && periods.All(p => p.Awal == new DateOnly(tahun, 1, 1) && p.Akhir <= setahun.Akhir);
        });

    [Fact]
    public void Period_names_are_exactly_the_five()
    {
        Assert.True(Periode.TryParse(2024, "TW3", out var p));
        Assert.Equal(new DateOnly(2024, 9, 30), p.Akhir);
        Assert.False(Periode.TryParse(2024, "tw3", out _));
        Assert.False(Periode.TryParse(2024, "TW5", out _));
        Assert.False(Periode.TryParse(2024, null, out _));
        Assert.Equal("tahunan", Periode.Dari(2024, "semester").Nama);
        Assert.Equal("Triwulan II (kumulatif)", Periode.Dari(2024, "TW2").JudulPanjang);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property The_latest_row_issued_in_the_period_gives_its_value() =>
        Prop.ForAll(Gen.ListOf(Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (5, Tanggal.Select(d => (DateOnly?)d)))).ToArbitrary(),
            NamaPeriode.ToArbitrary(), (dates, nama) =>
            {
                var rows = dates.Select((d, i) => (Id: i, Terbit: d)).ToList();
                var p = Periode.Dari(2024, nama);
                var chosen = Ukuran.Terakhir(rows.Select(r => Tuple.Create(r.Id, r.Terbit)), r => r.Item2, r => r.Item1, p);
                var inPeriod = rows.Where(r => r.Terbit is { } d && p.Memuat(d)).ToList();
                if (inPeriod.Count == 0)
                {
                    return chosen is null;
                }
                var latest = inPeriod.Max(r => r.Terbit);
                return chosen is not null && chosen.Item2 == latest && chosen.Item1 == inPeriod.Where(r => r.Terbit == latest).Max(r => r.Id);
            });

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_service_delivered_by_a_quarter_stays_delivered_later() =>
        Prop.ForAll(Gen.ListOf(Gen.Zip(Tanggal, Gen.Elements(true, false))).ToArbitrary(), log =>
        {
            var delivered = Periode.Kode.Skip(1).Select(k => Ukuran.LayananTerlaksana(log.Select(x => (x.Item1, x.Item2)), Periode.Dari(2024, k))).ToList();
            var expected = log.Any(x => x.Item2 && x.Item1 <= new DateOnly(2024, 12, 31));
            return delivered.Zip(delivered.Skip(1)).All(x => !x.First || x.Second) && delivered[3] == expected;
        });

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Reports_and_rulings_count_in_the_period_of_their_date() =>
        Prop.ForAll(Tanggal.ToArbitrary(), Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (3, Tanggal.Select(d => (DateOnly?)d))).ToArbitrary(), NamaPeriode.ToArbitrary(), (jatuhTempo, disampaikan, nama) =>
        {
            var p = Periode.Dari(2024, nama);
            return Ukuran.RbDihitung(jatuhTempo, p) == p.Memuat(jatuhTempo)
                && Ukuran.TepatWaktu(jatuhTempo, disampaikan) == (disampaikan is { } d && d <= jatuhTempo)
                && Ukuran.PutusanDihitung("ditolak", jatuhTempo, p) == p.Memuat(jatuhTempo)
                && !Ukuran.PutusanDihitung(null, jatuhTempo, p)
                && !Ukuran.PutusanDihitung("ditolak", null, p);
        });
}

/// <summary>The one input rule for numbers.</summary>
public class AngkaIndonesiaTests
{
    [Theory]
    [InlineData("72,5", 72.5)]
    [InlineData("4,0", 4)]
    [InlineData("1234", 1234)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.250.000", 1250000)]
    [InlineData(" -3,25 ", -3.25)]
    public void Indonesian_numbers_are_read(string text, double expected)
    {
        Assert.True(Tolok.Infrastructure.Format.TryDesimal(text, out var d));
        Assert.Equal((decimal)expected, d);
    }

    [Theory]
    [InlineData("72.5")]
    [InlineData("1,2,3")]
    [InlineData("1.23")]
    [InlineData("12.34.567")]
    [InlineData(",5")]
    [InlineData("1 234")]
    [InlineData("tinggi")]
    [InlineData("")]
    public void Ambiguous_or_malformed_numbers_are_refused(string text) =>
        Assert.False(Tolok.Infrastructure.Format.TryDesimal(text, out _));

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property What_is_shown_is_read_back_as_the_same_number() =>
        Prop.ForAll(Gen.Choose(-100_000_000, 100_000_000).ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (n, skala) =>
        {
            var value = n / (decimal)Math.Pow(10, skala);
            var shown = Tolok.Infrastructure.Format.Bilangan(value, skala);
            var isian = Tolok.Infrastructure.Format.Isian(value);
            return Tolok.Infrastructure.Format.TryDesimal(shown, out var a) && a == value
                && Tolok.Infrastructure.Format.TryDesimal(isian, out var b) && b == value;
        });
}
