using Tolok.Infrastructure;


namespace Tolok.Lkjip;

/// <summary>
/// The narrative sections of the performance documents and the draft each starts from: sentences that state the
/// numbers in Indonesian, with the parts only people can write left in square brackets. A missing number is said
/// to be missing, never written as 0.
/// </summary>
public static class NarasiDraf
{
    /// <summary>The sections of a satker's year, in the order the editing page shows them, with their titles.</summary>
    public static IReadOnlyList<(string Bagian, string Judul)> Bagian(BahanLaporan b)
    {
        var list = new List<(string, string)>
        {
            ("kata-pengantar", "Kata Pengantar"),
            ("ikhtisar", "Ikhtisar Eksekutif"),
            ("pendahuluan", "Bab I Pendahuluan: tugas dan fungsi"),
            ("isu-strategis", "Bab I Pendahuluan: isu strategis"),
            ("perencanaan", "Bab II Perencanaan Kinerja"),
        };
        foreach (var x in b.Iku.SemuaIndikator)
        {
            list.Add(($"analisis:{x.Kode}", $"IKU {x.Kode}: capaian dan perbandingannya"));
            list.Add(($"sebab:{x.Kode}", $"IKU {x.Kode}: penyebab keberhasilan/kegagalan dan solusi"));
            list.Add(($"efisiensi:{x.Kode}", $"IKU {x.Kode}: efisiensi penggunaan sumber daya"));
        }
        list.Add(("penutup", "Bab IV Penutup: langkah tindak lanjut"));
        list.Add(("reviu-apip", "Pernyataan telah direviu (APIP)"));
        for (var q = 1; q <= 4; q++)
        {
            list.Add(($"catatan-tw:{q}", $"Monitoring rencana aksi: catatan triwulan {q}"));
        }
        return list;
    }

    public static string Buat(string bagian, BahanLaporan b)
    {
        var satker = b.Satker.Nama;
        var kode = bagian.Contains(':', StringComparison.Ordinal) ? bagian[(bagian.IndexOf(':', StringComparison.Ordinal) + 1)..] : null;
        return bagian.Split(':')[0] switch
        {
            "catatan-tw" => "",
            "isu-strategis" =>
                $"[Uraikan isu strategis yang dihadapi {satker} pada tahun {b.Tahun}, mis. kesiapan penyelenggaraan pemilihan, kualitas data pemilih, partisipasi dan kapasitas sumber daya manusia.]",
            "kata-pengantar" =>
                $"Laporan Kinerja Instansi Pemerintah (LKjIP) {satker} Tahun {b.Tahun} disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi " +
                $"sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah. Laporan ini menyajikan capaian " +
                $"{b.Iku.SemuaIndikator.Count()} Indikator Kinerja Utama yang ditetapkan dalam Perjanjian Kinerja Tahun {b.Tahun}, dihitung langsung dari data " +
                "sumbernya. [Tambahkan ucapan terima kasih dan harapan.]",
            "ikhtisar" => Ikhtisar(b),
            "pendahuluan" =>
                $"{satker} adalah penyelenggara pemilu di tingkat {(b.Satker.Kode.Contains('.', StringComparison.Ordinal) ? "kabupaten/kota" : "provinsi")} yang bersifat nasional, tetap dan mandiri " +
                "menurut Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum dan Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati dan Wali Kota. " +
                "Tugasnya antara lain merencanakan program dan anggaran, melaksanakan tahapan pemilu dan pemilihan, memutakhirkan data pemilih, menetapkan hasil, " +
                "serta memberikan layanan informasi publik. Organisasinya terdiri atas Ketua dan Anggota, dibantu Sekretariat; susunan dan pejabatnya digambarkan pada bagan berikut.",
            "perencanaan" =>
                $"Perencanaan kinerja {satker} mengacu pada Rencana Strategis periode berjalan. Indikator Kinerja Utama tahun {b.Tahun} terdiri atas " +
                $"{b.Iku.Sasaran.Count} sasaran strategis dan {b.Iku.SemuaIndikator.Count()} indikator (Tabel IKU), dan targetnya ditetapkan dalam Perjanjian Kinerja " +
                $"Tahun {b.Tahun} (Lampiran). Target triwulan dijabarkan dalam Rencana Aksi.",
            "analisis" => Analisis(b, kode!),
            "sebab" => Sebab(b, kode!),
            "efisiensi" => Efisiensi(b, kode!),
            "penutup" =>
                $"[Tuliskan kendala utama dan langkah perbaikan untuk tahun {b.Tahun + 1}.]",
            "reviu-apip" => "[Belum direviu. Isi pernyataan setelah Aparat Pengawasan Intern Pemerintah (Inspektorat Utama KPU) mereviu laporan ini.]",
            _ => "",
        };
    }

    private static string Ringkasan(BahanLaporan b)
    {
        var items = b.Tahunan.Indikator;
        var computed = items.Count(i => i.Capaian is not null);
        var byColour = items.Where(i => i.Kategori is not null).GroupBy(i => i.Kategori!.Label).Select(g => $"{g.Count()} {g.Key}");
        var text = $"dari {items.Count} IKU, {computed} dapat dihitung capaiannya";
        text += computed > 0 ? $" ({string.Join(", ", byColour)})" : "";
        var missing = items.Count - computed;
        text += missing > 0 ? $", dan {missing} belum dapat dihitung ({string.Join(", ", items.Where(i => i.Capaian is null).Select(i => i.Kode))})." : ".";
        return text;
    }

