using Tolok.Register;

namespace Tolok.Evaluasi;

/// <summary>The LHE register's XLSX import.</summary>
public static class LheImpor
{
    /// <summary>LHE.</summary>
    public static readonly JenisRegister Lhe = new("lhe", "Evaluasi SAKIP / LHE (IKU 1.2)", ["tahun_dievaluasi", "evaluator", "tanggal_lhe", "nilai", "perencanaan", "pengukuran", "pelaporan", "evaluasi_internal", "rekomendasi", "tindak_lanjut"],
        ["tahun_dievaluasi", "evaluator", "tanggal_lhe", "nilai"], "/Evaluasi", async (db, satker, r, ct) =>
        {
            var edit = new LheEdit(r.Bulat("tahun_dievaluasi") ?? 0, r.Teks("evaluator"), r.Tanggal("tanggal_lhe"), r.Desimal("nilai"),
                r.Desimal("perencanaan"), r.Desimal("pengukuran"), r.Desimal("pelaporan"), r.Desimal("evaluasi_internal"), r.Teks("rekomendasi"), r.Teks("tindak_lanjut"));
            if (ImporRegister.Periksa(r, LheStore.Validate(edit)))
            {
                await LheStore.SaveAsync(db, satker.Id, null, edit, null, ct);
            }
        });
}
