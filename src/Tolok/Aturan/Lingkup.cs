using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Aturan;

/// <summary>
/// Who may write which satker's data: the one scope rule, used by the save guard (<see cref="PenjagaTulis"/>), the TPS
/// import, the workflow, and the pages that decide whether to show a form.
/// </summary>
public static class Lingkup
{
    /// <summary>The registers an Operator can be assigned to as PIC.</summary>
    public static readonly string[] Register = ["laporan-rb", "laporan-keuangan", "lhe", "layanan", "sengketa", "tahapan", "anggaran", "partisipasi", "realisasi"];

    /// <summary>What the IKU planners alone write: targets and the report narratives.</summary>
    public static readonly string[] Perencanaan = ["target", "narasi"];

    /// <summary>The PIC register of a workflow item kind or an import kind.</summary>
    public static string RegisterDari(string jenis) => jenis switch
    {
        "layanan-pelaksanaan" => "layanan",
        "insiden" => "tahapan",
        _ => jenis,
    };

    /// <summary>
    /// Whether <paramref name="pelaku"/> may write <paramref name="register"/> of satker <paramref name="kode"/>: the
    /// system and Admin and Perencana everywhere; an Operator where assigned as PIC (satker and register, "*" = all);
    /// targets and narratives only Admin and Perencana.
    /// </summary>
    public static async Task<bool> BolehTulisAsync(TolokDb db, Pelaku pelaku, string kode, string register, CancellationToken ct)
    {
        if (pelaku.PengelolaSemua)
        {
            return true;
        }
        if (Perencanaan.Contains(register) || !pelaku.Punya(Peran.Operator))
        {
            return false;
        }
        return await db.PenugasanPic.AsNoTracking().AnyAsync(p => p.NamaPengguna == pelaku.Nama
            && (p.Satker == "*" || p.Satker == kode) && (p.Register == "*" || p.Register == register), ct);
    }

    /// <summary>
    /// Workflow actions: an Operator submits where PIC (satker and register); a Verifikator or Pimpinan acts on the
    /// satker assigned to them; Admin everywhere; a Perencana submits everywhere.
    /// </summary>
    public static async Task<bool> BolehAlurAsync(TolokDb db, Pelaku pelaku, string kode, string jenis, string aksi, CancellationToken ct)
    {
        if (pelaku.Sistem || pelaku.Punya(Peran.Admin) || (aksi == "ajukan" && pelaku.Punya(Peran.Perencana)))
        {
            return true;
        }
        var register = RegisterDari(jenis);
        var assigned = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == pelaku.Nama && (p.Satker == "*" || p.Satker == kode)).Select(p => p.Register).ToListAsync(ct);
        return aksi == "ajukan" ? assigned.Any(r => r == "*" || r == register) : assigned.Count > 0;
    }

    public static string PesanDitolak(string kode, string register) =>
        Perencanaan.Contains(register)
            ? $"Hanya Perencana atau Admin yang dapat mengubah {register} satker {kode}."
            : $"Anda tidak ditugaskan sebagai PIC register {register} pada satker {kode}; minta Admin menambahkan penugasan (tolok user pic).";

    /// <summary>Refuses (403) when <paramref name="pelaku"/> may not write there.</summary>
    public static async Task PastikanAsync(TolokDb db, Pelaku pelaku, string kode, string register, CancellationToken ct)
    {
        if (!await BolehTulisAsync(db, pelaku, kode, register, ct))
        {
            throw AturanException.Lingkup(PesanDitolak(kode, register));
        }
    }
}
