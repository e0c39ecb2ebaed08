using System.Globalization;
using Tolok.Dokumen;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Lkjip;

/// <summary>
/// The Perjanjian Kinerja, the Rencana Aksi and the LKjIP of a satker and year, built from <see cref="BahanLaporan"/>
/// into the shared document model (so DOCX, XLSX and PDF carry the same content).
/// </summary>
public static class KinerjaDokumen
{
    private static string T(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string N(object? value, string? satuan) => NarasiDraf.Nilai(value, satuan);

    /// <summary>", 3,42 poin persentase di atas angka pembanding": a difference of percentages in percentage points.</summary>
    private static string Selisih(decimal? nilai, decimal pembanding, string? satuan)
    {
        if (nilai is not { } v || satuan != "%")
        {
            return "";
        }
        var d = Ukuran.Bulat(v - pembanding);
        return d == 0 ? ", sama dengan angka pembanding" : $", {Format.Bilangan(Math.Abs(d), 2)} poin persentase {(d > 0 ? "di atas" : "di bawah")} angka pembanding";
    }

    /// <summary>The unit column of a table ("%", "laporan", "nilai"; "kategori" for an ordered category).</summary>
    private static string Satuan(string? satuan) => string.IsNullOrWhiteSpace(satuan) ? "—" : satuan;

    private static Sel Angka(object? value, string? satuan) => value switch
    {
        decimal d => Sel.Nilai(d, d == Math.Round(d) ? 0 : 2, satuan == "%" ? "%" : ""),
        string s => new Sel(s),
        _ => new Sel("—"),
    };

    /// <summary>Paragraphs of a stored or drafted section (blank lines separate paragraphs).</summary>
    private static IEnumerable<Blok> Teks(BahanLaporan b, string bagian) =>
        b.Teks(bagian).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new Paragraf(p));

    /// <summary>"Komisi Pemilihan Umum Kabupaten Jembrana": the official name, as documents print it.</summary>
    public static string NamaResmi(string nama) => nama.StartsWith("KPU ", StringComparison.Ordinal) ? "Komisi Pemilihan Umum " + nama[4..] : nama;

    private static string TempatTanggal(string? tempat, DateOnly? tanggal, int tahun) =>
        $"{tempat ?? "………"}, {(tanggal is { } d ? Format.Tanggal(d) : "……… " + T(tahun))}";

    private static TandaTangan TandaTanganDari(Profil.Pejabat? p, string? tempatTanggal, string? peran = null) =>
        new(tempatTanggal is null ? peran : peran is null ? tempatTanggal : $"{tempatTanggal}\n{peran}", p?.Jabatan, p?.Nama)
        {
            Nip = p?.Nip is { } nip ? Profil.ProfilStore.NipCetak(nip) : null,
        };

    /// <summary>The letterhead: logo, the satker's official name, its address.</summary>
    private static IEnumerable<Blok> Kop(BahanLaporan b)
    {
        if (b.Profil.Logo is { } logo)
        {
            yield return new Citra(logo, 54, $"Logo {b.Satker.Nama}");
        }
        yield return new Judul(NamaResmi(b.Satker.Nama).ToUpperInvariant());
        if (b.Profil.Alamat is { } alamat)
        {
            yield return new Paragraf(alamat) { Tengah = true };
        }
    }

