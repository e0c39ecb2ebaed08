using System.Globalization;
using System.Net;
using System.Text;

namespace Tolok.Dokumen;

/// <summary>
/// Charts drawn from one layout: the chart is computed once as shapes (boxes, lines, texts in points), then painted
/// as SVG for the web page, as vector graphics in the PDF and as a print-resolution image in the DOCX. So the page
/// and the documents show the same chart. Every label is encoded where it is painted.
/// </summary>
public static class Grafik
{
    public sealed record Seri(string Nama, string Warna, IReadOnlyList<decimal?> Nilai);

    public abstract record Bentuk;

    public sealed record Kotak(double X, double Y, double Lebar, double Tinggi, string Warna) : Bentuk;

    public sealed record Garis(double X1, double Y1, double X2, double Y2, string Warna) : Bentuk;

    /// <summary>Text whose baseline is at <see cref="Y"/>; <see cref="Jangkar"/> is start, middle or end.</summary>
    public sealed record Tulisan(double X, double Y, string Teks, double Ukuran, string Jangkar, string Warna) : Bentuk;

    /// <summary>A laid-out chart: its size in points and its shapes.</summary>
    public sealed record Tata(string Judul, double Lebar, double Tinggi, IReadOnlyList<Bentuk> Bentuk);

    /// <summary>Horizontal bars, one group per label, one bar per series; values in percent (0–100, longer bars are clipped).</summary>
    public static Tata TataBatangPersen(IReadOnlyList<string> label, IReadOnlyList<Seri> seri, string judul)
    {
        const int labelWidth = 170, barArea = 360, right = 60, barHeight = 14, gap = 8;
        var groupHeight = seri.Count * barHeight + gap;
        var height = 40 + label.Count * groupHeight + 24;
        var width = labelWidth + barArea + right;
        var shapes = new List<Bentuk>();
        double x = labelWidth;
        foreach (var s in seri)
        {
            shapes.Add(new Kotak(x, 6, 12, 12, s.Warna));
            shapes.Add(new Tulisan(x + 16, 16, s.Nama, 11, "start", "#000000"));
            x += 24 + s.Nama.Length * 7;
        }
        for (var p = 0; p <= 100; p += 25)
        {
            var gx = labelWidth + barArea * p / 100.0;
            shapes.Add(new Garis(gx, 30, gx, height - 20, "#d0d4da"));
            shapes.Add(new Tulisan(gx, height - 6, $"{p}%", 10, "middle", "#555555"));
        }
        for (var i = 0; i < label.Count; i++)
        {
            var y = 36 + i * groupHeight;
            shapes.Add(new Tulisan(labelWidth - 6, y + seri.Count * barHeight / 2.0 + 4, Truncate(label[i], 26), 11, "end", "#000000"));
            for (var j = 0; j < seri.Count; j++)
            {
                var value = seri[j].Nilai[i];
                var by = y + j * barHeight;
                if (value is null)
                {
                    shapes.Add(new Tulisan(labelWidth + 4, by + 11, "belum ada data", 10, "start", "#595959"));
                    continue;
                }
                var w = Math.Max(0, Math.Min(barArea, (double)value.Value * barArea / 100));
                shapes.Add(new Kotak(labelWidth, by, w, barHeight - 2, seri[j].Warna));
                shapes.Add(new Tulisan(labelWidth + w + 4, by + 10, Infrastructure.Format.Bilangan(value.Value, 2) + "%", 10, "start", "#000000"));
            }
        }
        return new Tata(judul, width, height, shapes);
    }

    /// <summary>
    /// A small column chart of a value over the years (the dashboard's trend): one column per year scaled to the
    /// largest value, the value above it, the year below; a year without data says so instead of drawing 0.
    /// </summary>
    public static Tata TataTren(IReadOnlyList<(int Tahun, decimal? Nilai)> titik, string judul)
    {
        const int columnWidth = 44, chartHeight = 40, top = 14, bottom = 14;
        var width = Math.Max(1, titik.Count) * columnWidth;
        var height = top + chartHeight + bottom;
        var max = titik.Max(t => t.Nilai) is { } m && m > 0 ? m : 1;
        var shapes = new List<Bentuk>();
        for (var i = 0; i < titik.Count; i++)
        {
            var (tahun, nilai) = titik[i];
            var cx = i * columnWidth + columnWidth / 2.0;
            shapes.Add(new Tulisan(cx, height - 2, tahun.ToString(CultureInfo.InvariantCulture), 10, "middle", "#555555"));
            if (nilai is not { } v)
            {
                shapes.Add(new Tulisan(cx, top + chartHeight - 2, "t.a.d.", 9, "middle", "#595959"));
                continue;
            }
            var h = Math.Max(1, (double)(v / max) * chartHeight);
            shapes.Add(new Kotak(cx - 12, top + chartHeight - h, 24, h, i == titik.Count - 1 ? "#0b4f8a" : "#8fb3d9"));
            shapes.Add(new Tulisan(cx, top + chartHeight - h - 3, Infrastructure.Format.Bilangan(v, v == Math.Round(v) ? 0 : 1), 9, "middle", "#000000"));
        }
        return new Tata(judul, width, height, shapes);
    }

