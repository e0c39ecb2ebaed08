using System.Globalization;

namespace Tolok.Infrastructure;

/// <summary>
/// Indonesian display formats: 1.234,56; "3 Januari 2024"; times in WITA (UTC+8, Bali; no daylight saving).
/// Built by hand rather than from the id-ID culture so that output does not depend on the machine's ICU data.
/// </summary>
public static partial class Format
{
    public static readonly string[] NamaBulan =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static readonly TimeSpan OffsetWita = TimeSpan.FromHours(8);

    /// <summary>Today's date in WITA, the office's day.</summary>
    public static DateOnly HariIni(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.Add(OffsetWita));

    public static readonly NumberFormatInfo Angka = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    /// <summary>
    /// A value quoted back in a message: at most <paramref name="maks"/> characters (then "…"), control characters as
    /// spaces, so that a 10 MB cell is not echoed back and a message stays one line.
    /// </summary>
    public static string Potong(string? nilai, int maks = 100)
    {
        if (string.IsNullOrEmpty(nilai))
        {
            return "";
        }
        var bagian = nilai.Length > maks ? nilai.AsSpan(0, maks) : nilai.AsSpan();
        var hasil = string.Create(bagian.Length, bagian.ToString(), (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsControl(s[i]) ? ' ' : s[i];
            }
        });
        return nilai.Length > maks ? hasil + "…" : hasil;
    }

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

    /// <summary>A measured value as shown: whole numbers without decimals, others with two ("80", "80,92").</summary>
    public static string Ringkas(decimal value) => Bilangan(value, value == decimal.Truncate(value) ? 0 : 2);

    /// <summary>A target or realisation as shown: a number (with "%" for a percentage IKU), a label, or "—".</summary>
    public static string Nilai(object? value, string? satuan) => value switch
    {
        null => "—",
        decimal d => Ringkas(d) + (satuan == "%" ? "%" : ""),
        string s => s,
        _ => value.ToString() ?? "—",
    };

    /// <summary>A percentage with two decimals ("80,92%"), or <paramref name="kosong"/> when it cannot be computed.</summary>
    public static string Persen(decimal? value, string kosong = "—") => value is { } v ? Bilangan(v, 2) + "%" : kosong;

    /// <summary>
    /// The one input rule for a number a person types or an XLSX cell holds as text, the Indonesian way: a comma before
    /// the decimals, points only between groups of three digits: "72,5", "1.234,5", "1234", "-3". Anything else is
    /// refused, an ambiguous "72.5" included (decimal point, or a thousands point misplaced?), so that no value is ever
    /// stored as something the person did not mean.
    /// </summary>
    public static bool TryDesimal(string? text, out decimal value)
    {
        value = 0;
        var t = text?.Trim() ?? "";
        if (!AngkaIndonesia().IsMatch(t))
        {
            return false;
        }
        return decimal.TryParse(t.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Why <paramref name="text"/> is not a number, for the message that names the field.</summary>
    public static string GalatDesimal(string? text) =>
        $"\"{Potong(text)}\" bukan angka yang dapat dibaca: tulis koma sebelum desimal (72,5) dan titik hanya sebagai pemisah ribuan (1.234,5).";

    /// <summary>A user's value quoted back in a message: at most 40 characters.</summary>
    public static string Potong(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A number written for a form field: Indonesian, no grouping, as many decimals as it has.</summary>
    public static string Isian(decimal? value) =>
        value is { } v ? v.ToString("0.##########", Angka) : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex AngkaIndonesia();
}
