using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Partisipasi;
using Tolok.Wilayah;

namespace Tolok.Kinerja;

/// <summary>
/// The rows the figures of a set of satker for one year are computed from, read with one query per table for all of
/// them (issue 17, point 6): one satker's dashboard and a KPU RI monitoring matrix over 514 kabupaten/kota take the
/// same number of queries, and the same computation (<see cref="KinerjaQuery"/>) runs over what is read here.
/// </summary>
public sealed class BahanKinerja
{
    public required int Tahun { get; init; }
    /// <summary>The bands of the achievement scale in their order.</summary>
    public required List<SkalaCapaian> Skala { get; init; }
    public required List<string> Opini { get; init; }
    public required Dictionary<string, Pemilihan.Pemilihan> Pemilihan { get; init; }
    public required List<Tahapan.Tahapan> Tahapan { get; init; }
    public required List<Sengketa.AturanMenang> AturanMenang { get; init; }
    /// <summary>The (election, ballot) pairs whose TPS data are the synthetic demo data.</summary>
    public required HashSet<(int PemilihanId, string Surat)> Contoh { get; init; }
    public required List<DefinisiUkuran> Definisi { get; init; }
    public required List<SumberPartisipasiIku> Sumber { get; init; }
    public required Dictionary<(int SuratSuaraId, long Kode), Rekap> Rekap { get; init; }
    public required Dictionary<int, IkuDto> Iku { get; init; }
    public required ILookup<int, TargetIku> Target { get; init; }
    public required ILookup<int, Tahapan.PelaksanaanTahapan> Pelaksanaan { get; init; }
    public required ILookup<int, Sengketa.Perkara> Perkara { get; init; }
    public required ILookup<int, Layanan.LayananInformasi> Layanan { get; init; }
    public required ILookup<int, Evaluasi.Lhe> Lhe { get; init; }
    public required ILookup<int, Laporan.LaporanRb> LaporanRb { get; init; }
    public required ILookup<int, Laporan.LaporanKeuangan> LaporanKeuangan { get; init; }
    public required ILookup<int, RealisasiManual> Manual { get; init; }

    private List<DefinisiUkuran>? _definisiUmum;
    private List<List<SumberPartisipasiIku>>? _sumberUmum;
    private Dictionary<string, DateOnly>? _tanggal;

    /// <summary>
    /// The measurement definitions that apply to a satker (<see cref="DefinisiUkuran.Pilih"/>). A matrix asks this for
    /// every unit; a satker without rules of its own gets the general ones, chosen once.
    /// </summary>
    public List<DefinisiUkuran> DefinisiUntuk(string kodeSatker) =>
        Definisi.Exists(d => d.Satker == kodeSatker) ? DefinisiUkuran.Pilih(Definisi, kodeSatker, Tahun)
        : _definisiUmum ??= DefinisiUkuran.Pilih(Definisi, "", Tahun);

    /// <summary>The participation rules of a satker per IKU (<see cref="AturanNilaiIku.Kelompok"/>), the general ones chosen once.</summary>
    public List<List<SumberPartisipasiIku>> SumberUntuk(string kodeSatker) =>
        Sumber.Exists(s => s.Satker == kodeSatker) ? AturanNilaiIku.Kelompok(Sumber, kodeSatker, Tahun)
        : _sumberUmum ??= AturanNilaiIku.Kelompok(Sumber, "", Tahun);

    /// <summary>Each election's voting day by its slug.</summary>
    public Dictionary<string, DateOnly> TanggalPemilihan => _tanggal ??= Pemilihan.ToDictionary(p => p.Key, p => p.Value.Tanggal);

    /// <summary>The TPS roll-up of a ballot over a region, as <see cref="PartisipasiQuery.VectorAsync"/> reads it.</summary>
    public long[] Vektor(int suratSuaraId, long kode) =>
        Rekap.TryGetValue((suratSuaraId, kode), out var r) ? RekapMath.Decode(r.Semua) : new long[RekapMath.Length];

    /// <summary>From this many satker on, the rows of every satker are read (<see cref="MuatAsync"/>).</summary>
    public const int BanyakSatker = 50;

