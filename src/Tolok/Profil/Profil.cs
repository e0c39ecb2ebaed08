using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Profil;

/// <summary>
/// An official of a satker (issue 16): the commission's chair and members and the secretariat's officials, with the
/// unit they lead (for the organisation chart), their superior, NIP and period of office. Signatories of every
/// document are chosen from here.
/// </summary>
public class Pejabat : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public required string Nama { get; set; }
    /// <summary>18 digits for a civil servant; null for a commissioner (Ketua/Anggota are not civil servants).</summary>
    public string? Nip { get; set; }
    /// <summary>A commissioner or other official without an NIP: a missing NIP is then not a gap.</summary>
    public bool TanpaNip { get; set; }
    /// <summary>The position as printed under the signature ("Ketua Komisi Pemilihan Umum Kabupaten Jembrana").</summary>
    public required string Jabatan { get; set; }
    /// <summary>The unit led, as the organisation chart names it ("Sekretariat", "Subbagian Keuangan, Umum dan Logistik").</summary>
    public string? Unit { get; set; }
    /// <summary>Superior in the organisation chart (same satker).</summary>
    public int? AtasanId { get; set; }
    public int Urutan { get; set; }
    public DateOnly? Mulai { get; set; }
    public DateOnly? Selesai { get; set; }
}

/// <summary>
/// Who signs a satker's document of a year, in which role, where and when: the PK's pihak pertama (<see cref="PenandatanganId"/>)
/// and pihak kedua (<see cref="PihakKeduaId"/>, an official of the satker or of its parent); the head of the satker for the
/// Rencana Aksi and the LKjIP; the signer of the participation report.
/// </summary>
public class PenetapanDokumen : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    /// <summary>"pk", "rencana-aksi", "lkjip" or "partisipasi".</summary>
    public required string Dokumen { get; set; }
    public int? PenandatanganId { get; set; }
    public int? PihakKeduaId { get; set; }
    public string? Tempat { get; set; }
    public DateOnly? Tanggal { get; set; }

    public static readonly IReadOnlyList<string> Jenis = ["pk", "rencana-aksi", "lkjip", "partisipasi"];
}

/// <summary>
/// The staffing register (issue 16): how many staff of a rank group, education level and sex a satker has in a year;
/// the LKjIP's Bab I counts by each of the three from these rows.
/// </summary>
public class Pegawai : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    /// <summary>"IV", "III", "II", "I", "PPPK" or "Non-ASN".</summary>
    public required string Golongan { get; set; }
    /// <summary>"S3", "S2", "S1", "D4", "D3", "SMA", "SMP" …</summary>
    public required string Pendidikan { get; set; }
    /// <summary>"L" or "P".</summary>
    public required string JenisKelamin { get; set; }
    public int Jumlah { get; set; }

    public static readonly IReadOnlyList<string> DaftarGolongan = ["IV", "III", "II", "I", "PPPK", "Non-ASN"];
    public static readonly IReadOnlyList<string> DaftarPendidikan = ["S3", "S2", "S1", "D4", "D3", "D2", "D1", "SMA", "SMP", "SD"];
}

/// <summary>
/// The Renstra of a satker (issue 16): its period, the document that set it, its objectives (one per line); the
/// yearly targets over the period are the targets of each year's IKU.
/// </summary>
public class Renstra : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int TahunMulai { get; set; }
    public int TahunSelesai { get; set; }
    /// <summary>The decision that set it ("Keputusan KPU Kabupaten Jembrana Nomor … Tahun 2020").</summary>
    public string? Dasar { get; set; }
    /// <summary>The objectives (tujuan), one per line.</summary>
    public required string Tujuan { get; set; }
}

/// <summary>
/// A satker's logo for the letterhead and the cover, as PNG at most 600 px on its longer side (an uploaded JPEG is
/// converted); kept apart from <see cref="Satker.Satker"/> so that lists of satkers never carry images.
/// </summary>
public class LogoSatker
{
    public int SatkerId { get; set; }
    public required byte[] Png { get; set; }
    public DateTime DiubahPada { get; set; }
}

internal sealed class LogoSatkerConfiguration : IEntityTypeConfiguration<LogoSatker>
{
    public void Configure(EntityTypeBuilder<LogoSatker> builder)
    {
        builder.HasKey(l => l.SatkerId);
        builder.Property(l => l.SatkerId).ValueGeneratedNever();
        builder.HasOne<Satker.Satker>().WithOne().HasForeignKey<LogoSatker>(l => l.SatkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PejabatConfiguration : IEntityTypeConfiguration<Pejabat>
{
    public void Configure(EntityTypeBuilder<Pejabat> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pejabat>().WithMany().HasForeignKey(p => p.AtasanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.SatkerId, p.Urutan });
        builder.Property(p => p.Nama).HasMaxLength(200);
        builder.Property(p => p.Nip).HasMaxLength(18);
        builder.Property(p => p.Jabatan).HasMaxLength(300);
        builder.Property(p => p.Unit).HasMaxLength(200);
    }
}

internal sealed class PenetapanDokumenConfiguration : IEntityTypeConfiguration<PenetapanDokumen>
{
    public void Configure(EntityTypeBuilder<PenetapanDokumen> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pejabat>().WithMany().HasForeignKey(p => p.PenandatanganId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Pejabat>().WithMany().HasForeignKey(p => p.PihakKeduaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.SatkerId, p.Tahun, p.Dokumen }).IsUnique();
        builder.Property(p => p.Dokumen).HasMaxLength(20);
        builder.Property(p => p.Tempat).HasMaxLength(100);
    }
}

internal sealed class PegawaiConfiguration : IEntityTypeConfiguration<Pegawai>
{
    public void Configure(EntityTypeBuilder<Pegawai> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SatkerId, p.Tahun, p.Golongan, p.Pendidikan, p.JenisKelamin }).IsUnique();
        builder.Property(p => p.Golongan).HasMaxLength(10);
        builder.Property(p => p.Pendidikan).HasMaxLength(10);
        builder.Property(p => p.JenisKelamin).HasMaxLength(1);
    }
}

internal sealed class RenstraConfiguration : IEntityTypeConfiguration<Renstra>
{
    public void Configure(EntityTypeBuilder<Renstra> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SatkerId, p.TahunMulai }).IsUnique();
        builder.Property(p => p.Dasar).HasMaxLength(300);
        builder.Property(p => p.Tujuan).HasMaxLength(4000);
    }
}