    private static string Ikhtisar(BahanLaporan b)
    {
        var text = $"Pada tahun {b.Tahun} {b.Satker.Nama} menetapkan {b.Iku.SemuaIndikator.Count()} Indikator Kinerja Utama; {Ringkasan(b)}";
        if (b.Anggaran.Count > 0)
        {
            var pagu = b.Anggaran.Sum(a => a.Pagu);
            var realisasi = b.Anggaran.Sum(a => a.Realisasi);
            text += $" Realisasi anggaran {Rupiah(realisasi)} dari pagu {Rupiah(pagu)} ({Persen(Kinerja.Ukuran.Serapan(pagu, realisasi))}).";
        }
        else
        {
            text += " Data realisasi anggaran belum diisi.";
        }
        return text;
    }

    private static string Analisis(BahanLaporan b, string kode)
    {
        var x = b.KinerjaOf(kode);
        if (x.Realisasi is null)
        {
            return $"Realisasi IKU {kode} ({x.Uraian}) tahun {b.Tahun} belum dapat dihitung: {x.Alasan}";
        }
        var text = $"{x.Uraian} pada tahun {b.Tahun} mencapai {Nilai(x.Realisasi, x.Satuan)}";
        text += x.Target is null ? " (target belum ditetapkan)" : $" dari target {Nilai(x.Target, x.Satuan)}";
        text += x.Capaian is { } c ? $" (capaian {Persen(c)})" : "";
        if (Sebelumnya(b, kode) is { } prev && x.Realisasi is decimal now && prev.Nilai is decimal before)
        {
            var arah = now > before ? "naik" : now < before ? "turun" : "sama";
            text += $", {arah} dibandingkan {Nilai(before, x.Satuan)} pada {prev.Label}";
        }
        else if (Sebelumnya(b, kode) is { } p)
        {
            text += $"; pada {p.Label}: {Nilai(p.Nilai, x.Satuan)}";
        }
        text += ".";
        if (b.Referensi.FirstOrDefault(r => r.KodeIndikator == kode && r.Jenis == "nasional" && r.Tahun == b.Tahun) is { } n && x.Realisasi is decimal v)
        {
            text += $" Angka nasional ({n.Label}) {Nilai(n.Nilai, x.Satuan)}; realisasi {b.Satker.Nama} {(v >= n.Nilai ? "di atas atau sama dengan" : "di bawah")} angka nasional.";
        }
        if (b.TargetOf(kode)?.Renstra is { } renstra && x.Realisasi is decimal r && x.Polaritas != Iku.Polaritas.Kategorikal)
        {
            text += $" Terhadap target akhir Renstra {Nilai(renstra, x.Satuan)}, capaian sampai tahun ini {Persen(Kinerja.CapaianCalculator.Hitung(x.Polaritas, renstra, r))}.";
        }
        return text;
    }

    /// <summary>The latest earlier value: the trend's last year with data, or a stored earlier result (an earlier election).</summary>
    public static (string Label, object? Nilai)? Sebelumnya(BahanLaporan b, string kode)
    {
        if (b.Tren.TryGetValue(kode, out var tren) && tren.LastOrDefault(t => t.Realisasi is not null) is { } t)
        {
            return ($"tahun {t.Tahun}", t.Realisasi);
        }
        return b.Referensi.Where(r => r.KodeIndikator == kode && r.Jenis == "sebelumnya" && r.Tahun < b.Tahun).OrderBy(r => r.Tahun).LastOrDefault() is { } r
            ? (r.Label, r.Nilai)
            : null;
    }

    private static string Sebab(BahanLaporan b, string kode)
    {
        var x = b.KinerjaOf(kode);
        if (x.Capaian is not { } c)
        {
            return $"Capaian IKU {kode} belum dapat dinilai. [Uraikan kendala pengumpulan data dan langkah penyelesaiannya.]";
        }
        return c >= 100
            ? $"Target IKU {kode} tercapai (capaian {Persen(c)}). [Uraikan faktor pendukung keberhasilan dan cara mempertahankannya.]"
            : $"Target IKU {kode} belum tercapai (capaian {Persen(c)}, kategori {x.Kategori?.Label ?? "—"}). [Uraikan penyebab, kendala, dan solusi yang telah dan akan dilakukan.]";
    }

    private static string Efisiensi(BahanLaporan b, string kode)
    {
        var kegiatan = b.AnggaranUntuk(kode).ToList();
        if (kegiatan.Count == 0)
        {
            return $"Belum ada kegiatan anggaran yang dikaitkan dengan IKU {kode}; efisiensi belum dapat dianalisis. [Kaitkan kegiatan DIPA dengan IKU pada register anggaran.]";
        }
        var pagu = kegiatan.Sum(a => a.Pagu);
        var realisasi = kegiatan.Sum(a => a.Realisasi);
        var serapan = Kinerja.Ukuran.Serapan(pagu, realisasi);
        var text = $"Anggaran yang dialokasikan untuk IKU {kode} (bagian kegiatan yang mendukungnya) menggunakan {Rupiah(realisasi)} dari pagu {Rupiah(pagu)} (penyerapan {Persen(serapan)}).";
        if (b.KinerjaOf(kode).Capaian is { } c && serapan is > 0)
        {
            var efisiensi = Kinerja.Ukuran.Bulat(c / serapan.Value);
            text += $" Dengan capaian kinerja {Persen(c)}, rasio capaian terhadap penyerapan adalah {Format.Bilangan(efisiensi, 2)} ({(efisiensi >= 1 ? "efisien" : "kurang efisien")}).";
        }
        return text + " [Uraikan penghematan atau kendala sumber daya.]";
    }

    public static string Nilai(object? value, string? satuan) => Format.Nilai(value, satuan);

    public static string Persen(decimal? value) => Format.Persen(value, "tidak dapat dihitung");

    public static string Rupiah(decimal value) => "Rp" + Format.Bilangan(value, 0);
}
