using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Tolok.Dokumen;

/// <summary>Renders a <see cref="DokumenModel"/> as an editable Word document with real styles and tables.</summary>
public static class DocxRenderer
{
    /// <summary>Arial: present on Windows; LibreOffice and most Linux systems substitute the metric-compatible Liberation Sans, which the PDF embeds.</summary>
    private const string Font = "Arial";
    // A4 in twentieths of a point.
    private const int A4Short = 11906, A4Long = 16838, Margin = 1134;

    public static byte[] Render(DokumenModel model)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            doc.PackageProperties.Title = model.Judul;
            doc.PackageProperties.Creator = "Tolok";

            // Word updates the table of contents and the caption numbers when the document is opened.
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
                new Run(new Text("Halaman ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Justification { Val = JustificationValues.Right }),
                new Run(new Text((model.Draf ? "DRAF — " : "") + (model.KepalaHalaman ?? model.Judul)))));
            var pageWidth = model.Lanskap ? A4Long : A4Short;
            var textWidth = pageWidth - 2 * Margin;
            SectionProperties Section(bool roman) => new(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize
                {
                    Width = (UInt32Value)(uint)pageWidth,
                    Height = (UInt32Value)(uint)(model.Lanskap ? A4Short : A4Long),
                    Orient = model.Lanskap ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
                },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Right = (UInt32Value)(uint)Margin, Header = 567, Footer = 567, Gutter = 0 },
                roman ? new PageNumberType { Format = NumberFormatValues.LowerRoman, Start = 1 } : new PageNumberType { Format = NumberFormatValues.Decimal, Start = 1 });

            var body = new Body();
            int tables = 0, figures = 0, pictures = 0, headings = 0;
            foreach (var blok in model.Isi)
            {
                switch (blok)
                {
                    case Judul j:
                        body.Append(Para(j.Teks, "Title"));
                        break;
                    case Paragraf p:
                        body.Append(Para(p.Teks, null, p.Tengah ? JustificationValues.Center : null));
                        break;
                    case Subjudul h:
                        body.Append(Heading(h, headings++));
                        break;
                    case DaftarIsi:
                        AppendToc(body, model, textWidth);
                        break;
                    case HalamanBaru:
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case MulaiBadan:
                        // The front matter ends here: its own section, numbered i, ii, …; the body restarts at 1.
                        body.Append(new Paragraph(new ParagraphProperties(Section(roman: true))));
                        break;
                    case Gambar g:
                        body.Append(Figure(main, g, textWidth, ++figures));
                        body.Append(Caption("Gambar", figures, g.Tata.Judul));
                        break;
                    case Citra c:
                        body.Append(Picture(main, c, ++pictures));
                        break;
                    case Tabel t:
                        if (t.Keterangan is not null)
                        {
                            body.Append(Caption("Tabel", ++tables, t.Keterangan));
                        }
                        body.Append(Table(t, textWidth));
                        body.Append(Para("", null));
                        break;
                    case TandaTangan s:
                        AppendSignature(body, s, textWidth);
                        break;
                    case TandaTanganBerdampingan d:
                        body.Append(SignaturesSideBySide(d, textWidth));
                        break;
                    default:
                        throw new NotSupportedException(blok.GetType().Name);
                }
            }
            body.Append(Section(roman: false));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>"Tabel 3. …": the number is a SEQ field, so Word renumbers after edits; its current value is its result.</summary>
    private static Paragraph Caption(string label, int number, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }, new KeepNext()),
        new Run(new Text(label + " ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text(number.ToString(CultureInfo.InvariantCulture)))) { Instruction = $" SEQ {label} \\* ARABIC " },
        new Run(new Text(". " + text) { Space = SpaceProcessingModeValues.Preserve }));

    private static string Bookmark(int index) => "_Toc" + (100001 + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>A heading inside a bookmark, which the table of contents' page references point to.</summary>
    private static Paragraph Heading(Subjudul h, int index)
    {
        var p = Para(h.Teks, "Heading" + Math.Clamp(h.Tingkat, 1, 3).ToString(CultureInfo.InvariantCulture));
        var id = (1 + index).ToString(CultureInfo.InvariantCulture);
        p.InsertAfter(new BookmarkStart { Id = id, Name = Bookmark(index) }, p.ParagraphProperties);
        p.Append(new BookmarkEnd { Id = id });
        return p;
    }

    /// <summary>
    /// A TOC field over the heading styles. Its stored result lists every heading with a PAGEREF field to the heading's
    /// bookmark, so the page numbers are right without a manual update: LibreOffice lays them out when it opens the
    /// file, and Word updates the whole field on open (UpdateFieldsOnOpen).
    /// </summary>
    private static void AppendToc(Body body, DokumenModel model, int textWidth)
    {
        body.Append(Para("Daftar Isi", "TOCHeading"));
        var headings = model.Isi.OfType<Subjudul>().ToList();
        var tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = textWidth });
        var first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        body.Append(first);
        var last = first;
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            last = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC" + Math.Clamp(h.Tingkat, 1, 3).ToString(CultureInfo.InvariantCulture) }, (Tabs)tabs.CloneNode(true)),
                new Run(new Text(h.Teks.Replace('\n', ' ')) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new TabChar()),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode($" PAGEREF {Bookmark(i)} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            if (i == 0)
            {
                // The first entry shares the paragraph that opens the TOC field.
                first.Append(last.ChildElements.Where(e => e is not ParagraphProperties).Select(e => e.CloneNode(true)));
                first.ParagraphProperties!.Append((Tabs)tabs.CloneNode(true));
                first.ParagraphProperties.ParagraphStyleId!.Val = "TOC" + Math.Clamp(h.Tingkat, 1, 3).ToString(CultureInfo.InvariantCulture);
                last = first;
                continue;
            }
            body.Append(last);
        }
        last.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    /// <summary>A PNG picture (a logo), centred, as wide as asked.</summary>
    private static Paragraph Picture(MainDocumentPart main, Citra c, int number)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(c.Png))
        {
            image.FeedData(png);
        }
        using var codec = SkiaSharp.SKCodec.Create(new SkiaSharp.SKMemoryStream(c.Png));
        const long emuPerPoint = 12700;
        var cx = (long)(c.LebarPt * emuPerPoint);
        var cy = codec is null ? cx : (long)(c.LebarPt * codec.Info.Height / Math.Max(1, codec.Info.Width) * emuPerPoint);
        var id = (uint)(2000 + number);
        var name = $"Citra {number}";
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = id, Name = name, Description = c.Keterangan },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    /// <summary>
    /// The chart as an inline picture, as wide as drawn (at most the text width): vector SVG, which Word 2016+ and
    /// LibreOffice show and print, with a 200 dpi PNG beside it for readers without SVG support (the format requires it).
    /// </summary>
    private static Paragraph Figure(MainDocumentPart main, Gambar g, int textWidthTwips, int number)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(Grafik.Png(g.Tata, 200)))
        {
            image.FeedData(png);
        }
        var svg = main.AddImagePart(ImagePartType.Svg);
        using (var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Grafik.SvgBerkas(g.Tata))))
        {
            svg.FeedData(text);
        }
        const long emuPerPoint = 12700;
        var maxWidth = textWidthTwips / 20.0 * emuPerPoint;
        var scale = Math.Min(1.0, maxWidth / (g.Tata.Lebar * emuPerPoint));
        var cx = (long)(g.Tata.Lebar * emuPerPoint * scale);
        var cy = (long)(g.Tata.Tinggi * emuPerPoint * scale);
        var id = (uint)(1000 + number);
        var name = $"Gambar {number}";
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = id, Name = name, Description = g.Tata.Judul },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(
                        new A.Blip(new A.BlipExtensionList(new A.BlipExtension(new DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip { Embed = main.GetIdOfPart(svg) })
                        {
                            Uri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}",
                        }))
                        { Embed = main.GetIdOfPart(image) },
                        new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    private static Paragraph Para(string text, string? style, JustificationValues? align = null, bool bold = false, int? indentLeft = null)
    {
        var props = new ParagraphProperties();
        if (style is not null)
        {
            props.Append(new ParagraphStyleId { Val = style });
        }
        if (indentLeft is { } left)
        {
            props.Append(new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        if (align is { } a)
        {
            props.Append(new Justification { Val = a });
        }
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        // A line break in the text is a line break in Word (a newline inside w:t is shown as a space).
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i].TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(props, run);
    }

    private static Table Table(Tabel t, int textWidth)
    {
        var total = t.Kolom.Sum(k => k.Lebar);
        var widths = t.Kolom.Select(k => (int)(textWidth * k.Lebar / total)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TabelTolok" },
                new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // Merged header cells: a box spanning columns is one cell with a grid span; one spanning header rows is a
        // vertical merge ("restart" at its top, "continue" in the rows below, with the same span).
        var kotak = t.KotakKepala().ToList();
        for (var r = 0; r < t.Kepala.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            for (var c = 0; c < t.Kepala[r].Count;)
            {
                var asal = kotak.FirstOrDefault(k => k.Kolom == c && k.Baris <= r && r < k.Baris + k.TinggiBaris && (k.Baris == r || t.Kepala[r][c] == Tabel.GabungAtas));
                var lebar = asal.TinggiBaris > 0 ? asal.LebarKolom : 1;
                MergedCellValues? merge = asal.TinggiBaris > 1 ? (asal.Baris == r ? MergedCellValues.Restart : MergedCellValues.Continue) : null;
                var cell = Cell(asal.TinggiBaris > 0 && asal.Baris == r ? asal.Teks : "", widths.Skip(c).Take(lebar).Sum(), bold: true, center: true, merge);
                if (lebar > 1)
                {
                    cell.TableCellProperties!.InsertAfter(new GridSpan { Val = lebar }, cell.TableCellProperties.TableCellWidth);
                }
                row.Append(cell);
                c += lebar;
            }
            table.Append(row);
        }

        // A spanning cell becomes a vertical merge: "restart" in its first row, "continue" in the rows it covers.
        var spanLeft = new int[t.Kolom.Count];
        foreach (var cells in t.Baris)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell is null)
                {
                    row.Append(Cell(null, widths[c], bold: false, center: t.Kolom[c].Tengah, merge: spanLeft[c] > 0 ? MergedCellValues.Continue : null));
                    spanLeft[c] = Math.Max(0, spanLeft[c] - 1);
                    continue;
                }
                MergedCellValues? merge = null;
                if (cell.Baris > 1)
                {
                    merge = MergedCellValues.Restart;
                    spanLeft[c] = cell.Baris - 1;
                }
                row.Append(Cell(cell.Teks, widths[c], bold: false, center: t.Kolom[c].Tengah, merge));
            }
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(string? text, int width, bool bold, bool center, MergedCellValues? merge)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (merge is { } m)
        {
            props.Append(new VerticalMerge { Val = m });
        }
        props.Append(new TableCellVerticalAlignment { Val = bold ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top });
        return new TableCell(props, Para(text ?? "", "IsiTabel", center ? JustificationValues.Center : null, bold));
    }

    /// <summary>Two signature blocks in a borderless two-column table.</summary>
    private static Table SignaturesSideBySide(TandaTanganBerdampingan d, int textWidth)
    {
        var half = (textWidth / 2).ToString(CultureInfo.InvariantCulture);
        TableCell Block(TandaTangan s)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = half, Type = TableWidthUnitValues.Dxa }));
            cell.Append(Para(s.TempatTanggal ?? "", "TandaTangan", JustificationValues.Center));
            cell.Append(Para(s.Jabatan ?? "", "TandaTangan", JustificationValues.Center));
            for (var i = 0; i < 3; i++)
            {
                cell.Append(Para("", "TandaTangan"));
            }
            cell.Append(Para(string.IsNullOrEmpty(s.Nama) ? "(…………………………………)" : s.Nama, "TandaTangan", JustificationValues.Center, bold: true));
            if (s.Nip is not null)
            {
                cell.Append(Para("NIP. " + s.Nip, "TandaTangan", JustificationValues.Center));
            }
            return cell;
        }
        return new Table(
            new TableProperties(
                new TableWidth { Width = textWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = half }, new GridColumn { Width = half }),
            new TableRow(new TableRowProperties(new CantSplit()), Block(d.Kiri), Block(d.Kanan)));
    }

    private static void AppendSignature(Body body, TandaTangan s, int textWidth)
    {
        var indent = textWidth * 6 / 10;
        body.Append(Para(s.TempatTanggal ?? "", "TandaTangan", indentLeft: indent));
        body.Append(Para(s.Jabatan ?? "", "TandaTangan", indentLeft: indent));
        for (var i = 0; i < 3; i++)
        {
            body.Append(Para("", "TandaTangan", indentLeft: indent));
        }
        body.Append(Para(string.IsNullOrEmpty(s.Nama) ? "(…………………………………)" : s.Nama, "TandaTangan", indentLeft: indent, bold: true));
        if (s.Nip is not null)
        {
            body.Append(Para("NIP. " + s.Nip, "TandaTangan", indentLeft: indent));
        }
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var fonts = new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts, new FontSize { Val = "20" }, new Languages { Val = "id-ID" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, null, isDefault: true),
            ParagraphStyle("Title", "Title", new StyleRunProperties(new Bold(), new FontSize { Val = "24" }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center })),
            ParagraphStyle("Heading1", "heading 1", new StyleRunProperties(new Bold(), new FontSize { Val = "24" }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 })),
            ParagraphStyle("Heading2", "heading 2", new StyleRunProperties(new Bold(), new FontSize { Val = "22" }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "100" }, new OutlineLevel { Val = 1 })),
            ParagraphStyle("Heading3", "heading 3", new StyleRunProperties(new Bold(), new FontSize { Val = "20" }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160", After = "80" }, new OutlineLevel { Val = 2 })),
            ParagraphStyle("TOCHeading", "TOC Heading", new StyleRunProperties(new Bold(), new FontSize { Val = "24" }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "120" })),
            ParagraphStyle("TOC1", "toc 1", null, new StyleParagraphProperties(new SpacingBetweenLines { After = "40" })),
            ParagraphStyle("TOC2", "toc 2", null, new StyleParagraphProperties(new Indentation { Left = "240" })),
            ParagraphStyle("TOC3", "toc 3", null, new StyleParagraphProperties(new Indentation { Left = "480" })),
            ParagraphStyle("Caption", "caption", new StyleRunProperties(new Bold(), new FontSize { Val = "18" }),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "120" })),
            ParagraphStyle("IsiTabel", "Isi Tabel", new StyleRunProperties(new FontSize { Val = "18" }), null),
            ParagraphStyle("TandaTangan", "Tanda Tangan", null, new StyleParagraphProperties(new KeepNext())),
            ParagraphStyle("Header", "header", new StyleRunProperties(new FontSize { Val = "16" }), null),
            ParagraphStyle("Footer", "footer", new StyleRunProperties(new FontSize { Val = "16" }), null),
            new Style(
                new StyleName { Val = "Tabel Tolok" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TabelTolok" });
    }

    private static Style ParagraphStyle(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }
}