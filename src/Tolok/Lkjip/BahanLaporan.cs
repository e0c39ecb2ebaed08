using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Lkjip;

/// <summary>
/// Everything the performance documents (PK, Rencana Aksi, LKjIP) of a satker and year are made of, read once:
/// the IKU, targets, the year's and quarters' realisation, the trend, reference figures, the budget and the stored
/// narratives. Every number in every document comes from here, which is what the dashboard shows too.
/// </summary>
public sealed record BahanLaporan(
    SatkerRingkas Satker, string? NamaInduk, int Tahun, IkuDto Iku, KinerjaDto Tahunan, IReadOnlyList<KinerjaDto> Triwulan,
    IReadOnlyList<TargetDto> Target, IReadOnlyDictionary<string, List<TitikTren>> Tren, IReadOnlyList<AngkaReferensi> Referensi,
    IReadOnlyList<AnggaranKegiatan> Anggaran, IReadOnlyDictionary<string, string> Narasi)
{
    /// <summary>Every IKU's annual realisation is approved: the documents lose their DRAF mark.</summary>
    public bool Disetujui { get; init; }

    /// <summary>For the participation IKU: every election of the year with its own figures (the first is the IKU's value).</summary>
    public IReadOnlyList<Partisipasi.RealisasiPartisipasiDto> Partisipasi { get; init; } = [];

    /// <summary>Elections and ballots by slug and code, with their names as the documents print them.</summary>
    public IReadOnlyDictionary<(string Pemilihan, string Surat), string> NamaSurat { get; init; } = new Dictionary<(string, string), string>();

    /// <summary>Letterhead, officials, signatories, staffing, Renstra and planned actions (issue 16).</summary>
    public ProfilLaporan Profil { get; init; } = ProfilLaporan.Kosong;

    /// <summary>The parent satker's IKU of the same year, which this satker's IKU support (cascading), or null.</summary>
    public IkuDto? IkuInduk { get; init; }

    /// <summary>The LHE that evaluated the year before (issued in this year), whose follow-up the LKjIP reports, or null.</summary>
    public Evaluasi.Lhe? LheLalu { get; init; }

    /// <summary>That LHE's recommendations with their follow-up (Bab III C and Bab IV B).</summary>
    public IReadOnlyList<Evaluasi.RekomendasiLhe> Rekomendasi { get; init; } = [];

    /// <summary>The year's targets (with the Rencana Aksi) are approved.</summary>
    public bool TargetDisetujui => Profil.StatusTarget == Alur.AlurRules.Disetujui;

    public const int TahunTren = 3;

    public static async Task<BahanLaporan?> LoadAsync(TolokDb db, string kode, int tahun, bool triwulan, bool tren, CancellationToken ct)
    {
        // The IKU set is read once; every period's figures are computed from it once.
        var iku = await IkuStore.LoadAsync(db, kode, tahun, null, ct);
        if (iku is null)
        {
            return null;
        }
        var tahunan = await KinerjaQuery.GetAsync(db, iku, tahun, "tahunan", ct);
        var satker = await db.Satker.AsNoTracking().Include(s => s.Induk).FirstAsync(s => s.Kode == kode, ct);
        var quarters = new List<KinerjaDto>();
        if (triwulan)
        {
            foreach (var p in new[] { "TW1", "TW2", "TW3", "TW4" })
            {
                quarters.Add(await KinerjaQuery.GetAsync(db, iku, tahun, p, ct));
            }
        }
        var codes = iku.SemuaIndikator.Select(i => i.Kode).ToList();
        var trend = tren ? await KinerjaQuery.TrenAsync(db, kode, tahun, codes, TahunTren, ct) : [];
        var referensi = await db.AngkaReferensi.AsNoTracking().Where(a => a.Satker == kode || a.Satker == "RI").OrderBy(a => a.Tahun).ToListAsync(ct);
        var anggaran = await db.AnggaranKegiatan.AsNoTracking().Where(a => a.SatkerId == satker.Id && a.Tahun == tahun).OrderBy(a => a.Kode).ToListAsync(ct);
        var narasi = await db.NarasiLaporan.AsNoTracking().Where(n => n.SatkerId == satker.Id && n.Tahun == tahun).ToDictionaryAsync(n => n.Bagian, n => n.Teks, ct);
        var approved = await db.AlurData.AsNoTracking()
            .Where(a => a.SatkerId == satker.Id && a.Jenis == "realisasi" && a.Status == Alur.AlurRules.Disetujui && a.Kunci.StartsWith($"{tahun}:tahunan:"))
            .Select(a => a.Kunci).ToListAsync(ct);
        var nama = (await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).ToListAsync(ct))
            .SelectMany(p => p.SuratSuara.Select(s => (Key: (p.Slug, s.Kode), Nama: $"{p.Nama} — {s.Nama}"))).ToDictionary(x => x.Key, x => x.Nama);
        var lheLalu = await db.Lhe.AsNoTracking().Where(l => l.SatkerId == satker.Id && l.TahunDievaluasi == tahun - 1)
            .OrderByDescending(l => l.TanggalLhe).ThenByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        return new BahanLaporan(new SatkerRingkas(satker.Kode, satker.Nama), satker.Induk?.Nama, tahun, iku, tahunan, quarters,
            await TargetStore.LoadAsync(db, iku, tahun, ct), trend, referensi, anggaran, narasi)
        {
            Disetujui = codes.All(c => approved.Contains($"{tahun}:tahunan:{c}")),
            Partisipasi = await Tolok.Partisipasi.RealisasiPartisipasi.GetAsync(db, kode, tahun, ct) ?? [],
            NamaSurat = nama,
            LheLalu = lheLalu,
            Rekomendasi = lheLalu is null ? [] : await Evaluasi.RekomendasiStore.MuatAsync(db, [lheLalu.Id], ct),
            Profil = await ProfilLaporan.LoadAsync(db, satker.Id, satker.IndukId, tahun, ct),
            IkuInduk = satker.Induk is { } induk && iku.SemuaIndikator.Any(i => i.KodeInduk is not null) ? await IkuStore.LoadAsync(db, induk.Kode, tahun, null, ct) : null,
        };
    }

    public TargetDto? TargetOf(string kode) => Target.FirstOrDefault(t => t.Kode == kode);

    public IndikatorKinerjaDto KinerjaOf(string kode) => Tahunan.Indikator.First(i => i.Kode == kode);

    /// <summary>The stored text of a section, or its generated draft.</summary>
    public string Teks(string bagian) => Narasi.TryGetValue(bagian, out var t) && !string.IsNullOrWhiteSpace(t) ? t : NarasiDraf.Buat(bagian, this);

    /// <summary>The budget as programme → activity → output (<see cref="PohonAnggaran"/>).</summary>
    public IReadOnlyList<BarisAnggaran> Pohon => _pohon ??= PohonAnggaran.Susun(Anggaran);
    private IReadOnlyList<BarisAnggaran>? _pohon;

    /// <summary>The budget allocated to an IKU: each row's own part times the IKU's share, never counted twice.</summary>
    public IEnumerable<(BarisAnggaran Baris, decimal Persen, decimal Pagu, decimal Realisasi)> AnggaranUntuk(string kodeIku) => PohonAnggaran.Untuk(Pohon, kodeIku);
}

