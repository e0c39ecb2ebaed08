using System.Globalization;
using System.Text.RegularExpressions;
using Tolok.Infrastructure;

namespace Tolok.Iku;

/// <summary>What the signed IKU document says, before it is stored.</summary>
public sealed record IkuDocument(string Judul, int? TahunJudul, IReadOnlyList<SasaranDocument> Sasaran, PenetapanDocument Penetapan);

public sealed record SasaranDocument(int Nomor, string Uraian, IReadOnlyList<IndikatorDocument> Indikator);

public sealed record IndikatorDocument(string Uraian, string? CaraPengukuran, string? SumberData);

public sealed record PenetapanDocument(string? Tempat, DateOnly? Tanggal, string? Jabatan);

/// <summary>A file that does not have the layout of an IKU document; <see cref="Baris"/> is 1-based.</summary>
public sealed class IkuFormatException(int baris, string pesan) : Exception($"Baris {baris}: {pesan}")
{
    public int Baris { get; } = baris;
    public string Pesan { get; } = pesan;
}

/// <summary>
/// Reads the text of a signed IKU document as it comes out of a scan (the seed <c>iku-kpu-jembrana-2024.txt</c>):
/// a title line; the tab-separated header NO | SASARAN STRATEGIS | INDIKATOR KINERJA UTAMA | CARA PENGUKURAN |
/// SUMBER DATA and the (1)…(5) row; one line per IKU, with blank NO and SASARAN cells where an IKU continues
/// the sasaran above; page breaks that repeat the header and wrap cells over several lines; then the signature
/// block ("Negara, 3 Januari 2024" and the position).
/// </summary>
/// <remarks>
/// A line without a NO starts a new IKU when its IKU cell starts with a capital letter or a digit; otherwise
/// (IKU cell empty or starting in lower case) it is a wrapped continuation of the cells above. That is how the
/// scan wraps text: a wrapped line never starts a sentence. Texts are whitespace-normalised, nothing else.
/// </remarks>
public static partial class IkuDocumentParser
{
    private static readonly string[] Header = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "CARA PENGUKURAN", "SUMBER DATA"];

    public static IkuDocument Parse(string text, string namaSatker)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var i = 0;

        // Title
        SkipBlank(lines, ref i);
        if (i >= lines.Length)
        {
            throw new IkuFormatException(1, "berkas kosong; tidak ada judul maupun tabel IKU.");
        }
        var judul = Normalize(lines[i].TrimStart('#'))!;
        if (lines[i].Contains('\t', StringComparison.Ordinal) || !judul.Contains("INDIKATOR KINERJA UTAMA", StringComparison.OrdinalIgnoreCase))
        {
            throw new IkuFormatException(i + 1, "judul dokumen tidak ditemukan; baris pertama harus memuat \"INDIKATOR KINERJA UTAMA\".");
        }
        var tahunMatch = TahunRegex().Match(judul);
        int? tahunJudul = tahunMatch.Success ? int.Parse(tahunMatch.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        i++;

        // Header and the (1)…(5) row
        SkipBlank(lines, ref i);
        if (i >= lines.Length || !IsHeader(lines[i]))
        {
            throw new IkuFormatException(Math.Min(i + 1, lines.Length),
                "kepala tabel tidak ditemukan; harus berisi kolom NO, SASARAN STRATEGIS, INDIKATOR KINERJA UTAMA, CARA PENGUKURAN, SUMBER DATA dipisahkan tab.");
        }
        i++;

        var sasaran = new List<SasaranBuilder>();
        IndikatorBuilder? current = null;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || IsHeader(line) || IsNumberingRow(line))
            {
                continue;
            }
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                break; // end of the table: the signature block follows
            }
            var cells = line.Split('\t');
            if (cells.Length > 5)
            {
                throw new IkuFormatException(i + 1, $"baris tabel memiliki {cells.Length} kolom; seharusnya 5.");
            }
            Array.Resize(ref cells, 5);
            var no = Normalize(cells[0]);
            var uraianSasaran = Normalize(cells[1]);
            var indikator = Normalize(cells[2]);
            var cara = Normalize(cells[3]);
            var sumber = Normalize(cells[4]);

            if (no is not null)
            {
                if (!int.TryParse(no, NumberStyles.None, CultureInfo.InvariantCulture, out var nomor))
                {
                    throw new IkuFormatException(i + 1, $"kolom NO berisi \"{no}\"; seharusnya nomor sasaran.");
                }
                var expected = sasaran.Count + 1;
                if (nomor != expected)
                {
                    throw new IkuFormatException(i + 1, $"nomor sasaran {nomor} tidak berurutan; seharusnya {expected}.");
                }
                if (uraianSasaran is null)
                {
                    throw new IkuFormatException(i + 1, $"sasaran nomor {nomor} tidak memiliki uraian (kolom SASARAN STRATEGIS kosong).");
                }
                if (indikator is null)
                {
                    throw new IkuFormatException(i + 1, $"sasaran nomor {nomor} tidak memiliki indikator (kolom INDIKATOR KINERJA UTAMA kosong).");
                }
                var s = new SasaranBuilder(nomor, i + 1) { Uraian = uraianSasaran };
                sasaran.Add(s);
                current = new IndikatorBuilder(indikator, cara, sumber);
                s.Indikator.Add(current);
                continue;
            }

            if (sasaran.Count == 0 || current is null)
            {
                throw new IkuFormatException(i + 1, "baris tanpa nomor sebelum sasaran pertama; baris pertama tabel harus memiliki NO dan SASARAN STRATEGIS.");
            }
            var last = sasaran[^1];
            if (uraianSasaran is not null)
            {
                last.Uraian = Join(last.Uraian, uraianSasaran)!;
            }
            if (indikator is not null && StartsNewRow(indikator))
            {
                current = new IndikatorBuilder(indikator, cara, sumber);
                last.Indikator.Add(current);
            }
            else
            {
                current.Uraian = Join(current.Uraian, indikator)!;
                current.CaraPengukuran = Join(current.CaraPengukuran, cara);
                current.SumberData = Join(current.SumberData, sumber);
            }
        }

        if (sasaran.Count == 0)
        {
            throw new IkuFormatException(Math.Min(i + 1, lines.Length), "tabel IKU tidak berisi satu sasaran pun.");
        }

        var penetapan = ParseSignature(lines, i, namaSatker);
        return new IkuDocument(
            judul,
            tahunJudul,
            [.. sasaran.Select(s => new SasaranDocument(s.Nomor, s.Uraian,
                [.. s.Indikator.Select(x => new IndikatorDocument(x.Uraian, x.CaraPengukuran, x.SumberData))]))],
            penetapan);
    }

    /// <summary>
    /// The signature block: "Tempat, d Bulan yyyy", then the position. The scan garbles the block with the
    /// stamp ("UM Ketua Kanisi Pemilihan Umum", "KABUPATEN BU", …); what is recognised is the role word
    /// (Ketua, Sekretaris, …), and the position is that role of the satker whose document this is.
    /// The signer's name is not legible in the source and is left empty.
    /// </summary>
    private static PenetapanDocument ParseSignature(string[] lines, int start, string namaSatker)
    {
        string? tempat = null;
        DateOnly? tanggal = null;
        string? jabatan = null;
        for (var i = start; i < lines.Length; i++)
        {
            var line = Normalize(lines[i]);
            if (line is null)
            {
                continue;
            }
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                throw new IkuFormatException(i + 1, "baris tabel ditemukan setelah blok tanda tangan.");
            }
            if (tanggal is null)
            {
                var m = TempatTanggalRegex().Match(line);
                if (m.Success)
                {
                    var bulan = Array.FindIndex(Format.NamaBulan, b => b.Equals(m.Groups["bulan"].Value, StringComparison.OrdinalIgnoreCase));
                    if (bulan < 0)
                    {
                        throw new IkuFormatException(i + 1, $"nama bulan \"{m.Groups["bulan"].Value}\" tidak dikenal pada tanggal penetapan.");
                    }
                    var hari = int.Parse(m.Groups["hari"].Value, CultureInfo.InvariantCulture);
                    var tahun = int.Parse(m.Groups["tahun"].Value, CultureInfo.InvariantCulture);
                    if (hari > DateTime.DaysInMonth(tahun, bulan + 1) || hari < 1)
                    {
                        throw new IkuFormatException(i + 1, $"tanggal penetapan \"{line}\" tidak ada di kalender.");
                    }
                    tempat = m.Groups["tempat"].Value.Trim();
                    tanggal = new DateOnly(tahun, bulan + 1, hari);
                    continue;
                }
            }
            if (jabatan is null)
            {
                var r = JabatanRegex().Match(line);
                if (r.Success)
                {
                    jabatan = $"{Normalize(r.Value)} {namaSatker}";
                }
            }
        }
        return new PenetapanDocument(tempat, tanggal, jabatan);
    }

    private static bool StartsNewRow(string indikator) => char.IsUpper(indikator[0]) || char.IsDigit(indikator[0]);

    private static void SkipBlank(string[] lines, ref int i)
    {
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }
    }

    private static bool IsHeader(string line)
    {
        var cells = line.Split('\t').Select(c => Normalize(c)?.ToUpperInvariant()).ToArray();
        return cells.Length >= 5 && cells.Take(5).SequenceEqual(Header) && cells.Skip(5).All(c => c is null);
    }

    private static bool IsNumberingRow(string line) => NumberingRegex().IsMatch(line.Trim());

    internal static string? Normalize(string? s)
    {
        if (s is null)
        {
            return null;
        }
        var n = WhitespaceRegex().Replace(s, " ").Trim();
        return n.Length == 0 ? null : n;
    }

    private static string? Join(string? a, string? b) => (a, b) switch
    {
        (null, _) => b,
        (_, null) => a,
        _ => a + " " + b,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"TAHUN\s+(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex TahunRegex();

    [GeneratedRegex(@"^\(1\)\s*\(2\)\s*\(3\)\s*\(4\)\s*\(5\)$")]
    private static partial Regex NumberingRegex();

    [GeneratedRegex(@"^(?<tempat>[\p{L} .'-]+),\s*(?<hari>\d{1,2})\s+(?<bulan>\p{L}+)\s+(?<tahun>\d{4})$")]
    private static partial Regex TempatTanggalRegex();

    [GeneratedRegex(@"\b((Plt|Plh)\.?\s+)?(Ketua|Sekretaris|Kepala)\b")]
    private static partial Regex JabatanRegex();

    private sealed class SasaranBuilder(int nomor, int baris)
    {
        public int Nomor { get; } = nomor;
        public int Baris { get; } = baris;
        public required string Uraian { get; set; }
        public List<IndikatorBuilder> Indikator { get; } = [];
    }

    private sealed class IndikatorBuilder(string uraian, string? cara, string? sumber)
    {
        public string Uraian { get; set; } = uraian;
        public string? CaraPengukuran { get; set; } = cara;
        public string? SumberData { get; set; } = sumber;
    }
}