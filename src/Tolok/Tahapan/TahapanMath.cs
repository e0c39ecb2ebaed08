namespace Tolok.Tahapan;

/// <summary>A stage as the IKU rules see it.</summary>
public sealed record TahapanFakta(DateOnly JadwalMulai, DateOnly JadwalSelesai, DateOnly? RealisasiMulai, DateOnly? RealisasiSelesai, bool? SesuaiKetentuan, int KeparahanTertinggi);

/// <summary>
/// IKU 2.1 and 4.1 as plain functions (docs/decisions.md). A stage counts in a period when its schedule overlaps
/// 1 January of the year up to the period's end. It is "sesuai jadwal dan ketentuan" when it followed the rules,
/// started no later than scheduled and — if it was due by the period's end — finished no later than scheduled.
/// It is "aman dan damai" when no incident of at least the threshold severity happened.
/// </summary>
public static class TahapanMath
{
    public static bool Berlaku(TahapanFakta t, int tahun, DateOnly akhir) =>
        t.JadwalMulai <= akhir && t.JadwalSelesai >= new DateOnly(tahun, 1, 1);

    public static bool SesuaiJadwal(TahapanFakta t, DateOnly akhir) =>
        t.SesuaiKetentuan == true
        && t.RealisasiMulai is { } mulai && mulai <= t.JadwalMulai
        && (t.JadwalSelesai > akhir || (t.RealisasiSelesai is { } selesai && selesai <= t.JadwalSelesai));

    public static bool Aman(TahapanFakta t, int ambangKeparahan) => t.KeparahanTertinggi < ambangKeparahan;

    /// <summary>(numerator, denominator) for 2.1 and 4.1 over the stages that count in the period.</summary>
    public static ((int Pembilang, int Penyebut) Jadwal, (int Pembilang, int Penyebut) Aman) Hitung(
        IEnumerable<TahapanFakta> tahapan, int tahun, DateOnly akhir, int ambangKeparahan)
    {
        var list = tahapan.Where(t => Berlaku(t, tahun, akhir)).ToList();
        return ((list.Count(t => SesuaiJadwal(t, akhir)), list.Count), (list.Count(t => Aman(t, ambangKeparahan)), list.Count));
    }
}
