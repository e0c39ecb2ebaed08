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
        var sets = await Saring(db.IkuSet.AsNoTracking().Include(s => s.Satker).Include(s => s.Sasaran).ThenInclude(s => s.Indikator)
            .Where(s => s.Tahun == tahun), s => ids.Contains(s.SatkerId)).AsSplitQuery().ToListAsync(ct);
        return new BahanKinerja
        {
            Tahun = tahun,
            Skala = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.Capaian).ToListAsync(ct),
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
            Target = (await Saring(db.TargetIku.AsNoTracking().Where(t => t.Tahun == tahun), t => ids.Contains(t.SatkerId)).ToListAsync(ct)).ToLookup(t => t.SatkerId),
            Pelaksanaan = (await Saring(db.PelaksanaanTahapan.AsNoTracking().Include(p => p.Insiden), p => ids.Contains(p.SatkerId)).ToListAsync(ct)).ToLookup(p => p.SatkerId),
            Perkara = (await Saring(db.Perkara.AsNoTracking(), p => ids.Contains(p.SatkerId)).ToListAsync(ct)).ToLookup(p => p.SatkerId),
            Layanan = (await Saring(db.LayananInformasi.AsNoTracking().Include(l => l.Pelaksanaan).Where(l => l.Tahun == tahun), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            Lhe = (await Saring(db.Lhe.AsNoTracking(), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            LaporanRb = (await Saring(db.LaporanRb.AsNoTracking(), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            LaporanKeuangan = (await Saring(db.LaporanKeuangan.AsNoTracking(), l => ids.Contains(l.SatkerId)).ToListAsync(ct)).ToLookup(l => l.SatkerId),
            Manual = (await Saring(db.RealisasiManual.AsNoTracking().Where(m => m.Tahun == tahun), m => ids.Contains(m.SatkerId)).ToListAsync(ct)).ToLookup(m => m.SatkerId),
        };
    }
}
