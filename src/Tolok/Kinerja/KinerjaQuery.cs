using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Partisipasi;
using Tolok.Wilayah;

namespace Tolok.Kinerja;

/// <summary>Where a realisation comes from: the register, how many rows, the API listing them, the page showing them.</summary>
public sealed record SumberDto(string Register, long JumlahBaris, string Url)
{
    public string? Halaman { get; init; }
    /// <summary>True when the rows are the synthetic demo data ("data contoh").</summary>
    public bool DataContoh { get; init; }
}

public sealed record KategoriDto(string Label, string Warna);

/// <summary>One IKU's performance for a period. <see cref="Realisasi"/> is a number, or a label for a categorical IKU.</summary>
public sealed record IndikatorKinerjaDto(
    string Kode, string Uraian, string? Satuan, Polaritas Polaritas, object? Target, object? Realisasi,
    decimal? Pembilang, decimal? Penyebut, decimal? Capaian, KategoriDto? Kategori, bool Manual, SumberDto? Sumber)
{
    /// <summary>Why the realisation or the achievement is missing ("tidak dapat dihitung", no register yet …).</summary>
    public string? Alasan { get; init; }
    public int NomorSasaran { get; init; }
    /// <summary>For a manual value: why no register applies, and the evidence.</summary>
    public string? Justifikasi { get; init; }
    public string? Bukti { get; init; }
    /// <summary>How the value was chosen when a rule picks it, e.g. which election gives a participation IKU.</summary>
    public string? Keterangan { get; init; }
    /// <summary>In a quarter (TW1–TW3): the year-end forecast (<see cref="Kinerja.Proyeksi"/>), a number or a label; null otherwise.</summary>
    public object? Proyeksi { get; init; }
    /// <summary>In a quarter: true when the forecast misses the annual target ("berisiko tidak tercapai"), false when it meets it, null when unknown.</summary>
    public bool? Berisiko { get; init; }
    public string? AlasanRisiko { get; init; }
}

/// <summary>One year of a trend: the annual realisation (a number or a label), null where no data exist.</summary>
public sealed record TitikTren(int Tahun, object? Realisasi);

public sealed record KinerjaDto(SatkerRingkas Satker, int Tahun, string Periode, IReadOnlyList<IndikatorKinerjaDto> Indikator);

/// <summary>Target, realisation and achievement of every IKU of a satker for a year or a quarter (cumulative).</summary>
public static class KinerjaQuery
{
    /// <summary>
    /// The figures of a satker, year and period, from the app server's cache while the satker's and the global change
    /// stamps are unchanged (issue 17): a write that could change them replaces a stamp, and the next read recomputes.
    /// </summary>
    public static async Task<KinerjaDto?> GetAsync(TolokDb db, string kodeSatker, int tahun, string periode, CancellationToken ct) =>
        await StempelAsync(db, kodeSatker, ct) is { } stempel ? await GetAsync(db, kodeSatker, tahun, periode, stempel, ct) : null;

    /// <summary>The change stamps a satker's figures are cached under; null when the satker does not exist.</summary>
    public static async Task<string?> StempelAsync(TolokDb db, string kodeSatker, CancellationToken ct)
    {
        // Both from memory while nothing changed: the stamps, and the satker's id from the cached satker list.
        var stempel = await StempelData.SemuaAsync(db, ct);
        var global = stempel.GetValueOrDefault(StempelData.Global);
        var daftar = await Satker.DaftarSatker.AmbilAsync(db, global ?? "0", ct);
        return daftar.PerKode.TryGetValue(kodeSatker, out var satker) ? StempelData.Gabung(global, stempel.GetValueOrDefault(StempelData.Satker(satker.Id))) : null;
    }

    /// <summary>The current IKU set of a satker and year, cached under the satker's stamps.</summary>
    public static Task<IkuDto?> IkuAsync(TolokDb db, string kodeSatker, int tahun, string stempel, CancellationToken ct) =>
        db.Tembolok.AmbilAsync(string.Create(CultureInfo.InvariantCulture, $"iku|{kodeSatker}|{tahun}"), stempel, () => IkuStore.LoadAsync(db, kodeSatker, tahun, null, ct));

