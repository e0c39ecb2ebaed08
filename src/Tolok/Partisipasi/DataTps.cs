using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Partisipasi;

/// <summary>
/// The reported values of one TPS, or of one region from a recap form (D.Hasil), for one ballot.
/// The 30 values (<see cref="Kolom.Semua"/>) are stored together in one column, <c>nilai</c> (see
/// docs/decisions.md: measured import speed); <see cref="Nilai"/> gives them with null for "not reported".
/// </summary>
public class DataTps
{
    /// <summary>The ballot (<see cref="Pemilihan.SuratSuara"/>) of an election.</summary>
    public int SuratSuaraId { get; set; }
    /// <summary>Flat code (<see cref="Wilayah.KodeWilayah"/>): a TPS (13 digits) or a region.</summary>
    public long Kode { get; set; }
    public byte[] NilaiMentah { get; set; } = [];
    public StatusTps Status { get; set; }
    /// <summary>Codes of the validation rules this row breaks, comma-separated.</summary>
    public string? Pelanggaran { get; set; }
    public int? ImporId { get; set; }
    public DateTime DiubahPada { get; set; }

    public int?[] Nilai => NilaiCodec.Decode(NilaiMentah);
}

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
}

/// <summary>
/// The 30 values packed as unsigned LEB128 varints of value + 1 (0 = not reported): most counts of a TPS take one or
/// two bytes, so a row stores in about 45 bytes instead of 120.
/// </summary>
public static class NilaiCodec
{
    public static byte[] Encode(ReadOnlySpan<int> values)
    {
        Span<byte> buffer = stackalloc byte[values.Length * 5];
        var n = 0;
        foreach (var value in values)
        {
            var x = (uint)(value < 0 ? 0 : value + 1);
            while (x >= 0x80)
            {
                buffer[n++] = (byte)(x | 0x80);
                x >>= 7;
            }
            buffer[n++] = (byte)x;
        }
        return buffer[..n].ToArray();
    }

    public static int?[] Decode(ReadOnlySpan<byte> bytes)
    {
        Span<int> raw = stackalloc int[Kolom.Jumlah];
        DecodeRaw(bytes, raw);
        var values = new int?[Kolom.Jumlah];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = raw[i] < 0 ? null : raw[i];
        }
        return values;
    }

    /// <summary>Decodes into <paramref name="into"/> with -1 for "not reported".</summary>
    public static void DecodeRaw(ReadOnlySpan<byte> bytes, Span<int> into)
    {
        var p = 0;
        for (var i = 0; i < into.Length; i++)
        {
            if (p >= bytes.Length)
            {
                into[i] = -1;
                continue;
            }
            uint x = 0;
            var shift = 0;
            byte b;
            do
            {
                b = bytes[p++];
                x |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0 && p < bytes.Length);
            into[i] = (int)x - 1;
        }
    }
}

internal sealed class DataTpsConfiguration : IEntityTypeConfiguration<DataTps>
{
    public void Configure(EntityTypeBuilder<DataTps> builder)
    {
        builder.ToTable("data_tps");
        builder.HasKey(d => new { d.SuratSuaraId, d.Kode });
        builder.Property(d => d.SuratSuaraId).HasColumnName("surat_suara_id");
        builder.Property(d => d.Kode).HasColumnName("kode");
        builder.Property(d => d.NilaiMentah).HasColumnName("nilai");
        builder.Property(d => d.Status).HasColumnName("status");
        builder.Property(d => d.Pelanggaran).HasColumnName("pelanggaran").HasMaxLength(500);
        builder.Property(d => d.ImporId).HasColumnName("impor_id");
        builder.Property(d => d.DiubahPada).HasColumnName("diubah_pada");
        builder.Ignore(d => d.Nilai);
        builder.HasOne<Pemilihan.SuratSuara>().WithMany().HasForeignKey(d => d.SuratSuaraId).OnDelete(DeleteBehavior.Cascade);
    }
}
