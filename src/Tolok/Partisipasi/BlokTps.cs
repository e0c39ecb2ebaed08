using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// The stored participation data of one ballot, one row per desa: all the TPS of the desa packed together
/// (<see cref="BlokCodec"/>), or, for a region reported as a whole by a recap form (D.Hasil), that region's own
/// entry. A nation has 820.161 TPS but 83.762 desa; storing per desa is what makes a national import fit its time
/// budget (docs/benchmarks.md), and a desa is also what the pages show at once.
/// </summary>
public class BlokTps
{
    public int SuratSuaraId { get; set; }
    /// <summary>The desa whose TPS the block holds, or the region whose own recap row it holds.</summary>
    public long Kode { get; set; }
    /// <summary>True when the block holds the region's own recap row rather than TPS.</summary>
    public bool Rekap { get; set; }
    public byte[] Isi { get; set; } = [];
    public int JumlahEntri { get; set; }
    /// <summary>Entries whose status is tidak-valid or peringatan, so anomaly lists skip clean blocks.</summary>
    public int JumlahBermasalah { get; set; }
    public int? ImporId { get; set; }
    public DateTime DiubahPada { get; set; }

    public List<EntriTps> Entri() => BlokCodec.Decode(Kode, Isi);
}

/// <summary>One TPS (or one region's recap row): code, 30 values (-1 = not reported), status, broken rules.</summary>
public sealed record EntriTps(long Kode, int[] Nilai, StatusTps Status, string? Pelanggaran);

/// <summary>Where one entry lies in a packed block: its code and status, and its bytes' start and length.</summary>
public readonly record struct LetakEntri(long Kode, StatusTps Status, int Awal, int Panjang);

/// <summary>Outcome of the validation rules for a row.</summary>
public enum StatusTps : byte
{
    Valid = 0,
    Peringatan = 1,
    TidakValid = 2,
    TidakAdaData = 3,
}

public static class StatusTpsNames
{
    public static string Nama(this StatusTps s) => s switch
    {
        StatusTps.Valid => "valid",
        StatusTps.Peringatan => "peringatan",
        StatusTps.TidakValid => "tidak-valid",
        _ => "tidak-ada-data",
    };

    public static bool Bermasalah(this StatusTps s) => s is StatusTps.TidakValid or StatusTps.Peringatan;
}

/// <summary>
/// Packs entries as unsigned LEB128 varints: the entry count; then per entry the TPS number within the desa
/// (0 for a region's own row), the status, the broken rules (length + UTF-8), and the 30 values as value + 1
/// (0 = not reported). A TPS takes about 40 bytes.
/// </summary>
public static class BlokCodec
{
    public static byte[] Encode(long blok, IReadOnlyList<EntriTps> entries) =>
        Join([.. entries.Select(e => EncodeEntri(blok, e.Kode, e.Nilai, e.Status, e.Pelanggaran))]);

    /// <summary>One entry: its number within the block, status, broken rules, values.</summary>
    public static byte[] EncodeEntri(long blok, long kode, ReadOnlySpan<int> values, StatusTps status, string? rules)
    {
        var max = MaxEntri(values.Length, rules);
        Span<byte> buffer = max <= 1024 ? stackalloc byte[max] : new byte[max];
        return buffer[..TulisEntri(buffer, blok, kode, values, status, rules)].ToArray();
    }

    /// <summary>The most bytes an entry of these values and broken rules can take.</summary>
    public static int MaxEntri(int values, string? rules) =>
        Varint.MaxBytes * 3 + values * 5 + (rules is null ? 0 : System.Text.Encoding.UTF8.GetMaxByteCount(rules.Length));

    /// <summary>Writes one entry (as <see cref="EncodeEntri"/>) into <paramref name="buffer"/> and gives its length.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int TulisEntri(Span<byte> buffer, long blok, long kode, ReadOnlySpan<int> values, StatusTps status, string? rules)
    {
        var n = 0;
        Varint.Write(buffer, ref n, kode == blok ? 0 : (ulong)(kode - blok * 1000));
        Varint.Write(buffer, ref n, (ulong)status);
        if (rules is null)
        {
            buffer[n++] = 0;
        }
        else
        {
            var rulesLength = System.Text.Encoding.UTF8.GetByteCount(rules);
            Varint.Write(buffer, ref n, (ulong)rulesLength);
            n += System.Text.Encoding.UTF8.GetBytes(rules, buffer[n..]);
        }
        foreach (var v in values)
        {
            Varint.Write(buffer, ref n, v < 0 ? 0 : (ulong)v + 1);
        }
        return n;
    }

    /// <summary>A block from encoded entries (in code order): their count, then the entries.</summary>
    public static byte[] Join(IReadOnlyList<byte[]> entries)
    {
        Span<byte> count = stackalloc byte[10];
        var c = 0;
        Varint.Write(count, ref c, (ulong)entries.Count);
        var result = new byte[c + entries.Sum(e => e.Length)];
        count[..c].CopyTo(result);
        var at = c;
        foreach (var e in entries)
        {
            e.CopyTo(result, at);
            at += e.Length;
        }
        return result;
    }

