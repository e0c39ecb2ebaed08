using FsCheck;
using FsCheck.Fluent;
using Tolok.Partisipasi;

namespace Tolok.Tests.Partisipasi;

public class CodecPropertyTests
{
    /// <summary>A block of TPS packed and unpacked gives the same codes, values, statuses and rules.</summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Blocks_round_trip()
    {
        var entry = from n in Gen.Choose(1, 999)
                    from values in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(-1)), (5, Gen.Choose(0, 5000))), Kolom.Jumlah)
                    from status in Gen.Elements(Enum.GetValues<StatusTps>())
                    from rules in Gen.Elements<string?>(null, "R01", "R04,R11,R35")
                    select (n, values, status, rules);
        return Prop.ForAll(Gen.ListOf(entry).ToArbitrary(), list =>
        {
            const long desa = 5101012001;
            var entries = list.DistinctBy(e => e.n).OrderBy(e => e.n)
                .Select(e => new EntriTps(desa * 1000 + e.n, e.values, e.status, e.rules)).ToList();
            var back = BlokCodec.Decode(desa, BlokCodec.Encode(desa, entries));
            Assert.Equal(entries.Count, back.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                Assert.Equal(entries[i].Kode, back[i].Kode);
                Assert.Equal(entries[i].Nilai, back[i].Nilai);
                Assert.Equal(entries[i].Status, back[i].Status);
                Assert.Equal(entries[i].Pelanggaran, back[i].Pelanggaran);
            }
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Roll_up_vectors_round_trip(long[] seed)
    {
        var values = new long[RekapMath.Length];
        for (var i = 0; i < values.Length && i < seed.Length; i++)
        {
            values[i] = seed[i];
        }
        return (RekapMath.Decode(RekapMath.Encode(values)).SequenceEqual(values)).ToProperty();
    }
}
