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

    private static EntriTps Entri(int n, int nilai, StatusTps status = StatusTps.Valid) =>
        new(Desa * 1000 + n, [.. Enumerable.Repeat(nilai, Kolom.Jumlah)], status, status == StatusTps.Valid ? null : "R" + n);

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property A_row_read_replaces_the_stored_row_of_its_code_and_the_others_are_kept() =>
        Prop.ForAll(Gen.SubListOf(Enumerable.Range(1, 12).ToArray()).ToArbitrary(), Gen.SubListOf(Enumerable.Range(1, 12).ToArray()).ToArbitrary(), (lama, baru) =>
        {
            // Stored rows carry 1 in every column (every third one breaking a rule), rows read carry 2.
            var storedEntries = lama.Distinct().Order().Select(n => Entri(n, 1, n % 3 == 0 ? StatusTps.TidakValid : StatusTps.Valid)).ToList();
            var readEntries = baru.Distinct().Order().Select(n => Entri(n, 2)).ToList();
            var when = new DateTime(2024, 2, 20, 0, 0, 0, DateTimeKind.Utc);
            var stored = storedEntries.Count == 0 ? new Dictionary<long, TpsGabung.BlokLama>() : new Dictionary<long, TpsGabung.BlokLama>
            {
                [Desa] = new(BlokCodec.Encode(Desa, storedEntries), when),
            };
            var read = new TpsBulk.BlokSimpan(Desa, false, BlokCodec.Encode(Desa, readEntries), readEntries.Count, 0);
            var delta = new Dictionary<long, long[]>();

            var (blocks, riwayat, diganti) = TpsGabung.Gabung([read], stored, delta);

            var merged = BlokCodec.Decode(Desa, blocks.Single().Isi);
            var expectedCodes = storedEntries.Select(e => e.Kode).Union(readEntries.Select(e => e.Kode)).Order().ToList();
            var replacedCodes = storedEntries.Select(e => e.Kode).Intersect(readEntries.Select(e => e.Kode)).Order().ToList();
            var history = riwayat.SelectMany(r => BlokCodec.Decode(r.Kode, r.Isi)).ToList();
            // The replaced rows leave the roll-up: the desa and the nation each lose one TPS counted per replaced row.
            var keluar = delta.TryGetValue(Desa, out var d) ? -d[RekapMath.TpsDiketahui] : 0;
            return merged.Select(e => e.Kode).SequenceEqual(expectedCodes)
                && merged.All(e => e.Nilai[0] == (readEntries.Any(r => r.Kode == e.Kode) ? 2 : 1))
                && merged.All(e => e.Pelanggaran == storedEntries.Concat(readEntries).Last(x => x.Kode == e.Kode).Pelanggaran)
                && diganti == replacedCodes.Count
                && history.Select(e => e.Kode).SequenceEqual(replacedCodes)
                && history.All(e => e.Nilai[0] == 1 && e.Pelanggaran == storedEntries.Single(x => x.Kode == e.Kode).Pelanggaran)
                && riwayat.All(r => r.DiubahPada == when && r.JumlahEntri == replacedCodes.Count)
                && keluar == replacedCodes.Count
                && (replacedCodes.Count == 0 ? delta.Count == 0 : delta[0].SequenceEqual(delta[Desa]))
                && blocks.Single().JumlahEntri == expectedCodes.Count
                && blocks.Single().JumlahBermasalah == merged.Count(e => e.Status.Bermasalah());
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
