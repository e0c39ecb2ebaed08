using System.Globalization;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tolok.Tests.Infrastructure;

/// <summary>Small workbooks for import tests: strings become inline-string cells, numbers number cells (as Excel stores dates).</summary>
public static class Xlsx
{
    public static byte[] Workbook(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var r in rows)
            {
                data.Append(new Row(r.Select(v => v is double or int
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(v, CultureInfo.InvariantCulture)) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)v)) })));
            }
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Data" }));
        }
        return stream.ToArray();
    }

    public static MultipartFormDataContent Form(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "berkas", name } };
    }
}
