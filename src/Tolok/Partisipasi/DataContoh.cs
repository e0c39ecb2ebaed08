using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// Synthetic but realistic participation data for Kabupaten Jembrana ("data contoh"), deterministic (fixed seed):
/// Pemilu 2024 PPWP on the 898 TPS of the published TPS list with the published DPT (243.796: L 120.395, P 123.401);
/// Pilkada 2024 GUBERNUR and BUPATI on 486 TPS with the published DPT per kecamatan (244.978: L 120.881, P 124.097)
/// and the published participation on the DPT basis (71,26% and 71,23%; Melaya lowest, Pekutatan highest).
/// A few TPS carry deliberate inconsistencies so that the anomaly views have something to show.
/// </summary>
public static class DataContoh
{
    public const string NamaBerkas = "data contoh (tolok demo)";
    public const string Satker = "51.01";

    private static readonly Dictionary<string, int> DptPilkadaPerKecamatan = new()
    {
        ["Negara"] = 72_358,
        ["Mendoyo"] = 53_433,
        ["Jembrana"] = 47_753,
        ["Melaya"] = 47_603,
        ["Pekutatan"] = 23_831,
    };

    /// <summary>Participation per kecamatan before the exact adjustment: Melaya ≈ 68%, Pekutatan ≈ 74% (FACTS.md).</summary>
    private static readonly Dictionary<string, double> RatePilkada = new()
    {
        ["Negara"] = 0.716,
        ["Mendoyo"] = 0.721,
        ["Jembrana"] = 0.719,
        ["Melaya"] = 0.680,
        ["Pekutatan"] = 0.740,
    };

    public static async Task<bool> EnsureAsync(TolokDb db, TimeProvider time, CancellationToken ct)
    {
        var pemilu = db.Pemilihan.Single(p => p.Slug == "pemilu-2024");
        if (db.ImporTps.Any(i => i.PemilihanId == pemilu.Id && i.Berkas == NamaBerkas))
        {
            return false;
        }
        var desa = LoadDesa();
        var (ppwp, gubernur, bupati) = Generate(desa);
        await Import(db, "pemilu-2024", "PPWP", ppwp, time, ct);
        await Import(db, "pilkada-2024", "GUBERNUR", gubernur, time, ct);
        await Import(db, "pilkada-2024", "BUPATI", bupati, time, ct);
        await Kinerja.TargetStore.SaveAsync(db, Satker, 2024, TargetContoh, null, "data contoh", time, ct);
        await TahapanContohAsync(db, ct);
        await SengketaContohAsync(db, ct);
        await LaporanContohAsync(db, ct);
        await Contoh2023Async(db, ct);
        await AnggaranContohAsync(db, ct);
        await ProfilContohAsync(db, time, ct);
        return true;
    }

