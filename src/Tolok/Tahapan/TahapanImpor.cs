using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Register;

namespace Tolok.Tahapan;

/// <summary>The stage registers' XLSX import.</summary>
public static class TahapanImpor
{
    /// <summary>How the satker carried out a stage.</summary>
    public static readonly JenisRegister Pelaksanaan = new("tahapan", "Pelaksanaan tahapan (IKU 2.1, 4.1)", ["pemilihan", "nomor", "realisasi_mulai", "realisasi_selesai", "sesuai_ketentuan", "catatan"],
        ["pemilihan", "nomor"], "/Tahapan", async (db, satker, r, ct) =>
        {
            var edit = new PelaksanaanEdit(r.Tanggal("realisasi_mulai"), r.Tanggal("realisasi_selesai"), r.YaTidak("sesuai_ketentuan"), r.Teks("catatan"));
            if (await TahapanIdAsync(db, r, ct) is { } id && ImporRegister.Periksa(r, TahapanStore.Validate(edit)))
            {
                await TahapanStore.SaveAsync(db, satker.Kode, id, edit, null, ct);
            }
        });

    /// <summary>Incidents during a stage.</summary>
    public static readonly JenisRegister Insiden = new("insiden", "Insiden tahapan (IKU 4.1)", ["pemilihan", "nomor", "tanggal", "tempat", "jenis", "keparahan", "ditangani", "keterangan"],
        ["pemilihan", "nomor", "tanggal", "tempat", "jenis", "keparahan"], "/Tahapan", async (db, satker, r, ct) =>
        {
            var edit = new InsidenEdit(r.Tanggal("tanggal"), r.Teks("tempat"), r.Teks("jenis"), r.Bulat("keparahan") ?? 0, r.YaTidak("ditangani") ?? false, r.Teks("keterangan"));
            if (await TahapanIdAsync(db, r, ct) is { } id && ImporRegister.Periksa(r, TahapanStore.Validate(edit)))
            {
                await TahapanStore.AddIncidentAsync(db, satker.Kode, id, edit, ct);
            }
        });

    internal static async Task<int?> TahapanIdAsync(TolokDb db, BarisRegister r, CancellationToken ct)
    {
        var slug = r.Teks("pemilihan");
        var nomor = r.Bulat("nomor");
        var id = await db.Tahapan.Where(t => t.Nomor == nomor && db.Pemilihan.Any(p => p.Id == t.PemilihanId && p.Slug == slug)).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            r.Galat("nomor", $"tahapan nomor {nomor} pemilihan \"{slug}\" tidak ada.");
        }
        return id;
    }
}
