using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// The national demo (issue 17, point 5; "data contoh"): every one of the 553 satker gets the 2024 IKU set (the
/// seed's, with its own name), targets around Jembrana's, registers that compute every IKU, realisation workflow
/// states per quarter, and national Pemilu 2024 (PPWP) data for every desa: synthetic, fixed seed, labelled.
/// Jembrana keeps its own demo (<see cref="DataContoh"/>).
/// </summary>
public static class DataContohNasional
{
    public const string NamaBerkas = "data contoh nasional (tolok demo --nasional)";
    private const int Tahun = 2024;

    /// <param name="langkah">Reports each step's name and the share done (0–1), for the CLI's progress bar.</param>
    public static async Task<bool> EnsureAsync(TolokDb db, TimeProvider time, Action<string, double> langkah, CancellationToken ct)
    {
        await DataContoh.EnsureAsync(db, time, ct);
        var pemilu = await db.Pemilihan.SingleAsync(p => p.Slug == "pemilu-2024", ct);
        if (await db.ImporTps.AnyAsync(i => i.PemilihanId == pemilu.Id && i.Berkas == NamaBerkas, ct))
        {
            return false;
        }
        var seed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seed", "iku-kpu-jembrana-2024.txt"), ct);
        var satker = await db.Satker.AsNoTracking().Where(s => s.Kode != DataContoh.Satker).OrderBy(s => s.Kode).ToListAsync(ct);
        var tahapan = await db.Tahapan.AsNoTracking().OrderBy(t => t.PemilihanId).ThenBy(t => t.Nomor).ToListAsync(ct);
        var random = new Random(553);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < satker.Count; i++)
        {
            var s = satker[i];
            if (i % 20 == 0)
            {
                langkah($"IKU, target dan register satker ({i:N0}/{satker.Count:N0})", (double)i / satker.Count * 0.7);
            }
            if (!await db.IkuSet.AnyAsync(x => x.SatkerId == s.Id && x.Tahun == Tahun, ct))
            {
                await Iku.IkuImport.ImportAsync(db, s.Kode, Tahun, TeksUntuk(seed, s.Nama), NamaBerkas, "data contoh", time, ct);
            }
            await Kinerja.TargetStore.SaveAsync(db, s.Kode, Tahun, Target(random), null, "data contoh", time, ct);
            Register(db, s.Id, tahapan, random);
            Alur(db, s.Id, random, time.GetUtcNow().UtcDateTime);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        langkah("Data TPS nasional Pemilu 2024 (PPWP)", 0.7);
        var jembrana = KodeWilayah.TryParse(DataContoh.Satker, out var k) ? k : throw new InvalidOperationException("kode Jembrana");
        await TpsImporter.ImportAsync(db, Tps(null, 820_161).Where(t => !KodeWilayah.DiDalam(t.Kode, jembrana))
                .Select(t => new BarisMasuk(KodeWilayah.Format(t.Kode), KodeWilayah.Format(t.Kode), t.Nilai)),
            new TpsImportOptions("pemilu-2024", "PPWP", Satker.SatkerSeed.KodeRi, Partial: true, NamaBerkas, "data contoh"), time, null, ct);
        langkah("Selesai", 1);
        return true;
    }

