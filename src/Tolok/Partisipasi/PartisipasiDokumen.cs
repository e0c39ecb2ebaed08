using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Dokumen;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// The Laporan Partisipasi Masyarakat of an election for a region: participation of its sub-regions and, one level
/// further down, of theirs (by kecamatan and desa for a regency), all / women / men / disability, completeness and
/// anomalies, charts, and earlier results where they exist. Every figure is the one the participation API gives.
/// </summary>
public static class PartisipasiDokumen
{
    private const int BatasAnomali = 100;

    public static async Task<DokumenModel?> BuildAsync(TolokDb db, Pemilihan.Pemilihan pemilihan, Pemilihan.SuratSuara ballot, long kode, CancellationToken ct, DateOnly? tanggal = null)
    {
        var penyebut = PartisipasiMath.PenyebutDpt;
        var d = await PartisipasiQuery.GetAsync(db, pemilihan, ballot, kode, penyebut, false, ct);
        var isi = new List<Blok>
        {
            new Judul($"LAPORAN PARTISIPASI MASYARAKAT\n{pemilihan.Nama.ToUpperInvariant()}\n{ballot.Nama.ToUpperInvariant()}\n{d.Nama.ToUpperInvariant()}"),
            new Paragraf($"Surat suara {ballot.Nama}; hari pemungutan suara {Format.Tanggal(pemilihan.Tanggal)}. Partisipasi = pemilih yang menggunakan hak pilih ÷ pemilih dalam DPT × 100, " +
                "dijumlahkan atas seluruh TPS berdata (rasio jumlah, bukan rata-rata persentase). \"—\" berarti tidak ada data, bukan nol." +
                (d.DataContoh ? " Laporan ini memuat data contoh." : "")),
            new Subjudul(1, "Ringkasan"),
            new Paragraf(Ringkasan(d)),
        };
        // Like with like: a Pemilu with earlier Pemilu and the national Pemilu figure, a Pilkada with Pilkada.
        var jenis = JenisPemilihan(pemilihan.Slug);
        var sebelumnya = (await db.AngkaReferensi.AsNoTracking()
            .Where(r => r.KodeIndikator == "3.1" && r.Jenis == "sebelumnya" && r.Satker == d.Kode && r.Tahun < pemilihan.Tanggal.Year)
            .OrderBy(r => r.Tahun).ToListAsync(ct)).Where(r => JenisPemilihan(r.Label) == jenis).ToList();
        var nasional = (await db.AngkaReferensi.AsNoTracking()
            .Where(r => r.KodeIndikator == "3.1" && r.Jenis == "nasional" && r.Tahun == pemilihan.Tanggal.Year).ToListAsync(ct))
            .Where(r => JenisPemilihan(r.Label) == jenis).ToList();
        isi.Add(new Subjudul(1, "Perbandingan dengan pemilihan sebelumnya"));
        if (sebelumnya.Count == 0 && nasional.Count == 0)
        {
            isi.Add(new Paragraf("Belum ada data pemilihan sebelumnya untuk wilayah ini."));
        }
        else
        {
            isi.Add(new Tabel([new Dokumen.Kolom(3), new Dokumen.Kolom(1, true), new Dokumen.Kolom(3)], [["PEMILIHAN", "PARTISIPASI (%)", "SUMBER"]],
                [.. sebelumnya.Concat(nasional).Select(r => (IReadOnlyList<Sel?>)[new Sel(r.Label), Sel.Nilai(r.Nilai), new Sel(r.Sumber)]),
                 [new Sel($"{pemilihan.Nama}, {ballot.Nama} — {d.Nama}"), Sel.Nilai(d.Partisipasi.Total), new Sel("laporan ini: rekapitulasi data TPS (formulir C.Hasil)")]])
            { NamaLembar = "Perbandingan", Keterangan = "Partisipasi dibandingkan pemilihan sebelumnya dan angka nasional" });
        }

        if (d.Anak.Count > 0)
        {
            var tingkat = d.Anak[0].Tingkat;
            isi.Add(new Subjudul(1, $"Partisipasi per {tingkat}"));
            var labels = d.Anak.Select(a => a.Nama).ToList();
            isi.Add(new Gambar(Grafik.TataBatangPersen(labels, [new Grafik.Seri("Partisipasi", "#0b4f8a", [.. d.Anak.Select(a => a.Partisipasi.Total)])], $"Partisipasi pemilih per {tingkat}")));
            isi.Add(new Gambar(Grafik.TataBatangPersen(labels,
                [new Grafik.Seri("Perempuan", "#b3261e", [.. d.Anak.Select(a => a.Partisipasi.Perempuan)]), new Grafik.Seri("Laki-laki", "#5b8def", [.. d.Anak.Select(a => a.Partisipasi.LakiLaki)])],
                $"Partisipasi perempuan dan laki-laki per {tingkat}")));
            isi.Add(TabelPemilih(d, tingkat));
            isi.Add(TabelPartisipasi(d.Anak, tingkat, $"Partisipasi per {tingkat}: {d.Nama}"));
            isi.Add(new Subjudul(1, "Kelengkapan data dan anomali"));
            isi.Add(TabelKelengkapan(d.Anak, tingkat));

            // One level further down (desa of each kecamatan for a regency), when that level is not the TPS.
            if (KodeWilayah.TingkatOf(kode) < Tingkat.Kecamatan)
            {
                isi.Add(new Subjudul(1, $"Partisipasi per {(KodeWilayah.TingkatOf(kode) + 2).ToString().ToLowerInvariant()}"));
                foreach (var anak in d.Anak)
                {
                    if (!KodeWilayah.TryParse(anak.Kode, out var anakKode))
                    {
                        continue;
                    }
                    var child = await PartisipasiQuery.GetAsync(db, pemilihan, ballot, anakKode, penyebut, false, ct);
                    if (child.Anak.Count == 0 || child.Tps.AdaData == 0)
                    {
                        continue;
                    }
                    isi.Add(new Subjudul(2, $"{anak.Tingkat} {anak.Nama}"));
                    isi.Add(TabelPartisipasi(child.Anak, child.Anak[0].Tingkat, $"Partisipasi per {child.Anak[0].Tingkat} di {anak.Tingkat} {anak.Nama}") with { NamaLembar = anak.Nama });
                }
            }
        }

        var anomali = await PartisipasiQuery.AnomaliAsync(db, ballot.Id, kode, BatasAnomali, ct);
        isi.Add(new Subjudul(1, "TPS dengan data tidak konsisten"));
        isi.Add(new Paragraf(anomali.Count == 0
            ? "Tidak ada TPS yang melanggar aturan validasi."
            : $"{Format.Bilangan(d.Tps.TidakValid)} TPS tidak valid dan {Format.Bilangan(d.Tps.Peringatan)} TPS dengan peringatan. " +
              (anomali.Count >= BatasAnomali ? $"Ditampilkan {BatasAnomali} yang pertama; daftar lengkap tersedia di halaman Anomali dan API." : "")));
        if (anomali.Count > 0)
        {
            isi.Add(new Tabel([new Dokumen.Kolom(1.6), new Dokumen.Kolom(1.6), new Dokumen.Kolom(0.9, true), new Dokumen.Kolom(4)], [["KODE TPS", "WILAYAH", "STATUS", "ATURAN YANG DILANGGAR"]],
                [.. anomali.Select(a => (IReadOnlyList<Sel?>)[new Sel(a.Kode), new Sel(a.Nama), new Sel(a.Status),
                    new Sel(string.Join("; ", a.Pelanggaran.Select(p => KalimatAturan.Pelanggaran(p.Kiri, p.Operator, p.Kanan, p.NilaiKiri, p.NilaiKanan))))])])
            { NamaLembar = "Anomali", Keterangan = "TPS yang melanggar aturan validasi" });
        }
        // Dated and signed by the head of the satker whose area this is (the official who signed its IKU).
        var satkerKode = kode == 0 ? "RI" : KodeWilayah.Format(kode);
        var satker = await db.Satker.AsNoTracking().Where(x => x.Kode == satkerKode).Select(x => new { x.Id, x.Nama }).FirstOrDefaultAsync(ct);
        var hari = tanggal ?? DateOnly.FromDateTime(DateTime.UtcNow.Add(Format.OffsetWita));
        // The signer chosen for the participation report of the election's year (issue 16), with NIP; else the IKU's signer.
        var penetapan = satker is null ? null : await db.PenetapanDokumen.AsNoTracking()
            .Where(p => p.SatkerId == satker.Id && p.Dokumen == "partisipasi" && p.Tahun == pemilihan.Tanggal.Year && p.PenandatanganId != null).FirstOrDefaultAsync(ct);
        var pejabat = penetapan is null ? null : await db.Pejabat.AsNoTracking().FirstOrDefaultAsync(p => p.Id == penetapan.PenandatanganId, ct);
        if (pejabat is not null)
        {
            isi.Add(new TandaTangan($"{penetapan!.Tempat ?? TempatDari(d.Nama)}, {Format.Tanggal(tanggal ?? penetapan.Tanggal ?? hari)}", pejabat.Jabatan, pejabat.Nama)
            {
                Nip = pejabat.Nip is { } nip ? Profil.ProfilStore.NipCetak(nip) : null,
            });
        }
        else if (satker is not null)
        {
            var penanda = await db.IkuSet.AsNoTracking().Where(x => x.SatkerId == satker.Id).OrderByDescending(x => x.Tahun)
                .Select(x => new { Jabatan = x.JabatanPenandatangan, Nama = x.NamaPenandatangan, Tempat = x.TempatPenetapan }).FirstOrDefaultAsync(ct);
            isi.Add(new TandaTangan($"{penanda?.Tempat ?? TempatDari(d.Nama)}, {Format.Tanggal(hari)}", penanda?.Jabatan ?? $"Ketua {satker.Nama}", penanda?.Nama));
        }
        return new DokumenModel($"Laporan Partisipasi Masyarakat {pemilihan.Nama} {d.Nama}", Lanskap: false, isi)
        {
            KepalaHalaman = $"Partisipasi {pemilihan.Nama}, {ballot.Nama} — {d.Nama}",
            Draf = !await Publik.PortalQuery.PartisipasiDisetujuiAsync(db, kode, pemilihan.Slug, ballot.Kode, ct),
        };
    }

