using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

/// <summary>A year-end forecast of an IKU made in a quarter, and whether the year's target is at risk, with why.</summary>
public sealed record ProyeksiIku(object? Nilai, bool? Berisiko, string Alasan);

/// <summary>What the pending item of a categorical IKU without a result says: at risk (true), unknown (null), and why.</summary>
public sealed record Tertunda(bool? Berisiko, string Alasan);

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
        "tanpa target triwulan, capaian sekarang dianggap bertahan. IKU kategori: hasil yang sudah ada dianggap tetap; tanpa hasil, status laporan yang ditunggu " +
        "(laporan keuangan belum disampaikan melewati batas waktunya atau tidak sesuai SAP: berisiko; sudah disampaikan: menunggu opini). " +
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

    public static ProyeksiIku? HitungKategori(IReadOnlyList<string> peringkat, string? targetTahunan, string? realisasi, Tertunda? tertunda = null)
    {
        if (targetTahunan is null)
        {
            return null;
        }
        if (realisasi is null)
        {
            return tertunda is { } t
                ? new ProyeksiIku(null, t.Berisiko, $"{t.Alasan} Target {targetTahunan}.")
                : new ProyeksiIku(null, null, $"Belum ada hasil (menunggu pemeriksaan); target {targetTahunan}.");
        }
        var capaian = CapaianCalculator.HitungKategori(peringkat, targetTahunan, realisasi);
        return capaian is null ? null
            : capaian < 100
                ? new ProyeksiIku(realisasi, true, $"Hasil {realisasi} di bawah target {targetTahunan}.")
                : new ProyeksiIku(realisasi, false, $"Hasil {realisasi} memenuhi target {targetTahunan}.");
    }

    /// <summary>
    /// The pending item of the audit-opinion IKU at the end of <paramref name="akhir"/>: the financial report of the
    /// fiscal year before, whose opinion is due in the year. Not delivered past its deadline, or prepared outside the
    /// government accounting standards (SAP): at risk. Delivered: waiting for the auditor. Not recorded: unknown.
    /// </summary>
    public static Tertunda LaporanKeuangan(IEnumerable<Laporan.LaporanKeuangan> rows, int tahun, DateOnly akhir)
    {
        var ta = tahun - 1;
        var lk = rows.Where(l => l.TahunAnggaran == ta).OrderBy(l => l.Id).LastOrDefault();
        if (lk is null)
        {
            return new Tertunda(null, $"Laporan keuangan TA {ta} belum tercatat di register.");
        }
        if (lk.TanggalDisampaikan is not { } disampaikan || disampaikan > akhir)
        {
            return lk.BatasWaktu is { } batas && batas < akhir
                ? new Tertunda(true, $"Laporan keuangan TA {ta} belum disampaikan, melewati batas waktu {Format.Tanggal(batas)}.")
                : new Tertunda(null, $"Laporan keuangan TA {ta} belum disampaikan{(lk.BatasWaktu is { } b ? $" (batas waktu {Format.Tanggal(b)})" : "")}.");
        }
        return lk.SesuaiSap == false
            ? new Tertunda(true, $"Laporan keuangan TA {ta} disampaikan {Format.Tanggal(disampaikan)} tetapi tidak sesuai SAP: opini di bawah target mungkin.")
            : new Tertunda(null, $"Laporan keuangan TA {ta} disampaikan {Format.Tanggal(disampaikan)}, menunggu opini {lk.Pemeriksa}.");
    }
}