    /// <summary>Reads everything for <paramref name="satker"/> (id and code) and the year <paramref name="tahun"/>.</summary>
    public static async Task<BahanKinerja> MuatAsync(TolokDb db, IReadOnlyCollection<(int Id, string Kode)> satker, int tahun, CancellationToken ct)
    {
        var ids = satker.Select(s => s.Id).Distinct().ToList();
        var kode = satker.Select(s => s.Kode).Distinct(StringComparer.Ordinal).ToList();
        // For many satker (a monitoring matrix) every row is read and those of other satker dropped here: a list of
        // hundreds of ids in the SQL would cost more to build than the few rows it leaves out.
        var semua = ids.Count > BanyakSatker;
        var pilih = ids.ToHashSet();
        IQueryable<T> Saring<T>(IQueryable<T> q, System.Linq.Expressions.Expression<Func<T, bool>> milik) => semua ? q : q.Where(milik);
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).ToDictionaryAsync(p => p.Slug, ct);
        var sumber = await Saring(db.SumberPartisipasiIku.AsNoTracking().Where(s => s.Tahun == tahun), s => s.Satker == null || kode.Contains(s.Satker)).ToListAsync(ct);
        // The roll-ups of every ballot a participation rule may name, over every satker's region.
        var ballots = sumber.Select(s => pemilihan.GetValueOrDefault(s.Pemilihan)?.SuratSuara.FirstOrDefault(b => b.Kode == s.SuratSuara)?.Id)
            .OfType<int>().Distinct().ToList();
        var areas = kode.Select(k => KodeWilayah.TryParse(k, out var a) ? a : (long?)null).OfType<long>().ToList();
        var rekap = ballots.Count == 0 || areas.Count == 0 ? []
            : await db.Rekap.AsNoTracking().Where(r => ballots.Contains(r.SuratSuaraId) && areas.Contains(r.Kode)).ToDictionaryAsync(r => (r.SuratSuaraId, r.Kode), ct);
        // Child rows are read by their own queries and attached here, never by Include: EF Core's shaper for an included
        // collection makes a delegate for every row it reads, which was most of the time of a national matrix (decision 120).
        var setQuery = Saring(db.IkuSet.AsNoTracking().Where(s => s.Tahun == tahun), s => ids.Contains(s.SatkerId));
        var sets = await setQuery.Include(s => s.Satker).ToListAsync(ct);
        var sasaran = (await (from s in db.Sasaran.AsNoTracking() join i in setQuery on s.IkuSetId equals i.Id select s).ToListAsync(ct)).ToLookup(s => s.IkuSetId);
        // The largest reads carry only the columns the figures are computed from (decision 126): each column costs the
        // SQLite provider a call or two per row, and the texts beside (how an IKU is measured, who changed a target) are
        // not read here. These rows serve the computation only; pages and documents read their own.
        var indikator = (await (from x in db.Indikator.AsNoTracking()
                                join s in db.Sasaran on x.SasaranId equals s.Id
                                join i in setQuery on s.IkuSetId equals i.Id
                                select new Indikator { Id = x.Id, SasaranId = x.SasaranId, Urutan = x.Urutan, Kode = x.Kode, Uraian = x.Uraian, Satuan = x.Satuan, Polaritas = x.Polaritas, KodeInduk = x.KodeInduk })
            .ToListAsync(ct)).ToLookup(x => x.SasaranId);
        foreach (var set in sets)
        {
            set.Sasaran = [.. sasaran[set.Id]];
            foreach (var s in set.Sasaran)
            {
                s.Indikator = [.. indikator[s.Id]];
            }
        }
        // Only the records of stages that overlap the year: TahapanMath.Berlaku leaves out the others in every period of it.
        var awal = new DateOnly(tahun, 1, 1);
        var akhir = new DateOnly(tahun, 12, 31);
        IQueryable<Tahapan.PelaksanaanTahapan> PelaksanaanTahun(IQueryable<Tahapan.PelaksanaanTahapan> q) =>
            from p in Saring(q, p => ids.Contains(p.SatkerId)) join t in db.Tahapan on p.TahapanId equals t.Id where t.JadwalMulai <= akhir && t.JadwalSelesai >= awal select p;
        var pelaksanaan = await PelaksanaanTahun(db.PelaksanaanTahapan.AsNoTracking())
            .Select(p => new Tahapan.PelaksanaanTahapan { Id = p.Id, SatkerId = p.SatkerId, TahapanId = p.TahapanId, RealisasiMulai = p.RealisasiMulai, RealisasiSelesai = p.RealisasiSelesai, SesuaiKetentuan = p.SesuaiKetentuan })
            .ToListAsync(ct);
        var insiden = (await (from i in db.Set<Tahapan.InsidenTahapan>().AsNoTracking() join p in PelaksanaanTahun(db.PelaksanaanTahapan) on i.PelaksanaanTahapanId equals p.Id select i)
            .ToListAsync(ct)).ToLookup(i => i.PelaksanaanTahapanId);
        foreach (var p in pelaksanaan)
        {
            p.Insiden = [.. insiden[p.Id]];
        }
        var layananQuery = Saring(db.LayananInformasi.AsNoTracking().Where(l => l.Tahun == tahun), l => ids.Contains(l.SatkerId));
        var layanan = await layananQuery.Select(l => new Layanan.LayananInformasi { Id = l.Id, Versi = l.Versi, SatkerId = l.SatkerId, Tahun = l.Tahun, Nama = "" }).ToListAsync(ct);
        var dilaksanakan = (await (from p in db.Set<Layanan.PelaksanaanLayanan>().AsNoTracking()
                                   join l in layananQuery on p.LayananInformasiId equals l.Id
                                   select new Layanan.PelaksanaanLayanan { Id = p.Id, LayananInformasiId = p.LayananInformasiId, Tanggal = p.Tanggal, Terpenuhi = p.Terpenuhi, Kanal = "", JenisPemohon = "", Perihal = "" })
                .ToListAsync(ct))
            .ToLookup(p => p.LayananInformasiId);
        foreach (var l in layanan)
        {
            l.Pelaksanaan = [.. dilaksanakan[l.Id]];
        }
        return new BahanKinerja
        {
            Tahun = tahun,
            Skala = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.Capaian).OrderBy(s => s.Urutan).ToListAsync(ct),
            Opini = await db.PeringkatKategori.AsNoTracking().Where(k => k.Skala == "opini").OrderBy(k => k.Peringkat).Select(k => k.Label).ToListAsync(ct),
            Pemilihan = pemilihan,
            Tahapan = [.. (await Tolok.Tahapan.TahapanStore.UrutAsync(db, ct)).Select(t => t.Tahapan)],
            AturanMenang = await db.AturanMenang.AsNoTracking().ToListAsync(ct),
            Contoh = [.. (await db.ImporTps.AsNoTracking().Where(i => i.Berkas == DataContoh.NamaBerkas).Select(i => new { i.PemilihanId, i.SuratSuara }).Distinct().ToListAsync(ct))
                .Select(i => (i.PemilihanId, i.SuratSuara))],
            Definisi = await Saring(db.DefinisiUkuran.AsNoTracking().Where(d => d.Tahun == tahun || d.Tahun == null), d => d.Satker == null || kode.Contains(d.Satker)).ToListAsync(ct),
            Sumber = sumber,
            Rekap = rekap,
            // The latest revision of each satker's set.
            Iku = sets.Where(s => pilih.Contains(s.SatkerId)).GroupBy(s => s.SatkerId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Revisi)!.AsDto()),
            Target = (await Saring(db.TargetIku.AsNoTracking().Where(t => t.Tahun == tahun), t => ids.Contains(t.SatkerId))
                .Select(t => new TargetIku { Id = t.Id, SatkerId = t.SatkerId, Tahun = t.Tahun, KodeIndikator = t.KodeIndikator, Tahunan = t.Tahunan, Tw1 = t.Tw1, Tw2 = t.Tw2, Tw3 = t.Tw3, Tw4 = t.Tw4, Kategori = t.Kategori })
                .ToListAsync(ct)).ToLookup(t => t.SatkerId),
            Pelaksanaan = pelaksanaan.ToLookup(p => p.SatkerId),
            Perkara = (await Saring(db.Perkara.AsNoTracking(), p => ids.Contains(p.SatkerId)).ToListAsync(ct)).ToLookup(p => p.SatkerId),
            Layanan = layanan.ToLookup(l => l.SatkerId),
            Lhe = (await Saring(db.Lhe.AsNoTracking(), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            LaporanRb = (await Saring(db.LaporanRb.AsNoTracking(), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            LaporanKeuangan = (await Saring(db.LaporanKeuangan.AsNoTracking(), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            Manual = (await Saring(db.RealisasiManual.AsNoTracking().Where(m => m.Tahun == tahun), m => ids.Contains(m.SatkerId)).ToListAsync(ct)).ToLookup(m => m.SatkerId),
        };
    }
}