    /// <summary>One box of an organisation chart: the unit (or position) and the official's name, and whom it reports to.</summary>
    public sealed record Simpul(int Id, int? Atasan, string Unit, string Nama);

    /// <summary>
    /// An organisation chart (issue 16): the units and officials as boxes in levels from the top, each joined to its
    /// superior by an elbow line. Text that does not fit a box is shortened with "…".
    /// </summary>
    public static Tata TataBagan(IReadOnlyList<Simpul> simpul, string judul)
    {
        const double width = 520, boxHeight = 34, gap = 26, margin = 4;
        var ids = simpul.Select(s => s.Id).ToHashSet();
        var level = new Dictionary<int, int>();
        int Level(Simpul s, int depth = 0) => level.TryGetValue(s.Id, out var l) ? l
            : level[s.Id] = s.Atasan is { } a && ids.Contains(a) && depth < 20 ? Level(simpul.First(x => x.Id == a), depth + 1) + 1 : 0;
        foreach (var s in simpul)
        {
            Level(s);
        }
        // Levels as rows in order (a gap in levels never leaves an empty row).
        var rows = simpul.GroupBy(s => level[s.Id]).OrderBy(g => g.Key).Select((g, i) => (Key: i, Items: g.ToList())).ToList();
        var height = rows.Count * (boxHeight + gap) - gap + 2 * margin;
        var shapes = new List<Bentuk>();
        var centre = new Dictionary<int, (double X, double Top)>();
        foreach (var row in rows)
        {
            // Children under the order of their superiors, so that lines cross as little as possible.
            var items = row.Items.OrderBy(s => s.Atasan is { } a && centre.TryGetValue(a, out var c) ? c.X : 0).ToList();
            var slot = (width - 2 * margin) / items.Count;
            var boxWidth = Math.Min(150, slot - 8);
            var y = margin + row.Key * (boxHeight + gap);
            for (var i = 0; i < items.Count; i++)
            {
                var x = margin + i * slot + (slot - boxWidth) / 2;
                centre[items[i].Id] = (x + boxWidth / 2, y);
                shapes.Add(new Kotak(x, y, boxWidth, boxHeight, "#0b4f8a"));
                shapes.Add(new Kotak(x + 1, y + 1, boxWidth - 2, boxHeight - 2, "#ffffff"));
                var chars = (int)(boxWidth / 3.9);
                shapes.Add(new Tulisan(x + boxWidth / 2, y + 14, Pendek(items[i].Unit, chars), 7.5, "middle", "#000000"));
                shapes.Add(new Tulisan(x + boxWidth / 2, y + 26, Pendek(items[i].Nama, chars), 7, "middle", "#333333"));
            }
        }
        foreach (var s in simpul)
        {
            if (s.Atasan is { } a && centre.TryGetValue(a, out var parent) && centre.TryGetValue(s.Id, out var child) && level[s.Id] > level[a])
            {
                var mid = child.Top - gap / 2;
                shapes.Add(new Garis(parent.X, parent.Top + boxHeight, parent.X, mid, "#333333"));
                shapes.Add(new Garis(parent.X, mid, child.X, mid, "#333333"));
                shapes.Add(new Garis(child.X, mid, child.X, child.Top, "#333333"));
            }
        }
        return new Tata(judul, width, height, shapes);
    }

    private static string Pendek(string text, int chars) => text.Length <= chars ? text : text[..Math.Max(1, chars - 1)] + "…";

    public static string BatangPersen(IReadOnlyList<string> label, IReadOnlyList<Seri> seri, string judul) =>
        Svg(TataBatangPersen(label, seri, judul), "grafik");

