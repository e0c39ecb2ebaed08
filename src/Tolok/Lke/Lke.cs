using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Lke;

/// <summary>
/// A komponen (Perencanaan, Pengukuran, Pelaporan, Evaluasi Internal) or a sub-komponen (Pemenuhan, Kualitas,
/// Pemanfaatan, Capaian) of an edition of the SAKIP evaluation worksheet (LKE), with its weight in points of 100.
/// A sub-komponen names its komponen in <see cref="Induk"/>. Kept as data: an edition is seeded once and a satker's
/// assessment of a year stays on the edition it began with (issue 18).
/// </summary>
public class LkeBagian
{
    public int Id { get; set; }
    public required string Edisi { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    /// <summary>The komponen's code for a sub-komponen; null for a komponen.</summary>
    public string? Induk { get; set; }
    public decimal Bobot { get; set; }
    public int Urutan { get; set; }
}

/// <summary>One kriteria of the worksheet: its code, text, answer scale ("YT" or "ABCD") and the evidence it asks for.</summary>
public class LkeKriteria
{
    public int Id { get; set; }
    public required string Edisi { get; set; }
    public required string Kode { get; set; }
    public required string SubKomponen { get; set; }
    public required string Uraian { get; set; }
    public required string JenisJawaban { get; set; }
    /// <summary>The evidence names in the worksheet's order, one per line.</summary>
    public string? Bukti { get; set; }
    public int Urutan { get; set; }
}

/// <summary>The value of an answer on a scale of an edition (Y = 1, T = 0; A = 1, B = 0,66 …): data, not code.</summary>
public class LkeSkalaJawaban
{
    public int Id { get; set; }
    public required string Edisi { get; set; }
    public required string JenisJawaban { get; set; }
    public required string Jawaban { get; set; }
    public decimal Nilai { get; set; }
    public int Urutan { get; set; }
}

/// <summary>A satker's self-assessment of a year (the year evaluated), on the edition frozen when it began.</summary>
public class PenilaianLke : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string Edisi { get; set; }
    public DateTime DibuatPada { get; set; }
    public List<JawabanLke> Jawaban { get; set; } = [];
}

/// <summary>
/// The assessor's answer to one kriteria: the answer, a note, the evidence (links to Tolok items or uploaded files,
/// one per line) and, when it differs from the suggestion Tolok computed, why.
/// </summary>
public class JawabanLke : Aturan.IBerversi
{
    public int Id { get; set; }
    public int Versi { get; set; } = 1;
    public int PenilaianLkeId { get; set; }
    public required string KodeKriteria { get; set; }
    public string? Jawaban { get; set; }
    public string? Catatan { get; set; }
    public string? AlasanBeda { get; set; }
    public string? Bukti { get; set; }
    public required string DiubahOleh { get; set; }
    public DateTime DiubahPada { get; set; }
}

internal sealed class LkeBagianConfiguration : IEntityTypeConfiguration<LkeBagian>
{
    public void Configure(EntityTypeBuilder<LkeBagian> builder)
    {
        builder.HasIndex(b => new { b.Edisi, b.Kode }).IsUnique();
        builder.Property(b => b.Edisi).HasMaxLength(40);
        builder.Property(b => b.Kode).HasMaxLength(20);
        builder.Property(b => b.Induk).HasMaxLength(20);
        builder.Property(b => b.Nama).HasMaxLength(200);
        builder.Property(b => b.Bobot).HasPrecision(7, 4);
    }
}

internal sealed class LkeKriteriaConfiguration : IEntityTypeConfiguration<LkeKriteria>
{
    public void Configure(EntityTypeBuilder<LkeKriteria> builder)
    {
        builder.HasIndex(k => new { k.Edisi, k.Kode }).IsUnique();
        builder.Property(k => k.Edisi).HasMaxLength(40);
        builder.Property(k => k.Kode).HasMaxLength(20);
        builder.Property(k => k.SubKomponen).HasMaxLength(20);
        builder.Property(k => k.Uraian).HasMaxLength(1000);
        builder.Property(k => k.JenisJawaban).HasMaxLength(10);
        builder.Property(k => k.Bukti).HasMaxLength(2000);
    }
}

internal sealed class LkeSkalaJawabanConfiguration : IEntityTypeConfiguration<LkeSkalaJawaban>
{
    public void Configure(EntityTypeBuilder<LkeSkalaJawaban> builder)
    {
        builder.HasIndex(s => new { s.Edisi, s.JenisJawaban, s.Jawaban }).IsUnique();
        builder.Property(s => s.Edisi).HasMaxLength(40);
        builder.Property(s => s.JenisJawaban).HasMaxLength(10);
        builder.Property(s => s.Jawaban).HasMaxLength(5);
        builder.Property(s => s.Nilai).HasPrecision(5, 4);
    }
}

internal sealed class PenilaianLkeConfiguration : IEntityTypeConfiguration<PenilaianLke>
{
    public void Configure(EntityTypeBuilder<PenilaianLke> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(p => p.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SatkerId, p.Tahun }).IsUnique();
        builder.Property(p => p.Edisi).HasMaxLength(40);
        builder.HasMany(p => p.Jawaban).WithOne().HasForeignKey(j => j.PenilaianLkeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JawabanLkeConfiguration : IEntityTypeConfiguration<JawabanLke>
{
    public void Configure(EntityTypeBuilder<JawabanLke> builder)
    {
        builder.HasIndex(j => new { j.PenilaianLkeId, j.KodeKriteria }).IsUnique();
        builder.Property(j => j.KodeKriteria).HasMaxLength(20);
        builder.Property(j => j.Jawaban).HasMaxLength(5);
        builder.Property(j => j.Catatan).HasMaxLength(2000);
        builder.Property(j => j.AlasanBeda).HasMaxLength(2000);
        builder.Property(j => j.Bukti).HasMaxLength(4000);
        builder.Property(j => j.DiubahOleh).HasMaxLength(256);
    }
}
