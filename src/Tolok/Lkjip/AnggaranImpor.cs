using Tolok.Register;

namespace Tolok.Lkjip;

/// <summary>The budget register's XLSX import.</summary>
public static class AnggaranImpor
{
    /// <summary>Ceilings and spending.</summary>
    public static readonly JenisRegister Anggaran = new("anggaran", "Realisasi anggaran (LKjIP Bab III B)", ["tahun", "kode", "uraian", "pagu", "realisasi", "iku"], ["tahun", "kode", "uraian", "pagu", "realisasi"], "/Lkjip/Anggaran", async (db, satker, r, ct) =>
        {
            var edit = new Lkjip.AnggaranEdit(r.Bulat("tahun") ?? 0, r.Teks("kode"), r.Teks("uraian"), r.Desimal("pagu"), r.Desimal("realisasi"), r.Teks("iku"));
            if (ImporRegister.Periksa(r, await Lkjip.AnggaranStore.ValidateAsync(db, satker.Id, null, edit, ct)))
            {
                await Lkjip.AnggaranStore.SaveAsync(db, satker.Id, null, edit, null, ct);
            }
        });
}
