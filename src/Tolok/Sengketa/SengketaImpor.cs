using Tolok.Register;

namespace Tolok.Sengketa;

/// <summary>The dispute register's XLSX import.</summary>
public static class SengketaImpor
{
    /// <summary>Cases.</summary>
    public static readonly JenisRegister Perkara = new("sengketa", "Sengketa (IKU 4.2)", ["forum", "nomor_perkara", "pihak", "peran_kpu", "pokok", "tanggal_registrasi", "putusan", "tanggal_putusan", "catatan"],
        ["forum", "nomor_perkara", "pihak", "peran_kpu", "pokok", "tanggal_registrasi"], "/Sengketa", async (db, satker, r, ct) =>
        {
            var edit = new Sengketa.PerkaraEdit(r.Teks("forum"), r.Teks("nomor_perkara"), r.Teks("pihak"), r.Teks("peran_kpu")?.ToLowerInvariant(), r.Teks("pokok"),
                r.Tanggal("tanggal_registrasi"), r.Tanggal("tanggal_putusan"), r.Teks("putusan")?.ToLowerInvariant(), r.Teks("catatan"));
            if (ImporRegister.Periksa(r, await Sengketa.SengketaStore.ValidateAsync(db, satker.Id, null, edit, ct)))
            {
                await Sengketa.SengketaStore.SaveAsync(db, satker.Id, null, edit, null, ct);
            }
        });
}