    /// <summary><see cref="TrenAsync(TolokDb, string, int, IReadOnlyCollection{string}, int, CancellationToken)"/>, cached under the satker's stamps.</summary>
    public static Task<Dictionary<string, List<TitikTren>>?> TrenAsync(TolokDb db, string kodeSatker, int tahun, IReadOnlyCollection<string> kode, int jumlahTahun, string stempel, CancellationToken ct) =>
        db.Tembolok.AmbilAsync(string.Create(CultureInfo.InvariantCulture, $"tren|{kodeSatker}|{tahun}|{jumlahTahun}|{string.Join(",", kode)}"), stempel,
            async () => (Dictionary<string, List<TitikTren>>?)await TrenAsync(db, kodeSatker, tahun, kode, jumlahTahun, ct));

    /// <summary>The same with the stamps already read.</summary>
    public static Task<KinerjaDto?> GetAsync(TolokDb db, string kodeSatker, int tahun, string periode, string stempel, CancellationToken ct) =>
        db.Tembolok.AmbilAsync(Kunci(kodeSatker, tahun, periode), stempel, async () =>
        {
            var daftar = await Satker.DaftarSatker.AmbilAsync(db, ct);
            if (!daftar.PerKode.TryGetValue(kodeSatker, out var satker))
            {
                return null;
            }
            var bahan = await BahanKinerja.MuatAsync(db, [(satker.Id, satker.Kode)], tahun, ct);
            return bahan.Iku.TryGetValue(satker.Id, out var iku) ? Hitung(bahan, satker.Id, iku, periode) : null;
        });

    /// <summary>A quarter before the last: the year-end is still to come, so a forecast is made.</summary>
    private static bool Triwulan(string periode) => periode is "TW1" or "TW2" or "TW3";

    private static string Kunci(string kodeSatker, int tahun, string periode) => string.Create(CultureInfo.InvariantCulture, $"kinerja|{kodeSatker}|{tahun}|{periode}");

    /// <summary>
    /// The figures of many satker at once (the monitoring matrix): those in the cache under their stamps from there, the
    /// rest computed together from one read of every table (<see cref="BahanKinerja"/>) and kept in the cache.
    /// <paramref name="stempel"/> gives each satker's stamps; a satker without an IKU set for the year is absent.
    /// </summary>
    public static async Task<Dictionary<int, KinerjaDto>> SemuaAsync(TolokDb db, IReadOnlyList<Satker.SatkerRingan> units, int tahun, string periode,
        Func<int, string> stempel, CancellationToken ct)
    {
        var result = new Dictionary<int, KinerjaDto>();
        var missing = new List<Satker.SatkerRingan>();
        foreach (var u in units)
        {
            if (db.Tembolok.Coba<KinerjaDto>(Kunci(u.Kode, tahun, periode), stempel(u.Id)) is { } ada)
            {
                result[u.Id] = ada;
            }
            else
            {
                missing.Add(u);
            }
        }
        if (missing.Count == 0)
        {
            return result;
        }
        var bahan = await BahanSemuaAsync(db, missing, tahun, stempel, ct);
        // Each unit's figures are a plain function of the rows read: for a matrix they are computed on every core.
        var computed = new KinerjaDto?[missing.Count];
        void HitungSatu(int i) => computed[i] = bahan.Iku.TryGetValue(missing[i].Id, out var iku) ? Hitung(bahan, missing[i].Id, iku, periode) : null;
        if (missing.Count > BahanKinerja.BanyakSatker)
        {
            Parallel.For(0, missing.Count, new ParallelOptions { CancellationToken = ct }, HitungSatu);
        }
        else
        {
            for (var i = 0; i < missing.Count; i++)
            {
                HitungSatu(i);
            }
        }
        for (var i = 0; i < missing.Count; i++)
        {
            if (computed[i] is { } dto)
            {
                db.Tembolok.Simpan(Kunci(missing[i].Kode, tahun, periode), stempel(missing[i].Id), dto);
                result[missing[i].Id] = dto;
            }
        }
        return result;
    }

    /// <summary>The rows read for many satker, with the stamps of each satker they were read under.</summary>
    private sealed record BahanTersimpan(BahanKinerja Bahan, Dictionary<int, string> Stempel);

