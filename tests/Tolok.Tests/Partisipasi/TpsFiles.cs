using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tolok.Partisipasi;
using Tolok.Wilayah;

namespace Tolok.Tests.Partisipasi;

/// <summary>Builds import files for tests: rows of values by column name, written as CSV, XLSX or JSON.</summary>
public static class TpsFiles
{
    public static readonly long[] DesaJembrana =
        [.. WilayahTree.Nasional.Anak(5101).SelectMany(k => WilayahTree.Nasional.Anak(k))];

    public sealed record Baris(string Kode, IReadOnlyDictionary<string, int?> Nilai);

    /// <summary>A consistent TPS: every rule holds.</summary>
    public static Baris Consistent(string kode, int dptL, int dptP, int usedL, int usedP, int disL = 2, int disP = 1, int disUsedL = 1, int disUsedP = 1) => new(kode, new Dictionary<string, int?>
    {
        ["pemilih_dpt_l"] = dptL,
        ["pemilih_dpt_p"] = dptP,
        ["pemilih_dpt_j"] = dptL + dptP,
        ["pengguna_dpt_l"] = usedL,
        ["pengguna_dpt_p"] = usedP,
        ["pengguna_dpt_j"] = usedL + usedP,
        ["pengguna_dptb_l"] = 0,
        ["pengguna_dptb_p"] = 0,
        ["pengguna_dptb_j"] = 0,
        ["pengguna_dpk_l"] = 0,
        ["pengguna_dpk_p"] = 0,
        ["pengguna_dpk_j"] = 0,
        ["pengguna_total_l"] = usedL,
        ["pengguna_total_p"] = usedP,
        ["pengguna_total_j"] = usedL + usedP,
        ["pemilih_disabilitas_l"] = disL,
        ["pemilih_disabilitas_p"] = disP,
        ["pemilih_disabilitas_j"] = disL + disP,
        ["pengguna_disabilitas_l"] = disUsedL,
        ["pengguna_disabilitas_p"] = disUsedP,
        ["pengguna_disabilitas_j"] = disUsedL + disUsedP,
        ["suara_sah"] = usedL + usedP - 1,
        ["suara_tidak_sah"] = 1,
        ["suara_total"] = usedL + usedP,
    });

    public static string Tps(long desa, int n) => KodeWilayah.Format(desa * 1000 + n);

    public static string Csv(IEnumerable<Baris> rows, char separator = ',', bool bom = false)
    {
        var list = rows.ToList();
        var columns = Kolom.Semua.Where(c => list.Any(r => r.Nilai.ContainsKey(c))).ToList();
        var text = new StringBuilder(bom ? "\uFEFF" : "");
        text.Append("kode").Append(separator).AppendJoin(separator, columns).Append('\n');
        foreach (var r in list)
        {
            text.Append(r.Kode);
            foreach (var c in columns)
            {
                text.Append(separator).Append(r.Nilai.TryGetValue(c, out var v) && v is { } x ? x.ToString(CultureInfo.InvariantCulture) : "");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    public static async Task<string> WriteAsync(string content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tolok-tps-{Guid.NewGuid():N}{extension}");
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(false));
        return path;
    }

    public static string Xlsx(IEnumerable<Baris> rows)
    {
        var list = rows.ToList();
        var columns = Kolom.Semua.Where(c => list.Any(r => r.Nilai.ContainsKey(c))).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"tolok-tps-{Guid.NewGuid():N}.xlsx");
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var ws = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(new Row([new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("KODE")) },
            .. columns.Select(c => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c.ToUpperInvariant())) })]));
        foreach (var r in list)
        {
            data.Append(new Row([new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(r.Kode)) },
                .. columns.Select(c => r.Nilai.TryGetValue(c, out var v) && v is { } x
                    ? new Cell { CellValue = new CellValue(x), DataType = CellValues.Number }
                    : new Cell())]));
        }
        ws.Worksheet = new Worksheet(data);
        wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Data" }));
        return path;
    }

    public static string JsonLines(IEnumerable<Baris> rows) => string.Join('\n', rows.Select(r =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["kode"] = r.Kode.Replace(".", "", StringComparison.Ordinal),
            ["administrasi"] = r.Nilai.ToDictionary(kv => kv.Key.Replace("pengguna_dpk_", "pengguna_non_dpt_", StringComparison.Ordinal), kv => (object?)kv.Value),
        })));
}
