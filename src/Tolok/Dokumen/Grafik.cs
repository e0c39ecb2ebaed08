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

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
