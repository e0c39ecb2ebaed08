using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tolok.Aturan;

namespace Tolok.Dokumen;

/// <summary>
/// What an uploaded workbook may be (issue 14): rows of data, the inflated size of the package and of each part, the
/// compression ratio of a large part, the characters of one XML part, the number of shared strings. A file over a
/// limit is refused (413) as soon as the limit is seen, before its content is held in memory.
/// </summary>
public sealed record BatasXlsx(int BarisMaks, long TeruraiMaks, int RasioMaks, long KarakterBagianMaks, int StringBersamaMaks, string NamaBatasBaris)
{
    /// <summary>A register or target sheet: a few thousand rows (<c>Impor:BarisMaksimumRegister</c>).</summary>
    public static BatasXlsx Register(int baris) => new(baris, 200L << 20, 100, 50_000_000, 200_000, "Impor:BarisMaksimumRegister");

    /// <summary>A TPS sheet: up to a national file (<c>Impor:BarisMaksimumTps</c>); its parts are only streamed.</summary>
    public static BatasXlsx Tps(int baris) => new(baris, 4L << 30, 100, 0, 2_000_000, "Impor:BarisMaksimumTps");
}

/// <summary>
/// Reads the first sheet of a workbook as text cells, as a stream (<see cref="OpenXmlReader"/>): the first row is the
/// header. Used by the register, target and TPS imports.
/// </summary>
public static class XlsxTabel
{
    /// <summary>Parts above this inflated size must not be compressed more than <see cref="BatasXlsx.RasioMaks"/> : 1.</summary>
    private const long RasioDiperiksaMulai = 10L << 20;

    /// <summary>Rows as (row number, cells by column index), at most <see cref="BatasXlsx.BarisMaks"/> data rows.</summary>
    public static List<(uint Baris, Dictionary<int, string> Sel)> Read(Stream stream, BatasXlsx batas, string file) => [.. Baris(stream, batas, file)];

