using System.Globalization;

namespace Tolok.Lkjip;

/// <summary>Something a document still lacks before it can be signed, with the page where it is filled in.</summary>
public sealed record Kekurangan(string Teks, string Tautan);

/// <summary>
/// The draft rules of the performance documents (issue 16), in one place: a document is final (no DRAF mark) when
/// nothing is missing. PK and Rencana Aksi: the year's targets approved, signatories with NIP, place and date, the
/// logo; the Rencana Aksi also an action for every IKU. LKjIP: every IKU's annual realisation approved, no narrative
/// section still a generated placeholder, signatory, letterhead, officials, staffing and Renstra. The download page
/// lists the same items as a checklist.
/// </summary>
public static class Kelengkapan
{
    public static List<Kekurangan> Periksa(BahanLaporan b, string jenis)
    {
        var s = Uri.EscapeDataString(b.Satker.Kode);
        var tahun = b.Tahun.ToString(CultureInfo.InvariantCulture);
        var profil = $"/Profil?satker={s}&tahun={tahun}";
        var list = new List<Kekurangan>();
        var dokumen = jenis == "rencana-aksi-monitoring" ? "rencana-aksi" : jenis;
        if (jenis is "pk" or "rencana-aksi" or "rencana-aksi-monitoring" && !b.TargetDisetujui)
        {
            list.Add(new($"Target kinerja dan rencana aksi tahun {tahun} belum disetujui (status: {b.Profil.StatusTarget}).", Alur.AlurApi.Halaman(b.Satker.Kode, "target", tahun)));
        }
        if (jenis is "lkjip" or "rencana-aksi-monitoring" && !b.Disetujui)
        {
            list.Add(new($"Realisasi tahunan {tahun} belum disetujui untuk semua IKU.", $"/Kinerja?satker={s}&tahun={tahun}&periode=tahunan"));
        }
        var (penanda, kedua, tempat, tanggal) = b.Profil.Tanda(dokumen);
        var nama = Profil.IndexModel.NamaDokumen(dokumen);
        if (penanda is null)
        {
            list.Add(new($"{nama}: {(dokumen == "pk" ? "pihak pertama" : "penanda tangan")} belum dipilih.", $"{profil}#penetapan-{dokumen}"));
        }
        else if (penanda.Nip is null && !penanda.TanpaNip)
        {
            list.Add(new($"NIP {penanda.Nama} belum diisi.", $"{profil}&pejabat={penanda.Id}#pejabat-form"));
        }
        if (dokumen == "pk")
        {
            if (kedua is null)
            {
                list.Add(new("Perjanjian Kinerja: pihak kedua (atasan) belum dipilih.", $"{profil}#penetapan-pk"));
            }
            else if (kedua.Nip is null && !kedua.TanpaNip)
            {
                list.Add(new($"NIP {kedua.Nama} belum diisi.", $"{profil}#penetapan-pk"));
            }
        }
        if (string.IsNullOrWhiteSpace(tempat) || tanggal is null)
        {
            list.Add(new($"{nama}: tempat dan tanggal penandatanganan belum diisi.", $"{profil}#penetapan-{dokumen}"));
        }
        // A signer signs only within their period of office.
        foreach (var p in new[] { penanda, dokumen == "pk" ? kedua : null }.OfType<Profil.Pejabat>())
        {
            if (tanggal is { } t && (p.Mulai > t || p.Selesai < t))
            {
                list.Add(new($"{nama}: tanggal {Infrastructure.Format.Tanggal(t)} di luar masa jabatan {p.Nama}.", $"{profil}&pejabat={p.Id}#pejabat-form"));
            }
        }
        if (b.Profil.Logo is null)
        {
            list.Add(new("Logo satker untuk kop dan sampul belum diunggah.", $"{profil}#kop"));
        }
        if (jenis == "rencana-aksi")
        {
            var tanpa = b.Iku.SemuaIndikator.Where(x => b.Profil.Aksi.All(a => a.KodeIndikator != x.Kode)).Select(x => x.Kode).ToList();
            if (tanpa.Count > 0)
            {
                list.Add(new($"Rencana aksi belum berisi kegiatan untuk IKU {string.Join(", ", tanpa)}.", $"/Kinerja/RencanaAksi?satker={s}&tahun={tahun}"));
            }
        }
        if (jenis == "lkjip")
        {
            if (string.IsNullOrWhiteSpace(b.Profil.Alamat))
            {
                list.Add(new("Alamat kantor untuk sampul belum diisi.", $"{profil}#kop"));
            }
            if (b.Profil.Pejabat.Count == 0)
            {
                list.Add(new("Pejabat (untuk struktur organisasi Bab I) belum diisi.", $"{profil}#pejabat"));
            }
            if (b.Profil.Pegawai.Count == 0)
            {
                list.Add(new($"Data pegawai tahun {tahun} (Bab I) belum diisi.", $"{profil}#pegawai"));
            }
            if (b.Profil.Renstra is null)
            {
                list.Add(new($"Renstra yang mencakup tahun {tahun} (Bab II) belum diisi.", $"{profil}#renstra"));
            }
            foreach (var (bagian, judul) in NarasiDraf.Bagian(b))
            {
                if (MasihIsian(b.Teks(bagian)))
                {
                    list.Add(new($"Narasi \"{judul}\" masih berisi [isian] draf otomatis.", $"/Dokumen/Narasi?satker={s}&tahun={tahun}#{bagian.Replace(':', '-')}"));
                }
            }
        }
        return list;
    }

    /// <summary>A generated draft leaves what only people can write in square brackets.</summary>
    public static bool MasihIsian(string teks)
    {
        var buka = teks.IndexOf('[', StringComparison.Ordinal);
        return buka >= 0 && teks.IndexOf(']', buka) > buka;
    }
}
