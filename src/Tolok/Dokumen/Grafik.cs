using System.Globalization;
using System.Net;
using System.Text;

namespace Tolok.Dokumen;

/// <summary>
/// Bar charts as SVG markup, drawn on the server: no script, nothing inline that the Content-Security-Policy
/// refuses, sharp at any zoom and printable. Every label is HTML-encoded.
/// </summary>
public static class Grafik
{
    public sealed record Seri(string Nama, string Warna, IReadOnlyList<decimal?> Nilai);

    /// <summary>Horizontal bars, one group per label, one bar per series; values in percent (0–100).</summary>
    public static string BatangPersen(IReadOnlyList<string> label, IReadOnlyList<Seri> seri, string judul)
    {
        const int labelWidth = 170, barArea = 360, right = 60, barHeight = 14, gap = 8;
        var groupHeight = seri.Count * barHeight + gap;
        var height = 40 + label.Count * groupHeight + 24;
        var width = labelWidth + barArea + right;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(judul)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(judul)}</title>");
        // Legend
        var x = labelWidth;
        foreach (var s in seri)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{s.Warna}\"/><text x=\"{x + 16}\" y=\"16\" font-size=\"11\">{E(s.Nama)}</text>");
            x += 24 + s.Nama.Length * 7;
        }
        // Grid at 0, 25, 50, 75, 100 %
        for (var p = 0; p <= 100; p += 25)
        {
            var gx = labelWidth + barArea * p / 100;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{gx}\" y1=\"30\" x2=\"{gx}\" y2=\"{height - 20}\" stroke=\"#d0d4da\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{gx}\" y=\"{height - 6}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">{p}%</text>");
        }
        for (var i = 0; i < label.Count; i++)
        {
            var y = 36 + i * groupHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + seri.Count * barHeight / 2 + 4}\" font-size=\"11\" text-anchor=\"end\">{E(Truncate(label[i], 26))}</text>");
            for (var j = 0; j < seri.Count; j++)
            {
                var value = seri[j].Nilai[i];
                var by = y + j * barHeight;
                if (value is null)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + 4}\" y=\"{by + 11}\" font-size=\"10\" fill=\"#777\">tidak ada data</text>");
                    continue;
                }
                var w = Math.Max(0, Math.Min(barArea, (double)value.Value * barArea / 100));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{by}\" width=\"{w:0.#}\" height=\"{barHeight - 2}\" fill=\"{seri[j].Warna}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 4:0.#}\" y=\"{by + 10}\" font-size=\"10\">{E(Infrastructure.Format.Bilangan(value.Value, 2))}%</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// A small column chart of a value over the years (the dashboard's trend): one column per year scaled to the
    /// largest value, the value above it, the year below; a year without data says so instead of drawing 0.
    /// </summary>
    public static string Tren(IReadOnlyList<(int Tahun, decimal? Nilai)> titik, string judul)
    {
        const int columnWidth = 44, chartHeight = 40, top = 14, bottom = 14;
        var width = Math.Max(1, titik.Count) * columnWidth;
        var height = top + chartHeight + bottom;
        var max = titik.Max(t => t.Nilai) is { } m && m > 0 ? m : 1;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tren\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(judul)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(judul)}</title>");
        for (var i = 0; i < titik.Count; i++)
        {
            var (tahun, nilai) = titik[i];
            var cx = i * columnWidth + columnWidth / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{height - 2}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">{tahun}</text>");
            if (nilai is not { } v)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{top + chartHeight - 2}\" font-size=\"9\" text-anchor=\"middle\" fill=\"#999\">t.a.d.</text>");
                continue;
            }
            var h = Math.Max(1, (double)(v / max) * chartHeight);
            var last = i == titik.Count - 1;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{cx - 12}\" y=\"{top + chartHeight - h:0.#}\" width=\"24\" height=\"{h:0.#}\" fill=\"{(last ? "#0b4f8a" : "#8fb3d9")}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{top + chartHeight - h - 3:0.#}\" font-size=\"9\" text-anchor=\"middle\">{E(Infrastructure.Format.Bilangan(v, v == Math.Round(v) ? 0 : 1))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
