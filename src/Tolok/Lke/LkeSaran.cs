using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Lke;

/// <summary>A piece of evidence: what it is and where Tolok shows it (null for an item outside Tolok).</summary>
public sealed record BuktiLke(string Label, string? Url);

/// <summary>An answer Tolok suggests from its own records, why, and the records that prove it.</summary>
public sealed record SaranLke(string Jawaban, string Alasan, IReadOnlyList<BuktiLke> Bukti);

/// <summary>
/// What Tolok holds about a satker's SAKIP in the year evaluated (<see cref="Tahun"/>) and the year before: the records
/// the suggested answers are computed from (<see cref="LkeSaran"/>).
/// </summary>
public sealed class BahanLke
{
    public required string Kode { get; init; }
    public required int Tahun { get; init; }
    public IkuDto? Iku { get; init; }
    public IkuDto? IkuLalu { get; init; }
    public Profil.Renstra? Renstra { get; init; }
    public required Dictionary<string, Profil.PenetapanDokumen> Penetapan { get; init; }
    public required List<TargetIku> Target { get; init; }
    public required List<RencanaAksiKegiatan> RencanaAksi { get; init; }
    public int Anggaran { get; init; }
    /// <summary>The figures of the year by period ("tahunan", "TW1" … "TW4"); a period without an IKU set is absent.</summary>
    public required Dictionary<string, KinerjaDto> Kinerja { get; init; }
    public KinerjaDto? KinerjaLalu { get; init; }
    /// <summary>The workflow status of each IKU's realisation of the year, by "periode:kode" ("TW1:1.1").</summary>
    public required Dictionary<string, Alur.AlurData> Realisasi { get; init; }
    public required List<Evaluasi.Lhe> Lhe { get; init; }
    /// <summary>The recommendations of the last LHE (<see cref="LkeSaran.LheLalu(BahanLke)"/>) with their follow-up.</summary>
    public List<Evaluasi.RekomendasiLhe> Rekomendasi { get; init; } = [];

    public static async Task<BahanLke> MuatAsync(TolokDb db, int satkerId, string kode, int tahun, CancellationToken ct)
    {
        var kinerja = new Dictionary<string, KinerjaDto>();
        foreach (var periode in new[] { "tahunan", "TW1", "TW2", "TW3", "TW4" })
        {
            if (await KinerjaQuery.GetAsync(db, kode, tahun, periode, ct) is { } k)
            {
                kinerja[periode] = k;
            }
        }
        var awalan = tahun.ToString(CultureInfo.InvariantCulture) + ":";
        var realisasi = await db.AlurData.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Jenis == "realisasi" && a.Kunci.StartsWith(awalan)).ToListAsync(ct);
        var lhe = await db.Lhe.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TanggalLhe).ToListAsync(ct);
        var lheLalu = LkeSaran.LheLalu(lhe, tahun);
        return new BahanLke
        {
            Kode = kode,
            Tahun = tahun,
            Iku = await IkuStore.LoadAsync(db, kode, tahun, null, ct),
            IkuLalu = await IkuStore.LoadAsync(db, kode, tahun - 1, null, ct),
            Renstra = await db.Renstra.AsNoTracking().Where(r => r.SatkerId == satkerId && r.TahunMulai <= tahun && r.TahunSelesai >= tahun).FirstOrDefaultAsync(ct),
            Penetapan = await db.PenetapanDokumen.AsNoTracking().Where(p => p.SatkerId == satkerId && p.Tahun == tahun).ToDictionaryAsync(p => p.Dokumen, ct),
            Target = await db.TargetIku.AsNoTracking().Where(t => t.SatkerId == satkerId && t.Tahun == tahun).ToListAsync(ct),
            RencanaAksi = await db.RencanaAksiKegiatan.AsNoTracking().Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct),
            Anggaran = await db.AnggaranKegiatan.CountAsync(a => a.SatkerId == satkerId && a.Tahun == tahun, ct),
            Kinerja = kinerja,
            KinerjaLalu = await KinerjaQuery.GetAsync(db, kode, tahun - 1, "tahunan", ct),
            Realisasi = realisasi.ToDictionary(a => a.Kunci[awalan.Length..], StringComparer.Ordinal),
            Lhe = lhe,
            Rekomendasi = lheLalu is null ? [] : await Evaluasi.RekomendasiStore.MuatAsync(db, [lheLalu.Id], ct),
        };
    }
}