    /// <summary>Sasaran, IKU and target: the table of the PK and of its appendix in the LKjIP.</summary>
    private static Tabel TabelPk(BahanLaporan b) => new(
        [new Kolom(0.5, Tengah: true), new Kolom(3), new Kolom(3.5), new Kolom(1, Tengah: true), new Kolom(0.9, Tengah: true)],
        [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "TARGET", "SATUAN"]],
        [.. b.Iku.Sasaran.SelectMany(s => s.Indikator.Select((x, i) => (IReadOnlyList<Sel?>)
        [
            i == 0 ? new Sel(T(s.Nomor), s.Indikator.Count) : null,
            i == 0 ? new Sel(s.Uraian, s.Indikator.Count) : null,
            new Sel($"{x.Kode} {x.Uraian}"),
            x.Polaritas == Iku.Polaritas.Kategorikal ? new Sel(b.TargetOf(x.Kode)?.Kategori ?? "—") : Angka(b.TargetOf(x.Kode)?.Tahunan, x.Satuan),
            new Sel(Satuan(x.Satuan)),
        ]))])
    { NamaLembar = "Perjanjian Kinerja", Keterangan = $"Sasaran, indikator dan target kinerja {b.Satker.Nama} tahun {b.Tahun}" };

    /// <summary>The programmes and activities that fund the agreement, with their ceilings (PK appendix).</summary>
    private static Tabel TabelProgramPk(BahanLaporan b)
    {
        var (pagu, _) = PohonAnggaran.Jumlah(b.Pohon);
        return new Tabel([new Kolom(0.5, true), new Kolom(1.6), new Kolom(4.2), new Kolom(1.8, true)],
            [["NO", "KODE", "PROGRAM / KEGIATAN", "ANGGARAN (Rp)"]],
            [.. b.Pohon.Where(r => r.Tingkat <= 1).Select((r, i) => (IReadOnlyList<Sel?>)[new Sel(T(i + 1)), new Sel(r.Data.Kode), new Sel($"{r.NamaTingkat}: {r.Data.Uraian}"), Sel.Nilai(r.Data.Pagu, 0)]),
             [new Sel(""), new Sel(""), new Sel("JUMLAH"), Sel.Nilai(pagu, 0)]])
        { NamaLembar = "Program PK", Keterangan = $"Program dan kegiatan pendukung serta anggarannya tahun {b.Tahun}" };
    }

    private static TandaTanganBerdampingan TandaTanganPk(BahanLaporan b)
    {
        var (pertama, kedua, tempat, tanggal) = b.Profil.Tanda("pk");
        return new(TandaTanganDari(kedua, null, "Pihak Kedua,"), TandaTanganDari(pertama, TempatTanggal(tempat, tanggal, b.Tahun), "Pihak Pertama,"));
    }

    private static string Pihak(Profil.Pejabat? p, string peran) => p is null
        ? $"Nama\t: (…………………………………)\nJabatan\t: (…………………………………), selanjutnya disebut {peran}."
        : $"Nama\t: {p.Nama}" + (p.Nip is { } nip ? $"\nNIP\t: {Profil.ProfilStore.NipCetak(nip)}" : "") + $"\nJabatan\t: {p.Jabatan}, selanjutnya disebut {peran}.";

    public static DokumenModel Pk(BahanLaporan b)
    {
        var (pertama, kedua, _, _) = b.Profil.Tanda("pk");
        var judul = $"PERJANJIAN KINERJA TAHUN {b.Tahun}";
        var isi = new List<Blok>(Kop(b))
        {
            new Judul(judul),
            new Paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"),
            new Paragraf(Pihak(pertama, "pihak pertama")),
            new Paragraf(Pihak(kedua, "pihak kedua")),
            new Paragraf("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."),
            new Paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi."),
            TandaTanganPk(b),
            new HalamanBaru(),
            new Judul($"LAMPIRAN PERJANJIAN KINERJA TAHUN {b.Tahun}\n{NamaResmi(b.Satker.Nama).ToUpperInvariant()}"),
            TabelPk(b),
        };
        if (b.Anggaran.Count > 0)
        {
            isi.Add(TabelProgramPk(b));
        }
        isi.Add(TandaTanganPk(b));
        return new DokumenModel(judul, Lanskap: false, isi)
        {
            KepalaHalaman = $"Perjanjian Kinerja {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = Kelengkapan.Periksa(b, "pk").Count > 0,
        };
    }

    private static readonly string[] Tw = ["I", "II", "III", "IV"];

    /// <summary>
    /// The Rencana Aksi as an action plan: per IKU and quarter the cumulative target, the planned actions and who is
    /// responsible; signed by the head of the satker.
    /// </summary>
    public static DokumenModel RencanaAksi(BahanLaporan b)
    {
        var rows = new List<IReadOnlyList<Sel?>>();
        foreach (var x in b.Iku.SemuaIndikator)
        {
            var target = b.TargetOf(x.Kode);
            for (var q = 1; q <= 4; q++)
            {
                var aksi = b.Profil.Aksi.Where(a => a.KodeIndikator == x.Kode && a.Triwulan == q).ToList();
                var tw = x.Polaritas == Iku.Polaritas.Kategorikal
                    ? new Sel(q == 4 ? target?.Kategori ?? "—" : "—")
                    : Angka(q switch { 1 => target?.Tw1, 2 => target?.Tw2, 3 => target?.Tw3, _ => target?.Tw4 ?? target?.Tahunan }, x.Satuan);
                rows.Add(
                [
                    q == 1 ? new Sel($"{x.Kode} {x.Uraian}", 4) : null,
                    q == 1 ? (x.Polaritas == Iku.Polaritas.Kategorikal ? new Sel(target?.Kategori ?? "—", 4) : Angka(target?.Tahunan, x.Satuan) with { Baris = 4 }) : null,
                    new Sel(Tw[q - 1]),
                    tw,
                    new Sel(aksi.Count == 0 ? "—" : string.Join("\n", aksi.Select((a, i) => aksi.Count == 1 ? a.Uraian : $"{i + 1}. {a.Uraian}"))),
                    new Sel(aksi.Count == 0 ? "—" : string.Join("\n", aksi.Select(a => a.PenanggungJawab).Distinct())),
                ]);
            }
        }
        var (kepala, _, tempat, tanggal) = b.Profil.Tanda("rencana-aksi");
        var judul = $"RENCANA AKSI TAHUN {b.Tahun}";
        return new DokumenModel(judul, Lanskap: true,
        [
            .. Kop(b),
            new Judul(judul),
            new Paragraf("Target triwulan bersifat kumulatif sampai akhir triwulan. Kegiatan adalah langkah yang direncanakan untuk mencapai target triwulan itu, dengan unit atau orang yang bertanggung jawab."),
            new Tabel(
                [new Kolom(3.2), new Kolom(1.1, true), new Kolom(0.7, true), new Kolom(1.1, true), new Kolom(4.2), new Kolom(2.2)],
                [["INDIKATOR KINERJA UTAMA", "TARGET TAHUNAN", "TW", "TARGET TRIWULAN", "KEGIATAN", "PENANGGUNG JAWAB"]],
                rows)
            { NamaLembar = "Rencana Aksi", Keterangan = $"Rencana aksi {b.Satker.Nama} tahun {b.Tahun}" },
            TandaTanganDari(kepala, TempatTanggal(tempat, tanggal, b.Tahun)),
        ])
        {
            KepalaHalaman = $"Rencana Aksi {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = Kelengkapan.Periksa(b, "rencana-aksi").Count > 0,
        };
    }

    /// <summary>The Rencana Aksi's monitoring version: per IKU and quarter target, realisation and achievement, the quarters' notes; signed.</summary>
    public static DokumenModel RencanaAksiMonitoring(BahanLaporan b)
    {
        var rows = new List<IReadOnlyList<Sel?>>();
        foreach (var x in b.Iku.SemuaIndikator)
        {
            var target = b.TargetOf(x.Kode);
            var row = new List<Sel?> { new($"{x.Kode} {x.Uraian}"), x.Polaritas == Iku.Polaritas.Kategorikal ? new Sel(target?.Kategori ?? "—") : Angka(target?.Tahunan, x.Satuan) };
            for (var q = 0; q < 4; q++)
            {
                var k = b.Triwulan[q].Indikator.First(i => i.Kode == x.Kode);
                row.Add(x.Polaritas == Iku.Polaritas.Kategorikal ? new Sel(k.Target as string ?? "—") : Angka(k.Target, x.Satuan));
                row.Add(Angka(k.Realisasi, x.Satuan));
                row.Add(k.Capaian is { } c ? Sel.Nilai(c, 2, "%") : new Sel("—"));
            }
            rows.Add(row);
        }
        var (kepala, _, tempat, tanggal) = b.Profil.Tanda("rencana-aksi");
        var judul = $"MONITORING RENCANA AKSI TAHUN {b.Tahun}";
        string[] sub = ["Target", "Realisasi", "Capaian"];
        var isi = new List<Blok>(Kop(b))
        {
            new Judul(judul),
            new Paragraf("Target triwulan bersifat kumulatif sampai akhir triwulan. Realisasi dan capaian dihitung dari register sumber data setiap IKU sampai akhir triwulan; \"—\" berarti belum dapat dihitung (belum ada data atau target), bukan nol."),
            new Tabel(
                [new Kolom(2.0), new Kolom(1.2, true), .. Enumerable.Range(0, 12).Select(_ => new Kolom(0.9, true))],
                [["INDIKATOR KINERJA UTAMA", "TARGET TAHUNAN", "TW I", Tabel.GabungKiri, Tabel.GabungKiri, "TW II", Tabel.GabungKiri, Tabel.GabungKiri, "TW III", Tabel.GabungKiri, Tabel.GabungKiri, "TW IV", Tabel.GabungKiri, Tabel.GabungKiri],
                 [Tabel.GabungAtas, Tabel.GabungAtas, .. sub, .. sub, .. sub, .. sub]],
                rows)
            { NamaLembar = "Monitoring", Keterangan = $"Target, realisasi dan capaian triwulanan {b.Satker.Nama} tahun {b.Tahun}" },
        };
        for (var q = 1; q <= 4; q++)
        {
            if (b.Narasi.TryGetValue($"catatan-tw:{q}", out var catatan) && !string.IsNullOrWhiteSpace(catatan))
            {
                isi.Add(new Paragraf($"Catatan triwulan {Tw[q - 1]}: {catatan.Trim()}"));
            }
        }
        isi.Add(TandaTanganDari(kepala, TempatTanggal(tempat, tanggal, b.Tahun)));
        return new DokumenModel(judul, Lanskap: true, isi)
        {
            KepalaHalaman = $"Monitoring Rencana Aksi {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = Kelengkapan.Periksa(b, "rencana-aksi-monitoring").Count > 0,
        };
    }

    /// <summary>Bab I: the officials as an organisation chart and a table.</summary>
    private static IEnumerable<Blok> Organisasi(BahanLaporan b)
    {
        var pejabat = b.Profil.Pejabat;
        if (pejabat.Count == 0)
        {
            yield return new Paragraf("Data pejabat belum diisi.");
            yield break;
        }
        yield return new Gambar(Grafik.TataBagan([.. pejabat.Select(p => new Grafik.Simpul(p.Id, p.AtasanId, p.Unit ?? p.Jabatan, p.Nama))],
            $"Struktur organisasi {b.Satker.Nama}"));
        yield return new Tabel([new Kolom(0.5, true), new Kolom(2.6), new Kolom(1.9, true), new Kolom(3.2)],
            [["NO", "NAMA", "NIP", "JABATAN"]],
            [.. pejabat.Select((p, i) => (IReadOnlyList<Sel?>)[new Sel(T(i + 1)), new Sel(p.Nama), new Sel(p.Nip is { } nip ? Profil.ProfilStore.NipCetak(nip) : "—"), new Sel(p.Jabatan)])])
        { NamaLembar = "Pejabat", Keterangan = $"Pejabat {b.Satker.Nama}" };
    }

    /// <summary>Bab I: staff by rank group, education and sex, from the staffing register.</summary>
    private static IEnumerable<Blok> Kepegawaian(BahanLaporan b)
    {
        var pegawai = b.Profil.Pegawai;
        if (pegawai.Count == 0)
        {
            yield return new Paragraf($"Data pegawai tahun {b.Tahun} belum diisi.");
            yield break;
        }
        var total = pegawai.Sum(p => p.Jumlah);
        yield return new Paragraf($"Pada tahun {b.Tahun} {b.Satker.Nama} didukung {Format.Bilangan(total, 0)} pegawai ({Format.Bilangan(pegawai.Where(p => p.JenisKelamin == "L").Sum(p => p.Jumlah), 0)} laki-laki dan {Format.Bilangan(pegawai.Where(p => p.JenisKelamin == "P").Sum(p => p.Jumlah), 0)} perempuan).");
        Tabel Per(string judul, string lembar, IEnumerable<string> urutan, Func<Profil.Pegawai, string> kunci) => new(
            [new Kolom(2), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true)],
            [[judul, "LAKI-LAKI", "PEREMPUAN", "JUMLAH"]],
            [.. urutan.Where(u => pegawai.Any(p => kunci(p) == u)).Select(u => (IReadOnlyList<Sel?>)
            [
                new Sel(u),
                Sel.Nilai(pegawai.Where(p => kunci(p) == u && p.JenisKelamin == "L").Sum(p => p.Jumlah), 0),
                Sel.Nilai(pegawai.Where(p => kunci(p) == u && p.JenisKelamin == "P").Sum(p => p.Jumlah), 0),
                Sel.Nilai(pegawai.Where(p => kunci(p) == u).Sum(p => p.Jumlah), 0),
            ]),
             [new Sel("JUMLAH"), Sel.Nilai(pegawai.Where(p => p.JenisKelamin == "L").Sum(p => p.Jumlah), 0), Sel.Nilai(pegawai.Where(p => p.JenisKelamin == "P").Sum(p => p.Jumlah), 0), Sel.Nilai(total, 0)]])
        { NamaLembar = lembar, Keterangan = $"Pegawai {b.Satker.Nama} tahun {b.Tahun} menurut {judul.ToLowerInvariant()} dan jenis kelamin" };
        yield return Per("GOLONGAN", "Pegawai golongan", Profil.Pegawai.DaftarGolongan, p => p.Golongan);
        yield return Per("PENDIDIKAN", "Pegawai pendidikan", Profil.Pegawai.DaftarPendidikan, p => p.Pendidikan);
    }

    /// <summary>Bab II: the Renstra's period, objectives and each IKU's yearly targets over the period.</summary>
    private static IEnumerable<Blok> Renstra(BahanLaporan b)
    {
        if (b.Profil.Renstra is not { } r)
        {
            yield return new Paragraf($"Renstra yang mencakup tahun {b.Tahun} belum diisi.");
            yield break;
        }
        yield return new Paragraf($"Rencana Strategis {b.Satker.Nama} periode {T(r.TahunMulai)}–{T(r.TahunSelesai)}{(r.Dasar is null ? "" : $" ditetapkan dengan {r.Dasar}")}. Tujuannya:");
        var tujuan = r.Tujuan.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        yield return new Paragraf(string.Join("\n", tujuan.Select((t, i) => $"{i + 1}. {t}")));
        var years = Enumerable.Range(r.TahunMulai, r.TahunSelesai - r.TahunMulai + 1).ToList();
        yield return new Tabel(
            [new Kolom(2.6), .. years.Select(_ => new Kolom(0.8, true)), new Kolom(0.9, true)],
            [["SASARAN / INDIKATOR KINERJA UTAMA", .. years.Select(y => $"TARGET {T(y)}"), "AKHIR RENSTRA"]],
            [.. b.Iku.Sasaran.SelectMany(s => new[] { (IReadOnlyList<Sel?>)[new Sel($"Sasaran {s.Nomor}: {s.Uraian}"), .. years.Select(_ => new Sel("")), new Sel("")] }
                .Concat(s.Indikator.Select(x => (IReadOnlyList<Sel?>)
                [
                    new Sel($"{x.Kode} {x.Uraian}"),
                    .. years.Select(y => b.Profil.TargetRenstra.FirstOrDefault(t => t.Tahun == y && t.KodeIndikator == x.Kode) is { } t
                        ? (x.Polaritas == Iku.Polaritas.Kategorikal ? new Sel(t.Kategori ?? "—") : Angka(t.Tahunan, x.Satuan))
                        : new Sel("—")),
                    Angka(b.TargetOf(x.Kode)?.Renstra, x.Satuan),
                ])))])
        { NamaLembar = "Renstra", Keterangan = $"Target IKU per tahun periode Renstra {T(r.TahunMulai)}–{T(r.TahunSelesai)} (— = belum ditetapkan)" };
    }

    /// <summary>
    /// Bab II: the performance tree (cascading) as a table: each IKU of the parent satker with the IKU of this satker
    /// that support it (merged cells group them), then this satker's IKU that support none.
    /// </summary>
    private static IEnumerable<Blok> Cascading(BahanLaporan b)
    {
        if (b.IkuInduk is not { } induk)
        {
            yield break;
        }
        var milik = b.Iku.SemuaIndikator.ToList();
        yield return new Paragraf($"IKU {b.Satker.Nama} diselaraskan (cascading) dengan IKU {induk.Satker.Nama} tahun {b.Tahun}: setiap IKU di bawah ini mendukung IKU satker induk di sebelah kirinya.");
        var rows = new List<IReadOnlyList<Sel?>>();
        foreach (var p in induk.SemuaIndikator)
        {
            var pendukung = milik.Where(x => x.KodeInduk == p.Kode).ToList();
            for (var i = 0; i < pendukung.Count; i++)
            {
                rows.Add([i == 0 ? new Sel($"{p.Kode} {p.Uraian}", pendukung.Count) : null, new Sel($"{pendukung[i].Kode} {pendukung[i].Uraian}")]);
            }
        }
        var lepas = milik.Where(x => x.KodeInduk is null || induk.SemuaIndikator.All(p => p.Kode != x.KodeInduk)).ToList();
        for (var i = 0; i < lepas.Count; i++)
        {
            rows.Add([i == 0 ? new Sel("(tidak dikaitkan ke IKU satker induk)", lepas.Count) : null, new Sel($"{lepas[i].Kode} {lepas[i].Uraian}")]);
        }
        yield return new Tabel([new Kolom(3), new Kolom(3)],
            [[$"IKU {NamaResmi(induk.Satker.Nama).ToUpperInvariant()}", $"IKU {NamaResmi(b.Satker.Nama).ToUpperInvariant()} YANG MENDUKUNG"]], rows)
        { NamaLembar = "Pohon kinerja", Keterangan = $"Pohon kinerja: IKU {b.Satker.Nama} dan IKU {induk.Satker.Nama} yang didukungnya, tahun {b.Tahun}" };
    }

    /// <summary>The date the LKjIP's follow-up is reported as of: its signing date, else its deadline (end of February).</summary>
    private static DateOnly PerTanggal(BahanLaporan b) => b.Profil.Tanda("lkjip").Tanggal ?? Lke.LkeSaran.BatasLkjip(b.Tahun);

    /// <summary>Bab III C: the last LHE's recommendations, their follow-up and status as of the report's date.</summary>
    private static IEnumerable<Blok> TindakLanjutLhe(BahanLaporan b)
    {
        if (b.LheLalu is not { } lhe)
        {
            yield return new Paragraf($"Belum ada LHE atas akuntabilitas kinerja tahun {b.Tahun - 1} yang tercatat.");
            yield break;
        }
        var per = PerTanggal(b);
        var rekomendasi = b.Rekomendasi.Select(r => Evaluasi.RekomendasiStore.Per(r, per)).ToList();
        var selesai = rekomendasi.Count(r => Evaluasi.RekomendasiStore.Status(r) == Evaluasi.RekomendasiStore.Selesai);
        yield return new Paragraf($"LHE atas akuntabilitas kinerja tahun {lhe.TahunDievaluasi} oleh {lhe.Evaluator} tanggal {Format.Tanggal(lhe.TanggalLhe)} memberikan nilai {Format.Bilangan(lhe.Nilai, 2)}"
            + (rekomendasi.Count == 0
                ? (lhe.Rekomendasi is { } teks ? $" dengan rekomendasi: {teks}" + (lhe.TindakLanjut is { } tl ? $" Tindak lanjut: {tl}" : "") : ".")
                : $" dengan {rekomendasi.Count} rekomendasi; per {Format.Tanggal(per)} {selesai} selesai ditindaklanjuti."));
        if (rekomendasi.Count == 0)
        {
            yield break;
        }
        yield return new Tabel(
            [new Kolom(0.4, true), new Kolom(2.6), new Kolom(1.2), new Kolom(1, true), new Kolom(2.4), new Kolom(0.9, true)],
            [["NO", "REKOMENDASI", "PENANGGUNG JAWAB", "BATAS WAKTU", "TINDAK LANJUT", "STATUS"]],
            [.. rekomendasi.Select(r =>
            {
                var terakhir = r.TindakLanjut.OrderBy(t => t.Tanggal).ThenBy(t => t.Id).LastOrDefault();
                var status = Evaluasi.RekomendasiStore.Status(r) + (Evaluasi.RekomendasiStore.Terlambat(r, per) ? " (terlambat)" : "");
                return (IReadOnlyList<Sel?>)[new Sel(r.Nomor.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Sel(r.Uraian + (r.Komponen is { } k ? $" [{k}]" : "")),
                    new Sel(r.PenanggungJawab), new Sel(Format.Tanggal(r.JatuhTempo)),
                    new Sel(terakhir is null ? "—" : $"{Format.Tanggal(terakhir.Tanggal)}: {terakhir.Uraian}"), new Sel(status)];
            })])
        {
            NamaLembar = "Tindak Lanjut LHE",
            Keterangan = $"Tindak lanjut rekomendasi LHE tahun {lhe.TahunDievaluasi} per {Format.Tanggal(per)}",
        };
    }

    /// <summary>Bab IV B: the recommendations still open as of the report's date, the first follow-up steps.</summary>
    private static IEnumerable<Blok> RekomendasiTerbuka(BahanLaporan b)
    {
        var per = PerTanggal(b);
        var terbuka = b.Rekomendasi.Select(r => Evaluasi.RekomendasiStore.Per(r, per)).Where(r => Evaluasi.RekomendasiStore.Status(r) != Evaluasi.RekomendasiStore.Selesai).ToList();
        if (terbuka.Count > 0)
        {
            yield return new Paragraf($"Rekomendasi LHE tahun {b.LheLalu!.TahunDievaluasi} yang belum selesai per {Format.Tanggal(per)} dan akan dituntaskan: "
                + string.Join("; ", terbuka.Select(r => $"({r.Nomor}) {r.Uraian} — {r.PenanggungJawab}, batas {Format.Tanggal(r.JatuhTempo)}{(Evaluasi.RekomendasiStore.Terlambat(r, per) ? ", terlambat" : "")}")) + ".");
        }
    }

    /// <summary>Bab IV: a conclusion per sasaran from its IKU's achievements.</summary>
    private static IEnumerable<Blok> Kesimpulan(BahanLaporan b)
    {
        foreach (var s in b.Iku.Sasaran)
        {
            var parts = s.Indikator.Select(x => b.KinerjaOf(x.Kode)).Select(k => k.Capaian is { } c
                ? $"IKU {k.Kode} {Format.Bilangan(c, 2)}% ({k.Kategori?.Label ?? "—"})"
                : $"IKU {k.Kode} belum dapat dihitung");
            var semua = s.Indikator.Select(x => b.KinerjaOf(x.Kode).Capaian).ToList();
            var simpul = semua.All(c => c is >= 100) ? "tercapai sepenuhnya" : semua.Any(c => c is null) ? "belum dapat disimpulkan seluruhnya" : "belum tercapai sepenuhnya";
            yield return new Paragraf($"Sasaran {s.Nomor} ({s.Uraian}) {simpul}: {string.Join("; ", parts)}.");
        }
    }

    public static DokumenModel Lkjip(BahanLaporan b)
    {
        var judul = $"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {b.Tahun}";
        var (kepala, _, tempat, tanggal) = b.Profil.Tanda("lkjip");
        var isi = new List<Blok>();
        // Cover
        if (b.Profil.Logo is { } logo)
        {
            isi.Add(new Citra(logo, 120, $"Logo {b.Satker.Nama}"));
        }
        isi.Add(new Judul($"LAPORAN KINERJA INSTANSI PEMERINTAH\n(LKjIP)\nTAHUN {b.Tahun}"));
        isi.Add(new Judul(NamaResmi(b.Satker.Nama).ToUpperInvariant()));
        if (b.Profil.Alamat is { } alamat)
        {
            isi.Add(new Paragraf(alamat) { Tengah = true });
        }
        isi.Add(new Paragraf($"{tempat ?? "………"}, {T(tanggal?.Year ?? b.Tahun + 1)}") { Tengah = true });
        isi.Add(new HalamanBaru());
        isi.Add(new Subjudul(1, "Kata Pengantar"));
        isi.AddRange(Teks(b, "kata-pengantar"));
        isi.Add(TandaTanganDari(kepala, TempatTanggal(tempat, tanggal, b.Tahun + 1)));
        isi.Add(new HalamanBaru());
        isi.Add(new Subjudul(1, "Ikhtisar Eksekutif"));
        isi.AddRange(Teks(b, "ikhtisar"));
        isi.Add(TabelCapaian(b, $"Ringkasan capaian IKU tahun {b.Tahun}"));
        isi.Add(new HalamanBaru());
        isi.Add(new DaftarIsi());
        isi.Add(new MulaiBadan());

        isi.Add(new Subjudul(1, "Bab I Pendahuluan"));
        isi.Add(new Subjudul(2, "A. Tugas dan Fungsi"));
        isi.AddRange(Teks(b, "pendahuluan"));
        isi.Add(new Subjudul(2, "B. Struktur Organisasi"));
        isi.AddRange(Organisasi(b));
        isi.Add(new Subjudul(2, "C. Sumber Daya Manusia"));
        isi.AddRange(Kepegawaian(b));
        isi.Add(new Subjudul(2, "D. Isu Strategis"));
        isi.AddRange(Teks(b, "isu-strategis"));

        isi.Add(new Subjudul(1, "Bab II Perencanaan Kinerja"));
        isi.AddRange(Teks(b, "perencanaan"));
        isi.Add(new Subjudul(2, "A. Rencana Strategis"));
        isi.AddRange(Renstra(b));
        isi.Add(new Subjudul(2, "B. Indikator Kinerja Utama"));
        isi.Add(IkuDokumen.Build(b.Iku).Isi.OfType<Tabel>().Single() with { NamaLembar = "IKU", Keterangan = $"Indikator Kinerja Utama {b.Satker.Nama} tahun {b.Tahun}" });
        isi.AddRange(Cascading(b));
        isi.Add(new Subjudul(2, "C. Perjanjian Kinerja"));
        isi.Add(TabelPk(b) with { NamaLembar = "Target PK" });

        isi.Add(new Subjudul(1, "Bab III Akuntabilitas Kinerja"));
        isi.Add(new Subjudul(2, "A. Capaian Kinerja Organisasi"));
        isi.Add(TabelCapaian(b, $"Pengukuran kinerja tahun {b.Tahun}") with { NamaLembar = "Pengukuran Kinerja" });
        var dihitung = b.Tahunan.Indikator.ToList();
        isi.Add(new Gambar(Grafik.TataBatangPersen(
            [.. dihitung.Select(i => $"IKU {i.Kode}")],
            [new Grafik.Seri("Capaian", "#0b4f8a", [.. dihitung.Select(i => i.Capaian)])],
            $"Capaian IKU {b.Satker.Nama} tahun {b.Tahun} (batang dipotong pada 100%)")));
        foreach (var sasaran in b.Iku.Sasaran)
        {
            isi.Add(new Subjudul(3, $"Sasaran {sasaran.Nomor}: {sasaran.Uraian}"));
            foreach (var x in sasaran.Indikator)
            {
                isi.AddRange(Indikator(b, x));
            }
        }

        isi.Add(new Subjudul(2, "B. Realisasi Anggaran"));
        isi.AddRange(Anggaran(b));
        isi.Add(new Subjudul(2, "C. Tindak Lanjut Rekomendasi Hasil Evaluasi"));
        isi.AddRange(TindakLanjutLhe(b));

        isi.Add(new Subjudul(1, "Bab IV Penutup"));
        isi.Add(new Subjudul(2, "A. Kesimpulan"));
        isi.AddRange(Kesimpulan(b));
        isi.Add(new Subjudul(2, "B. Langkah Tindak Lanjut"));
        isi.AddRange(RekomendasiTerbuka(b));
        isi.AddRange(Teks(b, "penutup"));
        isi.Add(TandaTanganDari(kepala, TempatTanggal(tempat, tanggal, b.Tahun + 1)));

        isi.Add(new HalamanBaru());
        isi.Add(new Subjudul(1, "Lampiran"));
        isi.Add(new Subjudul(2, "Lampiran 1. Perjanjian Kinerja"));
        isi.AddRange(Pk(b).Isi.Where(x => x is not HalamanBaru and not Judul and not Citra and not Paragraf { Tengah: true }));
        isi.Add(new Subjudul(2, "Lampiran 2. Pengukuran Kinerja"));
        isi.Add(TabelPengukuran(b));
        isi.Add(new Subjudul(2, "Lampiran 3. Pernyataan Telah Direviu"));
        isi.AddRange(Teks(b, "reviu-apip"));
        return new DokumenModel(judul, Lanskap: false, isi)
        {
            KepalaHalaman = $"LKjIP {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = Kelengkapan.Periksa(b, "lkjip").Count > 0,
        };
    }

    private static Tabel TabelCapaian(BahanLaporan b, string keterangan) => new(
        [new Kolom(3.2), new Kolom(0.9, true), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true)],
        [["INDIKATOR KINERJA UTAMA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "KATEGORI"]],
        [.. b.Tahunan.Indikator.Select(x => (IReadOnlyList<Sel?>)
        [
            new Sel($"{x.Kode} {x.Uraian}" + (x.Manual ? " (manual)" : "")),
            new Sel(Satuan(x.Satuan)),
            Angka(x.Target, x.Satuan),
            Angka(x.Realisasi, x.Satuan),
            x.Capaian is { } c ? Sel.Nilai(c, 2, "%") : new Sel("—"),
            new Sel(x.Kategori?.Label ?? "—"),
        ])])
    { NamaLembar = "Capaian", Keterangan = keterangan };

    private static Tabel TabelPengukuran(BahanLaporan b) => new(
        [new Kolom(2.8), new Kolom(0.9, true), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true), new Kolom(2.2)],
        [["INDIKATOR KINERJA UTAMA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "SUMBER DATA"]],
        [.. b.Tahunan.Indikator.Select(x => (IReadOnlyList<Sel?>)
        [
            new Sel($"{x.Kode} {x.Uraian}"),
            new Sel(Satuan(x.Satuan)),
            Angka(x.Target, x.Satuan),
            Angka(x.Realisasi, x.Satuan) with { Teks = N(x.Realisasi, x.Satuan) + (x.Pembilang is { } p && x.Penyebut is { } q ? $" ({Format.Bilangan(p)} dari {Format.Bilangan(q)})" : "") },
            x.Capaian is { } c ? Sel.Nilai(c, 2, "%") : new Sel("—"),
            new Sel(x.Sumber is { } s ? SumberData(s.Register, s.JumlahBaris) + (x.Manual ? $"; diisi manual — {x.Justifikasi} Bukti: {x.Bukti}" : "") : x.Alasan ?? "—"),
        ])])
    { NamaLembar = "Lampiran Pengukuran", Keterangan = $"Pengukuran kinerja {b.Satker.Nama} tahun {b.Tahun} dan sumber datanya" };

    /// <summary>Where a figure comes from, in the words of the office ("Register laporan RB: 4 laporan"), never a register key.</summary>
    private static string SumberData(string register, long baris) => register switch
    {
        "laporan-rb" => $"Register laporan RB: {Format.Bilangan(baris)} laporan",
        "laporan-keuangan" => $"Register laporan keuangan: {Format.Bilangan(baris)} laporan",
        "lhe" => $"Laporan hasil evaluasi SAKIP: {Format.Bilangan(baris)} LHE",
        "layanan" => $"Register layanan informasi publik: {Format.Bilangan(baris)} layanan",
        "tahapan" => $"Jadwal dan pelaksanaan tahapan: {Format.Bilangan(baris)} tahapan",
        "sengketa" => $"Register perkara sengketa: {Format.Bilangan(baris)} perkara",
        "partisipasi" => $"Data TPS (formulir C.Hasil): {Format.Bilangan(baris)} TPS",
        "anggaran" => $"Register anggaran: {Format.Bilangan(baris)} kegiatan",
        _ => $"Register {register.Replace('-', ' ')}: {Format.Bilangan(baris)} baris",
    };

    /// <summary>The seven parts of the analysis of one IKU (LKjIP structure, PermenPAN-RB 53/2014).</summary>
    private static IEnumerable<Blok> Indikator(BahanLaporan b, Iku.IndikatorDto x)
    {
        var k = b.KinerjaOf(x.Kode);
        var target = b.TargetOf(x.Kode);
        yield return new Paragraf($"IKU {x.Kode}: {x.Uraian}");
        foreach (var p in Teks(b, $"analisis:{x.Kode}"))
        {
            yield return p;
        }
        // (1) target and realisation this year
        yield return new Tabel([new Kolom(2), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true)],
            [["URAIAN", "TARGET", "REALISASI", "CAPAIAN"]],
            [[new Sel($"Tahun {b.Tahun}"), Angka(k.Target, x.Satuan), Angka(k.Realisasi, x.Satuan), k.Capaian is { } c ? Sel.Nilai(c, 2, "%") : new Sel("—")]])
        { NamaLembar = $"IKU {x.Kode}", Keterangan = $"(1) Target dan realisasi IKU {x.Kode} tahun {b.Tahun}" };
        // (1a) a participation IKU in a year of several elections: each with its own numerator, denominator and achievement
        if (b.Partisipasi.FirstOrDefault(p => p.Kode == x.Kode) is { } partisipasi && partisipasi.Semua.Any())
        {
            var semua = partisipasi.Semua.ToList();
            var targetNilai = k.Target as decimal?;
            var tanda = partisipasi.Aturan == Partisipasi.AturanNilaiIku.RataRata ? " (dirata-ratakan)" : " (nilai IKU)";
            yield return new Tabel([new Kolom(3), new Kolom(1.2, true), new Kolom(1.2, true), new Kolom(1, true), new Kolom(1, true)],
                [["PEMILIHAN", "MENGGUNAKAN HAK PILIH (orang)", "TERDAFTAR (orang)", "REALISASI (%)", "CAPAIAN (%)"]],
                [.. semua.Select(v => (IReadOnlyList<Sel?>)
                [
                    new Sel(b.NamaSurat.GetValueOrDefault((v.Pemilihan, v.SuratSuara), $"{v.Pemilihan} {v.SuratSuara}") + (v.DipakaiIku ? tanda : "")),
                    Sel.Nilai(v.Pembilang, 0), Sel.Nilai(v.Penyebut, 0), Sel.Nilai(v.Nilai),
                    CapaianCalculator.Hitung(x.Polaritas, targetNilai, v.Nilai) is { } cv ? Sel.Nilai(cv, 2) : new Sel("—"),
                ])])
            { NamaLembar = $"IKU {x.Kode} pemilihan", Keterangan = $"(1a) IKU {x.Kode} untuk setiap pemilihan tahun {b.Tahun}" };
            var dipakai = semua.Where(v => v.DipakaiIku).Select(v => b.NamaSurat.GetValueOrDefault((v.Pemilihan, v.SuratSuara), $"{v.Pemilihan} {v.SuratSuara}")).ToList();
            yield return new Paragraf($"Tahun {b.Tahun} diselenggarakan {semua.Count} pemungutan suara yang diukur; " +
                $"{Partisipasi.AturanNilaiIku.Kalimat(partisipasi.Aturan, dipakai)}. Setiap pemilihan dilaporkan dengan pembilang, penyebut dan capaiannya terhadap target yang sama.");
        }
        // (2) against previous years
        var tren = b.Tren.GetValueOrDefault(x.Kode) ?? [];
        var sebelumnya = b.Referensi.Where(r => r.KodeIndikator == x.Kode && r.Jenis == "sebelumnya" && r.Tahun < b.Tahun).ToList();
        // Years in order, earlier elections' figures among them with their source.
        yield return new Tabel([new Kolom(2.4), new Kolom(1, true)], [["TAHUN / PEMILIHAN", "REALISASI"]],
            [.. tren.Select(t => (t.Tahun, Baris: (IReadOnlyList<Sel?>)[new Sel(T(t.Tahun)), Angka(t.Realisasi, x.Satuan)]))
                .Concat(sebelumnya.Select(r => (r.Tahun, Baris: (IReadOnlyList<Sel?>)[new Sel($"{r.Label} ({r.Sumber})"), Angka(r.Nilai, x.Satuan)])))
                .OrderBy(r => r.Tahun).Select(r => r.Baris),
             [new Sel($"{b.Tahun} (tahun ini)"), Angka(k.Realisasi, x.Satuan)]])
        { NamaLembar = $"IKU {x.Kode} tren", Keterangan = $"(2) Realisasi IKU {x.Kode} dibandingkan tahun-tahun sebelumnya (— = tidak ada data)" };
        // (3) against the Renstra end target
        var renstra = target?.Renstra;
        var capaianRenstra = x.Polaritas == Iku.Polaritas.Kategorikal ? null : CapaianCalculator.Hitung(x.Polaritas, renstra, k.Realisasi as decimal?);
        yield return new Paragraf(renstra is null
            ? $"(3) Target akhir Renstra untuk IKU {x.Kode} belum diisi."
            : $"(3) Target akhir Renstra {N(renstra, x.Satuan)}; realisasi sampai tahun {b.Tahun} {N(k.Realisasi, x.Satuan)} ({(capaianRenstra is { } cr ? Format.Bilangan(cr, 2) + "% dari target akhir" : "belum dapat dibandingkan")}).");
        // (4) against a national figure
        var nasional = b.Referensi.FirstOrDefault(r => r.KodeIndikator == x.Kode && r.Jenis == "nasional" && r.Tahun == b.Tahun);
        yield return new Paragraf(nasional is null
            ? $"(4) Tidak ada angka nasional pembanding untuk IKU {x.Kode}."
            : $"(4) {nasional.Label}: {N(nasional.Nilai, x.Satuan)} (sumber: {nasional.Sumber}); realisasi {b.Satker.Nama}: {N(k.Realisasi, x.Satuan)}{Selisih(k.Realisasi as decimal?, nasional.Nilai, x.Satuan)}.");
        // (5) causes and solutions, (6) efficiency
        yield return new Paragraf("(5) Penyebab keberhasilan/kegagalan dan solusi:");
        foreach (var p in Teks(b, $"sebab:{x.Kode}"))
        {
            yield return p;
        }
        yield return new Paragraf("(6) Efisiensi penggunaan sumber daya:");
        foreach (var p in Teks(b, $"efisiensi:{x.Kode}"))
        {
            yield return p;
        }
        // (7) programmes and activities
        var kegiatan = b.AnggaranUntuk(x.Kode).ToList();
        yield return new Paragraf(kegiatan.Count == 0
            ? "(7) Program dan kegiatan pendukung: belum ada kegiatan anggaran yang dikaitkan dengan IKU ini."
            : "(7) Program dan kegiatan pendukung: " + string.Join("; ", kegiatan.Select(a => $"{a.Baris.Data.Kode} {a.Baris.Data.Uraian} (porsi {Format.Bilangan(a.Persen, a.Persen == Math.Round(a.Persen) ? 0 : 2)}%: realisasi {NarasiDraf.Rupiah(a.Realisasi)} dari {NarasiDraf.Rupiah(a.Pagu)})")) + ".");
    }

    private static IEnumerable<Blok> Anggaran(BahanLaporan b)
    {
        if (b.Anggaran.Count == 0)
        {
            yield return new Paragraf($"Data pagu dan realisasi anggaran tahun {b.Tahun} belum diisi pada register anggaran.");
            yield break;
        }
        var (pagu, realisasi) = PohonAnggaran.Jumlah(b.Pohon);
        yield return new Paragraf($"Realisasi anggaran tahun {b.Tahun} sebesar {NarasiDraf.Rupiah(realisasi)} dari pagu {NarasiDraf.Rupiah(pagu)} ({NarasiDraf.Persen(Ukuran.Serapan(pagu, realisasi))}). Pagu program sudah mencakup kegiatan dan keluarannya; jumlah hanya menjumlahkan program.");
        yield return new Tabel([new Kolom(0.9, true), new Kolom(1.6), new Kolom(3.2), new Kolom(1.4, true), new Kolom(1.4, true), new Kolom(0.7, true)],
            [["TINGKAT", "KODE", "PROGRAM / KEGIATAN / KELUARAN", "PAGU (Rp)", "REALISASI (Rp)", "%"]],
            [.. b.Pohon.Select(a => (IReadOnlyList<Sel?>)[new Sel(a.NamaTingkat), new Sel(a.Data.Kode), new Sel(a.Data.Uraian), Sel.Nilai(a.Data.Pagu, 0), Sel.Nilai(a.Data.Realisasi, 0), Sel.Nilai(Ukuran.Serapan(a.Data.Pagu, a.Data.Realisasi))]),
             [new Sel(""), new Sel(""), new Sel("JUMLAH (PROGRAM)"), Sel.Nilai(pagu, 0), Sel.Nilai(realisasi, 0), Sel.Nilai(Ukuran.Serapan(pagu, realisasi))]])
        { NamaLembar = "Realisasi Anggaran", Keterangan = $"Pagu dan realisasi anggaran per program, kegiatan dan keluaran tahun {b.Tahun}" };
        // Efficiency per IKU: each activity's own part shared out by its allocation, so nothing is counted twice.
        var kode = b.Iku.SemuaIndikator.Select(x => x.Kode).ToList();
        yield return new Tabel([new Kolom(2.6), new Kolom(1.4, true), new Kolom(1.4, true), new Kolom(0.9, true), new Kolom(0.9, true), new Kolom(0.9, true)],
            [["INDIKATOR KINERJA UTAMA", "ANGGARAN DIALOKASIKAN (Rp)", "REALISASI (Rp)", "SERAPAN (%)", "CAPAIAN (%)", "RASIO EFISIENSI"]],
            [.. b.Iku.SemuaIndikator.Select(x =>
            {
                var alokasi = b.AnggaranUntuk(x.Kode).ToList();
                var p = alokasi.Sum(a => a.Pagu);
                var r = alokasi.Sum(a => a.Realisasi);
                var serapan = Ukuran.Serapan(p, r);
                var capaian = b.KinerjaOf(x.Kode).Capaian;
                return (IReadOnlyList<Sel?>)[new Sel($"{x.Kode} {x.Uraian}"), alokasi.Count == 0 ? new Sel("—") : Sel.Nilai(p, 0), alokasi.Count == 0 ? new Sel("—") : Sel.Nilai(r, 0),
                    Sel.Nilai(serapan), Sel.Nilai(capaian), capaian is { } c && serapan is > 0 ? Sel.Nilai(Ukuran.Bulat(c / serapan.Value)) : new Sel("—")];
            })])
        { NamaLembar = "Efisiensi", Keterangan = $"Efisiensi per IKU: anggaran kegiatan menurut porsi alokasinya (jumlah porsi setiap kegiatan paling banyak 100%)" };
    }
}
