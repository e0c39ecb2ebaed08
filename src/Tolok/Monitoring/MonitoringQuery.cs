using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Monitoring;

/// <summary>One IKU column of the matrix: the code, its wording (from the first unit that has it) and how it is summed up.</summary>
public sealed record KolomMonitoringDto(string Kode, string Uraian, string? Satuan, Polaritas Polaritas, string Agregasi);

/// <summary>One unit × IKU cell.</summary>
public sealed record SelMonitoringDto(string Kode, object? Target, object? Realisasi, decimal? Pembilang, decimal? Penyebut, decimal? Capaian, string? Kategori, string? Warna, string? StatusAlur)
{
    /// <summary>In a quarter: the year-end forecast misses the annual target (<see cref="Kinerja.Proyeksi"/>).</summary>
    public bool? Berisiko { get; init; }
}

/// <summary>One unit's row: its cells, how many IKU carry a realisation, and its realisation workflow for the period.</summary>
public sealed record BarisMonitoringDto(string Kode, string Nama, bool PunyaIku, IReadOnlyList<SelMonitoringDto> Nilai, int Terisi, int JumlahIku,
    IReadOnlyDictionary<string, int> StatusAlur, string Status, string? KategoriTerburuk);

/// <summary>
/// The figure over all units for one IKU, only where it means something: a ratio as the sum of numerators over the sum
/// of denominators; a score as its mean and distribution; a category as its distribution. Never a mean of percentages.
/// </summary>
public sealed record AgregatDto(string Kode, string Agregasi, string Cara, int JumlahUnit, decimal? Pembilang, decimal? Penyebut, decimal? Nilai, IReadOnlyDictionary<string, int> Sebaran);

public sealed record MonitoringDto(SatkerRingkas Satker, int Tahun, string Periode, string Tingkat, IReadOnlyList<KolomMonitoringDto> Iku,
    IReadOnlyList<BarisMonitoringDto> Unit, IReadOnlyList<AgregatDto> Agregat);

/// <summary>A parent satker's monitoring (issue 17): its children, or all its descendants at a level, × IKU.</summary>
public static class MonitoringQuery
{
    public const string Anak = "anak", Provinsi = "provinsi", Kabupaten = "kabupaten";
    public static readonly IReadOnlyList<string> SemuaTingkat = [Anak, Provinsi, Kabupaten];

    public const string Rasio = "rasio", Skor = "skor", Kategori = "kategori";

    /// <summary>The level of a satker by its code: RI, a province (51) or a regency/city (51.01).</summary>
    public static string TingkatDari(string kode) => kode == Satker.SatkerSeed.KodeRi ? "ri" : kode.Contains('.', StringComparison.Ordinal) ? Kabupaten : Provinsi;

    /// <summary>The units under <paramref name="induk"/>: its children, or its descendants at <paramref name="tingkat"/>.</summary>
    public static List<Satker.SatkerRingan> Unit(Satker.DaftarSatker daftar, Satker.SatkerRingan induk, string tingkat) =>
        tingkat == Anak
            ? [.. daftar.Semua.Where(s => s.IndukId == induk.Id)]
            : [.. daftar.Semua.Where(s => TingkatDari(s.Kode) == tingkat && daftar.DiBawah(s, induk.Id))];

    /// <summary>
    /// The matrix, kept in the app server's cache under the global stamp and the stamps of every unit in it: a write to
    /// one unit's data recomputes that unit's figures (the others come from their own cache) and the matrix once.
    /// </summary>
    public static async Task<MonitoringDto?> GetAsync(TolokDb db, string kode, int tahun, string periode, string tingkat, CancellationToken ct)
    {
        var stempel = await StempelData.SemuaAsync(db, ct);
        var global = stempel.GetValueOrDefault(StempelData.Global) ?? "0";
        var daftar = await Satker.DaftarSatker.AmbilAsync(db, global, ct);
        if (!daftar.PerKode.TryGetValue(kode, out var induk))
        {
            return null;
        }
        var units = Unit(daftar, induk, tingkat);
        var kunci = string.Create(CultureInfo.InvariantCulture, $"monitoring|{kode}|{tahun}|{periode}|{tingkat}");
        var stempelMatriks = global + "|" + string.Join(",", units.Select(u => stempel.GetValueOrDefault(StempelData.Satker(u.Id)) ?? "0"));
        return await db.Tembolok.AmbilAsync(kunci, stempelMatriks, () => HitungAsync(db, induk, units, tahun, periode, tingkat, stempel, ct));
    }

