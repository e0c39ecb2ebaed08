using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tolok.Dokumen;

/// <summary>
/// Renders a <see cref="DokumenModel"/> as a workbook: one sheet per table, the text blocks before a table above
/// it on the same sheet, header rows frozen, spanning cells merged.
/// </summary>
public static class XlsxRenderer
{
    private const uint StyleJudul = 1, StyleKepala = 2, StyleIsi = 3, StyleIsiTengah = 4, StyleTeks = 5, StyleBulat = 6, StyleDesimal = 7, StyleSubjudul = 8;

    public static byte[] Render(DokumenModel model)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = doc.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            doc.PackageProperties.Title = model.Judul;
            doc.PackageProperties.Creator = "Tolok";

            // Text before a table goes above it on the table's sheet; text after the last table goes below it.
            var writers = new List<(SheetWriter Writer, string Name)>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new List<Blok>();
            foreach (var blok in model.Isi)
            {
                if (blok is Tabel t)
                {
                    var writer = new SheetWriter(t.Kolom);
                    pending.ForEach(writer.WriteText);
                    pending.Clear();
                    writer.WriteTable(t);
                    writers.Add((writer, UniqueName(t.NamaLembar, names)));
                }
                else
                {
                    pending.Add(blok);
                }
            }
            if (writers.Count == 0)
            {
                writers.Add((new SheetWriter([new Kolom(1)]), "Dokumen"));
            }
            pending.ForEach(writers[^1].Writer.WriteText);

