using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

/// <summary>A year-end forecast of an IKU made in a quarter, and whether the year's target is at risk, with why.</summary>
public sealed record ProyeksiIku(object? Nilai, bool? Berisiko, string Alasan);

/// <summary>
/// Early warning (issue 18): the year-end realisation forecast from the cumulative realisation of a quarter (plain
/// functions). For a number: the pace against the target curve — realisation ÷ the quarter's cumulative target ×
/// the annual target; where the quarter has no target of its own, the level reached is taken to hold to the year's
/// end. For a category (an audit opinion): the label given holds; none yet means the item is pending. The IKU is
/// "berisiko tidak tercapai" when the forecast's achievement against the annual target is below 100 %.
/// </summary>
public static class Proyeksi
{
    public const string Metode = "Proyeksi akhir tahun = realisasi kumulatif ÷ target kumulatif triwulan × target tahunan (laju terhadap kurva target); " +
        "tanpa target triwulan, capaian sekarang dianggap bertahan. IKU kategori: hasil yang sudah ada dianggap tetap; tanpa hasil, menunggu. " +
        "Berisiko tidak tercapai bila capaian proyeksi terhadap target tahunan di bawah 100%.";

    public static ProyeksiIku? Hitung(Polaritas polaritas, decimal? targetTriwulan, decimal? targetTahunan, decimal? realisasi)
    {
        if (targetTahunan is not { } tahunan || realisasi is not { } r)
        {
            return null;
        }
        if (targetTriwulan == 0)
        {
            // Nothing planned by this quarter (a once-a-year report): the pace is unknown, no forecast.
            return null;
        }
        decimal proyeksi;
        try
        {
            proyeksi = targetTriwulan is { } tw ? Ukuran.Bulat(r * (tahunan / tw)) : r;
        }
        catch (OverflowException)
        {
            return null;
        }
        var capaian = CapaianCalculator.Hitung(polaritas, tahunan, proyeksi);
        if (capaian is null)
        {
            return null;
        }
        var cara = targetTriwulan is { } t
            ? $"realisasi {Format.Ringkas(r)} terhadap target triwulan {Format.Ringkas(t)}"
            : $"realisasi {Format.Ringkas(r)} dianggap bertahan";
        return capaian < 100
            ? new ProyeksiIku(proyeksi, true, $"Proyeksi {Format.Ringkas(proyeksi)} ({cara}) di bawah target tahunan {Format.Ringkas(tahunan)}: capaian proyeksi {Format.Bilangan(capaian.Value, 2)}%.")
            : new ProyeksiIku(proyeksi, false, $"Proyeksi {Format.Ringkas(proyeksi)} ({cara}) mencapai target tahunan {Format.Ringkas(tahunan)}.");
    }

    public static ProyeksiIku? HitungKategori(IReadOnlyList<string> peringkat, string? targetTahunan, string? realisasi)
    {
        if (targetTahunan is null)
        {
            return null;
        }
        if (realisasi is null)
        {
            return new ProyeksiIku(null, null, $"Belum ada hasil (menunggu pemeriksaan); target {targetTahunan}.");
        }
        var capaian = CapaianCalculator.HitungKategori(peringkat, targetTahunan, realisasi);
        return capaian is null ? null
            : capaian < 100
                ? new ProyeksiIku(realisasi, true, $"Hasil {realisasi} di bawah target {targetTahunan}.")
                : new ProyeksiIku(realisasi, false, $"Hasil {realisasi} memenuhi target {targetTahunan}.");
    }
}
