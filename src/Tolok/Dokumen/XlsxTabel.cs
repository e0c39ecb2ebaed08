using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tolok.Dokumen;

/// <summary>Reads the first sheet of a workbook as text cells: the first row is the header. Used by the small imports.</summary>
public static class XlsxTabel
{
    /// <summary>Rows as (row number, cells by column index). Throws <see cref="InvalidDataException"/> for an unreadable file.</summary>
    public static List<(uint Baris, Dictionary<int, string> Sel)> Read(Stream stream)
    {
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new InvalidDataException($"bukan berkas XLSX yang dapat dibaca ({e.Message}).");
        }
        using (doc)
        {
            var workbook = doc.WorkbookPart ?? throw new InvalidDataException("berkas XLSX tanpa lembar kerja.");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("berkas XLSX tanpa lembar kerja.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<(uint, Dictionary<int, string>)>();
            foreach (var row in part.Worksheet!.Descendants<Row>())
            {
                var cells = new Dictionary<int, string>();
                var column = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                    cells[column] = CellText(cell, shared);
                }
                rows.Add((row.RowIndex?.Value ?? (uint)rows.Count + 1, cells));
            }
            return rows;
        }
    }

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

    /// <summary>The rows of an uploaded workbook, or null with the reason recorded under the file's name.</summary>
    public static List<(uint Baris, Dictionary<int, string> Sel)>? Baca(Stream stream, string file, Dictionary<string, string[]> errors)
    {
        try
        {
            return Read(stream);
        }
        catch (InvalidDataException e)
        {
            errors[file] = [e.Message];
            return null;
        }
    }

    /// <summary>"C12" → 2 (zero-based column).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
