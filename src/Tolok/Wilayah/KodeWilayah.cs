using System.Globalization;

namespace Tolok.Wilayah;

/// <summary>Levels of the region tree, and the TPS below the desa.</summary>
public enum Tingkat
{
    Nasional = 0,
    Provinsi = 1,
    Kabupaten = 2,
    Kecamatan = 3,
    Desa = 4,
    Tps = 5,
}

/// <summary>
/// Kemendagri region codes and TPS codes as numbers: the flat Sirekap form (51 · 5101 · 510101 · 5101012001 ·
/// 5101012001001). Each level has its own number of digits (2, 4, 6, 10, 13), so a code says its level, its parent is
/// the code without its last part (an integer division), and a subtree's codes of one level form one range.
/// The nation is 0.
/// </summary>
public static class KodeWilayah
{
    private static readonly int[] Digits = [0, 2, 4, 6, 10, 13];
    private static readonly int[] PartLength = [0, 2, 2, 2, 4, 3];
    private static readonly long[] Pow10 = [.. Enumerable.Range(0, 19).Select(i => (long)Math.Pow(10, i))];

    /// <summary>Reads "51.01.01.2001.001" or "5101012001001" (also "RI" or "0" for the nation).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> text, out long kode)
    {
        kode = 0;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        if (text.Equals("RI", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0"))
        {
            return true;
        }
        var digits = 0;
        var part = 0;
        var level = 1;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (level >= PartLength.Length || part != PartLength[level])
                {
                    return false;
                }
                level++;
                part = 0;
                continue;
            }
            if (c is < '0' or > '9')
            {
                return false;
            }
            kode = kode * 10 + (c - '0');
            digits++;
            part++;
            if (digits > 13)
            {
                return false;
            }
        }
        if (text.Contains('.'))
        {
            return level < PartLength.Length && part == PartLength[level] && kode > 0;
        }
        return Array.IndexOf(Digits, digits) > 0 && text[0] != '0';
    }

    public static Tingkat TingkatOf(long kode) => kode switch
    {
        0 => Tingkat.Nasional,
        >= 10 and <= 99 => Tingkat.Provinsi,
        >= 1_000 and <= 9_999 => Tingkat.Kabupaten,
        >= 100_000 and <= 999_999 => Tingkat.Kecamatan,
        >= 1_000_000_000 and <= 9_999_999_999 => Tingkat.Desa,
        >= 1_000_000_000_000 and <= 9_999_999_999_999 => Tingkat.Tps,
        _ => throw new ArgumentOutOfRangeException(nameof(kode), kode, "bukan kode wilayah atau TPS"),
    };

    /// <summary>The parent: the code without its last part (the nation for a province).</summary>
    public static long Induk(long kode)
    {
        var level = (int)TingkatOf(kode);
        return level <= 1 ? 0 : kode / Pow10[Digits[level] - Digits[level - 1]];
    }

    /// <summary>The ancestor of <paramref name="kode"/> at <paramref name="tingkat"/> (itself when it is at that level).</summary>
    public static long Leluhur(long kode, Tingkat tingkat)
    {
        var level = (int)TingkatOf(kode);
        return (int)tingkat >= level ? kode : tingkat == Tingkat.Nasional ? 0 : kode / Pow10[Digits[level] - Digits[(int)tingkat]];
    }

    /// <summary>True when <paramref name="kode"/> is <paramref name="area"/> or lies below it.</summary>
    public static bool DiDalam(long kode, long area) => area == 0 || Leluhur(kode, TingkatOf(area)) == area;

    /// <summary>All codes of level <paramref name="tingkat"/> below <paramref name="node"/> lie in this inclusive range.</summary>
    public static (long Dari, long Sampai) Rentang(long node, Tingkat tingkat)
    {
        var level = (int)TingkatOf(node);
        if (node == 0)
        {
            return (Pow10[Digits[(int)tingkat] - 1], Pow10[Digits[(int)tingkat]] - 1);
        }
        var scale = Pow10[Digits[(int)tingkat] - Digits[level]];
        return (node * scale, (node + 1) * scale - 1);
    }

    /// <summary>"51.01.01.2001.001"; the nation is "RI".</summary>
    public static string Format(long kode)
    {
        if (kode == 0)
        {
            return "RI";
        }
        var flat = kode.ToString(CultureInfo.InvariantCulture);
        var level = (int)TingkatOf(kode);
        var parts = new List<string>(level);
        var start = 0;
        for (var i = 1; i <= level; i++)
        {
            parts.Add(flat.Substring(start, PartLength[i]));
            start += PartLength[i];
        }
        return string.Join('.', parts);
    }
}
