using System.Globalization;

namespace Tolok.Infrastructure;

/// <summary>
/// Indonesian display formats: 1.234,56; "3 Januari 2024"; times in WITA (UTC+8, Bali; no daylight saving).
/// Built by hand rather than from the id-ID culture so that output does not depend on the machine's ICU data.
/// </summary>
public static class Format
{
    public static readonly string[] NamaBulan =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static readonly TimeSpan OffsetWita = TimeSpan.FromHours(8);

    public static readonly NumberFormatInfo Angka = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    public static string Tanggal(DateOnly tanggal) =>
        $"{tanggal.Day} {NamaBulan[tanggal.Month - 1]} {tanggal.Year}";

    public static string? Tanggal(DateOnly? tanggal) => tanggal is { } t ? Tanggal(t) : null;

    /// <summary>A UTC instant shown in WITA: "3 Januari 2024 14.05 WITA".</summary>
    public static string WaktuWita(DateTime utc)
    {
        var wita = DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(OffsetWita);
        return $"{Tanggal(DateOnly.FromDateTime(wita))} {wita:HH}.{wita:mm} WITA";
    }

    public static string Bilangan(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Angka);

    /// <summary>
    /// A number typed by a user: Indonesian "1.234,56" (points group thousands, comma decimal), or a plain "87.5"
    /// (one point and no comma is a decimal point).
    /// </summary>
    public static bool TryDesimal(string text, out decimal value)
    {
        var t = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (t.Contains(',', StringComparison.Ordinal) || t.Count(c => c == '.') > 1)
        {
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