    /// <summary>
    /// Sample profile of Jembrana for its 2024 documents (issue 16), all marked "(contoh)": officials with NIPs (the
    /// commissioners without), the signatories of each document, a drawn sample logo, the address, staffing, the
    /// 2020–2024 Renstra and one planned action per IKU and quarter.
    /// </summary>
    private static async Task ProfilContohAsync(TolokDb db, TimeProvider time, CancellationToken ct)
    {
        var satker = await db.Satker.FirstAsync(s => s.Kode == Satker, ct);
        if (await db.Pejabat.AnyAsync(p => p.SatkerId == satker.Id, ct))
        {
            return;
        }
        satker.Alamat ??= "Jalan Surapati Nomor 4, Negara, Kabupaten Jembrana, Bali (alamat contoh)";
        Profil.Pejabat P(string nama, string? nip, string jabatan, string unit, Profil.Pejabat? atasan, int urutan) => new()
        {
            SatkerId = satker.Id,
            Nama = nama,
            Nip = nip,
            TanpaNip = nip is null,
            Jabatan = jabatan,
            Unit = unit,
            Urutan = urutan,
            Mulai = new DateOnly(2023, 1, 1),
        };
        var ketua = P("I Made Contoh Wirawan, S.H.", null, "Ketua Komisi Pemilihan Umum Kabupaten Jembrana", "Ketua KPU Kabupaten", null, 1);
        db.Pejabat.Add(ketua);
        await db.SaveChangesAsync(ct);
        var sekretaris = P("Ni Luh Contoh Sari, S.E., M.M.", "197503122003122002", "Sekretaris Komisi Pemilihan Umum Kabupaten Jembrana", "Sekretariat", ketua, 2);
        sekretaris.AtasanId = ketua.Id;
        db.Pejabat.Add(sekretaris);
        foreach (var (i, nama) in new[] { (3, "I Ketut Contoh Arsana, S.Sos."), (4, "Ni Made Contoh Dewi, S.H."), (5, "I Gede Contoh Putra, S.Pd."), (6, "I Wayan Contoh Suardana, S.T.") })
        {
            var anggota = P(nama, null, "Anggota Komisi Pemilihan Umum Kabupaten Jembrana", "Anggota KPU Kabupaten", ketua, i);
            anggota.AtasanId = ketua.Id;
            db.Pejabat.Add(anggota);
        }
        await db.SaveChangesAsync(ct);
        foreach (var (i, nama, nip, unit) in new[]
        {
            (7, "I Putu Contoh Adnyana, S.E.", "198204152009011003", "Subbagian Keuangan, Umum dan Logistik"),
            (8, "Ni Kadek Contoh Ayu, S.Sos.", "198607222010122001", "Subbagian Teknis Penyelenggaraan Pemilu dan Hukum"),
            (9, "I Komang Contoh Yasa, S.Kom.", "198911032014021002", "Subbagian Perencanaan, Data dan Informasi"),
            (10, "Ni Wayan Contoh Lestari, S.Psi.", "199002142015032001", "Subbagian Partisipasi, Hubungan Masyarakat dan SDM"),
        })
        {
            var kasubbag = P(nama, nip, "Kepala " + unit, unit, sekretaris, i);
            kasubbag.AtasanId = sekretaris.Id;
            db.Pejabat.Add(kasubbag);
        }
        await db.SaveChangesAsync(ct);
        // The PK's pihak kedua is the chair of the commission over the secretariat's head (decision 100).
        foreach (var (dokumen, penanda, kedua, tanggal) in new (string, Profil.Pejabat, Profil.Pejabat?, DateOnly)[]
        {
            ("pk", sekretaris, ketua, new DateOnly(2024, 1, 31)),
            ("rencana-aksi", sekretaris, null, new DateOnly(2024, 1, 31)),
            ("lkjip", ketua, null, new DateOnly(2025, 2, 24)),
            ("partisipasi", ketua, null, new DateOnly(2024, 12, 20)),
        })
        {
            db.PenetapanDokumen.Add(new Profil.PenetapanDokumen { SatkerId = satker.Id, Tahun = 2024, Dokumen = dokumen, PenandatanganId = penanda.Id, PihakKeduaId = kedua?.Id, Tempat = "Negara", Tanggal = tanggal });
        }
        foreach (var (golongan, pendidikan, jk, jumlah) in new[]
        {
            ("IV", "S2", "P", 1), ("III", "S2", "L", 1), ("III", "S1", "L", 5), ("III", "S1", "P", 6), ("III", "D3", "P", 1),
            ("II", "SMA", "L", 3), ("II", "D3", "L", 1), ("PPPK", "S1", "P", 2), ("Non-ASN", "SMA", "L", 6), ("Non-ASN", "S1", "P", 3),
        })
        {
            db.Pegawai.Add(new Profil.Pegawai { SatkerId = satker.Id, Tahun = 2024, Golongan = golongan, Pendidikan = pendidikan, JenisKelamin = jk, Jumlah = jumlah });
        }
        db.Renstra.Add(new Profil.Renstra
        {
            SatkerId = satker.Id,
            TahunMulai = 2020,
            TahunSelesai = 2024,
            Dasar = "Keputusan KPU Kabupaten Jembrana tentang Rencana Strategis 2020–2024 (contoh)",
            Tujuan = "Meningkatkan kualitas penyelenggaraan pemilu dan pemilihan yang berintegritas\nMeningkatkan partisipasi masyarakat dalam pemilu dan pemilihan\nMewujudkan tata kelola kelembagaan KPU yang akuntabel",
        });
        var iku = await Iku.IkuStore.LoadAsync(db, Satker, 2024, null, ct);
        foreach (var x in iku?.SemuaIndikator ?? [])
        {
            for (var q = 1; q <= 4; q++)
            {
                db.RencanaAksiKegiatan.Add(new Kinerja.RencanaAksiKegiatan
                {
                    SatkerId = satker.Id,
                    Tahun = 2024,
                    KodeIndikator = x.Kode,
                    Triwulan = q,
                    Uraian = $"Kegiatan contoh triwulan {q} untuk IKU {x.Kode}: menyiapkan, melaksanakan dan memantau kegiatan pendukung",
                    PenanggungJawab = x.Kode.StartsWith('1') ? "Subbagian Perencanaan, Data dan Informasi" : x.Kode.StartsWith('3') ? "Subbagian Partisipasi, Hubungan Masyarakat dan SDM" : "Subbagian Teknis Penyelenggaraan Pemilu dan Hukum",
                });
            }
        }
        if (!await db.LogoSatker.AnyAsync(l => l.SatkerId == satker.Id, ct))
        {
            db.LogoSatker.Add(new Profil.LogoSatker { SatkerId = satker.Id, Png = LogoContoh(), DiubahPada = time.GetUtcNow().UtcDateTime });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A drawn sample logo (a red disc with "KPU" and "contoh"), not the commission's emblem.</summary>
    private static byte[] LogoContoh()
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(240, 240));
        var canvas = surface.Canvas;
        canvas.Clear(SkiaSharp.SKColors.Transparent);
        using var fill = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0xB0, 0x1E, 0x23), IsAntialias = true };
        canvas.DrawCircle(120, 120, 112, fill);
        using var typeface = SkiaSharp.SKTypeface.FromStream(new MemoryStream(Dokumen.BundledFonts.Bytes("LiberationSans-Bold")));
        using var font = new SkiaSharp.SKFont(typeface, 72);
        using var small = new SkiaSharp.SKFont(typeface, 26);
        using var white = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.White, IsAntialias = true };
        canvas.DrawText("KPU", 120, 136, SkiaSharp.SKTextAlign.Center, font, white);
        canvas.DrawText("contoh", 120, 176, SkiaSharp.SKTextAlign.Center, small, white);
        using var image = surface.Snapshot();
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// Sample 2024 targets of Jembrana: participation 80% (the office's published target), cumulative quarterly
    /// targets for the count of RB reports, a BB-range SAKIP score, a WTP opinion, 100% for the process indicators.
    /// </summary>
    private static readonly Kinerja.TargetDto[] TargetContoh =
    [
        new("1.1", 4, 1, 2, 3, 4, 4, 4, null),
        new("1.2", 75, null, null, null, 75, 72.5m, 80, null),
        new("1.3", null, null, null, null, null, null, null, "WTP"),
        new("1.4", 100, 100, 100, 100, 100, 100, 100, null),
        new("2.1", 100, 100, 100, 100, 100, 100, 100, null),
        new("3.1", 80, 80, 80, 80, 80, 77.8m, 80, null),
        new("3.2", 80, 80, 80, 80, 80, 78, 80, null),
        new("3.3", 50, 50, 50, 50, 50, 40, 60, null),
        new("4.1", 100, 100, 100, 100, 100, 100, 100, null),
        new("4.2", 100, 100, 100, 100, 100, 100, 100, null),
    ];

    /// <summary>
    /// How Jembrana carried out the 2024 stages (sample): all on schedule and per the rules, except one finished five
    /// days late and one not per the rules; two incidents, one of them serious enough (sedang) to count against 4.1.
    /// </summary>
    private static async Task TahapanContohAsync(TolokDb db, CancellationToken ct)
    {
        var tahapan = await db.Tahapan.OrderBy(t => t.PemilihanId).ThenBy(t => t.Nomor).ToListAsync(ct);
        for (var i = 0; i < tahapan.Count; i++)
        {
            var t = tahapan[i];
            var late = i == 5;
            var notPerRules = i == 14;
            await Tahapan.TahapanStore.SaveAsync(db, Satker, t.Id, new Tahapan.PelaksanaanEdit(
                t.JadwalMulai, late ? t.JadwalSelesai.AddDays(5) : t.JadwalSelesai, !notPerRules,
                late ? "Data contoh: rekapitulasi selesai lima hari setelah jadwal karena penghitungan ulang." : notPerRules ? "Data contoh: pengumuman tidak melalui media yang ditentukan." : null), null, ct);
        }
        if (tahapan.Count > 9)
        {
            await Tahapan.TahapanStore.AddIncidentAsync(db, Satker, tahapan[8].Id, new Tahapan.InsidenEdit(tahapan[8].JadwalMulai.AddDays(3), "Kecamatan Negara", "Keberatan saksi di TPS", 1, true, "Data contoh."), ct);
            await Tahapan.TahapanStore.AddIncidentAsync(db, Satker, tahapan[9].Id, new Tahapan.InsidenEdit(tahapan[9].JadwalMulai.AddDays(2), "Kecamatan Melaya", "Kericuhan saat distribusi logistik", 2, true, "Data contoh."), ct);
        }
    }

    /// <summary>Sample 2024 reports: four quarterly RB reports (one filed late) and a WTP opinion on fiscal year 2023.</summary>
    private static async Task LaporanContohAsync(TolokDb db, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        if (await db.LaporanRb.AnyAsync(l => l.SatkerId == satkerId, ct))
        {
            return;
        }
        for (var q = 1; q <= 4; q++)
        {
            var end = new DateOnly(2024, q * 3, 1).AddMonths(1).AddDays(-1);
            var due = end; // due on the last day of the quarter it reports on
            db.LaporanRb.Add(new Laporan.LaporanRb
            {
                SatkerId = satkerId,
                Nama = $"Laporan Reformasi Birokrasi Triwulan {q} (data contoh)",
                PeriodeDari = new DateOnly(2024, q * 3 - 2, 1),
                PeriodeSampai = end,
                JatuhTempo = due,
                TanggalDisampaikan = q == 3 ? due.AddDays(4) : due.AddDays(-2),
            });
        }
        // Information services: five in the catalogue, four delivered during the year.
        var services = new[] { "Permohonan salinan data pemilih", "Permohonan hasil rekapitulasi", "Sosialisasi tahapan pemilihan", "Konsultasi teknis pencalonan", "Layanan informasi daerah pemilihan" };
        for (var i = 0; i < services.Length; i++)
        {
            var layanan = new Layanan.LayananInformasi { SatkerId = satkerId, Tahun = 2024, Nama = services[i] + " (data contoh)" };
            if (i < 4)
            {
                layanan.Pelaksanaan.Add(new Layanan.PelaksanaanLayanan { Tanggal = new DateOnly(2024, 2 + i * 3, 10), Kanal = "PPID", JenisPemohon = "masyarakat", Perihal = "Data contoh", WaktuResponsJam = 24, Terpenuhi = true });
            }
            db.LayananInformasi.Add(layanan);
        }
        var lhe2023 = new Evaluasi.Lhe
        {
            SatkerId = satkerId,
            TahunDievaluasi = 2023,
            Evaluator = "Inspektorat Utama KPU (data contoh)",
            TanggalLhe = new DateOnly(2024, 8, 15),
            Nilai = 72.45m,
            Perencanaan = 22.5m,
            Pengukuran = 21.3m,
            Pelaporan = 11.4m,
            EvaluasiInternal = 17.25m,
            Rekomendasi = "Data contoh: menyelaraskan cara pengukuran IKU dengan sumber datanya.",
        };
        db.Lhe.Add(lhe2023);
        db.LaporanKeuangan.Add(new Laporan.LaporanKeuangan
        {
            SatkerId = satkerId,
            TahunAnggaran = 2023,
            Jenis = "Laporan Keuangan Tahunan (data contoh)",
            Pemeriksa = "BPK",
            Hasil = "WTP",
            TanggalHasil = new DateOnly(2024, 5, 20),
            SesuaiSap = true,
            TanggalDisampaikan = new DateOnly(2024, 2, 20),
            BatasWaktu = new DateOnly(2024, 2, 28),
        });
        await db.SaveChangesAsync(ct);
        // The LHE's recommendations as the evaluator lists them, and their follow-up (issue 18 point 3): one finished,
        // one under way, one not started and past its due date.
        var rekomendasi = new (string Uraian, string Komponen, DateOnly Batas, string Pj, (DateOnly Tanggal, string Uraian, string? Bukti, string Status)[] Tindak)[]
        {
            ("Menyelaraskan cara pengukuran setiap IKU dengan sumber datanya (data contoh).", "BKUR01", new DateOnly(2024, 12, 31), "Subbagian Perencanaan, Data dan Informasi",
                [(new DateOnly(2024, 9, 20), "Definisi operasional IKU ditinjau bersama PIC register (data contoh).", null, "proses"),
                 (new DateOnly(2024, 11, 28), "Cara pengukuran IKU 2024 ditetapkan dan dihitung dari register (data contoh).", "IKU 2024 | /Iku?satker=51.01&tahun=2024", "selesai")]),
            ("Menyusun Rencana Aksi triwulanan dengan target per triwulan untuk setiap IKU (data contoh).", "AREN01", new DateOnly(2025, 3, 31), "Subbagian Perencanaan, Data dan Informasi",
                [(new DateOnly(2024, 10, 7), "Rencana Aksi triwulan IV disusun; triwulan lain menyusul (data contoh).", "Rencana Aksi 2024 | /Kinerja/RencanaAksi?satker=51.01&tahun=2024", "proses")]),
            ("Melaksanakan evaluasi internal atas capaian kinerja setiap triwulan (data contoh).", "DVAL01", new DateOnly(2024, 11, 30), "Sekretaris KPU Kabupaten", []),
        };
        for (var i = 0; i < rekomendasi.Length; i++)
        {
            var r = rekomendasi[i];
            var row = new Evaluasi.RekomendasiLhe { LheId = lhe2023.Id, Nomor = i + 1, Uraian = r.Uraian, Komponen = r.Komponen, JatuhTempo = r.Batas, PenanggungJawab = r.Pj };
            row.TindakLanjut.AddRange(r.Tindak.Select(t => new Evaluasi.TindakLanjutLhe
            {
                Tanggal = t.Tanggal,
                Uraian = t.Uraian,
                Bukti = t.Bukti,
                Status = t.Status,
                DicatatOleh = "data contoh",
                DicatatPada = t.Tanggal.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            }));
            db.RekomendasiLhe.Add(row);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Sample 2023 registers, so that the dashboard's trend and the LKjIP's comparison with the previous year have a
    /// year to compare with: four RB reports on time, a catalogue of four services of which three were delivered, the
    /// LHE on 2022 (score 68,10, B), a WTP opinion on fiscal year 2022, and one dispute over the candidate list, won.
    /// 2023 had no voting day, so participation stays "no data".
    /// </summary>
    private static async Task Contoh2023Async(TolokDb db, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        if (await db.LaporanRb.AnyAsync(l => l.SatkerId == satkerId && l.JatuhTempo.Year == 2023, ct))
        {
            return;
        }
        for (var q = 1; q <= 4; q++)
        {
            var end = new DateOnly(2023, q * 3, 1).AddMonths(1).AddDays(-1);
            db.LaporanRb.Add(new Laporan.LaporanRb
            {
                SatkerId = satkerId,
                Nama = $"Laporan Reformasi Birokrasi Triwulan {q} 2023 (data contoh)",
                PeriodeDari = new DateOnly(2023, q * 3 - 2, 1),
                PeriodeSampai = end,
                JatuhTempo = end,
                TanggalDisampaikan = end.AddDays(-3),
            });
        }
        var services = new[] { "Permohonan salinan data pemilih", "Sosialisasi pendaftaran calon", "Konsultasi teknis pencalonan", "Layanan informasi daerah pemilihan" };
        for (var i = 0; i < services.Length; i++)
        {
            var layanan = new Layanan.LayananInformasi { SatkerId = satkerId, Tahun = 2023, Nama = services[i] + " (data contoh)" };
            if (i < 3)
            {
                layanan.Pelaksanaan.Add(new Layanan.PelaksanaanLayanan { Tanggal = new DateOnly(2023, 3 + i * 3, 14), Kanal = "PPID", JenisPemohon = "masyarakat", Perihal = "Data contoh", WaktuResponsJam = 36, Terpenuhi = true });
            }
            db.LayananInformasi.Add(layanan);
        }
        db.Lhe.Add(new Evaluasi.Lhe
        {
            SatkerId = satkerId,
            TahunDievaluasi = 2022,
            Evaluator = "Inspektorat Utama KPU (data contoh)",
            TanggalLhe = new DateOnly(2023, 8, 21),
            Nilai = 68.10m,
            Perencanaan = 21m,
            Pengukuran = 19.6m,
            Pelaporan = 11m,
            EvaluasiInternal = 16.5m,
            Rekomendasi = "Data contoh: menyusun Rencana Aksi triwulanan untuk setiap IKU.",
            TindakLanjut = "Data contoh: Rencana Aksi 2024 disusun per triwulan.",
        });
        db.LaporanKeuangan.Add(new Laporan.LaporanKeuangan
        {
            SatkerId = satkerId,
            TahunAnggaran = 2022,
            Jenis = "Laporan Keuangan Tahunan (data contoh)",
            Pemeriksa = "BPK",
            Hasil = "WTP",
            TanggalHasil = new DateOnly(2023, 5, 22),
            SesuaiSap = true,
            TanggalDisampaikan = new DateOnly(2023, 2, 24),
            BatasWaktu = new DateOnly(2023, 2, 28),
        });
        await db.SaveChangesAsync(ct);
        await Sengketa.SengketaStore.SaveAsync(db, satkerId, null, new Sengketa.PerkaraEdit("Bawaslu", "003/PS.REG/51.5101/X/2023",
            "Bakal calon V (contoh) melawan KPU Kabupaten Jembrana", "termohon", "Data contoh: keberatan atas daftar calon sementara",
            new DateOnly(2023, 10, 9), new DateOnly(2023, 10, 27), "ditolak", null), null, ct);
    }

    /// <summary>A sample 2024 budget (DIPA) of five activities linked to the IKU they support; about 94% spent.</summary>
    private static async Task AnggaranContohAsync(TolokDb db, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        if (await db.AnggaranKegiatan.AnyAsync(a => a.SatkerId == satkerId && a.Tahun == 2024, ct))
        {
            return;
        }
        // Programme → activity: a programme's ceiling includes its activities' (issue 16); its own part is shared by the IKU listed.
        (string Kode, string Uraian, decimal Pagu, decimal Realisasi, string? Iku)[] rows =
        [
            ("076.01.WA", "Program Dukungan Manajemen (data contoh)", 4_435_000_000, 4_259_452_300, "1.1:30,1.2:30,1.3:40"),
            ("076.01.WA.4174", "Layanan informasi publik dan kehumasan (data contoh)", 185_000_000, 171_940_000, "1.4"),
            ("076.06.DH", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (data contoh)", 22_600_000_000, 21_148_445_500, null),
            ("076.06.DH.4101", "Penyelenggaraan tahapan pemilu dan pemilihan (data contoh)", 21_600_000_000, 20_215_780_500, "2.1:70,4.1:30"),
            ("076.06.DH.4102", "Sosialisasi, pendidikan pemilih dan partisipasi masyarakat (data contoh)", 760_000_000, 734_215_000, "3.1:50,3.2:25,3.3:25"),
            ("076.06.DH.4103", "Advokasi dan penyelesaian sengketa hukum (data contoh)", 240_000_000, 198_450_000, "4.2"),
        ];
        foreach (var r in rows)
        {
            db.AnggaranKegiatan.Add(new Lkjip.AnggaranKegiatan { SatkerId = satkerId, Tahun = 2024, Kode = r.Kode, Uraian = r.Uraian, Pagu = r.Pagu, Realisasi = r.Realisasi, Iku = r.Iku });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Four sample disputes of Jembrana in 2024: two won, one partly granted against KPU, one pending.</summary>
    private static async Task SengketaContohAsync(TolokDb db, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        var cases = new Sengketa.PerkaraEdit[]
        {
            new("Bawaslu", "001/PS.REG/51.5101/I/2024", "Partai X (contoh) melawan KPU Kabupaten Jembrana", "termohon", "Data contoh: keberatan atas penetapan daftar calon tetap", new DateOnly(2024, 1, 8), new DateOnly(2024, 1, 22), "ditolak", null),
            new("PTUN", "12/G/SPPU/2024/PTUN.DPS", "Calon Y (contoh) melawan KPU Kabupaten Jembrana", "tergugat", "Data contoh: gugatan atas keputusan KPU", new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 15), "tidak-dapat-diterima", null),
            new("DKPP", "45-PKE-DKPP/V/2024", "Pengadu Z (contoh) melawan anggota KPU Kabupaten Jembrana", "teradu", "Data contoh: dugaan pelanggaran kode etik", new DateOnly(2024, 5, 2), new DateOnly(2024, 7, 10), "dikabulkan-sebagian", null),
            new("MK", "99/PHPU.BUP-XXIII/2025", "Paslon W (contoh) melawan KPU Kabupaten Jembrana", "termohon", "Data contoh: perselisihan hasil pemilihan bupati", new DateOnly(2024, 12, 9), null, null, null),
        };
        foreach (var c in cases)
        {
            if (!await db.Perkara.AnyAsync(p => p.SatkerId == satkerId && p.NomorPerkara == c.NomorPerkara, ct))
            {
                await Sengketa.SengketaStore.SaveAsync(db, satkerId, null, c, null, ct);
            }
        }
    }

    /// <summary>Whether a ballot's data are (at least partly) the synthetic demo data.</summary>
    public static Task<bool> IsContohAsync(TolokDb db, int pemilihanId, string surat, CancellationToken ct) =>
        db.ImporTps.AnyAsync(i => i.PemilihanId == pemilihanId && i.SuratSuara == surat && i.Berkas == NamaBerkas, ct);

    private static Task<HasilImpor> Import(TolokDb db, string pemilihan, string surat, List<(long Kode, int[] Nilai)> rows, TimeProvider time, CancellationToken ct) =>
        TpsImporter.ImportAsync(db, rows.Select(r => new BarisMasuk(KodeWilayah.Format(r.Kode), KodeWilayah.Format(r.Kode), r.Nilai)),
            new TpsImportOptions(pemilihan, surat, Satker, Partial: false, NamaBerkas, "data contoh"), time, null, ct);

    private sealed record Desa(long Kode, string Kecamatan, int TpsPemilu);

    private static List<Desa> LoadDesa()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(AppContext.BaseDirectory, "Data", "jembrana-wilayah.csv"));
        var rows = reader.Enumerate(r => (Kode: r["kode_flat"].Parse<long>(), Tingkat: r["tingkat"].ToString(), Induk: r["kode_induk"].ToString(), Tps: r["jumlah_tps_pemilu2024_ppwp"].Parse<int>(), Nama: r["nama"].ToString())).ToList();
        var kecamatan = rows.Where(r => r.Tingkat == "kecamatan").ToDictionary(r => KodeWilayah.Format(r.Kode), r => r.Nama);
        return [.. rows.Where(r => r.Tingkat == "desa_kelurahan").Select(r => new Desa(r.Kode, kecamatan[r.Induk], r.Tps))];
    }

    private static (List<(long, int[])> Ppwp, List<(long, int[])> Gubernur, List<(long, int[])> Bupati) Generate(List<Desa> desa)
    {
        var random = new Random(20240214);

        // Pemilu 2024: the published TPS per desa, DPT allocated to the TPS, about 81% participation.
        var tpsPemilu = desa.SelectMany(d => Enumerable.Range(1, d.TpsPemilu).Select(n => (Kode: d.Kode * 1000 + n, d.Kecamatan))).ToList();
        var ppwp = Build(random, tpsPemilu, 243_796, 123_401, _ => 0.81, null);

        // Pilkada 2024: 486 TPS, spread over the desa like the Pemilu's, with the published DPT per kecamatan.
        var perDesa = Allocate(486, [.. desa.Select(d => (double)d.TpsPemilu)], minimum: 1);
        var tpsPilkada = desa.SelectMany((d, i) => Enumerable.Range(1, perDesa[i]).Select(n => (Kode: d.Kode * 1000 + n, d.Kecamatan))).ToList();
        var gubernur = Build(random, tpsPilkada, 244_978, 124_097, k => RatePilkada[k], (DptPilkadaPerKecamatan, 174_571));
        // The Bupati ballot: the same TPS and voter lists; 73 fewer voters (71,23%).
        var bupati = gubernur.Select(r => (r.Item1, (int[])r.Item2.Clone())).ToList();
        for (var removed = 0; removed < 73;)
        {
            var v = bupati[random.Next(bupati.Count)].Item2;
            if (RemoveVoter(v))
            {
                removed++;
            }
        }
        foreach (var (_, v) in bupati)
        {
            SetBallots(v, random);
        }
        Spoil(random, ppwp);
        Spoil(random, gubernur);
        return (ppwp, gubernur, bupati);
    }

    private static int I(string column) => Kolom.IndexOf(column);

    /// <param name="exact">Per-kecamatan DPT and the exact number of voters, when published.</param>
    private static List<(long, int[])> Build(Random random, List<(long Kode, string Kecamatan)> tps, int dpt, int dptP, Func<string, double> rate,
        (Dictionary<string, int> Dpt, int Voters)? exact)
    {
        // DPT per TPS: by kecamatan when published, else spread over all TPS.
        var weights = tps.Select(_ => 0.75 + random.NextDouble() * 0.5).ToArray();
        int[] dptTps;
        if (exact is { } e)
        {
            dptTps = new int[tps.Count];
            foreach (var (kec, total) in e.Dpt)
            {
                var index = tps.Select((t, i) => (t, i)).Where(x => x.t.Kecamatan == kec).Select(x => x.i).ToArray();
                var share = Allocate(total, [.. index.Select(i => weights[i])]);
                for (var j = 0; j < index.Length; j++)
                {
                    dptTps[index[j]] = share[j];
                }
            }
        }
        else
        {
            dptTps = Allocate(dpt, weights);
        }
        var pTps = Allocate(dptP, [.. dptTps.Select(d => d * (0.97 + random.NextDouble() * 0.06))]);

        // Voters: near the kecamatan's rate; when the total is published, exactly that total.
        var expected = tps.Select((t, i) => dptTps[i] * rate(t.Kecamatan) * (0.94 + random.NextDouble() * 0.12)).ToArray();
        int[] voters;
        if (exact is { } ex)
        {
            // Keep each kecamatan at its rate, then make the kabupaten total exact.
            var perKec = tps.Select((t, i) => (t.Kecamatan, i)).GroupBy(x => x.Kecamatan).ToList();
            var kecTarget = Allocate(ex.Voters, [.. perKec.Select(g => ex.Dpt[g.Key] * rate(g.Key))]);
            voters = new int[tps.Count];
            for (var k = 0; k < perKec.Count; k++)
            {
                var index = perKec[k].Select(x => x.i).ToArray();
                var share = Allocate(kecTarget[k], [.. index.Select(i => expected[i])]);
                for (var j = 0; j < index.Length; j++)
                {
                    voters[index[j]] = share[j];
                }
            }
        }
        else
        {
            voters = [.. expected.Select(x => (int)Math.Round(x))];
        }

        var rows = new List<(long, int[])>(tps.Count);
        for (var i = 0; i < tps.Count; i++)
        {
            var v = new int[Kolom.Jumlah];
            Array.Fill(v, -1);
            var l = dptTps[i] - pTps[i];
            Set(v, "pemilih_dpt", l, pTps[i]);
            var total = Math.Min(voters[i], dptTps[i]);
            // Women vote a little more often than men.
            var usedP = Math.Min(pTps[i], (int)Math.Round(total * (pTps[i] * 1.03) / (pTps[i] * 1.03 + l)));
            var usedL = Math.Min(l, total - usedP);
            usedP = total - usedL;
            var dptbL = random.Next(0, 3);
            var dptbP = random.Next(0, 3);
            var dpkL = random.Next(0, 2);
            var dpkP = random.Next(0, 2);
            Set(v, "pengguna_dpt", Math.Max(0, usedL - dptbL - dpkL), Math.Max(0, usedP - dptbP - dpkP));
            Set(v, "pengguna_dptb", Math.Min(dptbL, usedL), Math.Min(dptbP, usedP));
            Set(v, "pengguna_dpk", Math.Min(dpkL, Math.Max(0, usedL - dptbL)), Math.Min(dpkP, Math.Max(0, usedP - dptbP)));
            SetTotals(v);
            // About two disabled voters per TPS (Jembrana 2020: 1.075 in all), a quarter of whom vote (Bali 2024: ~20%).
            var disL = random.Next(0, 3);
            var disP = random.Next(0, 3);
            Set(v, "pemilih_disabilitas", disL, disP);
            Set(v, "pengguna_disabilitas", Binomial(random, disL, 0.25), Binomial(random, disP, 0.25));
            SetBallots(v, random);
            rows.Add((tps[i].Kode, v));
        }
        return rows;
    }

    private static void Set(int[] v, string group, int l, int p)
    {
        v[I(group + "_l")] = l;
        v[I(group + "_p")] = p;
        v[I(group + "_j")] = l + p;
    }

    /// <summary>pengguna_total = DPT + DPTb + DPK users, for l and p.</summary>
    private static void SetTotals(int[] v)
    {
        int Sum(string s) => v[I("pengguna_dpt_" + s)] + v[I("pengguna_dptb_" + s)] + v[I("pengguna_dpk_" + s)];
        Set(v, "pengguna_total", Sum("l"), Sum("p"));
    }

    private static void SetBallots(int[] v, Random random)
    {
        var total = v[I("pengguna_total_j")];
        var invalid = Math.Min(total, Binomial(random, total, 0.025));
        v[I("suara_tidak_sah")] = invalid;
        v[I("suara_sah")] = total - invalid;
        v[I("suara_total")] = total;
    }

    private static bool RemoveVoter(int[] v)
    {
        foreach (var s in new[] { "l", "p" })
        {
            if (v[I("pengguna_dpt_" + s)] > 0)
            {
                v[I("pengguna_dpt_" + s)]--;
                v[I("pengguna_dpt_j")]--;
                SetTotals(v);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Deliberate inconsistencies of the kinds the 2024 Sirekap records had. They touch ballot counts and the
    /// breakdown of users, never the DPT or the users' totals, so the published figures stay exact.
    /// </summary>
    private static void Spoil(Random random, List<(long, int[])> rows)
    {
        for (var k = 0; k < 6; k++)
        {
            var v = rows[random.Next(rows.Count)].Item2;
            switch (k % 3)
            {
                case 0:
                    v[I("suara_total")] += 3; // sah + tidak sah ≠ suara total
                    break;
                case 1:
                    v[I("pengguna_dpt_l")] += 2; // pengguna total ≠ DPT + DPTb + DPK (l), and j ≠ l + p
                    break;
                default:
                    v[I("pengguna_disabilitas_p")] = v[I("pemilih_disabilitas_p")] + 2; // a warning only
                    v[I("pengguna_disabilitas_j")] = v[I("pengguna_disabilitas_l")] + v[I("pengguna_disabilitas_p")];
                    break;
            }
        }
    }

    private static int Binomial(Random random, int n, double p)
    {
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < p)
            {
                k++;
            }
        }
        return k;
    }

    /// <summary>Whole numbers proportional to the weights that add up to exactly <paramref name="total"/> (largest remainder).</summary>
    public static int[] Allocate(int total, double[] weights, int minimum = 0)
    {
        var result = new int[weights.Length];
        var rest = total - minimum * weights.Length;
        var sum = weights.Sum();
        var remainders = new (double Fraction, int Index)[weights.Length];
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = rest * weights[i] / sum;
            result[i] = minimum + (int)Math.Floor(exact);
            given += (int)Math.Floor(exact);
            remainders[i] = (exact - Math.Floor(exact), i);
        }
        foreach (var (_, i) in remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index).Take(rest - given))
        {
            result[i]++;
        }
        return result;
    }
}