using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Satker;

/// <summary>
/// A work unit (satuan kerja): KPU RI, a KPU Provinsi or a KPU Kabupaten/Kota. Its code is the Kemendagri
/// code of its area (<c>51.01</c>), or <c>RI</c> for the national commission.
/// </summary>
public class Satker
{
    public int Id { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public int? IndukId { get; set; }
    public Satker? Induk { get; set; }

    /// <summary>Address for the letterhead and the cover (issue 16).</summary>
    public string? Alamat { get; set; }
}

public record SatkerDto(string Kode, string Nama, string? KodeInduk);

public static class SatkerMapping
{
    public static SatkerDto AsDto(this Satker s) => new(s.Kode, s.Nama, s.Induk?.Kode);
}

internal sealed class SatkerConfiguration : IEntityTypeConfiguration<Satker>
{
    public void Configure(EntityTypeBuilder<Satker> builder)
    {
        builder.Property(s => s.Kode).HasMaxLength(20);
        builder.Property(s => s.Nama).HasMaxLength(200);
        builder.Property(s => s.Alamat).HasMaxLength(300);
        builder.HasIndex(s => s.Kode).IsUnique();
        builder.HasOne(s => s.Induk).WithMany().HasForeignKey(s => s.IndukId).OnDelete(DeleteBehavior.Restrict);
    }
}