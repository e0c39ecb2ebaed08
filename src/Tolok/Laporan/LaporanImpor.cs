using Tolok.Register;

namespace Tolok.Laporan;

/// <summary>The report registers' XLSX import: their columns and how a row is saved.</summary>
public static class LaporanImpor
{
    /// <summary>Laporan RB.</summary>
    public static readonly JenisRegister Rb = new("laporan-rb", "Laporan Reformasi Birokrasi (IKU 1.1)", ["nama", "periode_dari", "periode_sampai", "jatuh_tempo", "tanggal_disampaikan", "bukti"],
        ["nama", "periode_dari", "periode_sampai", "jatuh_tempo"], "/Laporan/Rb", async (db, satker, r, ct) =>
        {
            var edit = new LaporanRbEdit(r.Teks("nama"), r.Tanggal("periode_dari"), r.Tanggal("periode_sampai"), r.Tanggal("jatuh_tempo"), r.Tanggal("tanggal_disampaikan"), r.Teks("bukti"));
            if (ImporRegister.Periksa(r, LaporanStore.Validate(edit)))
            {
                await LaporanStore.SaveRbAsync(db, satker.Id, null, edit, null, ct);
            }
        });

    /// <summary>Laporan keuangan.</summary>
    public static readonly JenisRegister Keuangan = new("laporan-keuangan", "Laporan Keuangan (IKU 1.3)", ["tahun_anggaran", "jenis", "pemeriksa", "hasil", "tanggal_hasil", "sesuai_sap", "tanggal_disampaikan", "batas_waktu"],
        ["tahun_anggaran", "jenis", "pemeriksa"], "/Laporan/Keuangan", async (db, satker, r, ct) =>
        {
            var edit = new LaporanKeuanganEdit(r.Bulat("tahun_anggaran") ?? 0, r.Teks("jenis"), r.Teks("pemeriksa"), r.Teks("hasil"), r.Tanggal("tanggal_hasil"),
                r.YaTidak("sesuai_sap"), r.Tanggal("tanggal_disampaikan"), r.Tanggal("batas_waktu"));
            if (ImporRegister.Periksa(r, LaporanStore.Validate(edit, await LaporanStore.OpiniAsync(db, ct))))
            {
                await LaporanStore.SaveKeuanganAsync(db, satker.Id, null, edit, null, ct);
            }
        });
}
