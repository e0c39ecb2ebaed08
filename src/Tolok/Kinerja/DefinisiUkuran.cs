using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

/// <summary>
/// Which register and rule compute an IKU, kept as data: <see cref="Register"/> names the computation
/// ("tahapan-jadwal", "tahapan-aman"; participation has its own table), <see cref="Parameter"/> its setting (for
/// "tahapan-aman": the lowest incident severity that makes a stage not safe). Satker and year null = every one.
/// </summary>
public class DefinisiUkuran
{
    public int Id { get; set; }
    public string? Satker { get; set; }
    public int? Tahun { get; set; }
    public required string KodeIndikator { get; set; }
    public required string Register { get; set; }
    public int? Parameter { get; set; }
    /// <summary>The definition in words, as the pages state it.</summary>
    public required string Uraian { get; set; }

    /// <summary>
    /// The definitions that apply to a satker and year, one per indicator: the satker's own before the general ones,
    /// a year's own before those for every year.
    /// </summary>
    public static async Task<List<DefinisiUkuran>> BerlakuAsync(TolokDb db, string satker, int tahun, CancellationToken ct)
    {
        var all = await db.DefinisiUkuran.AsNoTracking()
            .Where(d => (d.Satker == satker || d.Satker == null) && (d.Tahun == tahun || d.Tahun == null))
            .ToListAsync(ct);
        return Pilih(all, satker, tahun);
    }

    /// <summary>Of definition rows (any satker and year), the one per IKU that applies: the satker's over the general, the year's over every year.</summary>
    public static List<DefinisiUkuran> Pilih(IEnumerable<DefinisiUkuran> rows, string satker, int tahun) =>
        [.. rows.Where(d => (d.Satker == satker || d.Satker == null) && (d.Tahun == tahun || d.Tahun == null))
            .GroupBy(d => d.KodeIndikator).Select(g => g.OrderByDescending(d => d.Satker).ThenByDescending(d => d.Tahun).First())];

    public static IEnumerable<DefinisiUkuran> Bawaan() =>
    [
        new() { KodeIndikator = "1.4", Register = "layanan", Uraian = "Layanan informasi dan teknis dalam katalog tahun itu yang sudah terlaksana (terpenuhi sedikitnya sekali) sampai akhir periode ÷ seluruh layanan dalam katalog × 100" },
        new() { KodeIndikator = "2.1", Register = "tahapan-jadwal", Uraian = "Tahapan yang dimulai tidak lebih lambat dari jadwal, selesai tidak lebih lambat dari jadwal (bila sudah jatuh tempo) dan sesuai ketentuan ÷ seluruh tahapan yang berlangsung pada periode × 100" },
        new() { KodeIndikator = "4.1", Register = "tahapan-aman", Parameter = 2, Uraian = "Tahapan tanpa insiden berkeparahan sedang atau berat ÷ seluruh tahapan yang berlangsung pada periode × 100" },
        new() { KodeIndikator = "1.1", Register = "laporan-rb", Uraian = "Jumlah laporan Reformasi Birokrasi yang jatuh tempo pada periode dan disampaikan paling lambat pada tanggal jatuh temponya" },
        new() { KodeIndikator = "1.2", Register = "lhe", Uraian = "Nilai LHE evaluasi SAKIP terakhir yang terbit pada periode (predikat menurut skala yang tersimpan)" },
        new() { KodeIndikator = "1.3", Register = "laporan-keuangan", Uraian = "Hasil (opini atau reviu) terakhir atas laporan keuangan yang diterbitkan pada periode, dibandingkan pada skala opini TMP < TW < WDP < WTP" },
        new() { KodeIndikator = "4.2", Register = "sengketa", Uraian = "Putusan yang dimenangkan KPU (menurut aturan putusan × peran KPU) ÷ seluruh putusan pada periode × 100" },
    ];
}

internal sealed class DefinisiUkuranConfiguration : IEntityTypeConfiguration<DefinisiUkuran>
{
    public void Configure(EntityTypeBuilder<DefinisiUkuran> builder)
    {
        builder.Property(d => d.Satker).HasMaxLength(20);
        builder.Property(d => d.KodeIndikator).HasMaxLength(10);
        builder.Property(d => d.Register).HasMaxLength(50);
        builder.Property(d => d.Uraian).HasMaxLength(1000);
    }
}
