using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi.Impor;

/// <summary>A reading started before the database was ready (<see cref="TpsImporter.BacaAwal"/>), and its blocks as they complete.</summary>
public sealed record BacaanAwal(Task<BacaanTps> Tugas, AliranBlok Aliran);

public sealed record TpsImportOptions(string Pemilihan, string SuratSuara, string Satker, bool Partial, string NamaBerkas, string? Oleh);

/// <summary>A problem with one row (or the file): where, which code and column, and what is wrong.</summary>
public sealed record GalatImpor(string Lokasi, string Kode, string? Kolom, string Alasan)
{
    public override string ToString()
    {
        // Values from the file are quoted back cut short (a 10 MB cell is not echoed).
        var kode = Kode.Length > 0 ? " (kode " + Format.Potong(Kode, 40) + ")" : "";
        var kolom = Kolom is null ? "" : ", kolom " + Format.Potong(Kolom, 40);
        return Format.Potong(Lokasi) + kode + kolom + ": " + Alasan;
    }
}

public sealed record HasilImpor(int ImporId, int Baru, int Diganti, int Ditolak, IReadOnlyDictionary<StatusTps, int> Status, IReadOnlyList<GalatImpor> Galat, IReadOnlyList<BarisMasuk> BarisDitolak)
{
    /// <summary>Time spent per step (reading and checking, validating, storing rows, roll-up), for the CLI and the benchmark.</summary>
    public IReadOnlyList<(string Tahap, TimeSpan Waktu)> Waktu { get; init; } = [];
    /// <summary>The blocks stored while the file was read were kept (decision 64).</summary>
    public bool DisimpanSelagiMembaca { get; init; }
    /// <summary>The blocks merged into stored ones while the file was read were kept (decision 115).</summary>
    public bool DigabungSelagiMembaca { get; init; }
}

/// <summary>The import was refused; nothing was stored. <see cref="Galat"/> lists every problem found.</summary>
public sealed class TpsImportException(string file, IReadOnlyList<GalatImpor> galat)
    : Exception($"{file}: {galat.Count} masalah; tidak ada data yang disimpan. {string.Join(" | ", galat.Take(5))}")
{
    public string File { get; } = file;
    public IReadOnlyList<GalatImpor> Galat { get; } = galat;
}

/// <summary>
/// Imports participation rows for one election ballot within a satker's area: every row is checked (code, area,
/// values, duplicates, a region together with rows below or above it), validated by the rules, stored, and the
/// roll-ups of every affected region are updated, all in one transaction. With <c>Partial</c> the good rows are
/// stored and the others returned; without it any problem stores nothing.
/// </summary>
public static class TpsImporter
{
    public static Task<HasilImpor> ImportAsync(
        TolokDb db, IEnumerable<BarisMasuk> source, TpsImportOptions o, TimeProvider time,
        IProgress<(string Tahap, double Bagian)>? progress = null, CancellationToken ct = default) =>
        ImportAsync(db, source, null, o, time, progress, ct);

    /// <summary>
    /// Starts reading a file before the database is ready (the CLI does this while it opens, migrates and checks the
    /// database): parsing, checking and validating need no database, only the region tree, the satker's area and the
    /// rules, which are assumed to be the defaults. <see cref="ImportAsync(TolokDb, IEnumerable{BarisMasuk}, BacaanAwal?, TpsImportOptions, TimeProvider, IProgress{ValueTuple{string, double}}?, CancellationToken)"/>
    /// uses the result only when the database's active rules are exactly these; otherwise it reads the file again.
    /// </summary>
    public static BacaanAwal BacaAwal(string path, IProgress<double>? progress, string satker, CancellationToken ct)
    {
        var aliran = new AliranBlok();
        var tugas = Task.Run(() =>
        {
            try
            {
                if (!KodeWilayah.TryParse(satker, out var area))
                {
                    area = 0; // not a region: ImportAsync refuses the satker before it looks at this reading
                }
                var rules = AturanSeed.Bawaan().Where(a => a.Aktif).Select(AturanTerkompilasi.Compile).ToList();
                return BacaBerkas(path, progress, WilayahTree.Nasional, area, rules, ct, aliran);
            }
            finally
            {
                aliran.Selesai();
            }
        }, ct);
        return new BacaanAwal(tugas, aliran);
    }

    /// <summary>Imports a file by its path (<see cref="BacaBerkas"/>), its reading possibly started early by <see cref="BacaAwal"/>.</summary>
    public static Task<HasilImpor> ImportAsync(
        TolokDb db, string path, IProgress<double>? read, BacaanAwal? awal, TpsImportOptions o, TimeProvider time,
        IProgress<(string Tahap, double Bagian)>? progress = null, CancellationToken ct = default) =>
        ImportAsync(db, (area, rules) => BacaBerkas(path, read, WilayahTree.Nasional, area, rules, ct), awal, o, time, progress, ct);

