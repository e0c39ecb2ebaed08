using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Lke;

/// <summary>One kriteria as assessed: the answer, Tolok's suggestion and its reason, the evidence, and the score.</summary>
public sealed record KriteriaLkeDto(string Kode, string Komponen, string SubKomponen, string Uraian, string JenisJawaban, decimal Bobot,
    string? Jawaban, string? Saran, string? AlasanSaran, IReadOnlyList<BuktiLke> Bukti, decimal? Nilai)
{
    /// <summary>Where the score comes from: "jawaban" (the assessor's answer), "saran" (Tolok's suggestion, not yet answered) or null.</summary>
    public string? SumberNilai { get; init; }
    public string? Catatan { get; init; }
    /// <summary>Why the answer differs from the suggestion.</summary>
    public string? AlasanBeda { get; init; }
    /// <summary>The assessor's own evidence as entered, one item each (also in <see cref="Bukti"/>, after the suggestion's).</summary>
    public IReadOnlyList<string> BuktiPenilai { get; init; } = [];
    /// <summary>The evidence the worksheet asks for.</summary>
    public IReadOnlyList<string> BuktiDiminta { get; init; } = [];
}

public sealed record SubKomponenLkeDto(string Kode, string Nama, decimal Bobot, decimal Nilai);

/// <summary>A komponen's score, and the same komponen's score in the last LHE (the year before), when known.</summary>
public sealed record KomponenLkeDto(string Kode, string Nama, decimal Bobot, decimal Nilai, decimal? NilaiLheLalu, IReadOnlyList<SubKomponenLkeDto> Sub);

public sealed record LheLaluDto(int Id, int TahunDievaluasi, DateOnly TanggalLhe, decimal Nilai, string? Predikat);

/// <summary>GET /api/v1/satker/{kode}/lke/{tahun}: the self-assessment of the year evaluated.</summary>
public sealed record LkeDto(SatkerRingkas Satker, int Tahun, string Edisi, decimal Nilai, string? Predikat, IReadOnlyList<KomponenLkeDto> Komponen,
    IReadOnlyList<KriteriaLkeDto> Kriteria, LheLaluDto? LheLalu, string Status, int Versi) : Aturan.IDtoBerversi
{
    public int JumlahSaran => Kriteria.Count(k => k.Saran is not null);
    public int JumlahDijawab => Kriteria.Count(k => k.Jawaban is not null);
}

/// <summary>
/// The self-assessment: the worksheet of the satker's edition, the answers, the suggestions, and the scores by the rules
/// of decision 121 (a kriteria weighs its sub-komponen's weight shared equally; the score is the answer's value × that
/// weight, added unrounded and shown with 2 decimals per sub-komponen, komponen and total; an unanswered kriteria counts its suggestion until answered).
/// </summary>
public static class LkeQuery
{
    /// <summary>The edition a new assessment starts on.</summary>
    public const string EdisiBawaan = LkeSeed.Edisi;