    /// <summary>"pemilu" or "pilkada" from an election's slug or a label that names one.</summary>
    private static string JenisPemilihan(string teks) =>
        teks.Contains("pilkada", StringComparison.OrdinalIgnoreCase) || teks.Contains("pemilihan serentak", StringComparison.OrdinalIgnoreCase)
        || teks.Contains("bupati", StringComparison.OrdinalIgnoreCase) || teks.Contains("gubernur", StringComparison.OrdinalIgnoreCase) ? "pilkada" : "pemilu";

    /// <summary>The seat of a regency is not in our data; the region's name without its kind stands in ("Jembrana").</summary>
    private static string TempatDari(string wilayah) =>
        wilayah.Replace("Kabupaten ", "", StringComparison.Ordinal).Replace("Kota ", "", StringComparison.Ordinal).Replace("Provinsi ", "", StringComparison.Ordinal);

    /// <summary>Registered voters and voters who voted, in absolute numbers, per child and in total.</summary>
    private static Tabel TabelPemilih(PartisipasiDto d, string tingkat)
    {
        static Sel N(long? v) => Sel.Nilai(v, 0);
        static IReadOnlyList<Sel?> Baris(string kode, string nama, PemilihDto? pemilih, PenggunaDto? pengguna, PersenDto persen) =>
            [new Sel(kode), new Sel(nama), N(pemilih?.Dpt.Total), N(pemilih?.Dptb.Total), N(pemilih?.Dpk.Total), N(pengguna?.Total.Total), Sel.Nilai(persen.Total)];
        return new Tabel(
            [new Dokumen.Kolom(1.3), new Dokumen.Kolom(2.2), new Dokumen.Kolom(1.2, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1.2, true), new Dokumen.Kolom(1, true)],
            [["KODE", tingkat.ToUpperInvariant(), "DPT (orang)", "DPTb (orang)", "DPK (orang)", "PENGGUNA HAK PILIH (orang)", "PARTISIPASI (%)"]],
            [.. d.Anak.Select(a => Baris(a.Kode, a.Nama, a.Pemilih, a.Pengguna, a.Partisipasi)), Baris("", "JUMLAH", d.Pemilih, d.Pengguna, d.Partisipasi)])
        { NamaLembar = "Pemilih", Keterangan = $"Pemilih terdaftar dan pengguna hak pilih per {tingkat}, dengan jumlah {d.Nama}" };
    }

