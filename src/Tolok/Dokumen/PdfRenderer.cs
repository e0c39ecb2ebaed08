using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Tolok.Dokumen;

/// <summary>
/// Renders a <see cref="DokumenModel"/> as an A4 PDF with the bundled Liberation Sans (metric-compatible with Arial, the DOCX font) embedded: tables whose header
/// rows repeat on every page, spanning cells that continue across page breaks, running header and page numbers.
/// </summary>
public static class PdfRenderer
{
    private const double Margin = 42, HeaderSpace = 18, FooterSpace = 22, Pad = 3;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    static PdfRenderer()
    {
        // PDFsharp asks a resolver for every font; Tolok brings its own so output is the same on every machine.
        if (GlobalFontSettings.FontResolver is not BundledFonts)
        {
            GlobalFontSettings.FontResolver = new BundledFonts();
        }
    }

    public static byte[] Render(DokumenModel model) => Render(model, out _);

    /// <summary>The words a render had to break inside because they were wider than their column (should be none).</summary>
    public static IReadOnlyList<string> KataTerpotong(DokumenModel model)
    {
        Render(model, out var broken);
        return broken;
    }

    private static byte[] Render(DokumenModel model, out List<string> broken)
    {
        using var document = new PdfDocument();
        document.Info.Title = model.Judul;
        document.Info.Creator = "Tolok";
        var layout = new Layout(document, model.Lanskap);
        int tables = 0, figures = 0;
        var headings = model.Isi.OfType<Subjudul>().ToList();
        foreach (var blok in model.Isi)
        {
            switch (blok)
            {
                case Judul j:
                    layout.Text(j.Teks, layout.Bold12, center: true, spaceAfter: 10);
                    break;
                case Paragraf p:
                    layout.Text(p.Teks, layout.Regular9, center: p.Tengah, spaceAfter: 6);
                    break;
                case Citra c:
                    layout.Picture(c);
                    break;
                case MulaiBadan:
                    layout.StartBody();
                    break;
                case Subjudul h:
                    layout.Heading(h);
                    break;
                case DaftarIsi:
                    layout.ReserveToc(headings.Count);
                    break;
                case HalamanBaru:
                    layout.PageBreak();
                    break;
                case Gambar g:
                    layout.Figure(g.Tata, $"Gambar {++figures}. {g.Tata.Judul}");
                    break;
                case Tabel t:
                    if (t.Keterangan is not null)
                    {
                        layout.Caption($"Tabel {++tables}. {t.Keterangan}");
                    }
                    layout.Table(t);
                    break;
                case TandaTangan s:
                    layout.Signature(s);
                    break;
                case TandaTanganBerdampingan d:
                    layout.Signatures(d);
                    break;
                default:
                    throw new NotSupportedException(blok.GetType().Name);
            }
        }
        layout.Finish(model);
        broken = layout.Terpotong;
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private sealed class Layout
    {
        private readonly PdfDocument _document;
        private readonly bool _landscape;
        private XGraphics? _gfx;
        private double _y;

        public XFont Regular9 { get; } = new(BundledFonts.Family, 9, XFontStyleEx.Regular, Unicode);
        public XFont Bold9 { get; } = new(BundledFonts.Family, 9, XFontStyleEx.Bold, Unicode);
        public XFont Bold12 { get; } = new(BundledFonts.Family, 12, XFontStyleEx.Bold, Unicode);
        private readonly XFont _small = new(BundledFonts.Family, 7.5, XFontStyleEx.Regular, Unicode);
        private readonly XFont _bold10 = new(BundledFonts.Family, 10.5, XFontStyleEx.Bold, Unicode);

        public Layout(PdfDocument document, bool landscape)
        {
            _document = document;
            _landscape = landscape;
            NewPage();
        }

        private readonly List<(Subjudul Heading, int Page)> _headings = [];
        private (int FirstPage, int Pages)? _toc;

        private double PageWidth => _landscape ? 842 : 595;
        private double PageHeight => _landscape ? 595 : 842;
        private double Width => PageWidth - 2 * Margin;
        private double Bottom => PageHeight - Margin - FooterSpace;
        private static double Top => Margin + HeaderSpace;
        private XGraphics G => _gfx!;

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Top;
        }

        private static double LineHeight(XFont font) => font.Size * 1.25;

        public void Text(string text, XFont font, bool center, double spaceAfter)
        {
            foreach (var line in Wrap(text, font, Width))
            {
                if (_y + LineHeight(font) > Bottom)
                {
                    NewPage();
                }
                var format = center ? XStringFormats.TopCenter : XStringFormats.TopLeft;
                G.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, LineHeight(font)), format);
                _y += LineHeight(font);
            }
            _y += spaceAfter;
        }

        private bool AtTop => _y <= Top + 0.5;

        public void PageBreak()
        {
            if (!AtTop)
            {
                NewPage();
            }
        }

        public void Heading(Subjudul h)
        {
            var font = h.Tingkat <= 1 ? Bold12 : h.Tingkat == 2 ? _bold10 : Bold9;
            // A heading is kept with at least three lines of what follows.
            if (_y + LineHeight(font) + 3 * LineHeight(Regular9) > Bottom)
            {
                NewPage();
            }
            _y += AtTop ? 0 : 6;
            _headings.Add((h, _document.PageCount - 1));
            Text(h.Teks, font, center: false, spaceAfter: 4);
        }

        public void Caption(string text)
        {
            if (_y + LineHeight(Bold9) + 3 * LineHeight(Regular9) > Bottom)
            {
                NewPage();
            }
            Text(text, Bold9, center: false, spaceAfter: 3);
        }

        /// <summary>Leaves whole pages for the table of contents; it is drawn in <see cref="Finish"/> once page numbers are known.</summary>
        public void ReserveToc(int entries)
        {
            PageBreak();
            var perPage = (int)((Bottom - Top - 30) / LineHeight(Regular9)) - 2;
            var pages = Math.Max(1, (entries * 2 + perPage - 1) / perPage);
            _toc = (_document.PageCount - 1, pages);
            // Each reserved page gets its title now: a page whose first content stream is empty is not read by every viewer.
            for (var i = 0; i < pages; i++)
            {
                G.DrawString(i == 0 ? "Daftar Isi" : "Daftar Isi (lanjutan)", Bold12, XBrushes.Black, new XRect(Margin, Top, Width, LineHeight(Bold12)), XStringFormats.TopLeft);
                NewPage();
            }
        }

        /// <summary>Page index where the body begins (<see cref="MulaiBadan"/>): pages before it are numbered in roman numerals.</summary>
        private int? _bodyStart;

        public void StartBody()
        {
            PageBreak();
            _bodyStart = _document.PageCount - 1;
        }

        /// <summary>The printed number of page <paramref name="index"/> (0-based): "ii" in the front matter, "3" in the body.</summary>
        private string Label(int index) => _bodyStart is { } b
            ? index < b ? Roman(index + 1) : (index - b + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Roman(int n)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var (value, text) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            {
                while (n >= value)
                {
                    sb.Append(text);
                    n -= value;
                }
            }
            return sb.ToString();
        }

        /// <summary>A PNG picture (a logo), centred, <see cref="Citra.LebarPt"/> wide.</summary>
        public void Picture(Citra c)
        {
            using var stream = new MemoryStream(c.Png);
            using var image = XImage.FromStream(stream);
            var height = c.LebarPt * image.PixelHeight / Math.Max(1, image.PixelWidth);
            if (_y + height > Bottom && !AtTop)
            {
                NewPage();
            }
            G.DrawImage(image, Margin + (Width - c.LebarPt) / 2, _y, c.LebarPt, height);
            _y += height + 8;
        }

        /// <summary>A chart as vector graphics, scaled to the text width at most, with its caption below.</summary>
        public void Figure(Grafik.Tata tata, string caption)
        {
            var scale = Math.Min(1.0, Width / tata.Lebar);
            var height = tata.Tinggi * scale;
            if (_y + height + LineHeight(Bold9) > Bottom && !AtTop)
            {
                NewPage();
            }
            var left = Margin + (Width - tata.Lebar * scale) / 2;
            var state = G.Save();
            G.TranslateTransform(left, _y);
            G.ScaleTransform(scale);
            foreach (var b in tata.Bentuk)
            {
                switch (b)
                {
                    case Grafik.Kotak k:
                        G.DrawRectangle(new XSolidBrush(Color(k.Warna)), k.X, k.Y, k.Lebar, k.Tinggi);
                        break;
                    case Grafik.Garis l:
                        G.DrawLine(new XPen(Color(l.Warna), 1), l.X1, l.Y1, l.X2, l.Y2);
                        break;
                    case Grafik.Tulisan t:
                        var font = new XFont(BundledFonts.Family, t.Ukuran, XFontStyleEx.Regular, Unicode);
                        var w = G.MeasureString(t.Teks, font).Width;
                        var x = t.Jangkar switch { "middle" => t.X - w / 2, "end" => t.X - w, _ => t.X };
                        G.DrawString(t.Teks, font, new XSolidBrush(Color(t.Warna)), x, t.Y);
                        break;
                    default:
                        throw new NotSupportedException(b.GetType().Name);
                }
            }
            G.Restore(state);
            _y += height + 4;
            Text(caption, Bold9, center: true, spaceAfter: 8);
        }

        private static XColor Color(string hex) => XColor.FromArgb(
            Convert.ToInt32(hex.Substring(1, 2), 16), Convert.ToInt32(hex.Substring(3, 2), 16), Convert.ToInt32(hex.Substring(5, 2), 16));

        private void DrawToc()
        {
            if (_toc is not { } toc)
            {
                return;
            }
            var lh = LineHeight(Regular9);
            var page = toc.FirstPage;
            var gfx = XGraphics.FromPdfPage(_document.Pages[page]);
            var y = Top + 30;
            foreach (var (h, p) in _headings)
            {
                var indent = (Math.Clamp(h.Tingkat, 1, 3) - 1) * 14;
                var font = h.Tingkat <= 1 ? Bold9 : Regular9;
                var lines = WrapWith(gfx, h.Teks, font, Width - indent - 40);
                if (y + lines.Count * lh > Bottom && page + 1 < toc.FirstPage + toc.Pages)
                {
                    gfx.Dispose();
                    gfx = XGraphics.FromPdfPage(_document.Pages[++page]);
                    y = Top + 30;
                }
                foreach (var line in lines)
                {
                    gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, y, Width - indent - 40, lh), XStringFormats.TopLeft);
                    y += lh;
                }
                gfx.DrawString(Label(p), font, XBrushes.Black, new XRect(Margin, y - lh, Width, lh), XStringFormats.TopRight);
            }
            gfx.Dispose();
        }

        public void Table(Tabel t)
        {
            var total = t.Kolom.Sum(k => k.Lebar);
            var widths = t.Kolom.Select(k => Width * k.Lebar / total).ToArray();
            var xs = new double[widths.Length];
            for (var c = 1; c < xs.Length; c++)
            {
                xs[c] = xs[c - 1] + widths[c - 1];
            }
            var lh = LineHeight(Regular9);

            // Header boxes (merged cells span columns and header rows): each box's lines, the header rows' heights.
            var boxes = t.KotakKepala().Select(k => (Box: k, Lines: Wrap(k.Teks, Bold9, widths.Skip(k.Kolom).Take(k.LebarKolom).Sum() - 2 * Pad))).ToList();
            var headerHeights = new double[t.Kepala.Count];
            for (var h = 0; h < headerHeights.Length; h++)
            {
                headerHeights[h] = boxes.Where(b => b.Box.Baris == h && b.Box.TinggiBaris == 1).Select(b => b.Lines.Count * lh + 2 * Pad).DefaultIfEmpty(lh + 2 * Pad).Max();
            }
            foreach (var (box, boxLines) in boxes.Where(b => b.Box.TinggiBaris > 1))
            {
                var have = headerHeights.Skip(box.Baris).Take(box.TinggiBaris).Sum();
                var need = boxLines.Count * lh + 2 * Pad;
                if (need > have)
                {
                    headerHeights[box.Baris + box.TinggiBaris - 1] += need - have;
                }
            }

            // Row heights from the cells that do not span; a spanning cell whose text needs more room than its
            // rows have makes its last row taller.
            var n = t.Baris.Count;
            var lines = new List<string>?[n, widths.Length];
            var heights = new double[n];
            for (var r = 0; r < n; r++)
            {
                var h = lh + 2 * Pad;
                for (var c = 0; c < widths.Length; c++)
                {
                    if (t.Baris[r][c] is { } cell)
                    {
                        lines[r, c] = Wrap(cell.Teks ?? "", Regular9, widths[c] - 2 * Pad);
                        if (cell.Baris == 1)
                        {
                            h = Math.Max(h, lines[r, c]!.Count * lh + 2 * Pad);
                        }
                    }
                }
                heights[r] = h;
            }
            for (var r = 0; r < n; r++)
            {
                for (var c = 0; c < widths.Length; c++)
                {
                    if (t.Baris[r][c] is { Baris: > 1 } span)
                    {
                        var last = Math.Min(n - 1, r + span.Baris - 1);
                        var have = Enumerable.Range(r, last - r + 1).Sum(i => heights[i]);
                        var need = lines[r, c]!.Count * lh + 2 * Pad;
                        if (need > have)
                        {
                            heights[last] += need - have;
                        }
                    }
                }
            }

            void DrawHeader()
            {
                foreach (var (box, boxLines) in boxes)
                {
                    var rect = new XRect(Margin + xs[box.Kolom], _y + headerHeights.Take(box.Baris).Sum(),
                        widths.Skip(box.Kolom).Take(box.LebarKolom).Sum(), headerHeights.Skip(box.Baris).Take(box.TinggiBaris).Sum());
                    G.DrawRectangle(new XSolidBrush(XColor.FromArgb(231, 230, 230)), rect);
                    G.DrawRectangle(XPens.Black, rect);
                    var top = rect.Y + (rect.Height - boxLines.Count * lh) / 2;
                    foreach (var line in boxLines)
                    {
                        G.DrawString(line, Bold9, XBrushes.Black, new XRect(rect.X, top, rect.Width, lh), XStringFormats.TopCenter);
                        top += lh;
                    }
                }
                _y += headerHeights.Sum();
            }

            // Open spanning cells per column: their remaining lines, where their box starts on this page, last row.
            var open = new (Queue<string> Lines, double StartY, int LastRow, bool Center)?[widths.Length];
            if (_y + headerHeights.Sum() + (n > 0 ? heights[0] : 0) > Bottom)
            {
                NewPage();
            }
            DrawHeader();
            for (var r = 0; r < n; r++)
            {
                if (_y + heights[r] > Bottom && _y > Top + headerHeights.Sum() + 0.5)
                {
                    CloseSpans(open, xs, widths, lh, pageBreak: true);
                    NewPage();
                    DrawHeader();
                    for (var c = 0; c < open.Length; c++)
                    {
                        if (open[c] is { } o)
                        {
                            open[c] = o with { StartY = _y };
                        }
                    }
                }
                for (var c = 0; c < widths.Length; c++)
                {
                    var cell = t.Baris[r][c];
                    if (cell is { Baris: > 1 })
                    {
                        open[c] = (new Queue<string>(lines[r, c]!), _y, Math.Min(n - 1, r + cell.Baris - 1), t.Kolom[c].Tengah);
                    }
                    else if (cell is not null)
                    {
                        var rect = new XRect(Margin + xs[c], _y, widths[c], heights[r]);
                        G.DrawRectangle(XPens.Black, rect);
                        DrawLines(lines[r, c]!, rect, lh, t.Kolom[c].Tengah);
                    }
                }
                _y += heights[r];
                for (var c = 0; c < open.Length; c++)
                {
                    if (open[c] is { } o && o.LastRow == r)
                    {
                        DrawSpan(o, c, xs, widths, lh);
                        open[c] = null;
                    }
                }
            }
            _y += 14;
        }

        private void CloseSpans((Queue<string> Lines, double StartY, int LastRow, bool Center)?[] open, double[] xs, double[] widths, double lh, bool pageBreak)
        {
            for (var c = 0; c < open.Length; c++)
            {
                if (open[c] is { } o && pageBreak)
                {
                    DrawSpan(o, c, xs, widths, lh);
                }
            }
        }

        /// <summary>Draws the part of a spanning cell on this page and takes the lines that fit out of its queue.</summary>
        private void DrawSpan((Queue<string> Lines, double StartY, int LastRow, bool Center) o, int c, double[] xs, double[] widths, double lh)
        {
            var rect = new XRect(Margin + xs[c], o.StartY, widths[c], _y - o.StartY);
            G.DrawRectangle(XPens.Black, rect);
            var fit = Math.Max(0, (int)((rect.Height - 2 * Pad) / lh));
            var take = new List<string>();
            while (take.Count < fit && o.Lines.Count > 0)
            {
                take.Add(o.Lines.Dequeue());
            }
            DrawLines(take, rect, lh, o.Center);
        }

        private void DrawLines(IReadOnlyList<string> text, XRect rect, double lh, bool center)
        {
            var top = rect.Y + Pad;
            foreach (var line in text)
            {
                G.DrawString(line, Regular9, XBrushes.Black, new XRect(rect.X + Pad, top, rect.Width - 2 * Pad, lh),
                    center ? XStringFormats.TopCenter : XStringFormats.TopLeft);
                top += lh;
            }
        }

        public void Signatures(TandaTanganBerdampingan d)
        {
            var lh = LineHeight(Regular9);
            var w = Width / 2;
            List<(string Text, XFont Font)> Lines(TandaTangan s)
            {
                var block = new List<(string, XFont)>();
                block.AddRange(Wrap(s.TempatTanggal ?? "", Regular9, w - 10).Select(l => (l, Regular9)));
                block.AddRange(Wrap(s.Jabatan ?? "", Regular9, w - 10).Select(l => (l, Regular9)));
                block.AddRange(Enumerable.Repeat(("", Regular9), 4));
                block.Add((string.IsNullOrEmpty(s.Nama) ? "(…………………………………)" : s.Nama, Bold9));
                if (s.Nip is not null)
                {
                    block.Add(("NIP. " + s.Nip, Regular9));
                }
                return block;
            }
            var left = Lines(d.Kiri);
            var right = Lines(d.Kanan);
            // Names on the same line: the shorter block is padded at its top.
            var n = Math.Max(left.Count, right.Count);
            left.InsertRange(0, Enumerable.Repeat(("", Regular9), n - left.Count));
            right.InsertRange(0, Enumerable.Repeat(("", Regular9), n - right.Count));
            if (_y + n * lh > Bottom)
            {
                NewPage();
            }
            for (var i = 0; i < n; i++)
            {
                G.DrawString(left[i].Text, left[i].Font, XBrushes.Black, new XRect(Margin, _y, w, lh), XStringFormats.TopCenter);
                G.DrawString(right[i].Text, right[i].Font, XBrushes.Black, new XRect(Margin + w, _y, w, lh), XStringFormats.TopCenter);
                _y += lh;
            }
            _y += 8;
        }

        public void Signature(TandaTangan s)
        {
            var lh = LineHeight(Regular9);
            var x = Margin + Width * 0.6;
            var w = Width * 0.4;
            var block = new List<(string Text, XFont Font)>();
            block.AddRange(Wrap(s.TempatTanggal ?? "", Regular9, w).Select(l => (l, Regular9)));
            block.AddRange(Wrap(s.Jabatan ?? "", Regular9, w).Select(l => (l, Regular9)));
            block.AddRange(Enumerable.Repeat(("", Regular9), 4));
            block.Add((string.IsNullOrEmpty(s.Nama) ? "(…………………………………)" : s.Nama, Bold9));
            if (s.Nip is not null)
            {
                block.Add(("NIP. " + s.Nip, Regular9));
            }
            if (_y + block.Count * lh > Bottom)
            {
                NewPage();
            }
            foreach (var (text, font) in block)
            {
                G.DrawString(text, font, XBrushes.Black, new XRect(x, _y, w, lh), XStringFormats.TopLeft);
                _y += lh;
            }
        }

        /// <summary>Running header, page numbers and the DRAF mark, drawn once the page count is known.</summary>
        public void Finish(DokumenModel model)
        {
            _gfx?.Dispose();
            _gfx = null;
            DrawToc();
            var count = _document.PageCount;
            // Bookmarks for the chapters and their sections, and page labels that match the printed numbers.
            PdfOutline? level1 = null, level2 = null;
            foreach (var (h, page) in _headings)
            {
                var title = h.Teks.Replace('\n', ' ');
                var target = _document.Pages[page];
                if (h.Tingkat <= 1 || level1 is null)
                {
                    level1 = _document.Outlines.Add(title, target, true);
                    level2 = null;
                }
                else if (h.Tingkat == 2 || level2 is null)
                {
                    level2 = level1.Outlines.Add(title, target, false);
                }
                else
                {
                    level2.Outlines.Add(title, target, false);
                }
            }
            if (_bodyStart is { } body)
            {
                var roman = new PdfDictionary(_document);
                roman.Elements["/S"] = new PdfName("/r");
                var arabic = new PdfDictionary(_document);
                arabic.Elements["/S"] = new PdfName("/D");
                var labels = new PdfDictionary(_document);
                labels.Elements["/Nums"] = new PdfArray(_document, new PdfInteger(0), roman, new PdfInteger(body), arabic);
                _document.Internals.Catalog.Elements["/PageLabels"] = labels;
            }
            for (var i = 0; i < count; i++)
            {
                using var g = XGraphics.FromPdfPage(_document.Pages[i]);
                g.DrawString(model.KepalaHalaman ?? model.Judul, _small, XBrushes.Gray, new XRect(Margin, Margin - 4, Width, 10), XStringFormats.TopLeft);
                var halaman = _bodyStart is { } b && i < b ? $"Halaman {Label(i)}" : $"Halaman {Label(i)} dari {count - (_bodyStart ?? 0)}";
                g.DrawString(halaman, _small, XBrushes.Gray,
                    new XRect(Margin, PageHeight - Margin - 10, Width, 10), XStringFormats.TopCenter);
                if (model.Draf)
                {
                    var big = new XFont(BundledFonts.Family, 96, XFontStyleEx.Bold, Unicode);
                    var state = g.Save();
                    g.RotateAtTransform(-30, new XPoint(PageWidth / 2, PageHeight / 2));
                    g.DrawString("DRAF", big, new XSolidBrush(XColor.FromArgb(60, 200, 0, 0)),
                        new XRect(0, 0, PageWidth, PageHeight), XStringFormats.Center);
                    g.Restore(state);
                }
            }
        }

        /// <summary>Words broken inside because they did not fit their column.</summary>
        public List<string> Terpotong { get; } = [];

        private List<string> Wrap(string text, XFont font, double width) => WrapWith(G, text, font, width, Terpotong);

        private static List<string> WrapWith(XGraphics g, string text, XFont font, double width, List<string>? broken = null)
        {
            var result = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (g.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }
                    if (line.Length > 0)
                    {
                        result.Add(line);
                    }
                    line = word;
                    // A single word wider than the column is broken where it must be.
                    if (g.MeasureString(line, font).Width > width)
                    {
                        broken?.Add(word);
                    }
                    while (g.MeasureString(line, font).Width > width && line.Length > 1)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && g.MeasureString(line[..cut], font).Width > width)
                        {
                            cut--;
                        }
                        result.Add(line[..cut]);
                        line = line[cut..];
                    }
                }
                result.Add(line);
            }
            return result;
        }
    }
}

/// <summary>Serves the Liberation Sans faces embedded in the assembly (Dokumen/Fonts, SIL Open Font License) to PDFsharp.</summary>
internal sealed class BundledFonts : IFontResolver
{
    public const string Family = "Liberation Sans";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "LiberationSans-Bold" : "LiberationSans-Regular");

    public byte[]? GetFont(string faceName) => Bytes(faceName);

    public static byte[] Bytes(string faceName)
    {
        var resource = $"Tolok.Dokumen.Fonts.{faceName}.ttf";
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Font {resource} tidak ada di dalam assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