    /// <summary>
    /// The rows one by one, as they are read. A row without its number (some writers omit <c>r</c>) follows the one
    /// before it. Throws <see cref="AturanException"/>: 413 over a limit, 422 for a file that is not a readable workbook.
    /// </summary>
    public static IEnumerable<(uint Baris, Dictionary<int, string> Sel)> Baris(Stream stream, BatasXlsx batas, string file)
    {
        PeriksaZip(stream, batas, file);
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = batas.KarakterBagianMaks });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException)
        {
            throw AturanException.BerkasRusak($"{file}: bukan berkas XLSX yang dapat dibaca ({Infrastructure.Format.Potong(e.Message)}). Tidak ada yang disimpan.");
        }
        using (doc)
        {
            var workbook = doc.WorkbookPart ?? throw AturanException.BerkasRusak($"{file}: berkas XLSX tanpa lembar kerja.");
            Sheet? sheet;
            string[] shared;
            try
            {
                sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
                shared = StringBersama(workbook, batas, file);
            }
            catch (Exception e) when (e is XmlException or InvalidOperationException or OpenXmlPackageException)
            {
                throw Galat(e, batas, file);
            }
            if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw AturanException.BerkasRusak($"{file}: berkas XLSX tanpa lembar kerja.");
            }
            using var reader = Buka(part, batas, file);
            uint previous = 0;
            var seen = 0;
            while (Next(reader, batas, file))
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                Row row;
                try
                {
                    row = (Row)reader.LoadCurrentElement()!;
                }
                catch (Exception e) when (e is XmlException or InvalidOperationException)
                {
                    throw Galat(e, batas, file);
                }
                var number = row.RowIndex?.Value is { } r and > 0 ? r : previous + 1;
                previous = number;
                var cells = new Dictionary<int, string>();
                var column = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    // A cell without a reference follows the one before it (some writers omit references).
                    column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                    if (column is < 0 or > KolomMaks)
                    {
                        throw AturanException.BerkasRusak($"{file}: baris {number}: referensi sel \"{Infrastructure.Format.Potong(cell.CellReference?.Value, 20)}\" tidak valid (kolom A–XFD). Tidak ada yang disimpan.");
                    }
                    cells[column] = CellText(cell, shared);
                }
                // The first row with content is the header; the rows with content after it are data.
                if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)) && ++seen - 1 > batas.BarisMaks)
                {
                    {
                        throw AturanException.TerlaluBesar($"{file}: lebih dari {batas.BarisMaks:N0} baris data (baris {number}); batas impor satu berkas adalah {batas.BarisMaks:N0} baris ({batas.NamaBatasBaris}). Pecah berkas itu. Tidak ada yang disimpan.".Replace(',', '.'));
                    }
                }
                yield return (number, cells);
            }
        }
    }

    /// <summary>Reads the package's table of contents (not its content): each part's inflated size and ratio, and their sum.</summary>
    private static void PeriksaZip(Stream stream, BatasXlsx batas, string file)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("stream harus dapat di-seek", nameof(stream));
        }
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000)
            {
                throw AturanException.TerlaluBesar($"{file}: paket XLSX berisi {zip.Entries.Count} bagian; sebuah lembar kerja impor hanya belasan. Tidak ada yang disimpan.");
            }
            PeriksaEntri(zip.Entries, batas.TeruraiMaks, batas.RasioMaks, long.MaxValue, file);
        }
        catch (InvalidDataException)
        {
            throw AturanException.BerkasRusak($"{file}: bukan berkas XLSX (isinya bukan paket zip Office Open XML). Tidak ada yang disimpan.");
        }
        stream.Position = 0;
    }

    /// <summary>
    /// The zip checks shared by workbooks and Sirekap archives, from the declared sizes: every entry at most
    /// <paramref name="entriMaks"/>, a large entry compressed at most <paramref name="rasioMaks"/> : 1, all together at
    /// most <paramref name="teruraiMaks"/>. Whoever then reads an entry still stops at its declared size.
    /// </summary>
    public static void PeriksaEntri(IEnumerable<ZipArchiveEntry> entries, long teruraiMaks, int rasioMaks, long entriMaks, string file)
    {
        long total = 0;
        foreach (var e in entries)
        {
            if (e.Length > entriMaks)
            {
                throw AturanException.TerlaluBesar($"{file}: {Infrastructure.Format.Potong(e.FullName, 80)} berukuran {Ukuran(e.Length)} terurai, melebihi batas {Ukuran(entriMaks)} per berkas. Tidak ada yang disimpan.");
            }
            if (e.Length > RasioDiperiksaMulai && e.CompressedLength > 0 && e.Length / e.CompressedLength > rasioMaks)
            {
                throw AturanException.TerlaluBesar($"{file}: {Infrastructure.Format.Potong(e.FullName, 80)} dimampatkan {e.Length / e.CompressedLength}:1 ({Ukuran(e.CompressedLength)} menjadi {Ukuran(e.Length)}); batasnya {rasioMaks}:1. Berkas seperti ini tidak dibaca. Tidak ada yang disimpan.");
            }
            total += e.Length;
            if (total > teruraiMaks)
            {
                throw AturanException.TerlaluBesar($"{file}: isi arsip terurai melebihi {Ukuran(teruraiMaks)}. Tidak ada yang disimpan.");
            }
        }
    }

    public static string Ukuran(long bytes) => bytes >= 1L << 30
        ? $"{Infrastructure.Format.Bilangan(bytes / (decimal)(1L << 30), 1)} GB"
        : bytes >= 1L << 20 ? $"{Infrastructure.Format.Bilangan(bytes / (decimal)(1L << 20), 1)} MB" : $"{Infrastructure.Format.Bilangan(bytes / 1024m, 0)} KB";

    private static string[] StringBersama(WorkbookPart workbook, BatasXlsx batas, string file)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }
        var result = new List<string>();
        using var reader = Buka(part, batas, file);
        while (Next(reader, batas, file))
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                if (result.Count >= batas.StringBersamaMaks)
                {
                    throw AturanException.TerlaluBesar($"{file}: lebih dari {batas.StringBersamaMaks:N0} teks bersama (shared strings); batas sebuah berkas impor. Tidak ada yang disimpan.".Replace(',', '.'));
                }
                result.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }
        return [.. result];
    }

    private static OpenXmlReader Buka(OpenXmlPart part, BatasXlsx batas, string file)
    {
        try
        {
            return OpenXmlReader.Create(part);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or OpenXmlPackageException)
        {
            throw Galat(e, batas, file);
        }
    }

    private static bool Next(OpenXmlReader reader, BatasXlsx batas, string file)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException)
        {
            throw Galat(e, batas, file);
        }
    }

    private static AturanException Galat(Exception e, BatasXlsx batas, string file) =>
        e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.Message.Contains("MaxCharactersInPart", StringComparison.Ordinal)
            ? AturanException.TerlaluBesar($"{file}: satu bagian XLSX melebihi {batas.KarakterBagianMaks:N0} karakter; batas sebuah berkas impor. Tidak ada yang disimpan.".Replace(',', '.'))
            : AturanException.BerkasRusak($"{file}: isi XLSX rusak ({Infrastructure.Format.Potong(e.Message)}). Tidak ada yang disimpan.");

    /// <summary>
    /// A cell's text: shared and inline strings as written; numbers the Indonesian way, as a person reads them in the
    /// sheet (whole numbers without ",0", decimals after a comma), so that one parser (<see cref="Infrastructure.Format.TryDesimal"/>)
    /// reads typed text and stored numbers alike.
    /// </summary>
    public static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length)
        {
            return shared[i];
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
        {
            return ((long)d).ToString(CultureInfo.InvariantCulture);
        }
        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
        {
            return Infrastructure.Format.Isian(m);
        }
        return raw;
    }

    /// <summary>The rows of an uploaded register or target workbook (413/422 thrown as <see cref="AturanException"/>).</summary>
    public static List<(uint Baris, Dictionary<int, string> Sel)> Baca(Stream stream, string file, int barisMaks)
    {
        if (stream.CanSeek)
        {
            return Read(stream, BatasXlsx.Register(barisMaks), file);
        }
        // A form upload's stream can be read once: a bounded copy first (the upload size is limited already).
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return Read(copy, BatasXlsx.Register(barisMaks), file);
    }

    /// <summary>The last column a worksheet can have (XFD), zero-based.</summary>
    public const int KolomMaks = 16_383;

    /// <summary>"C12" → 2 (zero-based column); -1 for a reference that does not start with one to three letters A–Z.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var u = char.ToUpperInvariant(c);
            if (u is < 'A' or > 'Z')
            {
                break;
            }
            if (++letters > 3)
            {
                return -1;
            }
            index = index * 26 + (u - 'A' + 1);
        }
        return index - 1;
    }
}