    public static async Task<LkeDto?> GetAsync(TolokDb db, string kode, int tahun, CancellationToken ct)
    {
        var satker = await db.Satker.AsNoTracking().Where(s => s.Kode == kode).Select(s => new { s.Id, s.Kode, s.Nama }).FirstOrDefaultAsync(ct);
        if (satker is null)
        {
            return null;
        }
        var penilaian = await db.PenilaianLke.AsNoTracking().Include(p => p.Jawaban).FirstOrDefaultAsync(p => p.SatkerId == satker.Id && p.Tahun == tahun, ct);
        var edisi = penilaian?.Edisi ?? EdisiBawaan;
        var bagian = await db.LkeBagian.AsNoTracking().Where(b => b.Edisi == edisi).OrderBy(b => b.Urutan).ToListAsync(ct);
        var kriteria = await db.LkeKriteria.AsNoTracking().Where(k => k.Edisi == edisi).OrderBy(k => k.Urutan).ToListAsync(ct);
        var skala = await db.LkeSkalaJawaban.AsNoTracking().Where(s => s.Edisi == edisi).ToListAsync(ct);
        var bahan = await BahanLke.MuatAsync(db, satker.Id, satker.Kode, tahun, ct);
        var predikat = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.PredikatSakip).OrderBy(s => s.Urutan).ToListAsync(ct);
        var status = await db.AlurData.AsNoTracking().Where(a => a.SatkerId == satker.Id && a.Jenis == "lke" && a.Kunci == tahun.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.Status).FirstOrDefaultAsync(ct) ?? Alur.AlurRules.Draf;
        var jawaban = (penilaian?.Jawaban ?? []).ToDictionary(j => j.KodeKriteria, StringComparer.Ordinal);
        var lheLalu = LkeSaran.LheLalu(bahan);
        return Hitung(new SatkerRingkas(satker.Kode, satker.Nama), tahun, edisi, bagian, kriteria, skala, jawaban, k => LkeSaran.Untuk(k.Kode, k.JenisJawaban, bahan),
            predikat, lheLalu, status, penilaian?.Versi ?? 0);
    }

    /// <summary>The scores from the worksheet, the answers and the suggestions (a plain function).</summary>
    public static LkeDto Hitung(SatkerRingkas satker, int tahun, string edisi, List<LkeBagian> bagian, List<LkeKriteria> kriteria, List<LkeSkalaJawaban> skala,
        Dictionary<string, JawabanLke> jawaban, Func<LkeKriteria, SaranLke?> saran, List<SkalaCapaian> predikat, Evaluasi.Lhe? lheLalu, string status, int versi)
    {
        var nilaiJawaban = skala.ToDictionary(s => (s.JenisJawaban, s.Jawaban));
        var terbuka = Alur.AlurRules.BolehDiubah(status);
        var subs = bagian.Where(b => b.Induk is not null).ToList();
        var perSub = kriteria.GroupBy(k => k.SubKomponen).ToDictionary(g => g.Key, g => g.Count());
        var hasil = new List<KriteriaLkeDto>();
        // Scores are added unrounded and rounded to 2 decimals per sub-komponen, komponen and total: rounding each
        // kriteria first would let a full sheet score 100,06 (15/7 and 15/9 points per kriteria).
        var tepat = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var k in kriteria)
        {
            var sub = subs.FirstOrDefault(s => s.Kode == k.SubKomponen);
            var bobot = sub is null ? 0 : sub.Bobot / perSub[k.SubKomponen];
            var j = jawaban.GetValueOrDefault(k.Kode);
            var s = saran(k);
            // Once submitted, the sheet is scored from its answers only: a suggestion is recomputed from live records
            // and would move the score of a sheet that is under review or approved.
            var dipakai = j?.Jawaban ?? (terbuka ? s?.Jawaban : null);
            decimal? penuh = dipakai is not null && nilaiJawaban.TryGetValue((k.JenisJawaban, dipakai), out var v) ? v.Nilai * bobot : null;
            tepat[k.Kode] = penuh ?? 0;
            decimal? nilai = penuh is { } p ? Math.Round(p, 4, MidpointRounding.AwayFromZero) : null;
            var bukti = (s?.Bukti ?? []).Concat(BuktiPenilai(j?.Bukti)).ToList();
            hasil.Add(new KriteriaLkeDto(k.Kode, sub?.Induk ?? "", k.SubKomponen, k.Uraian, k.JenisJawaban, Math.Round(bobot, 4), j?.Jawaban, s?.Jawaban, s?.Alasan, bukti, nilai)
            {
                SumberNilai = nilai is null ? null : j?.Jawaban is not null ? "jawaban" : "saran",
                Catatan = j?.Catatan,
                AlasanBeda = j?.AlasanBeda,
                BuktiPenilai = j?.Bukti is { } bp ? bp.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [],
                BuktiDiminta = k.Bukti is null ? [] : [.. k.Bukti.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            });
        }
        decimal Jumlah(string sub) => kriteria.Where(k => k.SubKomponen == sub).Sum(k => tepat[k.Kode]);
        var komponen = new List<KomponenLkeDto>();
        var tepatTotal = 0m;
        var urutan = 0;
        foreach (var kom in bagian.Where(b => b.Induk is null))
        {
            urutan++;
            var subDto = subs.Where(s => s.Induk == kom.Kode)
                .Select(s => (Dto: new SubKomponenLkeDto(s.Kode, s.Nama, s.Bobot, Math.Round(Jumlah(s.Kode), 2, MidpointRounding.AwayFromZero)), Tepat: Jumlah(s.Kode)))
                .ToList();
            var tepatKomponen = subDto.Sum(s => s.Tepat);
            tepatTotal += tepatKomponen;
            komponen.Add(new KomponenLkeDto(kom.Kode, kom.Nama, kom.Bobot, Math.Round(tepatKomponen, 2, MidpointRounding.AwayFromZero),
                lheLalu is null ? null : urutan switch { 1 => lheLalu.Perencanaan, 2 => lheLalu.Pengukuran, 3 => lheLalu.Pelaporan, 4 => lheLalu.EvaluasiInternal, _ => null }, [.. subDto.Select(x => x.Dto)]));
        }
        var total = Math.Round(tepatTotal, 2, MidpointRounding.AwayFromZero);
        return new LkeDto(satker, tahun, edisi, total, CapaianCalculator.Kategori(predikat, total)?.Label, komponen, hasil,
            lheLalu is null ? null : new LheLaluDto(lheLalu.Id, lheLalu.TahunDievaluasi, lheLalu.TanggalLhe, lheLalu.Nilai, CapaianCalculator.Kategori(predikat, lheLalu.Nilai)?.Label),
            status, versi);
    }

    /// <summary>The assessor's evidence, one per line: "label | url" or a bare url/label.</summary>
    public static IEnumerable<BuktiLke> BuktiPenilai(string? bukti) =>
        (bukti ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(baris =>
            baris.Split('|', 2, StringSplitOptions.TrimEntries) is [var label, var url] ? new BuktiLke(label, url)
            : baris.StartsWith('/') ? new BuktiLke(baris, baris) : new BuktiLke(baris, null));
}
