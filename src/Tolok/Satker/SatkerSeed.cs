using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Satker;

/// <summary>
/// The 553 accountable units of the KPU (issue 17): KPU RI, 38 KPU Provinsi and 514 KPU Kabupaten/Kota, from the
/// Kemendagri region list (code = region code). In Aceh they are the Komisi Independen Pemilihan. Seeding adds what is
/// missing and never overwrites a name, address or parent a user has edited.
/// </summary>
public static class SatkerSeed
{
    public const string KodeRi = "RI";
    private const string Kpu = "Komisi Pemilihan Umum";
    private const string Kip = "Komisi Independen Pemilihan";

    /// <summary>Every satker in order (parents before children): code, official name, parent's code.</summary>
    public static IEnumerable<(string Kode, string Nama, string? Induk)> Semua(WilayahTree wilayah)
    {
        yield return (KodeRi, $"{Kpu} Republik Indonesia", null);
        foreach (var provinsi in wilayah.Anak(0))
        {
            var kodeProvinsi = KodeWilayah.Format(provinsi);
            var aceh = kodeProvinsi == "11";
            yield return (kodeProvinsi, NamaProvinsi(wilayah.Nama(provinsi)!, aceh), KodeRi);
            foreach (var kabupaten in wilayah.Anak(provinsi))
            {
                yield return (KodeWilayah.Format(kabupaten), $"{(aceh ? Kip : Kpu)} {wilayah.Nama(kabupaten)}", kodeProvinsi);
            }
        }
    }

    /// <summary>
    /// A province's commission as it names itself: "Komisi Pemilihan Umum Provinsi Bali", "… Provinsi DKI Jakarta",
    /// "… Daerah Istimewa Yogyakarta" (the name already says what it is), "Komisi Independen Pemilihan Aceh".
    /// </summary>
    public static string NamaProvinsi(string wilayah, bool aceh) => aceh
        ? $"{Kip} {wilayah}"
        : wilayah switch
        {
            "Daerah Khusus Ibukota Jakarta" or "Daerah Khusus Jakarta" => $"{Kpu} Provinsi DKI Jakarta",
            "Daerah Istimewa Yogyakarta" => $"{Kpu} Daerah Istimewa Yogyakarta",
            _ => $"{Kpu} Provinsi {wilayah}",
        };

    /// <param name="baru">The database was just created: nothing to look up.</param>
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        var known = baru ? [] : await db.Satker.ToDictionaryAsync(s => s.Kode, ct);
        var added = false;
        foreach (var (kode, nama, induk) in Semua(WilayahTree.Nasional))
        {
            if (!known.ContainsKey(kode))
            {
                // Parents come first, so a missing parent was just added (or was there).
                known[kode] = db.Satker.Add(new Satker { Kode = kode, Nama = nama, Induk = induk is null ? null : known[induk] }).Entity;
                added = true;
            }
        }
        if (added)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
