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
    public long Id { get; set; }
    public int PemilihanId { get; set; }
    public required string SuratSuara { get; set; }
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

/// <summary>30 values as little-endian int32, -1 for "not reported".</summary>
public static class NilaiCodec
{
    public static byte[] Encode(ReadOnlySpan<int> values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }
        return bytes;
    }

    public static int?[] Decode(ReadOnlySpan<byte> bytes)
    {
        var values = new int?[Kolom.Jumlah];
        for (var i = 0; i < values.Length && (i + 1) * 4 <= bytes.Length; i++)
        {
            var v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
            values[i] = v < 0 ? null : v;
        }
        return values;
    }

    public static void DecodeRaw(ReadOnlySpan<byte> bytes, Span<int> into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = (i + 1) * 4 <= bytes.Length ? System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]) : -1;
        }
    }
}

internal sealed class DataTpsConfiguration : IEntityTypeConfiguration<DataTps>
{
    public void Configure(EntityTypeBuilder<DataTps> builder)
    {
        builder.ToTable("data_tps");
        builder.Property(d => d.Id).HasColumnName("id");
        builder.Property(d => d.PemilihanId).HasColumnName("pemilihan_id");
        builder.Property(d => d.SuratSuara).HasColumnName("surat_suara").HasMaxLength(20);
        builder.Property(d => d.Kode).HasColumnName("kode");
        builder.Property(d => d.NilaiMentah).HasColumnName("nilai");
        builder.Property(d => d.Status).HasColumnName("status");
        builder.Property(d => d.Pelanggaran).HasColumnName("pelanggaran").HasMaxLength(500);
        builder.Property(d => d.ImporId).HasColumnName("impor_id");
        builder.Property(d => d.DiubahPada).HasColumnName("diubah_pada");
        builder.Ignore(d => d.Nilai);
        builder.HasIndex(d => new { d.PemilihanId, d.SuratSuara, d.Kode }).IsUnique();
        builder.HasOne<Pemilihan.Pemilihan>().WithMany().HasForeignKey(d => d.PemilihanId).OnDelete(DeleteBehavior.Cascade);
    }
}
