using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Partisipasi;

/// <summary>One import of participation data: who, when, which file, what it changed.</summary>
public class ImporTps
{
    public int Id { get; set; }
    public int PemilihanId { get; set; }
    public required string SuratSuara { get; set; }
    public required string Satker { get; set; }
    public required string Berkas { get; set; }
    public string? Oleh { get; set; }
    public DateTime Waktu { get; set; }
    public int Baru { get; set; }
    public int Diganti { get; set; }
    public int Ditolak { get; set; }
}

/// <summary>
/// A TPS (or region) row as it was before an import replaced it; values packed by <see cref="BlokCodec.EncodeNilai"/>.
/// Written by imports before decision 109; newer imports keep the replaced rows per block (<see cref="RiwayatBlokTps"/>).
/// Both are read by <see cref="RiwayatTps"/>.
/// </summary>
public class RiwayatDataTps
{
    public long Id { get; set; }
    public int SuratSuaraId { get; set; }
    public long Kode { get; set; }
    public byte[] NilaiMentah { get; set; } = [];
    public StatusTps Status { get; set; }
    public string? Pelanggaran { get; set; }
    /// <summary>The import that replaced this row.</summary>
    public int? ImporId { get; set; }
    /// <summary>When the replaced values had been stored.</summary>
    public DateTime DiubahPada { get; set; }
}

/// <summary>
/// The rows of one block (a desa's TPS, or a region's own row) that an import replaced, as they were, packed as a block
/// (<see cref="BlokCodec"/>): when a corrected file names every TPS of a desa, this is the stored block itself, copied
/// without decoding (decision 109).
/// </summary>
public class RiwayatBlokTps
{
    public long Id { get; set; }
    public int SuratSuaraId { get; set; }
    /// <summary>The block: the desa of TPS rows, or the region of a recap row.</summary>
    public long Kode { get; set; }
    public byte[] Isi { get; set; } = [];
    public int JumlahEntri { get; set; }
    /// <summary>The import that replaced these rows.</summary>
    public int? ImporId { get; set; }
    /// <summary>When the replaced rows had been stored.</summary>
    public DateTime DiubahPada { get; set; }
}

internal sealed class ImporTpsConfiguration : IEntityTypeConfiguration<ImporTps>
{
    public void Configure(EntityTypeBuilder<ImporTps> builder)
    {
        builder.Property(i => i.SuratSuara).HasMaxLength(20);
        builder.Property(i => i.Satker).HasMaxLength(20);
        builder.Property(i => i.Berkas).HasMaxLength(300);
        builder.Property(i => i.Oleh).HasMaxLength(256);
        builder.HasOne<Pemilihan.Pemilihan>().WithMany().HasForeignKey(i => i.PemilihanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiwayatDataTpsConfiguration : IEntityTypeConfiguration<RiwayatDataTps>
{
    public void Configure(EntityTypeBuilder<RiwayatDataTps> builder)
    {
        builder.ToTable("riwayat_data_tps");
        builder.Property(d => d.Id).HasColumnName("id");
        builder.Property(d => d.SuratSuaraId).HasColumnName("surat_suara_id");
        builder.Property(d => d.Kode).HasColumnName("kode");
        builder.Property(d => d.NilaiMentah).HasColumnName("nilai");
        builder.Property(d => d.Status).HasColumnName("status");
        builder.Property(d => d.Pelanggaran).HasColumnName("pelanggaran").HasMaxLength(500);
        builder.Property(d => d.ImporId).HasColumnName("impor_id");
        builder.Property(d => d.DiubahPada).HasColumnName("diubah_pada");
        builder.HasIndex(d => new { d.SuratSuaraId, d.Kode });
        builder.HasOne<Pemilihan.SuratSuara>().WithMany().HasForeignKey(d => d.SuratSuaraId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiwayatBlokTpsConfiguration : IEntityTypeConfiguration<RiwayatBlokTps>
{
    public void Configure(EntityTypeBuilder<RiwayatBlokTps> builder)
    {
        builder.ToTable("riwayat_blok_tps");
        builder.Property(d => d.Id).HasColumnName("id");
        builder.Property(d => d.SuratSuaraId).HasColumnName("surat_suara_id");
        builder.Property(d => d.Kode).HasColumnName("kode");
        builder.Property(d => d.Isi).HasColumnName("isi");
        builder.Property(d => d.JumlahEntri).HasColumnName("jumlah_entri");
        builder.Property(d => d.ImporId).HasColumnName("impor_id");
        builder.Property(d => d.DiubahPada).HasColumnName("diubah_pada");
        builder.HasIndex(d => new { d.SuratSuaraId, d.Kode });
        builder.HasOne<Pemilihan.SuratSuara>().WithMany().HasForeignKey(d => d.SuratSuaraId).OnDelete(DeleteBehavior.Cascade);
    }
}