/// <summary>
/// The answers Tolok can suggest for the kriteria of PermenPAN-RB 88/2021's worksheet from its own records (issue 18),
/// as plain functions of <see cref="BahanLke"/>: each gives the answer, the reason in words and the evidence, or null
/// when Tolok holds nothing that proves either way. A graded kriteria (A/B/C/D) is suggested from a share: A when
/// every item meets it, B from two thirds, C from one third, D below (decision 121).
/// </summary>
public static class LkeSaran
{
    public static SaranLke? Untuk(string kodeKriteria, string jenisJawaban, BahanLke b) =>
        Aturan.TryGetValue(kodeKriteria, out var aturan) ? Sesuaikan(aturan(b), jenisJawaban) : null;

    /// <summary>The kriteria codes a suggestion is computed for.</summary>
    public static IReadOnlyCollection<string> Kode => Aturan.Keys;

    /// <summary>A rule written for one scale still answers on the kriteria's scale if an edition changed it.</summary>
    private static SaranLke? Sesuaikan(SaranLke? s, string jenis) => s switch
    {
        null => null,
        _ when jenis == "YT" && s.Jawaban is "A" or "B" or "C" or "D" => s with { Jawaban = s.Jawaban == "A" ? "Y" : "T" },
        _ when jenis == "ABCD" && s.Jawaban is "Y" or "T" => s with { Jawaban = s.Jawaban == "Y" ? "A" : "D" },
        _ => s,
    };

    private static readonly string[] EmpatTriwulan = ["TW1", "TW2", "TW3", "TW4"];