    public static List<EntriTps> Decode(long blok, ReadOnlySpan<byte> bytes)
    {
        var p = 0;
        var count = (int)Varint.Read(bytes, ref p);
        var list = new List<EntriTps>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadEntri(blok, bytes, ref p));
        }
        return list;
    }

    /// <summary>One entry made by <see cref="EncodeEntri"/>.</summary>
    public static EntriTps DecodeEntri(long blok, ReadOnlySpan<byte> entry)
    {
        var p = 0;
        return ReadEntri(blok, entry, ref p);
    }

    private static EntriTps ReadEntri(long blok, ReadOnlySpan<byte> bytes, ref int p)
    {
        var n = Varint.Read(bytes, ref p);
        var status = (StatusTps)Varint.Read(bytes, ref p);
        var length = (int)Varint.Read(bytes, ref p);
        var rules = length == 0 ? null : System.Text.Encoding.UTF8.GetString(bytes.Slice(p, length));
        p += length;
        var values = new int[Kolom.Jumlah];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = (int)Varint.Read(bytes, ref p) - 1;
        }
        return new EntriTps(n == 0 ? blok : blok * 1000 + (long)n, values, status, rules);
    }

    /// <summary>Where each entry of a packed block lies (code, status, start, length), found without decoding its values.</summary>
    public static List<LetakEntri> Letak(long blok, ReadOnlySpan<byte> bytes)
    {
        var p = 0;
        var count = (int)Varint.Read(bytes, ref p);
        var list = new List<LetakEntri>(count);
        for (var i = 0; i < count; i++)
        {
            var awal = p;
            var n = Varint.Read(bytes, ref p);
            var status = (StatusTps)Varint.Read(bytes, ref p);
            var panjangAturan = (int)Varint.Read(bytes, ref p); // read first: "p += Read(ref p)" would add to the old p
            p += panjangAturan;
            for (var j = 0; j < Kolom.Jumlah; j++)
            {
                while ((bytes[p++] & 0x80) != 0)
                {
                }
            }
            list.Add(new LetakEntri(n == 0 ? blok : blok * 1000 + (long)n, status, awal, p - awal));
        }
        return list;
    }

    /// <summary>The values of one packed entry (−1 = not reported) into <paramref name="values"/>.</summary>
    public static void BacaNilai(ReadOnlySpan<byte> entry, Span<int> values)
    {
        var p = 0;
        Varint.Read(entry, ref p);
        Varint.Read(entry, ref p);
        var panjangAturan = (int)Varint.Read(entry, ref p);
        p += panjangAturan;
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = (int)Varint.Read(entry, ref p) - 1;
        }
    }

    /// <summary>A block made of packed entries (slices of other blocks of the same key), in the order given.</summary>
    public static byte[] Susun(IReadOnlyList<(byte[] Sumber, LetakEntri Letak)> entries)
    {
        Span<byte> count = stackalloc byte[Varint.MaxBytes];
        var c = 0;
        Varint.Write(count, ref c, (ulong)entries.Count);
        var length = c;
        foreach (var (_, letak) in entries)
        {
            length += letak.Panjang;
        }
        var result = new byte[length];
        count[..c].CopyTo(result);
        var at = c;
        foreach (var (sumber, letak) in entries)
        {
            sumber.AsSpan(letak.Awal, letak.Panjang).CopyTo(result.AsSpan(at));
            at += letak.Panjang;
        }
        return result;
    }

    /// <summary>The 30 values of one row alone (history rows), in the same varint form.</summary>
    public static byte[] EncodeNilai(ReadOnlySpan<int> values)
    {
        Span<byte> buffer = stackalloc byte[values.Length * Varint.MaxBytes];
        var n = 0;
        foreach (var v in values)
        {
            Varint.Write(buffer, ref n, v < 0 ? 0 : (ulong)v + 1);
        }
        return buffer[..n].ToArray();
    }

    public static int?[] DecodeNilai(ReadOnlySpan<byte> bytes)
    {
        var p = 0;
        var values = new int?[Kolom.Jumlah];
        for (var j = 0; j < values.Length && p < bytes.Length; j++)
        {
            var x = (long)Varint.Read(bytes, ref p) - 1;
            values[j] = x < 0 ? null : (int)x;
        }
        return values;
    }

    /// <summary>The block a row belongs to: the desa of a TPS, the region itself for a recap row.</summary>
    public static long BlokOf(long kode) => KodeWilayah.TingkatOf(kode) == Tingkat.Tps ? KodeWilayah.Induk(kode) : kode;
}

internal sealed class BlokTpsConfiguration : IEntityTypeConfiguration<BlokTps>
{
    public void Configure(EntityTypeBuilder<BlokTps> builder)
    {
        builder.ToTable("blok_tps");
        builder.HasKey(d => new { d.SuratSuaraId, d.Kode });
        builder.Property(d => d.SuratSuaraId).HasColumnName("surat_suara_id");
        builder.Property(d => d.Kode).HasColumnName("kode");
        builder.Property(d => d.Rekap).HasColumnName("rekap");
        builder.Property(d => d.Isi).HasColumnName("isi");
        builder.Property(d => d.JumlahEntri).HasColumnName("jumlah_entri");
        builder.Property(d => d.JumlahBermasalah).HasColumnName("jumlah_bermasalah");
        builder.Property(d => d.ImporId).HasColumnName("impor_id");
        builder.Property(d => d.DiubahPada).HasColumnName("diubah_pada");
        // No foreign key to the ballot: PostgreSQL checks one per copied row (0,3 s per national import and table,
        // measured); the importer finds the ballot first in the same transaction and ballots are never deleted (decision 60).
    }
}