    private static string Ringkasan(PartisipasiDto d)
    {
        static string P(decimal? v) => v is { } x ? Format.Bilangan(x, 2) + "%" : "tidak ada data";
        var text = $"Partisipasi pemilih di {d.Nama} {P(d.Partisipasi.Total)}: perempuan {P(d.Partisipasi.Perempuan)}, laki-laki {P(d.Partisipasi.LakiLaki)}, " +
            $"pemilih disabilitas {P(d.Partisipasi.Disabilitas)}.";
        if (d.Pemilih.Dpt.Total is { } dpt && d.Pengguna.Total.Total is { } pengguna)
        {
            text += $" Dari {Format.Bilangan(dpt)} pemilih DPT, {Format.Bilangan(pengguna)} menggunakan hak pilih (termasuk DPTb dan DPK).";
        }
        text += (d.Cakupan is { } c ? " " + c.Keterangan : "") + $" Dari TPS berdata, {Format.Bilangan(d.Tps.Valid)} valid, " +
            $"{Format.Bilangan(d.Tps.Peringatan)} dengan peringatan, {Format.Bilangan(d.Tps.TidakValid)} tidak valid.";
        if (d.Partisipasi.Disabilitas is > 100)
        {
            text += " Partisipasi disabilitas melebihi 100% (pemilih disabilitas dari DPTb/DPK atau pencatatan yang kurang): angka dilaporkan apa adanya.";
        }
        return text;
    }

