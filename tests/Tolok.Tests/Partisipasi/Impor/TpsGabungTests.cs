using FsCheck;
using FsCheck.Fluent;
using Tolok.Partisipasi;
using Tolok.Partisipasi.Impor;
using Tolok.Wilayah;

namespace Tolok.Tests.Partisipasi.Impor;

/// <summary>The import's rules about stored data, as pure functions.</summary>
public class TpsGabungTests
{
    private static readonly long Desa = TpsFiles.DesaJembrana[0];

    private static EntriTps Entri(int n, int nilai) =>
        new(Desa * 1000 + n, [.. Enumerable.Repeat(nilai, Kolom.Jumlah)], StatusTps.Valid, null);

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property A_row_read_replaces_the_stored_row_of_its_code_and_the_others_are_kept() =>
        Prop.ForAll(Gen.SubListOf(Enumerable.Range(1, 12).ToArray()).ToArbitrary(), Gen.SubListOf(Enumerable.Range(1, 12).ToArray()).ToArbitrary(), (lama, baru) =>
        {
            var storedEntries = lama.Distinct().Order().Select(n => Entri(n, 1)).ToList();
            var readEntries = baru.Distinct().Order().Select(n => Entri(n, 2)).ToList();
            var when = new DateTime(2024, 2, 20, 0, 0, 0, DateTimeKind.Utc);
            var stored = storedEntries.Count == 0 ? new Dictionary<long, BlokTps>() : new Dictionary<long, BlokTps>
            {
                [Desa] = new BlokTps { Kode = Desa, Isi = BlokCodec.Encode(Desa, storedEntries), JumlahEntri = storedEntries.Count, DiubahPada = when },
            };
            var read = new Dictionary<long, TpsBulk.BlokSimpan> { [Desa] = new(Desa, false, BlokCodec.Encode(Desa, readEntries), readEntries.Count, 0) };

            var (blocks, replaced) = TpsGabung.Gabung(read, stored);

            var merged = BlokCodec.Decode(Desa, blocks.Single().Isi);
            var expectedCodes = storedEntries.Select(e => e.Kode).Union(readEntries.Select(e => e.Kode)).Order().ToList();
            return merged.Select(e => e.Kode).SequenceEqual(expectedCodes)
                && merged.All(e => e.Nilai[0] == (readEntries.Any(r => r.Kode == e.Kode) ? 2 : 1))
                && replaced.Select(r => r.Old.Kode).Order().SequenceEqual(storedEntries.Select(e => e.Kode).Intersect(readEntries.Select(e => e.Kode)).Order())
                && replaced.All(r => r.When == when && r.Old.Nilai[0] == 1)
                && blocks.Single().JumlahEntri == expectedCodes.Count;
        });

    [Fact]
    public void A_region_row_with_rows_below_or_above_it_would_count_voters_twice()
    {
        var kecamatan = KodeWilayah.Induk(Desa);
        var tps = Desa * 1000 + 1;
        var errors = new List<GalatImpor>();
        // A kecamatan recap in the file and a TPS beneath it in the same file.
        var conflict = TpsGabung.KonflikTingkat([kecamatan, tps], [new Tempat(2, null), new Tempat(3, null)], [], "PPWP", errors);
        Assert.Equal([true, true], conflict);
        Assert.Contains(errors, e => e.Alasan.Contains("sudah berisi data di bawahnya", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Alasan.Contains("wilayah di atasnya", StringComparison.Ordinal));

        // TPS rows only, nothing stored above them: no conflict.
        errors.Clear();
        Assert.Equal([false, false], TpsGabung.KonflikTingkat([tps, tps + 1], [new Tempat(2, null), new Tempat(3, null)], [], "PPWP", errors));
        Assert.Empty(errors);

        // A TPS whose desa's TPS are stored is fine; a desa recap over them is not.
        Assert.Equal([true], TpsGabung.KonflikTingkat([Desa], [new Tempat(2, null)], [(Desa, false)], "PPWP", errors));
    }
}
