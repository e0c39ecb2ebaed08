using FsCheck;
using FsCheck.Fluent;
using Tolok.Wilayah;

namespace Tolok.Tests.Wilayah;

public class KodeWilayahTests
{
    [Theory]
    [InlineData("51", 51L, Tingkat.Provinsi)]
    [InlineData("51.01", 5101L, Tingkat.Kabupaten)]
    [InlineData("51.01.01", 510101L, Tingkat.Kecamatan)]
    [InlineData("51.01.01.2001", 5101012001L, Tingkat.Desa)]
    [InlineData("51.01.01.2001.001", 5101012001001L, Tingkat.Tps)]
    [InlineData("5101012001001", 5101012001001L, Tingkat.Tps)]
    [InlineData(" 5101012001 ", 5101012001L, Tingkat.Desa)]
    [InlineData("RI", 0L, Tingkat.Nasional)]
    public void Dotted_and_flat_codes_are_read_alike(string text, long kode, Tingkat tingkat)
    {
        Assert.True(KodeWilayah.TryParse(text, out var k));
        Assert.Equal(kode, k);
        Assert.Equal(tingkat, KodeWilayah.TingkatOf(k));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("510")]
    [InlineData("51.1")]
    [InlineData("51.01.01.201")]
    [InlineData("51.01.01.2001.01")]
    [InlineData("51010120010011")]
    [InlineData("5101a")]
    [InlineData("0101")]
    public void Malformed_codes_are_refused(string text) => Assert.False(KodeWilayah.TryParse(text, out _));

    [Fact]
    public void Parent_is_the_code_without_its_last_part()
    {
        Assert.Equal(5101012001L, KodeWilayah.Induk(5101012001001L));
        Assert.Equal(510101L, KodeWilayah.Induk(5101012001L));
        Assert.Equal(5101L, KodeWilayah.Induk(510101L));
        Assert.Equal(51L, KodeWilayah.Induk(5101L));
        Assert.Equal(0L, KodeWilayah.Induk(51L));
        Assert.Equal("51.01.01.2001.001", KodeWilayah.Format(5101012001001L));
    }

    [Fact]
    public void Bundled_tree_has_the_whole_nation_and_jembrana()
    {
        var tree = WilayahTree.Nasional;
        Assert.Equal(91_599 + 1, tree.Count);
        Assert.Equal(38, tree.Anak(0).Count);
        Assert.Equal("Kabupaten Jembrana", tree.Nama(5101));
        Assert.Equal(5, tree.Anak(5101).Count);
        Assert.Equal(51, tree.Anak(5101).Sum(k => tree.Anak(k).Count));
        Assert.True(tree.IsKnown(5101012001001L));
        Assert.False(tree.IsKnown(5101019999001L));
    }

    /// <summary>Every TPS code: formatting and reading back gives the same code, and it lies in its ancestors' ranges.</summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Format_and_parse_round_trip_and_ranges_contain_descendants()
    {
        var desa = WilayahTree.Nasional.Anak(0).SelectMany(p => WilayahTree.Nasional.Anak(p)).Take(3)
            .SelectMany(k => WilayahTree.Nasional.Anak(k)).SelectMany(k => WilayahTree.Nasional.Anak(k)).ToArray();
        var gen = from d in Gen.Elements(desa)
                  from n in Gen.Choose(1, 999)
                  select d * 1000 + n;
        return Prop.ForAll(gen.ToArbitrary(), tps =>
        {
            Assert.True(KodeWilayah.TryParse(KodeWilayah.Format(tps), out var back));
            Assert.Equal(tps, back);
            for (var a = KodeWilayah.Induk(tps); a != 0; a = KodeWilayah.Induk(a))
            {
                var (from, to) = KodeWilayah.Rentang(a, Tingkat.Tps);
                Assert.InRange(tps, from, to);
                Assert.True(KodeWilayah.DiDalam(tps, a));
            }
        });
    }
}