            uint sheetId = 1;
            var printTitles = new DefinedNames();
            foreach (var (writer, name) in writers)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = writer.Build(model);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name });
                if (writer.Kepala is ({ } dari, { } sampai) && dari > 0)
                {
                    // The table's header rows repeat on every printed page.
                    printTitles.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!${dari}:${sampai}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 2 });
                }
            }
            if (printTitles.HasChildren)
            {
                workbookPart.Workbook.Append(printTitles);
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal))]);
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }

    /// <summary>Accumulates the rows of one sheet.</summary>
    private sealed class SheetWriter(IReadOnlyList<Kolom> kolom)
    {
        private readonly List<Row> _rows = [];
        private readonly List<string> _merges = [];
        private readonly double[] _widths = Widths(kolom);
        private uint _frozenRows;

        /// <summary>The table's header rows (1-based, inclusive), repeated at the top of every printed page; 0 when none.</summary>
        public (uint Dari, uint Sampai) Kepala { get; private set; }

        private uint NextRow => (uint)_rows.Count + 1;

        private static double[] Widths(IReadOnlyList<Kolom> kolom)
        {
            var total = kolom.Sum(k => k.Lebar);
            return [.. kolom.Select(k => Math.Max(6, Math.Round(150 * k.Lebar / total)))];
        }

        public void WriteText(Blok blok)
        {
            switch (blok)
            {
                case Judul j:
                    AddSpanningText(j.Teks, StyleJudul);
                    _rows.Add(new Row { RowIndex = NextRow });
                    break;
                case Paragraf p:
                    AddSpanningText(p.Teks, StyleTeks);
                    break;
                case Subjudul h:
                    AddSpanningText(h.Teks, StyleSubjudul);
                    break;
                case Gambar g:
                    AddSpanningText($"Gambar: {g.Tata.Judul} (angkanya ada pada tabel dokumen ini)", StyleTeks);
                    break;
                case Citra:
                case MulaiBadan:
                    break;
                case TandaTanganBerdampingan d:
                    WriteText(d.Kiri);
                    WriteText(d.Kanan);
                    break;
                case TandaTangan s:
                    _rows.Add(new Row { RowIndex = NextRow });
                    var col = Math.Max(0, kolom.Count - 2);
                    foreach (var line in new[] { s.TempatTanggal, s.Jabatan, "", "", string.IsNullOrEmpty(s.Nama) ? "(…………………………………)" : s.Nama, s.Nip is null ? null : "NIP. " + s.Nip }.OfType<string>())
                    {
                        var r = new Row { RowIndex = NextRow };
                        r.Append(TextCell(col, r.RowIndex!, line ?? "", StyleTeks));
                        _rows.Add(r);
                    }
                    break;
                default:
                    break;
            }
        }

        private void AddSpanningText(string text, uint style)
        {
            var row = new Row { RowIndex = NextRow };
            row.Append(TextCell(0, row.RowIndex!, text, style));
            var chars = _widths.Sum();
            row.Height = 15 * Math.Max(1, Math.Ceiling(text.Length * 1.2 / chars));
            row.CustomHeight = true;
            _rows.Add(row);
            if (kolom.Count > 1)
            {
                _merges.Add($"{Ref(0, row.RowIndex!)}:{Ref(kolom.Count - 1, row.RowIndex!)}");
            }
        }

        public void WriteTable(Tabel t)
        {
            if (t.Keterangan is not null)
            {
                AddSpanningText(t.Keterangan, StyleSubjudul);
            }
            var dari = NextRow;
            foreach (var header in t.Kepala)
            {
                var row = new Row { RowIndex = NextRow };
                for (var c = 0; c < header.Count; c++)
                {
                    // A merged-away cell stays an empty bordered cell under the merge.
                    row.Append(TextCell(c, row.RowIndex!, header[c] is Tabel.GabungKiri or Tabel.GabungAtas ? "" : header[c], StyleKepala));
                }
                SetHeight(row, header);
                _rows.Add(row);
            }
            foreach (var k in t.KotakKepala().Where(k => k.LebarKolom > 1 || k.TinggiBaris > 1))
            {
                _merges.Add($"{Ref(k.Kolom, dari + (uint)k.Baris)}:{Ref(k.Kolom + k.LebarKolom - 1, dari + (uint)(k.Baris + k.TinggiBaris - 1))}");
            }
            _frozenRows = (uint)_rows.Count;
            if (t.Kepala.Count > 0)
            {
                Kepala = (dari, _frozenRows);
            }
            foreach (var cells in t.Baris)
            {
                var row = new Row { RowIndex = NextRow };
                for (var c = 0; c < cells.Count; c++)
                {
                    var cell = cells[c];
                    var style = t.Kolom[c].Tengah ? StyleIsiTengah : StyleIsi;
                    row.Append(cell?.Angka is { } number
                        ? new Cell
                        {
                            CellReference = Ref(c, row.RowIndex!),
                            DataType = CellValues.Number,
                            StyleIndex = cell.Desimal == 0 ? StyleBulat : StyleDesimal,
                            CellValue = new CellValue(number),
                        }
                        : TextCell(c, row.RowIndex!, cell?.Teks ?? "", style));
                    if (cell is { Baris: > 1 })
                    {
                        _merges.Add($"{Ref(c, row.RowIndex!)}:{Ref(c, row.RowIndex! + (uint)cell.Baris - 1)}");
                    }
                }
                SetHeight(row, [.. cells.Select(c => c is { Baris: 1 } ? c.Teks ?? "" : "")]);
                _rows.Add(row);
            }
        }

        /// <summary>Spreadsheet programs do not grow wrapped rows on open; estimate the height from the text.</summary>
        private void SetHeight(Row row, IReadOnlyList<string> texts)
        {
            var lines = 1.0;
            for (var c = 0; c < texts.Count && c < _widths.Length; c++)
            {
                lines = Math.Max(lines, Math.Ceiling(texts[c].Length * 1.15 / _widths[c]));
            }
            row.Height = 13 * lines + 4;
            row.CustomHeight = true;
        }

        public Worksheet Build(DokumenModel model)
        {
            // Printed to the page's width (as many pages down as needed); without fitToPage spreadsheet programs ignore fitToWidth.
            var sheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            var views = new SheetViews();
            var view = new SheetView { WorkbookViewId = 0 };
            if (_frozenRows > 0)
            {
                view.Append(new Pane
                {
                    VerticalSplit = _frozenRows,
                    TopLeftCell = $"A{_frozenRows + 1}",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                });
                view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{_frozenRows + 1}", SequenceOfReferences = new ListValue<StringValue>([$"A{_frozenRows + 1}"]) });
            }
            views.Append(view);
            sheet.Append(views);
            var columns = new Columns();
            for (var c = 0; c < _widths.Length; c++)
            {
                columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = _widths[c], CustomWidth = true });
            }
            sheet.Append(columns);
            var data = new SheetData();
            foreach (var row in _rows)
            {
                data.Append(row);
            }
            sheet.Append(data);
            if (_merges.Count > 0)
            {
                var merges = new MergeCells();
                foreach (var m in _merges)
                {
                    merges.Append(new MergeCell { Reference = m });
                }
                sheet.Append(merges);
            }
            sheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            sheet.Append(new PageSetup { PaperSize = 9, Orientation = model.Lanskap ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
            sheet.Append(new HeaderFooter(
                new OddHeader((model.Draf ? "&LDRAF" : "") + "&R" + Escape(model.KepalaHalaman ?? model.Judul)),
                new OddFooter("&CHalaman &P dari &N")));
            return sheet;
        }

        private static string Escape(string s) => s.Replace("&", "&&", StringComparison.Ordinal);
    }

    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = Ref(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    internal static string Ref(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }
        return name;
    }

    private static Stylesheet Stylesheet()
    {
        static Font F(bool bold, double size) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "Arial" })
            : new Font(new FontSize { Val = size }, new FontName { Val = "Arial" });
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static CellFormat Cf(uint font, uint fill, uint border, HorizontalAlignmentValues? h, VerticalAlignmentValues v) => new(
            new Alignment { Horizontal = h, Vertical = v, WrapText = true })
        { FontId = font, FillId = fill, BorderId = border, ApplyFont = true, ApplyBorder = border > 0, ApplyFill = fill > 0, ApplyAlignment = true };

        // Number formats: the viewer's locale shows the separators (1.234,56 in Indonesian).
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.00" })
            { Count = 2 },
            new Fonts(F(false, 10), F(true, 12), F(true, 10)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                Cf(1, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
                Cf(2, 2, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
                Cf(0, 0, 1, null, VerticalAlignmentValues.Top),
                Cf(0, 0, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top),
                Cf(0, 0, 0, null, VerticalAlignmentValues.Top),
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
                Cf(2, 0, 0, null, VerticalAlignmentValues.Center))
            { Count = 9 });
    }
}