    /// <param name="awal">A reading started early by <see cref="BacaAwal"/>, or null to read <paramref name="source"/> here.</param>
    public static Task<HasilImpor> ImportAsync(
        TolokDb db, IEnumerable<BarisMasuk> source, BacaanAwal? awal, TpsImportOptions o, TimeProvider time,
        IProgress<(string Tahap, double Bagian)>? progress = null, CancellationToken ct = default) =>
        ImportAsync(db, (area, rules) => Baca(source, WilayahTree.Nasional, area, rules, ct), awal, o, time, progress, ct);

    /// <summary>What an import works on: the election, its ballot, the satker and its area, and the workflow key of the ballot's data.</summary>
    private sealed record TujuanImpor(string Berkas, ImporMentah.PemilihanImpor Pemilihan, int SuratSuaraId, string Surat, ImporMentah.SatkerImpor Satker, long Area)
    {
        public string KunciAlur => $"{Pemilihan.Slug}:{Surat}";
    }

    /// <summary>The time each step took, for the CLI and the benchmark.</summary>
    private sealed class PencatatWaktu
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        public List<(string, TimeSpan)> Waktu { get; } = [];

        public void Lap(string tahap)
        {
            Waktu.Add((tahap, _clock.Elapsed));
            _clock.Restart();
        }
    }

    /// <param name="baca">Reads the rows for an area and rules (when no early reading is given, or it assumed others).</param>
    private static async Task<HasilImpor> ImportAsync(
        TolokDb db, Func<long, IReadOnlyList<AturanTerkompilasi>, BacaanTps> baca, BacaanAwal? awal, TpsImportOptions o, TimeProvider time,
        IProgress<(string Tahap, double Bagian)>? progress, CancellationToken ct)
    {
        var stopwatch = new PencatatWaktu();
        var tujuan = await TujuanAsync(db, o, ct);
        // The write rules, as on every other path: the writer's scope, and the lock of the ballot's participation data
        // of this satker and of any satker above or below it (their figures include or are included in this area).
        // Checked here to refuse early, and again inside the transaction, under the ballot's lock (below).
        await Aturan.Lingkup.PastikanAsync(db, db.Pelaku, tujuan.Satker.Kode, "partisipasi", ct);
        await PastikanTerbukaAsync(db, tujuan, ct);
        var rules = await ImporMentah.AturanAsync(db, ct);

        // 1. Read each row, check it, validate it, pack it and add it to the roll-up of its desa, in one pass. A
        //    reading started early (the CLI) goes on while the transaction opens and the import is recorded.
        var bacaan = new Bacaan(awal, awal?.Tugas ?? Task.FromResult(baca(tujuan.Area, rules)), () => baca(tujuan.Area, rules), rules);
        var now = time.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var file = o.NamaBerkas;
            var impor = new ImporTps
            {
                PemilihanId = tujuan.Pemilihan.Id,
                SuratSuara = tujuan.Surat,
                Satker = tujuan.Satker.Kode,
                Berkas = file.Length > 300 ? file[..300] : file,
                Oleh = o.Oleh,
                Waktu = now,
            };
            try
            {
                // One import of a ballot at a time, and none while its participation item changes status (the workflow
                // takes the same lock): the roll-ups are read, changed and written back, and the lock is checked again
                // here, where nothing can change it until this transaction ends. SQLite serialises writers itself: the
                // import record below is this transaction's first write.
                await ImporMentah.KunciSuratSuaraAsync(db, tujuan.KunciAlur, ct);
                // Written in plain SQL, past the save guard: the TPS data change every satker's roll-ups. The stamp row
                // is taken before the audit trail's lock, in the order every save through EF Core takes them (no
                // deadlock with a concurrent save on PostgreSQL).
                await StempelData.UbahAsync(db, [StempelData.Global], ct);
                impor.Id = await ImporMentah.CatatAsync(db, impor, ct);
                await PastikanTerbukaAsync(db, tujuan, ct);
                var hasil = await SimpanAsync(db, tujuan, impor, bacaan, o.Partial, now, stopwatch, progress, ct);
                await tx.CommitAsync(ct);
                progress?.Report(("Menyimpan", 1));
                stopwatch.Lap("rekapitulasi wilayah dan commit");
                return hasil with { Waktu = stopwatch.Waktu };
            }
            catch
            {
                // Refused or failed: the transaction is rolled back; what the context tracks of it is forgotten too.
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    /// <summary>The election, ballot and satker named by the options, or the import is refused naming the one not found.</summary>
    private static async Task<TujuanImpor> TujuanAsync(TolokDb db, TpsImportOptions o, CancellationToken ct)
    {
        var file = o.NamaBerkas;
        // The bookkeeping is plain SQL (decision 68): through EF Core it was compiled cold at every CLI start.
        var pemilihan = await ImporMentah.PemilihanAsync(db, o.Pemilihan, ct)
            ?? throw Refuse(file, $"pemilihan \"{o.Pemilihan}\" tidak dikenal.");
        var ballot = pemilihan.SuratSuara.FirstOrDefault(s => s.Kode.Equals(o.SuratSuara, StringComparison.OrdinalIgnoreCase));
        if (ballot.Kode is null)
        {
            throw Refuse(file, $"surat suara \"{o.SuratSuara}\" tidak ada pada {pemilihan.Slug} (tersedia: {string.Join(", ", pemilihan.SuratSuara.Select(s => s.Kode))}).");
        }
        var satker = await ImporMentah.SatkerAsync(db, o.Satker, ct)
            ?? throw Refuse(file, $"satker \"{o.Satker}\" tidak dikenal.");
        if (!KodeWilayah.TryParse(satker.Kode, out var area))
        {
            throw Refuse(file, $"kode satker \"{satker.Kode}\" bukan kode wilayah.");
        }
        return new TujuanImpor(file, pemilihan, ballot.Id, ballot.Kode, satker, area);
    }

    /// <summary>Refuses the import when the ballot's participation item of this satker, or of one above or below it, is submitted, verified or approved.</summary>
    private static async Task PastikanTerbukaAsync(TolokDb db, TujuanImpor tujuan, CancellationToken ct)
    {
        foreach (var (kodeTerkunci, statusTerkunci) in await ImporMentah.PartisipasiTerkunciAsync(db, tujuan.KunciAlur, ct))
        {
            // A satker whose code is not a region (KPU RI) covers the whole country.
            var terkunci = KodeWilayah.TryParse(kodeTerkunci, out var k) ? k : 0;
            if (KodeWilayah.DiDalam(tujuan.Area, terkunci) || KodeWilayah.DiDalam(terkunci, tujuan.Area))
            {
                throw Aturan.AturanException.Terkunci($"{tujuan.Berkas}: data partisipasi {tujuan.Pemilihan.Slug} surat suara {tujuan.Surat} satker {kodeTerkunci} berstatus {statusTerkunci}; " +
                    (statusTerkunci == Alur.AlurRules.Disetujui
                        ? "data yang sudah disetujui tidak dapat diganti dengan impor. Minta Admin atau Pimpinan membukanya kembali (dengan alasan) lebih dulu. Tidak ada yang disimpan."
                        : "data sedang diperiksa dan tidak dapat diganti sampai dikembalikan. Tidak ada yang disimpan."));
            }
        }
    }

    /// <summary>The reading of the file: started early (<paramref name="Awal"/>) or here, and how to read it again with the database's rules.</summary>
    private sealed record Bacaan(BacaanAwal? Awal, Task<BacaanTps> Tugas, Func<BacaanTps> BacaUlang, List<AturanTerkompilasi> Rules);

    /// <summary>Stores what was read, in the open transaction: blocks (streamed or merged), history of replaced rows, roll-ups, the import's counts.</summary>
    private static async Task<HasilImpor> SimpanAsync(
        TolokDb db, TujuanImpor tujuan, ImporTps impor, Bacaan baca, bool partial, DateTime now, PencatatWaktu stopwatch,
        IProgress<(string Tahap, double Bagian)>? progress, CancellationToken ct)
    {
        // A ballot with nothing stored yet takes each block while the file is still being read (decision 64).
        var kosong = !await ImporMentah.AdaAsync(db, "blok_tps", tujuan.SuratSuaraId, ct) && !await ImporMentah.AdaAsync(db, "rekap", tujuan.SuratSuaraId, ct);
        var mengalir = baca.Awal is not null && kosong;
        if (!kosong)
        {
            baca.Awal?.Aliran.LewatiRekapBaru();
        }
        var dialirkan = mengalir ? await AlirkanAsync(db, tujuan.SuratSuaraId, impor.Id, now, baca.Awal!.Aliran, ct) : 0;
        // A ballot with TPS rows stored (and no region rows, which could conflict) merges each block into the stored one
        // while the file is still being read, after a savepoint to go back to (decision 115).
        var gabungan = baca.Awal is not null && !kosong && !await ImporMentah.AdaRekapAsync(db, tujuan.SuratSuaraId, ct)
            ? await GabungSelagiMembacaAsync(db, tujuan.SuratSuaraId, impor.Id, now, baca.Awal.Aliran, ct)
            : null;
        var bacaan = await baca.Tugas;
        var ulang = false;
        if (baca.Awal is not null && (bacaan.Area != tujuan.Area || !SameRules(bacaan.Rules, baca.Rules)))
        {
            // The early reading assumed other rules or another area than the database has: read again.
            bacaan = baca.BacaUlang();
            ulang = true;
        }
        // What was merged while reading holds when every block was handed out once, final, and no row of the file is a
        // region row (so no row can conflict with another); otherwise it is undone and the finished reading is merged below.
        // A region row anywhere in the file could conflict with rows read or stored, and the check below would refuse
        // rows already merged: then everything is merged again after the check.
        var digabung = gabungan is { Utuh: true } g && !ulang && !baca.Awal!.Aliran.Berubah && g.Dialirkan == bacaan.BlokBaru.Count
            && bacaan.Codes.TrueForAll(c => KodeWilayah.TingkatOf(c) == Tingkat.Tps);
        if (gabungan is not null && !digabung)
        {
            await db.Database.CurrentTransaction!.RollbackToSavepointAsync(TitikGabung, ct);
        }
        bacaan.IsiNamaSatker($"{tujuan.Satker.Nama} ({tujuan.Satker.Kode})");
        progress?.Report(("Memeriksa", 0.5));
        if (baca.Awal is not null)
        {
            stopwatch.Waktu.Add(("membaca, memeriksa dan memvalidasi baris, bersamaan dengan membuka basis data", bacaan.Durasi));
            stopwatch.Lap(mengalir ? $"mencatat impor dan menyimpan {Format.Bilangan(dialirkan)} blok selagi membaca"
                : digabung ? $"mencatat impor dan menggabungkan {Format.Bilangan(gabungan!.Dialirkan)} blok selagi membaca"
                : "mencatat impor dan menunggu bacaan selesai");
        }
        else
        {
            stopwatch.Lap("membaca, memeriksa dan memvalidasi baris");
        }

        // 2. A region's row and a row below or above it would count the same voters twice. Blocks stored during the
        //    reading are this import's own: nothing was stored before it.
        //    Blocks merged during the reading hold no region row, and none is stored: nothing can conflict.
        var existing = mengalir || digabung ? [] : await ExistingBlocksAsync(db, tujuan.SuratSuaraId, bacaan.Codes, ct);
        var conflict = TpsGabung.KonflikTingkat(bacaan.Codes, bacaan.Places, existing, tujuan.Surat, bacaan.Errors);
        progress?.Report(("Memeriksa", 1));
        if (bacaan.Errors.Count > 0 && !partial)
        {
            throw new TpsImportException(tujuan.Berkas, bacaan.Errors);
        }
        var anyConflict = KeluarkanKonflik(bacaan, conflict);
        stopwatch.Lap("kode bertingkat");
        impor.Ditolak = bacaan.Rejected.Count;

        // 3. The blocks read (desa, or the region of a recap row) are stored as they are, or merged into stored ones, a
        //    slice of keys at a time: a corrected national file replaces 83.762 stored blocks, and only one slice of them
        //    is in memory at once (decision 109).
        var storedKeys = existing.Select(b => b.Kode).ToHashSet();
        // The blocks stored during the reading are final unless a block changed after it was handed out (a file not
        // sorted by code, a reading begun again) or rows were refused for a conflict; then they are replaced.
        var tersimpan = mengalir && !ulang && !anyConflict && !baca.Awal!.Aliran.Berubah && dialirkan == bacaan.BlokBaru.Count;
        if (mengalir && !tersimpan && dialirkan > 0)
        {
            await db.BlokTps.Where(b => b.SuratSuaraId == tujuan.SuratSuaraId && b.ImporId == impor.Id).ExecuteDeleteAsync(ct);
        }
        var diganti = 0;
        if (!kosong)
        {
            bacaan.RekapBaru = []; // made while reading for a ballot with nothing stored; here it would only hold memory
        }
        if (digabung)
        {
            diganti = gabungan!.Diganti;
            foreach (var (node, d) in gabungan.Keluar)
            {
                AddVector(bacaan.Delta, node, d, own: true);
            }
        }
        else if (!tersimpan)
        {
            var baruSaja = bacaan.BlokBaru.Values.Where(b => !storedKeys.Contains(b.Kode)).OrderBy(b => b.Kode).ToList();
            await TpsBulk.UpsertBlokAsync(db, tujuan.SuratSuaraId, impor.Id, now, baruSaja, allNew: true, ct);
            var gabung = bacaan.BlokBaru.Keys.Where(storedKeys.Contains).Order().ToList();
            var selesai = 0;
            foreach (var potong in gabung.Chunk(4096))
            {
                var stored = await TpsBulk.BlokTersimpanAsync(db, tujuan.SuratSuaraId, potong[0], potong[^1], potong.ToHashSet(), ct);
                var (blocks, riwayat, n) = TpsGabung.Gabung(potong.Select(k => bacaan.BlokBaru[k]), stored, bacaan.Delta);
                await TpsBulk.InsertRiwayatBlokAsync(db, tujuan.SuratSuaraId, impor.Id, riwayat, ct);
                await TpsBulk.UpsertBlokAsync(db, tujuan.SuratSuaraId, impor.Id, now, blocks, allNew: false, ct);
                diganti += n;
                selesai += potong.Length;
                progress?.Report(("Menyimpan", 0.1 + 0.7 * selesai / gabung.Count));
            }
        }
        progress?.Report(("Menyimpan", 0.8));
        stopwatch.Lap("menggabungkan dan menyimpan blok");

        // 4. Roll-up: the rows were added to their block's region while reading, the replaced ones taken away while
        //    merging; every region's change is added to the stored roll-up.
        await RekapStore.ApplyAsync(db, tujuan.SuratSuaraId, bacaan.Delta, anyConflict || diganti > 0 ? null : bacaan.RekapBaru, kosong, ct);
        var kept = anyConflict ? conflict.Count(c => !c) : bacaan.Codes.Count;
        impor.Baru = kept - diganti;
        impor.Diganti = diganti;
        await ImporMentah.SelesaiAsync(db, impor, ct);
        return new HasilImpor(impor.Id, impor.Baru, impor.Diganti, bacaan.Rejected.Count, PerStatus(bacaan.Status, conflict), bacaan.Errors, bacaan.Rejected)
        {
            DisimpanSelagiMembaca = tersimpan,
            DigabungSelagiMembaca = digabung,
        };
    }

    /// <summary>Stores each block handed out by the early reading as it completes; gives how many were stored.</summary>
    private static async Task<int> AlirkanAsync(TolokDb db, int suratSuaraId, int imporId, DateTime now, AliranBlok aliran, CancellationToken ct)
    {
        var dialirkan = 0;
        for (var batch = aliran.Ambil(8192, ct); batch.Count > 0; batch = aliran.Ambil(8192, ct))
        {
            await TpsBulk.UpsertBlokAsync(db, suratSuaraId, imporId, now, batch, allNew: true, ct);
            dialirkan += batch.Count;
        }
        return dialirkan;
    }

    private const string TitikGabung = "gabung_selagi_membaca";

    /// <summary>What <see cref="GabungSelagiMembacaAsync"/> did: blocks taken, rows replaced, the replaced rows' roll-up change, and whether every block was merged.</summary>
    private sealed record GabunganAliran(int Dialirkan, int Diganti, Dictionary<long, long[]> Keluar, bool Utuh);

    /// <summary>
    /// Merges each block handed out by the early reading into the stored one (<see cref="TpsGabung.Gabung"/>), a slice
    /// at a time, after a savepoint. A region row stops the merging (the rest is only taken): the caller goes back to
    /// the savepoint and merges the finished reading after the conflict check.
    /// </summary>
    private static async Task<GabunganAliran> GabungSelagiMembacaAsync(TolokDb db, int suratSuaraId, int imporId, DateTime now, AliranBlok aliran, CancellationToken ct)
    {
        await db.Database.CurrentTransaction!.CreateSavepointAsync(TitikGabung, ct);
        var keluar = new Dictionary<long, long[]>();
        int dialirkan = 0, diganti = 0;
        var utuh = true;
        for (var batch = aliran.Ambil(4096, ct, min: 2048); batch.Count > 0; batch = aliran.Ambil(4096, ct, min: 2048))
        {
            dialirkan += batch.Count;
            utuh &= !batch.Exists(b => b.Rekap);
            if (!utuh)
            {
                continue;
            }
            batch.Sort((a, b) => a.Kode.CompareTo(b.Kode));
            var stored = await TpsBulk.BlokTersimpanAsync(db, suratSuaraId, batch[0].Kode, batch[^1].Kode, batch.Select(b => b.Kode).ToHashSet(), ct);
            var (blocks, riwayat, n) = TpsGabung.Gabung(batch, stored, keluar);
            await TpsBulk.InsertRiwayatBlokAsync(db, suratSuaraId, imporId, riwayat, ct);
            await TpsBulk.UpsertBlokAsync(db, suratSuaraId, imporId, now, blocks, allNew: stored.Count == 0, ct);
            diganti += n;
        }
        return new GabunganAliran(dialirkan, diganti, keluar, utuh);
    }

    /// <summary>Rows refused for a conflict leave their blocks and the roll-up again and join the refused rows; gives whether there was any.</summary>
    private static bool KeluarkanKonflik(BacaanTps bacaan, bool[] conflict)
    {
        if (Array.IndexOf(conflict, true) < 0)
        {
            return false;
        }
        for (var i = 0; i < bacaan.Codes.Count; i++)
        {
            if (conflict[i])
            {
                var e = bacaan.Keluarkan(bacaan.Codes[i]);
                AddUp(bacaan.Delta, BlokCodec.BlokOf(bacaan.Codes[i]), e.Nilai, e.Status, -1);
                bacaan.Rejected.Add(new BarisMasuk(bacaan.Places[i].ToString(), KodeWilayah.Format(bacaan.Codes[i]), e.Nilai) { Asli = bacaan.Places[i].ToString() });
            }
        }
        return true;
    }

    /// <summary>How many stored rows have each status (rows refused for a conflict not counted).</summary>
    private static Dictionary<StatusTps, int> PerStatus(List<StatusTps> status, bool[] conflict)
    {
        var perStatus = new int[4];
        for (var i = 0; i < status.Count; i++)
        {
            if (!conflict[i])
            {
                perStatus[(int)status[i]]++;
            }
        }
        return Enum.GetValues<StatusTps>().ToDictionary(x => x, x => perStatus[(int)x]);
    }

    /// <summary>
    /// Reads every row, checks it (code, area, values, duplicates), validates it, packs it and adds it to the
    /// roll-up of its block; needs no database. Rows are parsed on one thread and prepared on the others.
    /// </summary>
    public static BacaanTps Baca(IEnumerable<BarisMasuk> source, WilayahTree tree, long area, IReadOnlyList<AturanTerkompilasi> rules, CancellationToken ct, int perkiraan = 0, AliranBlok? aliran = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = new BacaanTps(area, rules, perkiraan) { Aliran = aliran };
        var penerima = new PenerimaBaris(result, perkiraan);
        using var persiapan = new PersiapanBaris(tree, area, BacaanTps.NamaSatker, rules);
        // Batches of 4.096 rows, 4 ahead: smaller batches leave fewer rows alive at each collection (shorter GC pauses).
        foreach (var row in Prefetch.Ahead<BarisMasuk>(source, persiapan.Siapkan, batchSize: 4096, batches: 4, ct: ct))
        {
            penerima.Terima(row);
        }
        Selesaikan(result, penerima, persiapan);
        result.Durasi = clock.Elapsed;
        return result;
    }

    /// <summary>
    /// Reads a file by its path: a plain CSV file through the fast reader (<see cref="CsvCepat"/>), anything else
    /// (or a CSV file the fast reader does not take, e.g. with quoted cells) through <see cref="TpsSumber.Read"/>.
    /// Both give the same result (tested).
    /// </summary>
    public static BacaanTps BacaBerkas(string path, IProgress<double>? progress, WilayahTree tree, long area, IReadOnlyList<AturanTerkompilasi> rules, CancellationToken ct, AliranBlok? aliran = null)
    {
        if (CsvCepat.Baca(path, tree, area, rules, progress, ct, aliran: aliran) is { } fast)
        {
            return fast;
        }
        if (aliran is { Dikirim: > 0 })
        {
            aliran.Ubah(); // the fast reader handed out blocks before it gave the file back
        }
        return Baca(TpsSumber.Read(path, progress), tree, area, rules, ct, TpsSumber.PerkiraanBaris(path), aliran);
    }

    /// <summary>The last block joined, every roll-up share added up the tree, the roll-up rows made.</summary>
    internal static void Selesaikan(BacaanTps result, PenerimaBaris penerima, PersiapanBaris persiapan)
    {
        penerima.Selesai();
        persiapan.Gabung(result.Delta);
        // The roll-up of every region above the blocks, and its rows as stored when none is stored yet.
        RollUp(result.Delta);
        result.RekapBaru = result.Aliran?.TanpaRekapBaru == true ? [] : RekapStore.Rows(result.Delta, null);
    }

    private static bool SameRules(IReadOnlyList<AturanTerkompilasi> a, List<AturanTerkompilasi> b) =>
        a.Count == b.Count && a.Zip(b).All(x => x.First.Kode == x.Second.Kode && x.First.Operator == x.Second.Operator
            && x.First.Tingkat == x.Second.Tingkat && x.First.Kiri.SequenceEqual(x.Second.Kiri) && x.First.Kanan.SequenceEqual(x.Second.Kanan));

    private static TpsImportException Refuse(string file, string message) => new(file, [new GalatImpor(file, "", null, message)]);

    /// <summary>
    /// Adds a row's contribution (× sign) to the roll-up change of <paramref name="node"/> and gives the region's vector:
    /// <see cref="RekapMath.Length"/> sums while every row added counts for "hanya valid" too, twice that ("semua", then
    /// "hanya valid") once a row breaking an error rule was added (<see cref="RekapMath.Pisah"/>). Most of the 83.762
    /// desa of a national file never need the second half: 28 MB less at the peak (decision 70).
    /// </summary>
    internal static long[] AddRow(Dictionary<long, long[]> delta, long node, ReadOnlySpan<int> nilai, StatusTps status, int sign)
    {
        ref var d = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(delta, node, out _);
        d ??= new long[RekapMath.Length];
        if (status == StatusTps.TidakValid && d.Length == RekapMath.Length)
        {
            d = RekapMath.Pisah(d);
        }
        RekapMath.Add(nilai, status, sign, d);
        return d;
    }

    /// <summary>Adds the vector <paramref name="from"/> to the change of <paramref name="node"/>; with <paramref name="own"/> it may keep the array itself.</summary>
    internal static void AddVector(Dictionary<long, long[]> delta, long node, long[] from, bool own)
    {
        ref var d = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(delta, node, out var exists);
        if (!exists)
        {
            d = own ? from : (long[])from.Clone();
            return;
        }
        if (from.Length > d!.Length)
        {
            d = RekapMath.Pisah(d);
        }
        for (var i = 0; i < d.Length; i++)
        {
            d[i] += from[i < from.Length ? i : i - RekapMath.Length];
        }
    }

    /// <summary>Adds a row's contribution (× sign) to its block and every region above it.</summary>
    internal static void AddUp(Dictionary<long, long[]> delta, long blok, ReadOnlySpan<int> nilai, StatusTps status, int sign)
    {
        for (var node = blok; ; node = KodeWilayah.Induk(node))
        {
            AddRow(delta, node, nilai, status, sign);
            if (node == 0)
            {
                break;
            }
        }
    }

    /// <summary>Adds each region's change to every region above it, deepest level first.</summary>
    private static void RollUp(Dictionary<long, long[]> delta)
    {
        for (var level = Tingkat.Desa; level >= Tingkat.Provinsi; level--)
        {
            foreach (var (node, d) in delta.Where(x => KodeWilayah.TingkatOf(x.Key) == level).ToList())
            {
                AddVector(delta, KodeWilayah.Induk(node), d, own: false);
            }
        }
    }

    /// <summary>
    /// Stored blocks that could conflict with or be merged with the incoming rows: those below the lowest region that
    /// covers every incoming row, and that region and its ancestors (key and kind only).
    /// </summary>
    private static async Task<List<(long Kode, bool Rekap)>> ExistingBlocksAsync(TolokDb db, int suratSuaraId, List<long> codes, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return [];
        }
        var cover = Cover(codes);
        var query = db.BlokTps.AsNoTracking().Where(d => d.SuratSuaraId == suratSuaraId);
        if (cover == 0)
        {
            return [.. (await query.Select(d => new { d.Kode, d.Rekap }).ToListAsync(ct)).Select(x => (x.Kode, x.Rekap))];
        }
        var ancestors = new List<long>();
        for (var a = cover; a != 0; a = KodeWilayah.Induk(a))
        {
            ancestors.Add(a);
        }
        var result = (await query.Where(d => ancestors.Contains(d.Kode)).Select(d => new { d.Kode, d.Rekap }).ToListAsync(ct)).Select(x => (x.Kode, x.Rekap)).ToList();
        for (var level = KodeWilayah.TingkatOf(cover) + 1; level <= Tingkat.Desa; level++)
        {
            var (from, to) = KodeWilayah.Rentang(cover, level);
            result.AddRange((await query.Where(d => d.Kode >= from && d.Kode <= to).Select(d => new { d.Kode, d.Rekap }).ToListAsync(ct)).Select(x => (x.Kode, x.Rekap)));
        }
        return result;
    }

    /// <summary>The lowest region containing every code (0 = the nation).</summary>
    internal static long Cover(IReadOnlyCollection<long> codes)
    {
        for (var level = Tingkat.Desa; level >= Tingkat.Provinsi; level--)
        {
            long? common = null;
            var ok = true;
            foreach (var c in codes)
            {
                if (KodeWilayah.TingkatOf(c) < level)
                {
                    ok = false;
                    break;
                }
                var a = KodeWilayah.Leluhur(c, level);
                if (common is null)
                {
                    common = a;
                }
                else if (common != a)
                {
                    ok = false;
                    break;
                }
            }
            if (ok && common is { } found)
            {
                return found;
            }
        }
        return 0;
    }
}

