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

    /// <summary>What the IKU planners alone write: targets (with the Rencana Aksi), the report narratives, and the satker's profile (officials, signatories, letterhead, staffing, Renstra).</summary>
    public static readonly string[] Perencanaan = ["iku", "target", "narasi", "profil", "lke"];

    /// <summary>
    /// The satkers a Perencana plans for: those of their assignments, or null (every satker) when they have none or
    /// "*" — an office's planner on a one-office installation needs no assignment; on the national installation each
    /// planner is assigned to their own satker (decision 106).
    /// </summary>
    private static async Task<bool> PerencanaDiAsync(TolokDb db, Pelaku pelaku, string kode, CancellationToken ct) =>
        pelaku.Punya(Peran.Perencana) && (await SatkerPerencanaAsync(db, pelaku, ct) is not { } bagian || bagian.Contains(kode));

    private static async Task<List<string>?> SatkerPerencanaAsync(TolokDb db, Pelaku pelaku, CancellationToken ct)
    {
        var assigned = (await PenugasanAsync(db, pelaku, ct)).Select(p => p.Satker).Distinct(StringComparer.Ordinal).ToList();
        return assigned.Count == 0 || assigned.Contains("*") ? null : assigned;
    }

    /// <summary>
    /// A person's PIC assignments (satker, register), kept in the app server's memory under the accounts' stamp,
    /// which every change of an assignment replaces: every scope check of a request reads them without a query.
    /// </summary>
    private static async Task<IReadOnlyList<(string Satker, string Register)>> PenugasanAsync(TolokDb db, Pelaku pelaku, CancellationToken ct)
    {
        var nama = pelaku.Nama;
        var akun = (await StempelData.SemuaAsync(db, ct)).GetValueOrDefault(StempelData.Akun) ?? "0";
        return (await db.Tembolok.AmbilAsync("penugasan|" + nama, akun, async () =>
        {
            var rows = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == nama).Select(p => new { p.Satker, p.Register }).ToListAsync(ct);
            return (IReadOnlyList<(string Satker, string Register)>)[.. rows.Select(r => (r.Satker, r.Register))];
        }))!;
    }

    /// <summary>The PIC register of a workflow item kind or an import kind.</summary>
    public static string RegisterDari(string jenis) => jenis switch
    {
        "layanan-pelaksanaan" => "layanan",
        "insiden" => "tahapan",
        _ => jenis,
    };

    /// <summary>
    /// Whether <paramref name="pelaku"/> may write <paramref name="register"/> of satker <paramref name="kode"/>: the
    /// system and Admin everywhere; a Perencana on the satkers they plan for (every one when unassigned); an Operator where assigned as PIC (satker and register, "*" = all);
    /// targets and narratives only Admin and Perencana.
    /// </summary>
    public static async Task<bool> BolehTulisAsync(TolokDb db, Pelaku pelaku, string kode, string register, CancellationToken ct)
    {
        if (pelaku.PengelolaSemua)
        {
            return true;
        }
        if (await PerencanaDiAsync(db, pelaku, kode, ct))
        {
            return true;
        }
        if (Perencanaan.Contains(register) || !pelaku.Punya(Peran.Operator))
        {
            return false;
        }
        return (await PenugasanAsync(db, pelaku, ct)).Any(p => (p.Satker == "*" || p.Satker == kode) && (p.Register == "*" || p.Register == register));
    }

    /// <summary>
    /// Workflow actions: an Operator submits where PIC (satker and register); a Verifikator or Pimpinan acts on the
    /// satker assigned to them; Admin everywhere; a Perencana submits everywhere.
    /// </summary>
    public static async Task<bool> BolehAlurAsync(TolokDb db, Pelaku pelaku, string kode, string jenis, string aksi, CancellationToken ct)
    {
        if (pelaku.Sistem || pelaku.Punya(Peran.Admin) || (aksi == "ajukan" && await PerencanaDiAsync(db, pelaku, kode, ct)))
        {
            return true;
        }
        var register = RegisterDari(jenis);
        var assigned = (await PenugasanAsync(db, pelaku, ct)).Where(p => p.Satker == "*" || p.Satker == kode).Select(p => p.Register).ToList();
        return aksi == "ajukan" ? assigned.Any(r => r == "*" || r == register) : assigned.Count > 0;
    }

    /// <summary>
    /// The satkers <paramref name="pelaku"/> may read, or null for every one: the system, Admin and Perencana read
    /// everything; anyone else the satkers of their assignments ("*" = every one) and everything below them (a KPU
    /// Provinsi's user reads its kabupaten/kota). A visitor reads nothing here: what is public is served by the
    /// public routes (decision 87).
    /// </summary>
    public static async Task<HashSet<string>?> TerbacaAsync(TolokDb db, Pelaku pelaku, CancellationToken ct)
    {
        if (pelaku.PengelolaSemua || (pelaku.Punya(Peran.Perencana) && await SatkerPerencanaAsync(db, pelaku, ct) is null))
        {
            return null;
        }
        if (pelaku.User?.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var assigned = (await PenugasanAsync(db, pelaku, ct)).Select(p => p.Satker).Distinct(StringComparer.Ordinal).ToList();
        if (assigned.Contains("*"))
        {
            return null;
        }
        // The satker and their parents from the cached list (553 on a national installation): not read per request.
        var daftar = await Satker.DaftarSatker.AmbilAsync(db, ct);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in daftar.Semua)
        {
            if (daftar.DanAtasnya(s).Any(a => assigned.Contains(a.Kode)))
            {
                result.Add(s.Kode);
            }
        }
        return result;
    }

    /// <summary>Whether <paramref name="pelaku"/> may read satker <paramref name="kode"/>'s internal data (<see cref="TerbacaAsync"/>).</summary>
    public static async Task<bool> BolehBacaAsync(TolokDb db, Pelaku pelaku, string kode, CancellationToken ct) =>
        await TerbacaAsync(db, pelaku, ct) is not { } terbaca || terbaca.Contains(kode);

    /// <summary>
    /// Whether <paramref name="pelaku"/> may read participation data of region <paramref name="wilayah"/>: it lies in
    /// the area of a satker they read (a satker's code is its region's; KPU RI covers the nation).
    /// </summary>
    public static async Task<bool> BolehBacaWilayahAsync(TolokDb db, Pelaku pelaku, string wilayah, CancellationToken ct)
    {
        if (await TerbacaAsync(db, pelaku, ct) is not { } terbaca)
        {
            return true;
        }
        if (!Wilayah.KodeWilayah.TryParse(wilayah, out var node))
        {
            return false;
        }
        foreach (var kode in terbaca)
        {
            if (Wilayah.KodeWilayah.TryParse(kode, out var area) && Wilayah.KodeWilayah.DiDalam(node, area))
            {
                return true;
            }
        }
        return false;
    }

    public static string PesanTidakTerbaca(string kode) =>
        $"Anda tidak ditugaskan pada satker {Format.Potong(kode, 40)} atau satker di atasnya; minta Admin menambahkan penugasan.";

    public static string PesanDitolak(string kode, string register) =>
        Perencanaan.Contains(register)
            ? $"Hanya Admin atau Perencana yang ditugaskan pada satker {kode} yang dapat mengubah {(register == "iku" ? "IKU" : register)} satker itu."
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
