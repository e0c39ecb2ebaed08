using Microsoft.EntityFrameworkCore;
using Tolok.Register;

namespace Tolok.Layanan;

/// <summary>The information-service registers' XLSX import.</summary>
public static class LayananImpor
{
    /// <summary>The catalogue.</summary>
    public static readonly JenisRegister Katalog = new("layanan", "Katalog layanan informasi (IKU 1.4)", ["tahun", "nama"], ["tahun", "nama"], "/Layanan", async (db, satker, r, ct) =>
        {
            var edit = new Layanan.LayananEdit(r.Bulat("tahun") ?? 0, r.Teks("nama"));
            if (ImporRegister.Periksa(r, await Layanan.LayananStore.ValidateAsync(db, satker.Id, null, edit, ct)))
            {
                await Layanan.LayananStore.SaveAsync(db, satker.Id, null, edit, null, ct);
            }
        });

    /// <summary>The log of services delivered.</summary>
    public static readonly JenisRegister Pelaksanaan = new("layanan-pelaksanaan", "Log layanan yang diberikan (IKU 1.4)", ["layanan", "tanggal", "kanal", "jenis_pemohon", "perihal", "waktu_respons_jam", "terpenuhi"],
        ["layanan", "tanggal", "kanal", "jenis_pemohon", "perihal", "terpenuhi"], "/Layanan", async (db, satker, r, ct) =>
        {
            var edit = new Layanan.PelaksanaanLayananEdit(r.Tanggal("tanggal"), r.Teks("kanal"), r.Teks("jenis_pemohon"), r.Teks("perihal"), r.Desimal("waktu_respons_jam"), r.YaTidak("terpenuhi") ?? false);
            var nama = r.Teks("layanan");
            var tahun = edit.Tanggal?.Year;
            var layanan = await db.LayananInformasi.FirstOrDefaultAsync(l => l.SatkerId == satker.Id && l.Tahun == tahun && l.Nama == nama, ct);
            if (layanan is null)
            {
                r.Galat("layanan", $"layanan \"{nama}\" tidak ada di katalog {tahun}; tambahkan ke katalog lebih dulu.");
                return;
            }
            if (ImporRegister.Periksa(r, Layanan.LayananStore.Validate(layanan.Tahun, edit)))
            {
                await Layanan.LayananStore.SavePelaksanaanAsync(db, layanan, null, edit, null, ct);
            }
        });
}