/// <summary>What reading a file found: the accepted rows (code, place, status, packed entry), the roll-up change per block, the problems.</summary>
public sealed class BacaanTps(long area, IReadOnlyList<AturanTerkompilasi> rules, int perkiraan = 0)
{
    /// <summary>Stands for the satker's name in messages written before the database said it.</summary>
    internal const string NamaSatker = "\u0001satker\u0001";

    public long Area { get; } = area;
    /// <summary>Where complete blocks are handed out during the reading, if an importer stores them meanwhile.</summary>
    internal AliranBlok? Aliran { get; init; }
    public TimeSpan Durasi { get; internal set; }
    public IReadOnlyList<AturanTerkompilasi> Rules { get; } = rules;
    public List<GalatImpor> Errors { get; } = [];
    public List<BarisMasuk> Rejected { get; } = [];
    public List<long> Codes { get; } = new(perkiraan);
    public List<Tempat> Places { get; } = new(perkiraan);
    public List<StatusTps> Status { get; } = new(perkiraan);
    public Dictionary<long, long[]> Delta { get; } = [];
    /// <summary>Each block read, as stored when it is new.</summary>
    public Dictionary<long, TpsBulk.BlokSimpan> BlokBaru { get; } = [];
    /// <summary>The roll-up rows as stored when the ballot has none yet.</summary>
    public List<(long Kode, byte[] Semua, byte[] HanyaValid)> RekapBaru { get; internal set; } = [];