    /// <summary>The seed's IKU text with another satker's name in place of Jembrana's.</summary>
    public static string TeksUntuk(string seed, string nama)
    {
        var wilayah = nama.Replace("Komisi Pemilihan Umum ", "", StringComparison.Ordinal).Replace("Komisi Independen Pemilihan ", "", StringComparison.Ordinal);
        var pendek = (nama.StartsWith("Komisi Independen", StringComparison.Ordinal) ? "KIP " : "KPU ") + wilayah;
        return seed.Replace("KOMISI PEMILIHAN UMUM KABUPATEN JEMBRANA", nama.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("Komisi Pemilihan Umum Kabupaten Jembrana", nama, StringComparison.Ordinal)
            .Replace("KPU Kabupaten Jembrana", pendek, StringComparison.Ordinal)
            .Replace("Kabupaten Jembrana", wilayah, StringComparison.Ordinal)
            .Replace("Jembrana", wilayah, StringComparison.Ordinal);
    }

    private static Kinerja.TargetDto[] Target(Random random)
    {
        var partisipasi = 75 + random.Next(0, 8);
        return
        [
            new("1.1", 4, 1, 2, 3, 4, 4, 4, null),
            new("1.2", 70 + random.Next(0, 11), null, null, null, null, null, null, null),
            new("1.3", null, null, null, null, null, null, null, "WTP"),
            new("1.4", 100, 100, 100, 100, 100, null, null, null),
            new("2.1", 100, 100, 100, 100, 100, null, null, null),
            new("3.1", partisipasi, partisipasi, partisipasi, partisipasi, partisipasi, null, null, null),
            new("3.2", partisipasi, partisipasi, partisipasi, partisipasi, partisipasi, null, null, null),
            new("3.3", 50, 50, 50, 50, 50, null, null, null),
            new("4.1", 100, 100, 100, 100, 100, null, null, null),
            new("4.2", 100, 100, 100, 100, 100, null, null, null),
        ];
    }

    /// <summary>Registers that compute the non-participation IKU: RB reports, the financial report, the LHE, services, stages, a dispute.</summary>
    private static void Register(TolokDb db, int satkerId, List<Tahapan.Tahapan> tahapan, Random random)
    {
        for (var q = 1; q <= 4; q++)
        {
            var end = new DateOnly(Tahun, q * 3, 1).AddMonths(1).AddDays(-1);
            db.LaporanRb.Add(new Laporan.LaporanRb
            {
                SatkerId = satkerId,
                Nama = $"Laporan Reformasi Birokrasi Triwulan {q} (data contoh)",
                PeriodeDari = new DateOnly(Tahun, q * 3 - 2, 1),
                PeriodeSampai = end,
                JatuhTempo = end,
                TanggalDisampaikan = end.AddDays(random.Next(10) == 0 ? 5 : -2),
            });
        }
        string[] opini = ["WTP", "WTP", "WTP", "WTP", "WDP"];
        db.LaporanKeuangan.Add(new Laporan.LaporanKeuangan
        {
            SatkerId = satkerId,
            TahunAnggaran = Tahun - 1,
            Jenis = "Laporan Keuangan Tahunan (data contoh)",
            Pemeriksa = "BPK",
            Hasil = opini[random.Next(opini.Length)],
            TanggalHasil = new DateOnly(Tahun, 5, 20),
            SesuaiSap = true,
            TanggalDisampaikan = new DateOnly(Tahun, 2, 20),
            BatasWaktu = new DateOnly(Tahun, 2, 28),
        });
        db.Lhe.Add(new Evaluasi.Lhe
        {
            SatkerId = satkerId,
            TahunDievaluasi = Tahun - 1,
            Evaluator = "Inspektorat Utama KPU (data contoh)",
            TanggalLhe = new DateOnly(Tahun, 8, 15),
            Nilai = Math.Round(60m + (decimal)random.NextDouble() * 25m, 2),
        });
        var layanan = 4 + random.Next(3);
        for (var i = 0; i < layanan; i++)
        {
            var l = new Layanan.LayananInformasi { SatkerId = satkerId, Tahun = Tahun, Nama = $"Layanan informasi {i + 1} (data contoh)" };
            if (random.Next(6) > 0)
            {
                l.Pelaksanaan.Add(new Layanan.PelaksanaanLayanan { Tanggal = new DateOnly(Tahun, 1 + random.Next(12), 10), Kanal = "PPID", JenisPemohon = "masyarakat", Perihal = "Data contoh", WaktuResponsJam = 24, Terpenuhi = true });
            }
            db.LayananInformasi.Add(l);
        }
        foreach (var t in tahapan)
        {
            var late = random.Next(40) == 0;
            db.PelaksanaanTahapan.Add(new Tahapan.PelaksanaanTahapan
            {
                SatkerId = satkerId,
                TahapanId = t.Id,
                RealisasiMulai = t.JadwalMulai,
                RealisasiSelesai = late ? t.JadwalSelesai.AddDays(3) : t.JadwalSelesai,
                SesuaiKetentuan = random.Next(50) > 0,
                Catatan = late ? "Data contoh: selesai setelah jadwal." : null,
            });
        }
        if (random.Next(3) == 0)
        {
            db.Perkara.Add(new Sengketa.Perkara
            {
                SatkerId = satkerId,
                Forum = "Bawaslu",
                NomorPerkara = $"{random.Next(1, 99):000}/PS.REG/{Tahun} (contoh)",
                Pihak = "Pemohon (contoh)",
                PeranKpu = "termohon",
                Pokok = "Data contoh: keberatan atas penetapan daftar calon",
                TanggalRegistrasi = new DateOnly(Tahun, 2, 1),
                TanggalPutusan = new DateOnly(Tahun, 2, 20),
                Putusan = random.Next(4) == 0 ? "dikabulkan" : "ditolak",
            });
        }
    }

    /// <summary>The realisation workflow per quarter: most units approved TW I–III; TW IV in every state.</summary>
    private static void Alur(TolokDb db, int satkerId, Random random, DateTime now)
    {
        string[] akhir = [Tolok.Alur.AlurRules.Draf, Tolok.Alur.AlurRules.Diajukan, Tolok.Alur.AlurRules.Diverifikasi, Tolok.Alur.AlurRules.Disetujui, Tolok.Alur.AlurRules.Dikembalikan];
        for (var tw = 1; tw <= 4; tw++)
        {
            var status = tw < 4
                ? random.Next(10) == 0 ? Tolok.Alur.AlurRules.Diverifikasi : Tolok.Alur.AlurRules.Disetujui
                : akhir[random.Next(akhir.Length)];
            foreach (var kode in new[] { "1.1", "1.2", "1.3", "1.4", "2.1", "3.1", "3.2", "3.3", "4.1", "4.2" })
            {
                db.AlurData.Add(new Tolok.Alur.AlurData
                {
                    SatkerId = satkerId,
                    Jenis = "realisasi",
                    Kunci = $"{Tahun}:TW{tw}:{kode}",
                    Status = status,
                    DiubahPada = now,
                    DiajukanOleh = status == Tolok.Alur.AlurRules.Draf ? null : "data contoh",
                });
            }
        }
    }

    /// <summary>
    /// National synthetic TPS data (the benchmarks' generator): the real region tree, <paramref name="total"/> TPS
    /// spread over the desa (of one province when given), realistic counts, fixed seed.
    /// </summary>
    public static IEnumerable<(long Kode, int[] Nilai)> Tps(long? provinsi, int total)
    {
        var tree = WilayahTree.Nasional;
        var desa = new List<long>(90_000);
        void Walk(long node)
        {
            foreach (var child in tree.Anak(node))
            {
                if (KodeWilayah.TingkatOf(child) == Tingkat.Desa)
                {
                    desa.Add(child);
                }
                else
                {
                    Walk(child);
                }
            }
        }
        Walk(provinsi ?? 0);
        if (provinsi is not null)
        {
            // A province's share of the national TPS, by its share of the desa.
            total = (int)Math.Round(820_161.0 * desa.Count / 83_762);
        }
        var random = new Random(820161);
        var weights = desa.Select(_ => Math.Exp(random.NextDouble() * 1.6)).ToArray();
        var perDesa = DataContoh.Allocate(total, weights, minimum: 1);
        int I(string c) => Kolom.IndexOf(c);
        for (var d = 0; d < desa.Count; d++)
        {
            for (var n = 1; n <= perDesa[d]; n++)
            {
                var v = new int[Kolom.Jumlah];
                var dptL = random.Next(90, 160);
                var dptP = random.Next(90, 160);
                var usedL = (int)(dptL * (0.72 + random.NextDouble() * 0.18));
                var usedP = (int)(dptP * (0.74 + random.NextDouble() * 0.18));
                var dptbL = random.Next(0, 4);
                var dptbP = random.Next(0, 4);
                var dpkL = random.Next(0, 2);
                var dpkP = random.Next(0, 2);
                var disL = random.Next(0, 3);
                var disP = random.Next(0, 3);
                void Set(string g, int l, int p)
                {
                    v[I(g + "_l")] = l;
                    v[I(g + "_p")] = p;
                    v[I(g + "_j")] = l + p;
                }
                Set("pemilih_dpt", dptL, dptP);
                Set("pemilih_dptb", dptbL, dptbP);
                Set("pemilih_dpk", dpkL, dpkP);
                Set("pengguna_dpt", usedL, usedP);
                Set("pengguna_dptb", dptbL, dptbP);
                Set("pengguna_dpk", dpkL, dpkP);
                Set("pemilih_disabilitas", disL, disP);
                Set("pengguna_disabilitas", disL / 2, disP / 2);
                Set("pengguna_total", usedL + dptbL + dpkL, usedP + dptbP + dpkP);
                var voters = v[I("pengguna_total_j")];
                var invalid = random.Next(0, Math.Max(1, voters / 30));
                v[I("suara_sah")] = voters - invalid;
                v[I("suara_tidak_sah")] = invalid;
                v[I("suara_total")] = voters;
                if (random.Next(1000) < 3)
                {
                    v[I("suara_total")] += 1; // a few inconsistent records, as in the real data
                }
                yield return (desa[d] * 1000 + n, v);
            }
        }
    }
}