/// <summary>What the documents print about the satker itself (issue 16), read once per document.</summary>
public sealed record ProfilLaporan(
    string? Alamat, byte[]? Logo, IReadOnlyList<Profil.Pejabat> Pejabat, IReadOnlyList<Profil.Pejabat> PejabatInduk,
    IReadOnlyDictionary<string, Profil.PenetapanDokumen> Penetapan, IReadOnlyList<Profil.Pegawai> Pegawai, Profil.Renstra? Renstra,
    IReadOnlyList<RencanaAksiKegiatan> Aksi, string StatusTarget, IReadOnlyList<TargetIku> TargetRenstra)
{
    public static readonly ProfilLaporan Kosong = new(null, null, [], [], new Dictionary<string, Profil.PenetapanDokumen>(), [], null, [], Alur.AlurRules.Draf, []);

    public static async Task<ProfilLaporan> LoadAsync(TolokDb db, int satkerId, int? indukId, int tahun, CancellationToken ct)
    {
        var renstra = await Tolok.Profil.ProfilStore.RenstraAsync(db, satkerId, tahun, ct);
        var (dari, sampai) = renstra is null ? (tahun, tahun) : (renstra.TahunMulai, renstra.TahunSelesai);
        var kunci = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProfilLaporan(
            await db.Satker.AsNoTracking().Where(s => s.Id == satkerId).Select(s => s.Alamat).FirstOrDefaultAsync(ct),
            await db.LogoSatker.AsNoTracking().Where(l => l.SatkerId == satkerId).Select(l => l.Png).FirstOrDefaultAsync(ct),
            await Tolok.Profil.ProfilStore.PejabatAsync(db, satkerId, ct),
            indukId is { } i ? await Tolok.Profil.ProfilStore.PejabatAsync(db, i, ct) : [],
            await db.PenetapanDokumen.AsNoTracking().Where(p => p.SatkerId == satkerId && p.Tahun == tahun).ToDictionaryAsync(p => p.Dokumen, ct),
            await db.Pegawai.AsNoTracking().Where(p => p.SatkerId == satkerId && p.Tahun == tahun).ToListAsync(ct),
            renstra,
            await RencanaAksiStore.ListAsync(db, satkerId, tahun, ct),
            await db.AlurData.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Jenis == "target" && a.Kunci == kunci).Select(a => a.Status).FirstOrDefaultAsync(ct) ?? Alur.AlurRules.Draf,
            await db.TargetIku.AsNoTracking().Where(t => t.SatkerId == satkerId && t.Tahun >= dari && t.Tahun <= sampai).ToListAsync(ct));
    }

    /// <summary>An official of the satker or of its parent by id.</summary>
    public Profil.Pejabat? PejabatDengan(int? id) => id is { } v ? Pejabat.Concat(PejabatInduk).FirstOrDefault(p => p.Id == v) : null;

    /// <summary>Who signs a document, where and when; nulls where not yet set.</summary>
    public (Profil.Pejabat? Penanda, Profil.Pejabat? PihakKedua, string? Tempat, DateOnly? Tanggal) Tanda(string dokumen) =>
        Penetapan.TryGetValue(dokumen, out var p) ? (PejabatDengan(p.PenandatanganId), PejabatDengan(p.PihakKeduaId), p.Tempat, p.Tanggal) : (null, null, null, null);
}