    /// <summary>Joins a block's rows (read one after the other) into its packed form, merging a block met before.</summary>
    internal void Tambah(long key, List<(long Kode, ReadOnlyMemory<byte> Entri, StatusTps Status)> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }
        // A block holding a region row (a recap) in any place, not only first: a desa's own row shares its key with
        // the desa's TPS rows (refused together by the level check).
        var rekap = parts.Exists(p => KodeWilayah.TingkatOf(p.Kode) != Tingkat.Tps);
        if (BlokBaru.TryGetValue(key, out var earlier))
        {
            var entries = BlokCodec.Decode(key, earlier.Isi);
            entries.AddRange(parts.Select(p => BlokCodec.DecodeEntri(key, p.Entri.Span)));
            entries.Sort((a, b) => a.Kode.CompareTo(b.Kode));
            BlokBaru[key] = new TpsBulk.BlokSimpan(key, rekap || earlier.Rekap, BlokCodec.Encode(key, entries), entries.Count, entries.Count(e => e.Status.Bermasalah()));
            Aliran?.Ubah(); // the block handed out earlier is not the final one
        }
        else
        {
            for (var j = 1; j < parts.Count; j++)
            {
                if (parts[j].Kode < parts[j - 1].Kode)
                {
                    parts.Sort((a, b) => a.Kode.CompareTo(b.Kode));
                    break;
                }
            }
            Span<byte> count = stackalloc byte[Varint.MaxBytes];
            var c = 0;
            Varint.Write(count, ref c, (ulong)parts.Count);
            var length = c;
            foreach (var p in parts)
            {
                length += p.Entri.Length;
            }
            var isi = new byte[length];
            count[..c].CopyTo(isi);
            var at = c;
            var flagged = 0;
            foreach (var p in parts)
            {
                p.Entri.Span.CopyTo(isi.AsSpan(at));
                at += p.Entri.Length;
                flagged += p.Status.Bermasalah() ? 1 : 0;
            }
            var block = new TpsBulk.BlokSimpan(key, rekap, isi, parts.Count, flagged);
            BlokBaru[key] = block;
            Aliran?.Kirim(block);
        }
        parts.Clear();
    }

    /// <summary>Takes one row out of its block again (a row refused after the reading) and gives its values.</summary>
    internal EntriTps Keluarkan(long kode)
    {
        var key = BlokCodec.BlokOf(kode);
        var block = BlokBaru[key];
        var entries = BlokCodec.Decode(key, block.Isi);
        var entry = entries.Single(e => e.Kode == kode);
        entries.Remove(entry);
        if (entries.Count == 0)
        {
            BlokBaru.Remove(key);
        }
        else
        {
            BlokBaru[key] = block with { Isi = BlokCodec.Encode(key, entries), JumlahEntri = entries.Count, JumlahBermasalah = entries.Count(e => e.Status.Bermasalah()) };
        }
        return entry;
    }

    internal void IsiNamaSatker(string nama)
    {
        for (var i = 0; i < Errors.Count; i++)
        {
            if (Errors[i].Alasan.Contains(NamaSatker, StringComparison.Ordinal))
            {
                Errors[i] = Errors[i] with { Alasan = Errors[i].Alasan.Replace(NamaSatker, nama, StringComparison.Ordinal) };
            }
        }
    }
}