    public static string Tren(IReadOnlyList<(int Tahun, decimal? Nilai)> titik, string judul) => Svg(TataTren(titik, judul), "tren");

    /// <summary>A standalone SVG file (for DOCX): its size in points and the documents' font.</summary>
    public static string SvgBerkas(Tata tata) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + Svg(tata, "grafik", FormattableString.Invariant($" width=\"{tata.Lebar:0.#}pt\" height=\"{tata.Tinggi:0.#}pt\" font-family=\"Arial, Liberation Sans, sans-serif\""));

    /// <summary>SVG markup: attributes only (no style attributes, which the Content-Security-Policy refuses).</summary>
    public static string Svg(Tata tata, string cssClass, string extra = "")
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{cssClass}\" viewBox=\"0 0 {tata.Lebar:0.#} {tata.Tinggi:0.#}\"{extra} role=\"img\" aria-label=\"{E(tata.Judul)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(tata.Judul)}</title>");
        foreach (var b in tata.Bentuk)
        {
            switch (b)
            {
                case Kotak k:
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{k.X:0.#}\" y=\"{k.Y:0.#}\" width=\"{k.Lebar:0.#}\" height=\"{k.Tinggi:0.#}\" fill=\"{k.Warna}\"/>");
                    break;
                case Garis g:
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{g.X1:0.#}\" y1=\"{g.Y1:0.#}\" x2=\"{g.X2:0.#}\" y2=\"{g.Y2:0.#}\" stroke=\"{g.Warna}\" stroke-width=\"1\"/>");
                    break;
                case Tulisan t:
                    var anchor = t.Jangkar == "start" ? "" : $" text-anchor=\"{t.Jangkar}\"";
                    var fill = t.Warna == "#000000" ? "" : $" fill=\"{t.Warna}\"";
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{t.X:0.#}\" y=\"{t.Y:0.#}\" font-size=\"{t.Ukuran:0.#}\"{anchor}{fill}>{E(t.Teks)}</text>");
                    break;
                default:
                    throw new NotSupportedException(b.GetType().Name);
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart as a PNG (for DOCX), drawn with the same font as the PDF.</summary>
    public static byte[] Png(Tata tata, int dpi)
    {
        var scale = dpi / 72.0f;
        var info = new SkiaSharp.SKImageInfo((int)Math.Ceiling(tata.Lebar * scale), (int)Math.Ceiling(tata.Tinggi * scale));
        using var surface = SkiaSharp.SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SkiaSharp.SKColors.White);
        canvas.Scale(scale);
        using var typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(BundledFonts.Bytes("LiberationSans-Regular")));
        using var fill = new SkiaSharp.SKPaint { IsAntialias = true, Style = SkiaSharp.SKPaintStyle.Fill };
        using var stroke = new SkiaSharp.SKPaint { IsAntialias = true, Style = SkiaSharp.SKPaintStyle.Stroke, StrokeWidth = 1 };
        foreach (var b in tata.Bentuk)
        {
            switch (b)
            {
                case Kotak k:
                    fill.Color = SkiaSharp.SKColor.Parse(k.Warna);
                    canvas.DrawRect((float)k.X, (float)k.Y, (float)k.Lebar, (float)k.Tinggi, fill);
                    break;
                case Garis g:
                    stroke.Color = SkiaSharp.SKColor.Parse(g.Warna);
                    canvas.DrawLine((float)g.X1, (float)g.Y1, (float)g.X2, (float)g.Y2, stroke);
                    break;
                case Tulisan t:
                    using (var font = new SkiaSharp.SKFont(typeface, (float)t.Ukuran))
                    {
                        fill.Color = SkiaSharp.SKColor.Parse(t.Warna);
                        var align = t.Jangkar switch { "middle" => SkiaSharp.SKTextAlign.Center, "end" => SkiaSharp.SKTextAlign.Right, _ => SkiaSharp.SKTextAlign.Left };
                        canvas.DrawText(t.Teks, (float)t.X, (float)t.Y, align, font, fill);
                    }
                    break;
                default:
                    throw new NotSupportedException(b.GetType().Name);
            }
        }
        // Flat colours compress well even at the fastest zlib level; a tall chart is several megapixels at 300 dpi.
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(new SkiaSharp.SKPngEncoderOptions(SkiaSharp.SKPngEncoderFilterFlags.NoFilters, 1))
            ?? throw new InvalidOperationException("PNG grafik tidak dapat dibuat.");
        return data.ToArray();
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