    private static Tabel TabelPartisipasi(IReadOnlyList<AnakDto> anak, string tingkat, string keterangan) => new(
        [new Dokumen.Kolom(1.4), new Dokumen.Kolom(2.2), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true)],
        [["KODE", tingkat.ToUpperInvariant(), "SEMUA (%)", "PEREMPUAN (%)", "LAKI-LAKI (%)", "DISABILITAS (%)"]],
        [.. anak.Select(a => (IReadOnlyList<Sel?>)[new Sel(a.Kode), new Sel(a.Nama), Sel.Nilai(a.Partisipasi.Total), Sel.Nilai(a.Partisipasi.Perempuan),
            Sel.Nilai(a.Partisipasi.LakiLaki), Sel.Nilai(a.Partisipasi.Disabilitas)])])
    { NamaLembar = "Partisipasi", Keterangan = keterangan };

    private static Tabel TabelKelengkapan(IReadOnlyList<AnakDto> anak, string tingkat) => new(
        [new Dokumen.Kolom(2.2), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true), new Dokumen.Kolom(1, true)],
        [[tingkat.ToUpperInvariant(), "TPS DIKETAHUI", "BERDATA", "VALID", "PERINGATAN", "TIDAK VALID", "TANPA DATA"]],
        [.. anak.Select(a => (IReadOnlyList<Sel?>)[new Sel(a.Nama), Sel.Nilai(a.Tps.Diketahui, 0), Sel.Nilai(a.Tps.AdaData, 0), Sel.Nilai(a.Tps.Valid, 0),
            Sel.Nilai(a.Tps.Peringatan, 0), Sel.Nilai(a.Tps.TidakValid, 0), Sel.Nilai(a.Tps.TidakAdaData, 0)])])
    { NamaLembar = "Kelengkapan", Keterangan = $"Kelengkapan dan validitas data TPS per {tingkat}" };

    public static RouteGroupBuilder MapLaporanPartisipasiApi(this RouteGroupBuilder api)
    {
        api.MapGet("/pemilihan/{id}/dokumen/partisipasi/{kodeWilayah}.{format}", GetAsync)
            .WithTags("Dokumen")
            .WithName("UnduhLaporanPartisipasi")
            .WithSummary("Laporan partisipasi masyarakat sebuah pemilihan untuk satu wilayah (?suratSuara=) sebagai pdf, docx atau xlsx")
            .RequireAuthorization();
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, string kodeWilayah, string format, string? suratSuara, TolokDb db, CancellationToken ct)
    {
        format = format.ToLowerInvariant();
        if (DokumenFormat.Periksa(format) is { } problem)
        {
            return problem;
        }
        var (pemilihan, surat, kode, notFound) = await PartisipasiApi.ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
        if (notFound is not null)
        {
            return notFound;
        }
        var model = (await BuildAsync(db, pemilihan!, surat!, kode, ct))!;
        return TypedResults.File(DokumenFormat.Render(model, format), DokumenFormat.ContentType(format),
            $"partisipasi-{pemilihan!.Slug}-{surat!.Kode}-{KodeWilayah.Format(kode).Replace('.', '-')}.{format}");
    }
}