    private static async Task<MonitoringDto?> HitungAsync(TolokDb db, Satker.SatkerRingan induk, List<Satker.SatkerRingan> units, int tahun, string periode, string tingkat,
        IReadOnlyDictionary<string, string> stempel, CancellationToken ct)
    {
        var ids = units.Select(u => u.Id).ToList();
        var prefix = $"{tahun.ToString(CultureInfo.InvariantCulture)}:{periode}:";
        // For many units the period's states of every satker are read and the others dropped here (as the figures' rows
        // are): a list of hundreds of ids in the SQL costs more than the rows it leaves out.
        var pilih = ids.ToHashSet();
        var query = db.AlurData.AsNoTracking().Where(a => a.Jenis == "realisasi" && a.Kunci.StartsWith(prefix));
        if (ids.Count <= BahanKinerja.BanyakSatker)
        {
            query = query.Where(a => ids.Contains(a.SatkerId));
        }
        var alur = (await query.Select(a => new { a.SatkerId, a.Kunci, a.Status }).ToListAsync(ct))
            .Where(a => pilih.Contains(a.SatkerId)).ToLookup(a => a.SatkerId);

        var global = stempel.GetValueOrDefault(StempelData.Global);
        // Every unit's figures: from the cache where unchanged, the rest computed together from one read per table.
        var semua = await KinerjaQuery.SemuaAsync(db, units, tahun, periode, id => StempelData.Gabung(global, stempel.GetValueOrDefault(StempelData.Satker(id))), ct);
        var kolom = new Dictionary<string, KolomMonitoringDto>(StringComparer.Ordinal);
        var rows = new List<BarisMonitoringDto>();
        var cellsByKode = new Dictionary<string, List<IndikatorKinerjaDto>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!semua.TryGetValue(unit.Id, out var kinerja))
            {
                rows.Add(new BarisMonitoringDto(unit.Kode, unit.Nama, false, [], 0, 0, new Dictionary<string, int>(), "belum ada IKU", null));
                continue;
            }
            var statusByKode = alur[unit.Id].ToDictionary(a => a.Kunci[prefix.Length..], a => a.Status, StringComparer.Ordinal);
            var cells = new List<SelMonitoringDto>();
            foreach (var x in kinerja.Indikator)
            {
                kolom.TryAdd(x.Kode, new KolomMonitoringDto(x.Kode, x.Uraian, x.Satuan, x.Polaritas, Agregasi(x)));
                (cellsByKode.TryGetValue(x.Kode, out var list) ? list : cellsByKode[x.Kode] = []).Add(x);
                var cell = new SelMonitoringDto(x.Kode, x.Target, x.Realisasi, x.Pembilang, x.Penyebut, x.Capaian, x.Kategori?.Label, x.Kategori?.Warna,
                    statusByKode.GetValueOrDefault(x.Kode, Alur.AlurRules.Draf));
                cells.Add(cell with { Berisiko = x.Berisiko });
            }
            var counts = cells.GroupBy(c => c.StatusAlur!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            rows.Add(new BarisMonitoringDto(unit.Kode, unit.Nama, true, cells, cells.Count(c => c.Realisasi is not null), cells.Count, counts,
                Ringkas(counts, cells.Count), Terburuk(cells.Select(c => c.Kategori))));
        }
        var columns = kolom.Values.OrderBy(k => k.Kode, Comparer<string>.Create(BandingKode)).ToList();
        var agregat = columns.Select(k => Hitung(k, cellsByKode.GetValueOrDefault(k.Kode) ?? [])).ToList();
        return new MonitoringDto(new SatkerRingkas(induk.Kode, induk.Nama), tahun, periode, tingkat, columns, rows, agregat);
    }

    /// <summary>How an IKU adds up over units, decided by what it is: a category, a ratio with numerator and denominator, or a score.</summary>
    public static string Agregasi(IndikatorKinerjaDto x) =>
        x.Polaritas == Polaritas.Kategorikal ? Kategori : x.Pembilang is not null || x.Satuan == "%" ? Rasio : Skor;

    /// <summary>The aggregate of one IKU over the units' figures (a plain function: the rule of issue 17, point 3).</summary>
    public static AgregatDto Hitung(KolomMonitoringDto k, IReadOnlyList<IndikatorKinerjaDto> cells)
    {
        switch (k.Agregasi)
        {
            case Kategori:
                var sebaran = cells.Where(c => c.Realisasi is string).GroupBy(c => (string)c.Realisasi!).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                return new AgregatDto(k.Kode, k.Agregasi, "sebaran kategori (banyaknya unit per nilai)", sebaran.Values.Sum(), null, null, null, sebaran);
            case Rasio:
                var withParts = cells.Where(c => c.Pembilang is not null && c.Penyebut is not null).ToList();
                decimal pembilang = withParts.Sum(c => c.Pembilang!.Value), penyebut = withParts.Sum(c => c.Penyebut!.Value);
                return new AgregatDto(k.Kode, k.Agregasi, "jumlah pembilang ÷ jumlah penyebut seluruh unit × 100 (bukan rata-rata persentase)", withParts.Count,
                    pembilang, penyebut, withParts.Count == 0 ? null : Ukuran.Persen(pembilang, penyebut), SebaranWarna(withParts));
            default:
                var known = cells.Where(c => c.Realisasi is decimal).Select(c => (decimal)c.Realisasi!).ToList();
                return new AgregatDto(k.Kode, k.Agregasi, "rata-rata nilai unit dan sebaran capaiannya", known.Count, null, null,
                    known.Count == 0 ? null : Ukuran.Bulat(known.Average()), SebaranWarna(cells.Where(c => c.Realisasi is decimal)));
        }
    }

    private static Dictionary<string, int> SebaranWarna(IEnumerable<IndikatorKinerjaDto> cells) =>
        cells.Where(c => c.Kategori is not null).GroupBy(c => c.Kategori!.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The unit's workflow for the period in a word: the least advanced state of its IKU.</summary>
    private static string Ringkas(Dictionary<string, int> counts, int total)
    {
        if (total == 0)
        {
            return "belum ada IKU";
        }
        foreach (var s in new[] { Alur.AlurRules.Dikembalikan, Alur.AlurRules.Draf, Alur.AlurRules.Diajukan, Alur.AlurRules.Diverifikasi })
        {
            if (counts.ContainsKey(s))
            {
                return s;
            }
        }
        return Alur.AlurRules.Disetujui;
    }

    private static readonly string[] UrutanKategori = ["merah", "kuning", "hijau", "biru"];

    private static string? Terburuk(IEnumerable<string?> warna) =>
        warna.OfType<string>().OrderBy(w => Array.IndexOf(UrutanKategori, w) is var i && i < 0 ? int.MaxValue : i).FirstOrDefault();

    /// <summary>IKU codes in numeric order: 1.2 before 1.10.</summary>
    public static int BandingKode(string? a, string? b)
    {
        var pa = (a ?? "").Split('.');
        var pb = (b ?? "").Split('.');
        for (var i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            var x = i < pa.Length && int.TryParse(pa[i], CultureInfo.InvariantCulture, out var na) ? na : -1;
            var y = i < pb.Length && int.TryParse(pb[i], CultureInfo.InvariantCulture, out var nb) ? nb : -1;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }
        return string.CompareOrdinal(a, b);
    }
}