    /// <summary>
    /// The rows for <paramref name="units"/>. For many satker (a matrix) the rows of every satker are read, and kept:
    /// they do not depend on the period, so the matrix of another period, or of another parent, is computed from them
    /// while the stamps of every satker it needs are those they were read under (decision 117).
    /// </summary>
    private static async Task<BahanKinerja> BahanSemuaAsync(TolokDb db, List<Satker.SatkerRingan> units, int tahun, Func<int, string> stempel, CancellationToken ct)
    {
        if (units.Count <= BahanKinerja.BanyakSatker)
        {
            return await BahanKinerja.MuatAsync(db, [.. units.Select(u => (u.Id, u.Kode))], tahun, ct);
        }
        var kunci = string.Create(CultureInfo.InvariantCulture, $"bahan-semua|{tahun}");
        if (db.Tembolok.Coba<BahanTersimpan>(kunci, "") is { } ada && units.TrueForAll(u => ada.Stempel.TryGetValue(u.Id, out var s) && s == stempel(u.Id)))
        {
            return ada.Bahan;
        }
        // Every satker's stamps as read before the rows: a write in between leaves them older than the rows, so the
        // rows are read again on the next request, never used under a newer stamp than theirs.
        var daftar = await Satker.DaftarSatker.AmbilAsync(db, ct);
        var dibaca = daftar.Semua.ToDictionary(s => s.Id, s => stempel(s.Id));
        var bahan = await BahanKinerja.MuatAsync(db, [.. daftar.Semua.Select(s => (s.Id, s.Kode))], tahun, ct);
        db.Tembolok.Simpan(kunci, "", new BahanTersimpan(bahan, dibaca));
        return bahan;
    }

