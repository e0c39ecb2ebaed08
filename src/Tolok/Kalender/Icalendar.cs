using System.Globalization;
using System.Text;

namespace Tolok.Kalender;

/// <summary>
/// Writes obligations as an iCalendar (RFC 5545) feed: one all-day VEVENT per occurrence with a stable UID (so a
/// calendar that re-reads the feed updates the event instead of adding a second), text escaped (§3.3.11) and lines
/// folded at 75 octets without splitting a UTF-8 character (§3.1), CRLF line ends.
/// </summary>
public static class Icalendar
{
    public static string Tulis(IEnumerable<KewajibanDto> daftar, string namaKalender, string alamatDasar, DateTime sekarangUtc)
    {
        var sb = new StringBuilder();
        var stamp = sekarangUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Baris(sb, "BEGIN:VCALENDAR");
        Baris(sb, "VERSION:2.0");
        Baris(sb, "PRODID:-//KPU//Tolok SAKIP//ID");
        Baris(sb, "CALSCALE:GREGORIAN");
        Baris(sb, "METHOD:PUBLISH");
        Baris(sb, "X-WR-CALNAME:" + Teks(namaKalender));
        Baris(sb, "X-WR-TIMEZONE:Asia/Makassar");
        foreach (var k in daftar)
        {
            var url = alamatDasar.TrimEnd('/') + k.Halaman;
            Baris(sb, "BEGIN:VEVENT");
            Baris(sb, "UID:" + Teks(k.Uid));
            Baris(sb, "DTSTAMP:" + stamp);
            Baris(sb, "DTSTART;VALUE=DATE:" + Tanggal(k.Tanggal));
            Baris(sb, "DTEND;VALUE=DATE:" + Tanggal(k.Tanggal.AddDays(1)));
            Baris(sb, "SUMMARY:" + Teks($"{k.Judul} ({k.Satker})"));
            Baris(sb, "DESCRIPTION:" + Teks($"Tenggat {k.Judul}, satker {k.Satker}.{(k.Selesai == true ? " Sudah selesai." : "")}\nKerjakan di Tolok: {url}"));
            Baris(sb, "URL:" + url);
            Baris(sb, "CATEGORIES:SAKIP");
            Baris(sb, "STATUS:CONFIRMED");
            Baris(sb, "TRANSP:TRANSPARENT");
            Baris(sb, "END:VEVENT");
        }
        Baris(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    private static string Tanggal(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT value escaping: backslash, semicolon, comma and line breaks.</summary>
    public static string Teks(string s) => new string([.. s.Where(c => !char.IsControl(c) || c is '\r' or '\n')])
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line folded at 75 octets: continuation lines begin with one space.</summary>
    private static void Baris(StringBuilder sb, string baris)
    {
        var batas = 75;
        var oktet = 0;
        for (var i = 0; i < baris.Length; i++)
        {
            var lebar = char.IsHighSurrogate(baris[i]) && i + 1 < baris.Length ? 4 : Encoding.UTF8.GetByteCount(baris.AsSpan(i, 1));
            if (oktet + lebar > batas)
            {
                sb.Append("\r\n ");
                oktet = 1;
                batas = 75;
            }
            sb.Append(baris[i]);
            if (lebar == 4)
            {
                sb.Append(baris[++i]);
            }
            oktet += lebar;
        }
        sb.Append("\r\n");
    }
}
