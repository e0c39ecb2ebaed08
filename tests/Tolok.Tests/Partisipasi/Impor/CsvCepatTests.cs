using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Tolok.Partisipasi;
using Tolok.Partisipasi.Impor;
using Tolok.Wilayah;

namespace Tolok.Tests.Partisipasi.Impor;

/// <summary>
/// The fast CSV reader must give exactly what the general reader gives (rows, places, statuses, packed blocks,
/// roll-ups, every message and rejected row), whatever the file: random files with good rows, every kind of bad row,
/// duplicates, region rows, both separators, CRLF, BOM, parts cut anywhere; files it does not take (quotes, empty
/// lines, a lone carriage return) it must hand back.
/// </summary>
public class CsvCepatTests
{
    private static readonly List<AturanTerkompilasi> Rules = [.. AturanSeed.Bawaan().Where(a => a.Aktif).Select(AturanTerkompilasi.Compile)];

    // A few desa of Jembrana (51.01) and one of Denpasar (51.71): TPS, desa and kecamatan rows inside and outside an area.
    private static readonly long[] Desa = [.. WilayahTree.Nasional.Anak(510101).Take(3), .. WilayahTree.Nasional.Anak(510102).Take(2), WilayahTree.Nasional.Anak(517101)[0]];

    private static readonly Gen<string> Kode = Gen.OneOf(
        Gen.Elements(Desa).SelectMany(d => Gen.Choose(1, 12).Select(n => (d * 1000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Elements(Desa).SelectMany(d => Gen.Choose(1, 12).Select(n => KodeWilayah.Format(d * 1000 + n))),
        Gen.Frequency(
            (3, Gen.Elements(Desa).Select(d => KodeWilayah.Format(d))),
            (2, Gen.Elements("51.01.01", "5101", "51", "51.71.01")),
            (1, Gen.Elements("", "abc", " 5101012001001", "5101019999001", "51.01.01.2001.000", "0101012001001", "51010120010011", "5101012001001x"))));

    private static readonly Gen<string> Nilai = Gen.Frequency(
        (30, Gen.Choose(0, 600).Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (4, Gen.Constant("")),
        (1, Gen.Elements("-3", "1.234", " 7", "x", "1234567890", "0012", "١٢", "999999999", "2147483648", "é")));

    private sealed record Berkas(string Text, byte[] Bytes, int Ukuran, long Area);

    private static readonly Gen<Berkas> Files =
        from columns in Gen.Shuffle(Kolom.Semua).SelectMany(all => Gen.Choose(0, all.Length).Select(n => all.Take(n).ToArray()))
        from kodeAt in Gen.Choose(0, columns.Length)
        from nama in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from upper in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from sep in Gen.Elements(',', ';')
        from crlf in Gen.Elements(false, true)
        from bom in Gen.Elements(false, true)
        from trailing in Gen.Elements(true, true, false)
        from rows in Gen.ListOf(Gen.Choose(0, 100).SelectMany(shape =>
            from kode in Kode
            from values in Gen.ArrayOf(Nilai, columns.Length)
            select (shape, kode, values)))
        from repeat in Gen.Choose(0, 3)
        from special in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from ukuran in Gen.Choose(40, 3000)
        from area in Gen.Elements(0L, 51L, 5101L, 510101L)
        select Make(columns, kodeAt, nama, upper, sep, crlf, bom, trailing, rows, repeat, special, ukuran, area);

    private static Berkas Make(string[] columns, int kodeAt, bool nama, bool upper, char sep, bool crlf, bool bom, bool trailing,
        IReadOnlyList<(int Shape, string Kode, string[] Values)> rows, int repeat, int special, int ukuran, long area)
    {
        var header = columns.ToList();
        header.Insert(kodeAt, upper ? "KODE" : "kode");
        if (nama)
        {
            header.Add("nama");
        }
        var end = crlf ? "\r\n" : "\n";
        var text = new StringBuilder(string.Join(sep, header));
        var lines = new List<string>();
        foreach (var (shape, kode, values) in rows)
        {
            var cells = values.ToList();
            cells.Insert(kodeAt, kode);
            if (nama)
            {
                cells.Add("Desa Contoh");
            }
            if (shape == 0)
            {
                cells.Add("9"); // one cell too many
            }
            else if (shape == 1 && cells.Count > 1)
            {
                cells.RemoveAt(cells.Count - 1); // one too few
            }
            lines.Add(string.Join(sep, cells));
        }
        // Duplicates: some rows again, later in the file.
        for (var i = 0; i < repeat && lines.Count > 0; i++)
        {
            lines.Add(lines[(i * 7) % lines.Count]);
        }
        // What only the general reader reads: a quoted cell, an empty line, a lone carriage return.
        if (special > 0 && lines.Count > 0)
        {
            var at = lines.Count / 2;
            lines[at] = special switch
            {
                1 => "\"" + lines[at] + "\"",
                2 => "",
                _ => lines[at] + "\r" + lines[at],
            };
        }
        foreach (var line in lines)
        {
            text.Append(end).Append(line);
        }
        if (trailing)
        {
            text.Append(end);
        }
        var s = text.ToString();
        var bytes = Encoding.UTF8.GetBytes(s);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }
        return new Berkas(s, bytes, ukuran, area);
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property The_fast_reader_gives_what_the_general_reader_gives()
    {
        return Prop.ForAll(Files.ToArbitrary(), berkas =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"tolok-cepat-{Guid.NewGuid():N}.csv");
            try
            {
                File.WriteAllBytes(path, berkas.Bytes);
                BacaanTps? fast;
                try
                {
                    fast = CsvCepat.Baca(path, WilayahTree.Nasional, berkas.Area, Rules, null, CancellationToken.None, berkas.Ukuran);
                }
                catch (TpsFormatException)
                {
                    fast = null;
                }
                BacaanTps general;
                try
                {
                    general = TpsImporter.Baca(TpsSumber.Read(path), WilayahTree.Nasional, berkas.Area, Rules, CancellationToken.None);
                }
                catch (TpsFormatException)
                {
                    Assert.Null(fast); // a file the general reader refuses, the fast one hands back
                    return;
                }
                if (!Polos(berkas.Text))
                {
                    Assert.True(fast is null, "berkas tidak polos, tetapi dibaca cepat:\n" + berkas.Text);
                    return;
                }
                Assert.True(fast is not null, "berkas polos tidak dibaca cepat:\n" + berkas.Text);
                AssertSame(general, fast);
            }
            finally
            {
                File.Delete(path);
            }
        });
    }

    /// <summary>What the fast reader takes: no quote, no carriage return but before a line feed, no empty line.</summary>
    private static bool Polos(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return !text.Contains('"', StringComparison.Ordinal) && lines.All(l => !l.Contains('\r', StringComparison.Ordinal))
            && lines.SkipLast(1).All(l => l.Length > 0);
    }

    internal static void AssertSame(BacaanTps expected, BacaanTps actual)
    {
        Assert.Equal(expected.Errors.Select(e => e.ToString()), actual.Errors.Select(e => e.ToString()));
        Assert.Equal(expected.Rejected.Select(Describe), actual.Rejected.Select(Describe));
        Assert.Equal(expected.Codes, actual.Codes);
        Assert.Equal(expected.Places.Select(p => p.ToString()), actual.Places.Select(p => p.ToString()));
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.BlokBaru.Keys.Order(), actual.BlokBaru.Keys.Order());
        foreach (var (key, block) in expected.BlokBaru)
        {
            var other = actual.BlokBaru[key];
            Assert.Equal((block.Rekap, block.JumlahEntri, block.JumlahBermasalah), (other.Rekap, other.JumlahEntri, other.JumlahBermasalah));
            Assert.Equal(block.Isi, other.Isi);
        }
        Assert.Equal(expected.Delta.Keys.Order(), actual.Delta.Keys.Order());
        foreach (var (key, sums) in expected.Delta)
        {
            Assert.Equal(sums, actual.Delta[key]);
        }
        Assert.Equal(expected.RekapBaru.Select(r => (r.Kode, Convert.ToHexString(r.Semua), Convert.ToHexString(r.HanyaValid))),
            actual.RekapBaru.Select(r => (r.Kode, Convert.ToHexString(r.Semua), Convert.ToHexString(r.HanyaValid))));
    }

    private static string Describe(BarisMasuk b) => $"{b.Lokasi}|{b.Kode}|{string.Join(',', b.Nilai)}|{b.Asli}";

    [Fact]
    public void A_national_sized_file_is_read_in_parts_with_the_same_result()
    {
        // Every desa of Bali, 8 TPS each, parts of 4 KB: thousands of part boundaries, blocks cut across parts.
        var text = new StringBuilder("kode,pemilih_dpt_l,pemilih_dpt_p,pengguna_dpt_l,pengguna_dpt_p,pengguna_total_j,suara_sah,suara_tidak_sah\n");
        var tree = WilayahTree.Nasional;
        var n = 0;
        foreach (var kab in tree.Anak(51))
        {
            foreach (var kec in tree.Anak(kab))
            {
                foreach (var desa in tree.Anak(kec))
                {
                    for (var t = 1; t <= 8; t++, n++)
                    {
                        var l = 100 + (n % 97);
                        var p = 110 + (n % 89);
                        var ul = l * 3 / 4;
                        var up = p * 3 / 4 + (n % 211 == 0 ? 500 : 0); // now and then more voters than registered
                        text.Append(desa * 1000 + t).Append(',').Append(l).Append(',').Append(p).Append(',').Append(ul).Append(',').Append(up)
                            .Append(',').Append(ul + up).Append(',').Append(ul + up - 5).Append(',').Append(5).Append('\n');
                    }
                }
            }
        }
        var path = Path.Combine(Path.GetTempPath(), $"tolok-cepat-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, text.ToString());
            var fast = CsvCepat.Baca(path, tree, 51, Rules, null, CancellationToken.None, 4096);
            var general = TpsImporter.Baca(TpsSumber.Read(path), tree, 51, Rules, CancellationToken.None);
            Assert.NotNull(fast);
            Assert.Equal(n, fast.Codes.Count);
            Assert.Contains(StatusTps.TidakValid, fast.Status);
            AssertSame(general, fast);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