    private static readonly Dictionary<string, Func<BahanLke, SaranLke?>> Aturan = new(StringComparer.Ordinal)
    {
        ["AREN001.1"] = b => b.Renstra is { } r
            ? Ya($"Renstra {r.TahunMulai}–{r.TahunSelesai} mencakup tahun {b.Tahun}" + (b.Iku is null ? "." : $"; IKU {b.Tahun} ditetapkan."), Renstra(b), Iku(b))
            : Tidak($"Tolok tidak menyimpan Renstra yang mencakup tahun {b.Tahun}.", Renstra(b)),
        ["AREN001.2"] = b => b.Iku is not null && b.Penetapan.ContainsKey("pk")
            ? Ya($"IKU {b.Tahun} dan Perjanjian Kinerja {b.Tahun} ada.", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja"))
            : Tidak(b.Iku is null ? $"IKU {b.Tahun} belum ada." : $"Penanda tangan Perjanjian Kinerja {b.Tahun} belum ditetapkan.", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja")),
        ["AREN001.3"] = b => b.RencanaAksi.Count > 0
            ? Ya($"Rencana Aksi {b.Tahun}: {Angka(b.RencanaAksi.Count)} kegiatan.", Dokumen(b, "rencana-aksi", "Rencana Aksi"))
            : Tidak($"Rencana Aksi {b.Tahun} belum berisi kegiatan.", Dokumen(b, "rencana-aksi", "Rencana Aksi")),
        ["AREN001.4"] = b => b.Anggaran > 0
            ? Ya($"Anggaran {b.Tahun}: {Angka(b.Anggaran)} kegiatan tercatat.", Anggaran(b))
            : Tidak($"Anggaran kegiatan {b.Tahun} belum dicatat.", Anggaran(b)),
        ["AREN002.1"] = b => b.Iku?.Ditetapkan.Tanggal is not null && b.Penetapan.GetValueOrDefault("pk") is { Tanggal: not null, PenandatanganId: not null }
            ? Ya($"IKU ditetapkan {Format.Tanggal(b.Iku.Ditetapkan.Tanggal.Value)}; Perjanjian Kinerja ditandatangani {Format.Tanggal(b.Penetapan["pk"].Tanggal!.Value)}.", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja"))
            : Tidak("IKU atau Perjanjian Kinerja belum bertanggal penetapan dan penanda tangan.", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja")),
        ["AREN002.2"] = b =>
        {
            var batas = BatasPk(b.Tahun);
            var pk = b.Penetapan.GetValueOrDefault("pk")?.Tanggal;
            var iku = b.Iku?.Ditetapkan.Tanggal;
            return pk is null || iku is null
                ? Tidak("Tanggal penetapan IKU atau Perjanjian Kinerja belum ada.", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja"))
                : pk <= batas && iku <= batas
                    ? Ya($"IKU ({Format.Tanggal(iku.Value)}) dan Perjanjian Kinerja ({Format.Tanggal(pk.Value)}) ditetapkan paling lambat {Format.Tanggal(batas)}.", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja"))
                    : Tidak($"Penetapan melewati {Format.Tanggal(batas)} (IKU {Format.Tanggal(iku.Value)}, PK {Format.Tanggal(pk.Value)}).", Iku(b), Dokumen(b, "pk", "Perjanjian Kinerja"));
        },
        ["AREN002.5"] = b => b.Iku is null ? null : Bagian(b.Iku.SemuaIndikator.ToList(),
            x => x.CaraPengukuran is not null && x.SumberData is not null && (x.Satuan is not null || x.Polaritas == Polaritas.Kategorikal) && AdaTarget(b, x),
            "IKU yang terukur (cara pengukuran, sumber data, satuan) dan bertarget", Iku(b), Target(b)),
        ["AREN002.6"] = b => b.Iku is null || b.IkuLalu is null ? null : Bagian(b.Iku.SemuaIndikator.ToList(),
            x => b.IkuLalu.SemuaIndikator.Any(l => l.Kode == x.Kode && l.Uraian == x.Uraian),
            $"IKU {b.Tahun} yang sama dengan IKU {b.Tahun - 1}", Iku(b), new BuktiLke($"IKU {b.Tahun - 1}", $"/Iku?satker={b.Kode}&tahun={b.Tahun - 1}")),
        ["AREN002.7"] = b => b.KinerjaLalu is not { } lalu ? null : Bagian([.. lalu.Indikator.Where(i => i.Capaian is not null)], i => i.Capaian >= 100,
            $"IKU yang targetnya tercapai pada {b.Tahun - 1}", Kinerja(b, "tahunan", b.Tahun - 1)),
        ["AREN002.8"] = b => b.Iku is null ? null : Bagian(b.Iku.SemuaIndikator.ToList(), x => x.KodeInduk is not null,
            "IKU yang terhubung dengan IKU satker induknya (cascading)", new BuktiLke("Pohon kinerja", $"/Iku/Pohon?satker={b.Kode}&tahun={b.Tahun}")),
        ["AREN003.2"] = b => b.Iku is null ? null : Bagian(b.Iku.SemuaIndikator.ToList(), x => b.RencanaAksi.Any(r => r.KodeIndikator == x.Kode),
            "IKU yang didukung kegiatan Rencana Aksi", Dokumen(b, "rencana-aksi", "Rencana Aksi")),
        ["AREN003.3"] = b => Tercapai(b, "IKU yang targetnya tercapai"),
        ["AREN003.4"] = b =>
        {
            var n = TriwulanDisetujui(b);
            return b.Iku is null || !b.Iku.SemuaIndikator.Any() ? null : new SaranLke(n switch { 4 => "A", 3 => "B", 2 => "C", _ => "D" },
                $"Realisasi seluruh IKU disetujui pada {Angka(n)} dari 4 triwulan {b.Tahun}.", [.. Triwulan(b)]);
        },
        ["BKUR001.2"] = b => b.Iku is null || !b.Iku.SemuaIndikator.Any() ? null : b.Iku.SemuaIndikator.All(x => !string.IsNullOrWhiteSpace(x.CaraPengukuran))
            ? Ya("Setiap IKU memuat cara pengukurannya.", Iku(b))
            : Tidak("Ada IKU tanpa cara pengukuran.", Iku(b)),
        ["BKUR001.3"] = b => Tahunan(b) is not { Indikator.Count: > 0 } k ? null : DariRegister(k) * 2 >= k.Indikator.Count
            ? Ya($"{Angka(DariRegister(k))} dari {Angka(k.Indikator.Count)} IKU dihitung dari register sumbernya.", Kinerja(b, "tahunan", b.Tahun))
            : Tidak($"Hanya {Angka(DariRegister(k))} dari {Angka(k.Indikator.Count)} IKU dihitung dari register; sisanya diisi manual.", Kinerja(b, "tahunan", b.Tahun)),
        ["BKUR002.2"] = b => Tahunan(b) is not { } k ? null : Bagian([.. k.Indikator], i => i.Sumber is { Register: not "manual" },
            "IKU yang dihitung dari data register", Kinerja(b, "tahunan", b.Tahun)),
        ["BKUR002.4"] = b =>
        {
            var terisi = EmpatTriwulan.Count(p => b.Kinerja.GetValueOrDefault(p)?.Indikator.Any(i => i.Realisasi is not null) == true);
            return b.Iku is null ? null : terisi == 4
                ? Ya($"Realisasi tercatat pada keempat triwulan {b.Tahun}.", [.. Triwulan(b)])
                : Tidak($"Realisasi tercatat pada {Angka(terisi)} dari 4 triwulan {b.Tahun}.", [.. Triwulan(b)]);
        },
        ["BKUR002.5"] = b => b.Realisasi.Count == 0 ? null : Bagian([.. b.Realisasi.Values], a => a.Status == Alur.AlurRules.Disetujui && a.DiverifikasiOleh is not null,
            "realisasi IKU yang diverifikasi lalu disetujui pimpinan", new BuktiLke("Antrian persetujuan", $"/Alur/Antrian?satker={b.Kode}")),
        ["BKUR002.6"] = b => Tahunan(b) is not { } k ? null : k.Indikator.Any(i => i.Sumber is { Register: not "manual", JumlahBaris: > 0 })
            ? Ya($"Data kinerja dikumpulkan dalam register Tolok ({Angka(k.Indikator.Where(i => i.Sumber is { Register: not "manual" }).Sum(i => i.Sumber!.JumlahBaris))} baris).", Kinerja(b, "tahunan", b.Tahun))
            : Tidak("Belum ada data register untuk tahun ini.", Kinerja(b, "tahunan", b.Tahun)),
        ["BKUR002.7"] = b => Tahunan(b) is not { } k ? null : k.Indikator.Any(i => i.Capaian is not null)
            ? Ya($"Capaian {Angka(k.Indikator.Count(i => i.Capaian is not null))} IKU dihitung Tolok dari target dan realisasinya.", Kinerja(b, "tahunan", b.Tahun))
            : Tidak("Belum ada capaian yang dapat dihitung.", Kinerja(b, "tahunan", b.Tahun)),
        ["CLAP001.1"] = b => b.Penetapan.ContainsKey("lkjip")
            ? Ya($"LKjIP {b.Tahun} disusun di Tolok.", Dokumen(b, "lkjip", "LKjIP"))
            : Tidak($"Penetapan LKjIP {b.Tahun} belum ada.", Dokumen(b, "lkjip", "LKjIP")),
        ["CLAP001.2"] = b => b.Iku is null || !b.Iku.SemuaIndikator.Any() ? null : TriwulanDisetujui(b) == 4
            ? Ya($"Laporan capaian kinerja keempat triwulan {b.Tahun} disetujui.", [.. Triwulan(b)])
            : Tidak($"Laporan capaian kinerja disetujui pada {Angka(TriwulanDisetujui(b))} dari 4 triwulan.", [.. Triwulan(b)]),
        ["CLAP001.3"] = b => b.Penetapan.GetValueOrDefault("lkjip") is { Tanggal: { } t, PenandatanganId: not null }
            ? Ya($"LKjIP {b.Tahun} ditandatangani {Format.Tanggal(t)}.", Dokumen(b, "lkjip", "LKjIP"))
            : Tidak($"LKjIP {b.Tahun} belum bertanggal dan berpenanda tangan.", Dokumen(b, "lkjip", "LKjIP")),
        ["CLAP001.5"] = b => Tahunan(b) is not { } k ? null : Bagian([.. k.Indikator], i => b.Realisasi.GetValueOrDefault("tahunan:" + i.Kode)?.Status == Alur.AlurRules.Disetujui,
            "IKU yang realisasi tahunannya disetujui dan tampil di portal publik", new BuktiLke("Portal publik", $"/Publik?satker={b.Kode}&tahun={b.Tahun}")),
        ["CLAP001.6"] = b =>
        {
            var batas = BatasLkjip(b.Tahun);
            return b.Penetapan.GetValueOrDefault("lkjip")?.Tanggal is not { } t
                ? Tidak($"Tanggal LKjIP {b.Tahun} belum ada (batas {Format.Tanggal(batas)}).", Dokumen(b, "lkjip", "LKjIP"))
                : t <= batas
                    ? Ya($"LKjIP ditetapkan {Format.Tanggal(t)}, paling lambat {Format.Tanggal(batas)}.", Dokumen(b, "lkjip", "LKjIP"))
                    : Tidak($"LKjIP ditetapkan {Format.Tanggal(t)}, melewati {Format.Tanggal(batas)}.", Dokumen(b, "lkjip", "LKjIP"));
        },
        ["CLAP002.2"] = b => Tahunan(b) is not { } k ? null : Bagian([.. k.Indikator], i => i.Realisasi is not null,
            "IKU yang realisasinya dilaporkan", Kinerja(b, "tahunan", b.Tahun), Dokumen(b, "lkjip", "LKjIP")),
        ["CLAP002.3"] = b => Tahunan(b) is not { } k ? null : Bagian([.. k.Indikator], i => i.Capaian is not null,
            "IKU yang realisasinya dibandingkan dengan target tahunan", Kinerja(b, "tahunan", b.Tahun), Dokumen(b, "lkjip", "LKjIP")),
        ["CLAP002.4"] = b => b.Iku is null ? null : Bagian(b.Iku.SemuaIndikator.ToList(), x => b.Target.Any(t => t.KodeIndikator == x.Kode && (t.Renstra is not null || x.Polaritas == Polaritas.Kategorikal && t.Kategori is not null)),
            "IKU yang memiliki target jangka menengah (Renstra)", Target(b)),
        ["CLAP002.5"] = b => Tahunan(b) is not { } k || b.KinerjaLalu is not { } lalu ? null : Bagian([.. k.Indikator],
            i => i.Realisasi is not null && lalu.Indikator.Any(l => l.Kode == i.Kode && l.Realisasi is not null),
            $"IKU yang realisasinya dapat dibandingkan dengan {b.Tahun - 1}", Kinerja(b, "tahunan", b.Tahun), Kinerja(b, "tahunan", b.Tahun - 1)),
        ["DVAL003.1"] = b => LheLalu(b) is not { } lhe ? null
            : b.Rekomendasi.Count > 0
                ? Tingkat(b.Rekomendasi.Count(r => Evaluasi.RekomendasiStore.Status(r) == Evaluasi.RekomendasiStore.Selesai), b.Rekomendasi.Count,
                    $"rekomendasi LHE tahun {lhe.TahunDievaluasi} yang tindak lanjutnya selesai", [Rekomendasi(b, lhe)])
                : lhe.Rekomendasi is null ? null
                : lhe.TindakLanjut is not null
                    ? new SaranLke("A", $"Rekomendasi LHE tahun {lhe.TahunDievaluasi} telah dicatat tindak lanjutnya.", [Lhe(b, lhe)])
                    : new SaranLke("D", $"Rekomendasi LHE tahun {lhe.TahunDievaluasi} belum bertindak lanjut.", [Lhe(b, lhe)]),
        ["DVAL003.3"] = b => NilaiNaik(b, "Nilai AKIP"),
        ["DVAL003.5"] = b =>
        {
            if (LheLalu(b) is not { } a || LheSebelum(b, a) is not { } c)
            {
                return null;
            }
            var naik = new[] { (a.Perencanaan, c.Perencanaan), (a.Pengukuran, c.Pengukuran), (a.Pelaporan, c.Pelaporan), (a.EvaluasiInternal, c.EvaluasiInternal) }
                .Where(p => p.Item1 is not null && p.Item2 is not null).ToList();
            return naik.Count == 0 ? null : Tingkat(naik.Count(p => p.Item1 > p.Item2), naik.Count,
                $"komponen yang nilainya naik dari LHE {c.TahunDievaluasi} ke LHE {a.TahunDievaluasi}", [Lhe(b, c), Lhe(b, a)]);
        },
        ["DVAL004.1"] = b => Tercapai(b, "IKU yang targetnya tercapai"),
        ["DVAL004.2"] = b => Tahunan(b) is not { } k || b.KinerjaLalu is not { } lalu ? null : Bagian(
            [.. k.Indikator.Where(i => i.Capaian is not null && lalu.Indikator.Any(l => l.Kode == i.Kode && l.Capaian is not null))],
            i => i.Capaian >= lalu.Indikator.First(l => l.Kode == i.Kode).Capaian,
            $"IKU yang capaiannya sama atau lebih baik dari {b.Tahun - 1}", Kinerja(b, "tahunan", b.Tahun), Kinerja(b, "tahunan", b.Tahun - 1)),
        ["DVAL004.3"] = b => Tahunan(b) is not { } k ? null : Bagian([.. k.Indikator],
            i => i.Sumber is { Register: not "manual" } && b.Realisasi.GetValueOrDefault("tahunan:" + i.Kode)?.Status == Alur.AlurRules.Disetujui,
            "IKU yang realisasinya dihitung dari register dan disetujui", Kinerja(b, "tahunan", b.Tahun)),
    };

    /// <summary>PK and IKU are due by the end of January of their year (the calendar's default, decision 121).</summary>
    public static DateOnly BatasPk(int tahun) => new(tahun, 1, 31);

    /// <summary>The LKjIP of a year is due by the end of February of the next year.</summary>
    public static DateOnly BatasLkjip(int tahun) => new DateOnly(tahun + 1, 3, 1).AddDays(-1);

    private static KinerjaDto? Tahunan(BahanLke b) => b.Kinerja.GetValueOrDefault("tahunan");

    private static int DariRegister(KinerjaDto k) => k.Indikator.Count(i => i.Sumber is { Register: not "manual" });

    private static bool AdaTarget(BahanLke b, IndikatorDto x) =>
        b.Target.Any(t => t.KodeIndikator == x.Kode && (t.Tahunan is not null || t.Kategori is not null));

    private static int TriwulanDisetujui(BahanLke b) =>
        b.Iku is null ? 0 : EmpatTriwulan.Count(p =>
            b.Iku.SemuaIndikator.All(x => b.Realisasi.GetValueOrDefault(p + ":" + x.Kode)?.Status == Alur.AlurRules.Disetujui));

    private static SaranLke? Tercapai(BahanLke b, string apa) =>
        Tahunan(b) is not { } k || !k.Indikator.Any(i => i.Capaian is not null) ? null
            : Bagian([.. k.Indikator.Where(i => i.Capaian is not null)], i => i.Capaian >= 100, apa + $" pada {b.Tahun}", Kinerja(b, "tahunan", b.Tahun));

    /// <summary>The last LHE: the latest that evaluated the year before.</summary>
    public static Evaluasi.Lhe? LheLalu(BahanLke b) => LheLalu(b.Lhe, b.Tahun);

    /// <summary>Of a satker's LHE, the latest that evaluated the year before <paramref name="tahun"/>.</summary>
    public static Evaluasi.Lhe? LheLalu(IEnumerable<Evaluasi.Lhe> lhe, int tahun) => lhe.Where(l => l.TahunDievaluasi == tahun - 1).MaxBy(l => l.TanggalLhe);

    private static Evaluasi.Lhe? LheSebelum(BahanLke b, Evaluasi.Lhe lhe) => b.Lhe.Where(l => l.TahunDievaluasi < lhe.TahunDievaluasi).MaxBy(l => (l.TahunDievaluasi, l.TanggalLhe));

    private static SaranLke? NilaiNaik(BahanLke b, string apa)
    {
        if (LheLalu(b) is not { } a || LheSebelum(b, a) is not { } c)
        {
            return null;
        }
        var kata = $"{apa} {Format.Ringkas(c.Nilai)} (LHE {c.TahunDievaluasi}) menjadi {Format.Ringkas(a.Nilai)} (LHE {a.TahunDievaluasi})";
        return new SaranLke(a.Nilai > c.Nilai ? "A" : a.Nilai == c.Nilai ? "B" : "C", kata + ".", [Lhe(b, c), Lhe(b, a)]);
    }

    /// <summary>The share of <paramref name="items"/> meeting the condition as a grade; nothing when there is nothing to count.</summary>
    private static SaranLke? Bagian<T>(List<T> items, Func<T, bool> memenuhi, string apa, params BuktiLke[] bukti) =>
        Tingkat(items.Count(memenuhi), items.Count, apa, bukti);

    private static SaranLke? Tingkat(int memenuhi, int jumlah, string apa, IReadOnlyList<BuktiLke> bukti)
    {
        if (jumlah == 0)
        {
            return null;
        }
        var jawaban = memenuhi == jumlah ? "A" : memenuhi * 3 >= jumlah * 2 ? "B" : memenuhi * 3 >= jumlah ? "C" : "D";
        return new SaranLke(jawaban, $"{Kapital(apa)}: {Angka(memenuhi)} dari {Angka(jumlah)}.", bukti);
    }

    private static SaranLke Ya(string alasan, params BuktiLke[] bukti) => new("Y", alasan, bukti);

    private static SaranLke Tidak(string alasan, params BuktiLke[] bukti) => new("T", alasan, bukti);

    private static string Angka(long n) => Format.Bilangan(n);

    private static string Kapital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static BuktiLke Iku(BahanLke b) => new($"IKU {b.Tahun}", $"/Iku?satker={b.Kode}&tahun={b.Tahun}");

    private static BuktiLke Target(BahanLke b) => new($"Target IKU {b.Tahun}", $"/Kinerja/Target?satker={b.Kode}&tahun={b.Tahun}");

    private static BuktiLke Renstra(BahanLke b) => new("Renstra satker", $"/Profil?satker={b.Kode}");

    private static BuktiLke Anggaran(BahanLke b) => new($"Anggaran {b.Tahun}", $"/Lkjip/Anggaran?satker={b.Kode}&tahun={b.Tahun}");

    private static BuktiLke Dokumen(BahanLke b, string jenis, string nama) => new($"{nama} {b.Tahun}", $"/api/v1/satker/{b.Kode}/dokumen/{jenis}/{b.Tahun}.pdf");

    private static BuktiLke Kinerja(BahanLke b, string periode, int tahun) =>
        new($"Capaian kinerja {(periode == "tahunan" ? "tahunan" : periode)} {tahun}", $"/Kinerja?satker={b.Kode}&tahun={tahun}&periode={periode}");

    private static IEnumerable<BuktiLke> Triwulan(BahanLke b) =>
        EmpatTriwulan.Select(p => Kinerja(b, p, b.Tahun));

    private static BuktiLke Rekomendasi(BahanLke b, Evaluasi.Lhe lhe) =>
        new($"Matriks tindak lanjut rekomendasi LHE tahun {lhe.TahunDievaluasi}", $"/Evaluasi/Rekomendasi?satker={Uri.EscapeDataString(b.Kode)}&lhe={lhe.Id}");

    private static BuktiLke Lhe(BahanLke b, Evaluasi.Lhe lhe) =>
        new($"LHE SAKIP tahun {lhe.TahunDievaluasi} ({Format.Tanggal(lhe.TanggalLhe)})", $"/Evaluasi?satker={b.Kode}&id={lhe.Id}#formulir");
}
