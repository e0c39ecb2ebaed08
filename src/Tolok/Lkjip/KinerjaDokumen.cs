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

    private static Sel Angka(object? value, string? satuan) => value switch
    {
        decimal d => Sel.Nilai(d, d == Math.Round(d) ? 0 : 2, satuan == "%" ? "%" : ""),
        string s => new Sel(s),
        _ => new Sel("—"),
    };

    /// <summary>Paragraphs of a stored or drafted section (blank lines separate paragraphs).</summary>
    private static IEnumerable<Blok> Teks(BahanLaporan b, string bagian) =>
        b.Teks(bagian).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new Paragraf(p));

    private static string TempatTanggal(BahanLaporan b) =>
        $"{b.Iku.Ditetapkan.Tempat ?? "………"}, {(b.Iku.Ditetapkan.Tanggal is { } d ? Format.Tanggal(d) : "……… " + T(b.Tahun))}";

    /// <summary>Sasaran, IKU and target: the table of the PK and of its appendix in the LKjIP.</summary>
    private static Tabel TabelPk(BahanLaporan b) => new(
        [new Kolom(0.5, Tengah: true), new Kolom(3), new Kolom(3.5), new Kolom(1.2, Tengah: true)],
        [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "TARGET"]],
        [.. b.Iku.Sasaran.SelectMany(s => s.Indikator.Select((x, i) => (IReadOnlyList<Sel?>)
        [
            i == 0 ? new Sel(T(s.Nomor), s.Indikator.Count) : null,
            i == 0 ? new Sel(s.Uraian, s.Indikator.Count) : null,
            new Sel($"{x.Kode} {x.Uraian}"),
            x.Polaritas == Iku.Polaritas.Kategorikal ? new Sel(b.TargetOf(x.Kode)?.Kategori ?? "—") : Angka(b.TargetOf(x.Kode)?.Tahunan, x.Satuan),
        ]))])
    { NamaLembar = "Perjanjian Kinerja", Keterangan = $"Sasaran, indikator dan target kinerja {b.Satker.Nama} tahun {b.Tahun}" };

    private static TandaTanganBerdampingan TandaTanganPk(BahanLaporan b) => new(
        new TandaTangan("Pihak Kedua,", b.NamaInduk is null ? "Atasan langsung" : $"Ketua {b.NamaInduk.Replace("KPU ", "Komisi Pemilihan Umum ", StringComparison.Ordinal)}", b.Teks("pk-pihak-kedua")),
        new TandaTangan($"{TempatTanggal(b)}\nPihak Pertama,", b.Iku.Ditetapkan.Jabatan ?? $"Ketua {b.Satker.Nama}", b.Teks("pk-pihak-pertama") is { Length: > 0 } n ? n : b.Iku.Ditetapkan.Nama));

    public static DokumenModel Pk(BahanLaporan b)
    {
        var pertama = b.Teks("pk-pihak-pertama");
        var kedua = b.Teks("pk-pihak-kedua");
        var judul = $"PERJANJIAN KINERJA TAHUN {b.Tahun}";
        return new DokumenModel(judul, Lanskap: false,
        [
            new Judul($"{judul}\n{b.Satker.Nama.ToUpperInvariant()}"),
            new Paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"),
            new Tabel([new Kolom(1), new Kolom(4)], [["", ""]],
            [
                [new Sel("Nama"), new Sel(pertama is { Length: > 0 } ? pertama : "(…………………………………)")],
                [new Sel("Jabatan"), new Sel($"{b.Iku.Ditetapkan.Jabatan ?? "Ketua " + b.Satker.Nama}, selanjutnya disebut pihak pertama")],
                [new Sel("Nama"), new Sel(kedua is { Length: > 0 } ? kedua : "(…………………………………)")],
                [new Sel("Jabatan"), new Sel($"{(b.NamaInduk is null ? "atasan pihak pertama" : "Ketua " + b.NamaInduk)}, selaku atasan pihak pertama, selanjutnya disebut pihak kedua")],
            ])
            { NamaLembar = "Para Pihak" },
            new Paragraf($"Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."),
            new Paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi."),
            TandaTanganPk(b),
            new HalamanBaru(),
            new Judul($"LAMPIRAN PERJANJIAN KINERJA TAHUN {b.Tahun}\n{b.Satker.Nama.ToUpperInvariant()}"),
            TabelPk(b),
            TandaTanganPk(b),
        ])
        {
            KepalaHalaman = $"Perjanjian Kinerja {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = !b.Disetujui,
        };
    }

    public static DokumenModel RencanaAksi(BahanLaporan b)
    {
        var rows = new List<IReadOnlyList<Sel?>>();
        foreach (var s in b.Iku.Sasaran)
        {
            foreach (var x in s.Indikator)
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
        }
        var judul = $"RENCANA AKSI TAHUN {b.Tahun}";
        string[] sub = ["Target", "Realisasi", "Capaian"];
        return new DokumenModel(judul, Lanskap: true,
        [
            new Judul($"{judul}\n{b.Satker.Nama.ToUpperInvariant()}"),
            new Paragraf("Target triwulan bersifat kumulatif sampai akhir triwulan. Realisasi dan capaian dihitung dari register sumber data setiap IKU sampai akhir triwulan; \"—\" berarti belum dapat dihitung (belum ada data atau target), bukan nol."),
            new Tabel(
                [new Kolom(3.4), new Kolom(0.9, true), .. Enumerable.Range(0, 12).Select(_ => new Kolom(0.8, true))],
                [["INDIKATOR KINERJA UTAMA", "TARGET TAHUNAN", "TW I", "", "", "TW II", "", "", "TW III", "", "", "TW IV", "", ""],
                 ["", "", .. sub, .. sub, .. sub, .. sub]],
                rows)
            { NamaLembar = "Rencana Aksi", Keterangan = $"Rencana aksi, realisasi dan capaian triwulanan {b.Satker.Nama} tahun {b.Tahun}" },
        ])
        {
            KepalaHalaman = $"Rencana Aksi {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = !b.Disetujui,
        };
    }

    public static DokumenModel Lkjip(BahanLaporan b)
    {
        var judul = $"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {b.Tahun}";
        var isi = new List<Blok>
        {
            new Judul($"{judul}\n{b.Satker.Nama.ToUpperInvariant()}"),
            new Paragraf($"Laporan Kinerja (LKjIP) {b.Satker.Nama} tahun anggaran {b.Tahun}, disusun dari data pengukuran kinerja dan register sumbernya."),
            new Paragraf($"{b.Iku.Ditetapkan.Tempat ?? b.Satker.Nama}, {b.Tahun + 1}"),
            new HalamanBaru(),
            new Subjudul(1, "Kata Pengantar"),
        };
        isi.AddRange(Teks(b, "kata-pengantar"));
        isi.Add(new HalamanBaru());
        isi.Add(new Subjudul(1, "Ikhtisar Eksekutif"));
        isi.AddRange(Teks(b, "ikhtisar"));
        isi.Add(TabelCapaian(b, $"Ringkasan capaian IKU tahun {b.Tahun}"));
        isi.Add(new HalamanBaru());
        isi.Add(new DaftarIsi());

        isi.Add(new Subjudul(1, "Bab I Pendahuluan"));
        isi.AddRange(Teks(b, "pendahuluan"));

        isi.Add(new Subjudul(1, "Bab II Perencanaan Kinerja"));
        isi.AddRange(Teks(b, "perencanaan"));
        isi.Add(new Subjudul(2, "A. Indikator Kinerja Utama"));
        isi.Add(IkuDokumen.Build(b.Iku).Isi.OfType<Tabel>().Single() with { NamaLembar = "IKU", Keterangan = $"Indikator Kinerja Utama {b.Satker.Nama} tahun {b.Tahun}" });
        isi.Add(new Subjudul(2, "B. Perjanjian Kinerja"));
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

        isi.Add(new Subjudul(1, "Bab IV Penutup"));
        isi.AddRange(Teks(b, "penutup"));

        isi.Add(new HalamanBaru());
        isi.Add(new Subjudul(1, "Lampiran"));
        isi.Add(new Subjudul(2, "Lampiran 1. Perjanjian Kinerja"));
        isi.AddRange(Pk(b).Isi.Skip(1).Where(x => x is not HalamanBaru and not Judul));
        isi.Add(new Subjudul(2, "Lampiran 2. Pengukuran Kinerja"));
        isi.Add(TabelPengukuran(b));
        isi.Add(new Subjudul(2, "Lampiran 3. Pernyataan Telah Direviu"));
        isi.AddRange(Teks(b, "reviu-apip"));
        return new DokumenModel(judul, Lanskap: false, isi)
        {
            KepalaHalaman = $"LKjIP {b.Satker.Nama} Tahun {b.Tahun}",
            Draf = !b.Disetujui,
        };
    }

    private static Tabel TabelCapaian(BahanLaporan b, string keterangan) => new(
        [new Kolom(3.4), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true)],
        [["INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN", "KATEGORI"]],
        [.. b.Tahunan.Indikator.Select(x => (IReadOnlyList<Sel?>)
        [
            new Sel($"{x.Kode} {x.Uraian}" + (x.Manual ? " (manual)" : "")),
            Angka(x.Target, x.Satuan),
            Angka(x.Realisasi, x.Satuan),
            x.Capaian is { } c ? Sel.Nilai(c, 2, "%") : new Sel("—"),
            new Sel(x.Kategori?.Label ?? "—"),
        ])])
    { NamaLembar = "Capaian", Keterangan = keterangan };

    private static Tabel TabelPengukuran(BahanLaporan b) => new(
        [new Kolom(3), new Kolom(1, true), new Kolom(1, true), new Kolom(1, true), new Kolom(2.4)],
        [["INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN", "SUMBER DATA"]],
        [.. b.Tahunan.Indikator.Select(x => (IReadOnlyList<Sel?>)
        [
            new Sel($"{x.Kode} {x.Uraian}"),
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
        if (b.Partisipasi.FirstOrDefault(p => p.Kode == x.Kode) is { Utama: not null } partisipasi)
        {
            var semua = new[] { partisipasi.Utama }.Concat(partisipasi.Pendamping).ToList();
            var targetNilai = k.Target as decimal?;
            yield return new Tabel([new Kolom(3), new Kolom(1.2, true), new Kolom(1.2, true), new Kolom(1, true), new Kolom(1, true)],
                [["PEMILIHAN", "MENGGUNAKAN HAK PILIH (orang)", "TERDAFTAR (orang)", "REALISASI (%)", "CAPAIAN (%)"]],
                [.. semua.Select((v, i) => (IReadOnlyList<Sel?>)
                [
                    new Sel(b.NamaSurat.GetValueOrDefault((v.Pemilihan, v.SuratSuara), $"{v.Pemilihan} {v.SuratSuara}") + (i == 0 ? " (nilai IKU)" : "")),
                    Sel.Nilai(v.Pembilang, 0), Sel.Nilai(v.Penyebut, 0), Sel.Nilai(v.Nilai),
                    CapaianCalculator.Hitung(x.Polaritas, targetNilai, v.Nilai) is { } cv ? Sel.Nilai(cv, 2) : new Sel("—"),
                ])])
            { NamaLembar = $"IKU {x.Kode} pemilihan", Keterangan = $"(1a) IKU {x.Kode} untuk setiap pemilihan tahun {b.Tahun}" };
            yield return new Paragraf($"Tahun {b.Tahun} diselenggarakan {semua.Count} pemungutan suara yang diukur. Sesuai definisi pengukuran, nilai IKU {x.Kode} tahun ini " +
                $"adalah {b.NamaSurat.GetValueOrDefault((partisipasi.Utama.Pemilihan, partisipasi.Utama.SuratSuara), partisipasi.Utama.Pemilihan)}; pemilihan lain dilaporkan di sampingnya dengan capaian terhadap target yang sama.");
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
            : $"(4) {nasional.Label}: {N(nasional.Nilai, x.Satuan)} (sumber: {nasional.Sumber}); realisasi {b.Satker.Nama}: {N(k.Realisasi, x.Satuan)}.");
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
            : "(7) Program dan kegiatan pendukung: " + string.Join("; ", kegiatan.Select(a => $"{a.Kode} {a.Uraian} (realisasi {NarasiDraf.Rupiah(a.Realisasi)} dari {NarasiDraf.Rupiah(a.Pagu)})")) + ".");
    }

    private static IEnumerable<Blok> Anggaran(BahanLaporan b)
    {
        if (b.Anggaran.Count == 0)
        {
            yield return new Paragraf($"Data pagu dan realisasi anggaran tahun {b.Tahun} belum diisi pada register anggaran.");
            yield break;
        }
        var pagu = b.Anggaran.Sum(a => a.Pagu);
        var realisasi = b.Anggaran.Sum(a => a.Realisasi);
        yield return new Paragraf($"Realisasi anggaran tahun {b.Tahun} sebesar {NarasiDraf.Rupiah(realisasi)} dari pagu {NarasiDraf.Rupiah(pagu)} ({NarasiDraf.Persen(Ukuran.Serapan(pagu, realisasi))}).");
        yield return new Tabel([new Kolom(1.2), new Kolom(3.4), new Kolom(1.4, true), new Kolom(1.4, true), new Kolom(0.8, true)],
            [["KODE", "PROGRAM / KEGIATAN", "PAGU (Rp)", "REALISASI (Rp)", "%"]],
            [.. b.Anggaran.Select(a => (IReadOnlyList<Sel?>)[new Sel(a.Kode), new Sel(a.Uraian), Sel.Nilai(a.Pagu, 0), Sel.Nilai(a.Realisasi, 0), Sel.Nilai(Ukuran.Serapan(a.Pagu, a.Realisasi))]),
             [new Sel(""), new Sel("JUMLAH"), Sel.Nilai(pagu, 0), Sel.Nilai(realisasi, 0), Sel.Nilai(Ukuran.Serapan(pagu, realisasi))]])
        { NamaLembar = "Realisasi Anggaran", Keterangan = $"Pagu dan realisasi anggaran per program/kegiatan tahun {b.Tahun}" };
    }
}