    /// <summary>The same for an IKU set already loaded (a document computes its year once, for the revision it shows).</summary>
    public static async Task<KinerjaDto> GetAsync(TolokDb db, IkuDto iku, int tahun, string periode, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == iku.Satker.Kode).Select(s => s.Id).FirstAsync(ct);
        var bahan = await BahanKinerja.MuatAsync(db, [(satkerId, iku.Satker.Kode)], tahun, ct);
        return Hitung(bahan, satkerId, iku, periode);
    }

    /// <summary>Target, realisation and achievement of every IKU of <paramref name="iku"/> from the rows read (a plain function).</summary>
    public static KinerjaDto Hitung(BahanKinerja bahan, int satkerId, IkuDto iku, string periode)
    {
        var tahun = bahan.Tahun;
        var targets = bahan.Target[satkerId].ToDictionary(t => t.KodeIndikator);
        var computed = Nilai(bahan, satkerId, iku.Satker.Kode, periode);
        var result = new List<IndikatorKinerjaDto>();
        foreach (var sasaran in iku.Sasaran)
        {
            foreach (var x in sasaran.Indikator)
            {
                targets.TryGetValue(x.Kode, out var target);
                object? targetValue = x.Polaritas == Polaritas.Kategorikal ? target?.Kategori : target?.Untuk(periode);
                if (computed.TryGetValue(x.Kode, out var p) && x.Polaritas == Polaritas.Kategorikal)
                {
                    var capaianKategori = CapaianCalculator.HitungKategori(bahan.Opini, target?.Kategori, p.Label);
                    var tertunda = p.Sumber?.Register == "laporan-keuangan"
                        ? Kinerja.Proyeksi.LaporanKeuangan(bahan.LaporanKeuangan[satkerId], tahun, Periode.Dari(tahun, periode).Akhir)
                        : null;
                    var risikoKategori = Triwulan(periode) ? Kinerja.Proyeksi.HitungKategori(bahan.Opini, target?.Kategori, p.Label, tertunda) : null;
                    result.Add(new IndikatorKinerjaDto(x.Kode, x.Uraian, x.Satuan, x.Polaritas, targetValue, p.Label, null, null,
                        capaianKategori, Kategori(bahan.Skala, capaianKategori), p.Manual is not null, p.Sumber)
                    {
                        NomorSasaran = sasaran.Nomor,
                        Justifikasi = p.Manual?.Justifikasi,
                        Bukti = p.Manual?.Bukti,
                        Alasan = p.Label is null ? p.Alasan : target?.Kategori is null ? "Target belum ditetapkan." : null,
                        Proyeksi = risikoKategori?.Nilai,
                        Berisiko = risikoKategori?.Berisiko,
                        AlasanRisiko = risikoKategori?.Alasan,
                    });
                    continue;
                }
                if (computed.TryGetValue(x.Kode, out p))
                {
                    var capaian = CapaianCalculator.Hitung(x.Polaritas, target?.Untuk(periode), p.Nilai);
                    var risiko = Triwulan(periode) ? Kinerja.Proyeksi.Hitung(x.Polaritas, target?.Untuk(periode), target?.Tahunan, p.Nilai) : null;
                    result.Add(new IndikatorKinerjaDto(x.Kode, x.Uraian, x.Satuan, x.Polaritas, targetValue, p.Nilai, p.Pembilang, p.Penyebut,
                        capaian, Kategori(bahan.Skala, capaian), p.Manual is not null, p.Sumber)
                    {
                        NomorSasaran = sasaran.Nomor,
                        Justifikasi = p.Manual?.Justifikasi,
                        Bukti = p.Manual?.Bukti,
                        Alasan = p.Nilai is null ? p.Alasan : target?.Untuk(periode) is null ? "Target belum ditetapkan." : null,
                        Keterangan = p.Keterangan,
                        Proyeksi = risiko?.Nilai,
                        Berisiko = risiko?.Berisiko,
                        AlasanRisiko = risiko?.Alasan,
                    });
                    continue;
                }
                result.Add(new IndikatorKinerjaDto(x.Kode, x.Uraian, x.Satuan, x.Polaritas, targetValue, null, null, null, null, null, false, null)
                {
                    NomorSasaran = sasaran.Nomor,
                    Alasan = "Tidak ada register yang menghitung IKU ini dan nilai manual belum diisi.",
                });
            }
        }
        return new KinerjaDto(iku.Satker, tahun, periode, result);
    }

    /// <summary>
    /// The realisation of every IKU code that has a value for the satker, year and period: computed from the
    /// registers by the definitions that apply, or, for an IKU no register covers, the manual value entered for it.
    /// </summary>
    private static Dictionary<string, NilaiPeriode> Nilai(BahanKinerja bahan, int satkerId, string kodeSatker, string periode)
    {
        var tahun = bahan.Tahun;
        var computed = Partisipasi(bahan, kodeSatker, periode);
        var definitions = bahan.DefinisiUntuk(kodeSatker);
        foreach (var (kode, nilai) in Tahapan(bahan, satkerId, kodeSatker, periode, definitions))
        {
            computed[kode] = nilai;
        }
        foreach (var (kode, nilai) in Sengketa(bahan, satkerId, kodeSatker, periode, definitions))
        {
            computed[kode] = nilai;
        }
        foreach (var (kode, nilai) in Laporan(bahan, satkerId, kodeSatker, periode, definitions))
        {
            computed[kode] = nilai;
        }
        foreach (var m in bahan.Manual[satkerId].Where(m => m.Periode == periode && !computed.ContainsKey(m.KodeIndikator)))
        {
            computed[m.KodeIndikator] = new NilaiPeriode(m.Nilai, null, null,
                new SumberDto("manual", 1, $"/api/v1/satker/{kodeSatker}/kinerja/{tahun}/manual?periode={periode}")
                {
                    Halaman = $"/Kinerja/Rincian?satker={kodeSatker}&tahun={tahun}&periode={periode}&kode={m.KodeIndikator}",
                }, null)
            {
                Label = m.Kategori,
                Manual = m,
            };
        }
        return computed;
    }

    /// <summary>Whether any register definition computes this IKU for the satker and year (then no manual value is allowed).</summary>
    public static async Task<bool> PunyaRegisterAsync(TolokDb db, string kodeSatker, int tahun, string kodeIndikator, CancellationToken ct) =>
        (await DefinisiUkuran.BerlakuAsync(db, kodeSatker, tahun, ct)).Any(d => d.KodeIndikator == kodeIndikator)
        || await db.SumberPartisipasiIku.AnyAsync(s => s.Tahun == tahun && s.KodeIndikator == kodeIndikator && (s.Satker == kodeSatker || s.Satker == null), ct);

    /// <summary>
    /// The annual realisation of the same IKU codes in the years before <paramref name="tahun"/> (up to
    /// <paramref name="jumlahTahun"/> years), for the trend on the dashboard and the LKjIP's comparison. A year
    /// without data has a null value; it is never shown as 0.
    /// </summary>
    public static async Task<Dictionary<string, List<TitikTren>>> TrenAsync(TolokDb db, string kodeSatker, int tahun, IReadOnlyCollection<string> kode, int jumlahTahun, CancellationToken ct)
    {
        var result = kode.ToDictionary(k => k, _ => new List<TitikTren>());
        var satkerId = await db.Satker.Where(s => s.Kode == kodeSatker).Select(s => s.Id).FirstAsync(ct);
        for (var y = tahun - jumlahTahun; y < tahun; y++)
        {
            var values = Nilai(await BahanKinerja.MuatAsync(db, [(satkerId, kodeSatker)], y, ct), satkerId, kodeSatker, "tahunan");
            foreach (var k in kode)
            {
                var v = values.GetValueOrDefault(k);
                result[k].Add(new TitikTren(y, v?.Label is { } label ? label : v?.Nilai));
            }
        }
        return result;
    }

    /// <summary>The band holding <paramref name="capaian"/> in <paramref name="skala"/>, read in order (a matrix asks this for every cell).</summary>
    private static KategoriDto? Kategori(List<SkalaCapaian> skala, decimal? capaian)
    {
        if (capaian is not { } c)
        {
            return null;
        }
        foreach (var s in skala)
        {
            if (s.Memuat(c))
            {
                return new KategoriDto(s.Label, s.Warna);
            }
        }
        return null;
    }

    /// <summary>IKU defined on the stage register (2.1 on schedule and per rules, 4.1 safe and peaceful).</summary>
    private static Dictionary<string, NilaiPeriode> Tahapan(BahanKinerja bahan, int satkerId, string kodeSatker, string periode, List<DefinisiUkuran> all)
    {
        var result = new Dictionary<string, NilaiPeriode>();
        var definitions = all.Where(d => d.Register is "tahapan-jadwal" or "tahapan-aman").ToList();
        if (definitions.Count == 0)
        {
            return result;
        }
        var tahun = bahan.Tahun;
        var p = Periode.Dari(tahun, periode);
        var fakta = Tolok.Tahapan.TahapanStore.Fakta(bahan.Tahapan, bahan.Pelaksanaan[satkerId]);
        var ambang = Tolok.Tahapan.TahapanStore.Ambang(all);
        var (jadwal, aman) = Tolok.Tahapan.TahapanMath.Hitung(fakta, tahun, p.Akhir, ambang);
        var url = $"/api/v1/satker/{kodeSatker}/tahapan/{tahun}?periode={periode}";
        var page = $"/Tahapan?satker={kodeSatker}&tahun={tahun}&periode={periode}";
        foreach (var d in definitions)
        {
            var (pembilang, penyebut) = d.Register == "tahapan-jadwal" ? jadwal : aman;
            result[d.KodeIndikator] = new NilaiPeriode(Ukuran.Persen(pembilang, penyebut), pembilang, penyebut,
                new SumberDto("tahapan", penyebut, url) { Halaman = page },
                penyebut == 0 ? "Tidak dapat dihitung: tidak ada tahapan yang berlangsung pada periode ini." : null);
        }
        return result;
    }

    /// <summary>IKU defined on the dispute register (4.2): rulings won ÷ rulings decided in the period.</summary>
    private static Dictionary<string, NilaiPeriode> Sengketa(BahanKinerja bahan, int satkerId, string kodeSatker, string periode, List<DefinisiUkuran> all)
    {
        var result = new Dictionary<string, NilaiPeriode>();
        var codes = all.Where(d => d.Register == "sengketa").Select(d => d.KodeIndikator).ToList();
        if (codes.Count == 0)
        {
            return result;
        }
        var tahun = bahan.Tahun;
        var decided = Tolok.Sengketa.SengketaStore.Daftar(bahan.Perkara[satkerId], bahan.AturanMenang, tahun, periode);
        var won = decided.Count(p => p.Menang == true);
        var url = $"/api/v1/satker/{kodeSatker}/sengketa?tahun={tahun}&periode={periode}";
        foreach (var kode in codes)
        {
            result[kode] = new NilaiPeriode(Ukuran.Persen(won, decided.Count),
                won, decided.Count, new SumberDto("sengketa", decided.Count, url),
                decided.Count == 0 ? "Tidak dapat dihitung: tidak ada putusan sengketa pada periode ini." : null);
        }
        return result;
    }

    private sealed record NilaiPeriode(decimal? Nilai, decimal? Pembilang, decimal? Penyebut, SumberDto? Sumber, string? Alasan)
    {
        /// <summary>The realisation of a categorical IKU (an opinion such as WTP).</summary>
        public string? Label { get; init; }

        /// <summary>Set when the value was entered by hand (no register covers the IKU).</summary>
        public RealisasiManual? Manual { get; init; }

        /// <summary>How the value was chosen (the participation rule), stated beside it.</summary>
        public string? Keterangan { get; init; }
    }

    /// <summary>IKU on the report registers: 1.1 RB reports filed on time (a count), 1.3 the financial-report result.</summary>
    private static Dictionary<string, NilaiPeriode> Laporan(BahanKinerja bahan, int satkerId, string kodeSatker, string periode, List<DefinisiUkuran> all)
    {
        var result = new Dictionary<string, NilaiPeriode>();
        var tahun = bahan.Tahun;
        foreach (var d in all.Where(d => d.Register is "laporan-rb" or "laporan-keuangan" or "lhe" or "layanan"))
        {
            if (d.Register == "layanan")
            {
                var catalogue = Layanan.LayananStore.Daftar(bahan.Layanan[satkerId], tahun, periode);
                var delivered = catalogue.Count(l => l.TerlaksanaPadaPeriode);
                result[d.KodeIndikator] = new NilaiPeriode(Ukuran.Persen(delivered, catalogue.Count),
                    delivered, catalogue.Count, new SumberDto("layanan", catalogue.Count, $"/api/v1/satker/{kodeSatker}/layanan/{tahun}?periode={periode}"),
                    catalogue.Count == 0 ? "Tidak dapat dihitung: katalog layanan tahun ini kosong." : null);
            }
            else if (d.Register == "lhe")
            {
                var lhe = Evaluasi.LheStore.Terakhir(bahan.Lhe[satkerId], tahun, periode);
                result[d.KodeIndikator] = new NilaiPeriode(lhe?.Nilai, null, null,
                    new SumberDto("lhe", lhe is null ? 0 : 1, $"/api/v1/satker/{kodeSatker}/lhe"),
                    lhe is null ? "Belum ada LHE evaluasi SAKIP yang terbit pada periode ini." : null);
            }
            else if (d.Register == "laporan-rb")
            {
                var due = Tolok.Laporan.LaporanStore.Rb(bahan.LaporanRb[satkerId], tahun, periode);
                var onTime = due.Count(l => l.TepatWaktu);
                result[d.KodeIndikator] = new NilaiPeriode(due.Count == 0 ? null : onTime, onTime, due.Count,
                    new SumberDto("laporan-rb", due.Count, $"/api/v1/satker/{kodeSatker}/laporan/rb?tahun={tahun}&periode={periode}"),
                    due.Count == 0 ? "Tidak ada laporan RB yang jatuh tempo pada periode ini (register kosong)." : null);
            }
            else
            {
                var hasil = Tolok.Laporan.LaporanStore.Hasil(bahan.LaporanKeuangan[satkerId], Periode.Dari(tahun, periode));
                result[d.KodeIndikator] = new NilaiPeriode(null, null, null,
                    new SumberDto("laporan-keuangan", hasil is null ? 0 : 1, $"/api/v1/satker/{kodeSatker}/laporan/keuangan"),
                    hasil is null ? "Belum ada hasil pemeriksaan/reviu laporan keuangan yang terbit pada periode ini." : null)
                {
                    Label = hasil?.Hasil,
                };
            }
        }
        return result;
    }

    /// <summary>
    /// IKU 3.1–3.3: the rule kept as data (<see cref="AturanNilaiIku"/>) picks the election(s) that give the value at the
    /// period's end; an election counts once its voting day has passed. One election's ratio is the sum of its
    /// numerators over the sum of its denominators in the satker's area; the mean rule averages the elections' ratios.
    /// </summary>
    private static Dictionary<string, NilaiPeriode> Partisipasi(BahanKinerja bahan, string kodeSatker, string periode)
    {
        var result = new Dictionary<string, NilaiPeriode>();
        if (!KodeWilayah.TryParse(kodeSatker, out var area))
        {
            return result;
        }
        var tahun = bahan.Tahun;
        var groups = bahan.SumberUntuk(kodeSatker);
        if (groups.Count == 0)
        {
            return result;
        }
        var end = Periode.Dari(tahun, periode).Akhir;
        var pemilihan = bahan.Pemilihan;
        var tanggal = bahan.TanggalPemilihan;
        foreach (var rows in groups)
        {
            var kode = rows[0].KodeIndikator;
            var aturan = AturanNilaiIku.Dari(rows);
            var chosen = AturanNilaiIku.Pilih(rows, tanggal, end);
            var values = new List<(string Nama, decimal? Persen, NilaiPeriode Nilai)>();
            foreach (var s in chosen)
            {
                var ballot = pemilihan.GetValueOrDefault(s.Pemilihan)?.SuratSuara.FirstOrDefault(b => b.Kode == s.SuratSuara);
                if (ballot is null)
                {
                    values.Add(($"{s.Pemilihan} {s.SuratSuara}", null, new NilaiPeriode(null, null, null, null, $"Pemilihan {s.Pemilihan} ({s.SuratSuara}) tidak ada.")));
                    continue;
                }
                var p = pemilihan[s.Pemilihan];
                var nama = $"{p.Nama} ({ballot.Nama})";
                if (p.Tanggal > end)
                {
                    values.Add((nama, null, new NilaiPeriode(null, null, null, null, $"{p.Nama} ({Format.Tanggal(p.Tanggal)}) belum berlangsung pada periode ini.")));
                    continue;
                }
                var v = bahan.Vektor(ballot.Id, area);
                var (pembilang, penyebut, persen) = RealisasiPartisipasi.Measure(v, s.Ukuran, s.Penyebut);
                var url = $"/api/v1/pemilihan/{p.Slug}/partisipasi/{KodeWilayah.Format(area)}?suratSuara={ballot.Kode}&penyebut={s.Penyebut}";
                var page = $"/Partisipasi?pemilihan={p.Slug}&surat={ballot.Kode}&kode={KodeWilayah.Format(area)}&penyebut={s.Penyebut}";
                values.Add((nama, persen, new NilaiPeriode(persen, pembilang, penyebut,
                    new SumberDto("partisipasi", v[RekapMath.TpsAdaData], url) { Halaman = page, DataContoh = bahan.Contoh.Contains((p.Id, ballot.Kode)) },
                    persen is null ? "Tidak dapat dihitung: belum ada data TPS atau penyebut 0." : null)));
            }
            var kalimat = Kapital(AturanNilaiIku.Kalimat(aturan, [.. values.Select(x => x.Nama)])) + ".";
            if (values.Count == 0)
            {
                result[kode] = new NilaiPeriode(null, null, null, null, $"Belum ada pemilihan yang berlangsung sampai akhir periode ini ({Format.Tanggal(end)}).") { Keterangan = kalimat };
            }
            else if (aturan != AturanNilaiIku.RataRata)
            {
                result[kode] = values[0].Nilai with { Keterangan = kalimat };
            }
            else
            {
                // The mean of ratios has no single numerator and denominator; each election's are in the source.
                var mean = AturanNilaiIku.Rata(values.Select(x => x.Persen));
                var sources = values.Select(x => x.Nilai.Sumber).OfType<SumberDto>().ToList();
                result[kode] = new NilaiPeriode(mean, null, null,
                    new SumberDto("partisipasi", sources.Sum(x => x.JumlahBaris), $"/api/v1/satker/{kodeSatker}/iku/{tahun}/realisasi-partisipasi")
                    {
                        Halaman = $"/Kinerja/Rincian?satker={kodeSatker}&tahun={tahun}&periode={periode}&kode={kode}",
                        DataContoh = sources.Any(x => x.DataContoh),
                    },
                    mean is null ? "Tidak dapat dihitung: belum ada data TPS pada pemilihan yang dirata-ratakan." : null)
                { Keterangan = kalimat };
            }
        }
        return result;
    }

    private static string Kapital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
