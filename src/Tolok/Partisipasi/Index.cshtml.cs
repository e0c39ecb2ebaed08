using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>Participation of a region for one election ballot, with drill-down, charts and downloads.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class IndexModel(TolokDb db) : PageModel, Aturan.IHalamanWilayah
{
    [FromQuery(Name = "pemilihan")] public string Pemilihan { get; set; } = "pemilu-2024";
    [FromQuery(Name = "surat")] public string? Surat { get; set; }
    [FromQuery(Name = "kode")] public string? Kode { get; set; }
    [FromQuery(Name = "satker")] public string? Satker { get; set; }
    [FromQuery(Name = "penyebut")] public string Penyebut { get; set; } = PartisipasiMath.PenyebutDpt;
    [FromQuery(Name = "hanyaValid")] public bool HanyaValid { get; set; }

    public string WilayahDibaca => Kode ?? Satker ?? DatabaseStartup.SeedSatker;

    public List<Pemilihan.Pemilihan> DaftarPemilihan { get; private set; } = [];
    public Pemilihan.Pemilihan? Terpilih { get; private set; }
    public Pemilihan.SuratSuara? SuratTerpilih { get; private set; }
    public PartisipasiDto? Data { get; private set; }
    public List<(string Kode, string Nama)> Jejak { get; private set; } = [];
    public string? Pesan { get; private set; }
    /// <summary>For a TPS: its reported values (as on the C.Hasil form) and the rules it breaks.</summary>
    public EntriTps? Tps { get; private set; }
    public List<AnomaliDto> PelanggaranTps { get; private set; } = [];
    /// <summary>The satker whose area this region is, if any, and the approval state of its data for this ballot.</summary>
    public string? SatkerWilayah { get; private set; }
    public string? StatusPersetujuan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        DaftarPemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).OrderBy(p => p.Tanggal).ToListAsync(ct);
        Terpilih = DaftarPemilihan.FirstOrDefault(p => p.Slug == Pemilihan) ?? DaftarPemilihan.FirstOrDefault();
        if (Terpilih is null)
        {
            Pesan = "Belum ada pemilihan.";
            return Page();
        }
        Pemilihan = Terpilih.Slug;
        SuratTerpilih = Terpilih.SuratSuara.OrderBy(s => s.Urutan).FirstOrDefault(s => Surat is null || s.Kode.Equals(Surat, StringComparison.OrdinalIgnoreCase))
            ?? Terpilih.SuratSuara.OrderBy(s => s.Urutan).First();
        Surat = SuratTerpilih.Kode;
        // The region: ?kode=, else the chosen satker's area, else Jembrana.
        var text = Kode ?? (Satker is not null ? Satker : DatabaseStartup.SeedSatker);
        if (!KodeWilayah.TryParse(text, out var kode) || !(kode == 0 || WilayahTree.Nasional.IsKnown(kode)))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Pesan = $"Kode wilayah \"{text}\" tidak dikenal.";
            return Page();
        }
        Penyebut = Penyebut == PartisipasiMath.PenyebutSemua ? Penyebut : PartisipasiMath.PenyebutDpt;
        Data = await PartisipasiQuery.GetAsync(db, Terpilih, SuratTerpilih, kode, Penyebut, HanyaValid, ct);
        if (KodeWilayah.TingkatOf(kode) == Tingkat.Tps)
        {
            var block = await db.BlokTps.AsNoTracking().FirstOrDefaultAsync(b => b.SuratSuaraId == SuratTerpilih.Id && b.Kode == KodeWilayah.Induk(kode), ct);
            Tps = block?.Entri().FirstOrDefault(e => e.Kode == kode);
            PelanggaranTps = await PartisipasiQuery.AnomaliAsync(db, SuratTerpilih.Id, kode, 1, ct);
        }
        // When the region is a satker's area (RI, a province, a regency), its data can be submitted for approval.
        var satkerKode = kode == 0 ? "RI" : KodeWilayah.Format(kode);
        if (await db.Satker.Where(s => s.Kode == satkerKode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } satkerId)
        {
            SatkerWilayah = satkerKode;
            StatusPersetujuan = await db.AlurData.AsNoTracking()
                .Where(a => a.SatkerId == satkerId && a.Jenis == "partisipasi" && a.Kunci == $"{Terpilih.Slug}:{SuratTerpilih.Kode}")
                .Select(a => a.Status).FirstOrDefaultAsync(ct);
        }
        for (var a = kode; ; a = KodeWilayah.Induk(a))
        {
            Jejak.Insert(0, (KodeWilayah.Format(a), PartisipasiQuery.Nama(a)));
            if (a == 0)
            {
                break;
            }
        }
        return Page();
    }

    public string Tautan(string? kode = null, string? pemilihan = null, string? surat = null) =>
        $"/Partisipasi?pemilihan={Uri.EscapeDataString(pemilihan ?? Pemilihan)}&surat={Uri.EscapeDataString(surat ?? Surat ?? "")}&kode={Uri.EscapeDataString(kode ?? Data?.Kode ?? "")}"
        + (Penyebut == PartisipasiMath.PenyebutSemua ? "&penyebut=dpt-dptb-dpk" : "") + (HanyaValid ? "&hanyaValid=true" : "");

    public static string Persen(decimal? value) => Format.Persen(value);

    public static string Angka(long? value) => value is { } v ? Format.Bilangan(v) : "—";
}
