using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Alur;

public sealed record AksiAlur(string? Catatan);

public sealed record AntrianDto(string Jenis, string Kunci, string Status, string? DiajukanOleh, DateTime DiubahPada, string Halaman)
{
    /// <summary>The item's title as people name it ("Laporan RB Semester I 2024").</summary>
    public string Judul { get; init; } = "";
}

public static class AlurApi
{
    public const string TagPortal = "portal";

    public static RouteGroupBuilder MapAlurApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/alur").WithTags("Alur persetujuan");
        group.MapGet("/", async Task<Results<Ok<List<AntrianDto>>, ProblemHttpResult>> (string kode, string? status, TolokDb db, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok(await AntrianAsync(db, id, kode, status, ct))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker {kode} tidak ditemukan."))
            .WithName("DaftarAlur").WithSummary("Item yang sedang dalam alur (?status=diajukan|diverifikasi|disetujui|dikembalikan)").RequireAuthorization();
        group.MapGet("/{jenis}/{kunci}", async Task<Results<Ok<AlurDto>, ProblemHttpResult>> (string kode, string jenis, string kunci, TolokDb db, CancellationToken ct) =>
                await ItemAsync(db, kode, jenis, kunci, ct) is { } satkerId
                    ? TypedResults.Ok(await AlurStore.GetAsync(db, satkerId, jenis, kunci, ct))
                    : NotFound(kode, jenis, kunci))
            .WithName("StatusAlur").WithSummary("Status dan riwayat alur sebuah item").RequireAuthorization();
        group.MapPost("/{jenis}/{kunci}/{aksi}", async Task<Results<Ok<AlurDto>, ValidationProblem, ProblemHttpResult>> (
                string kode, string jenis, string kunci, string aksi, AksiAlur? body, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, IOutputCacheStore cache, CancellationToken ct) =>
            {
                if (await ItemAsync(db, kode, jenis, kunci, ct) is not { } satkerId)
                {
                    return NotFound(kode, jenis, kunci);
                }
                var (alur, galat) = await TerapkanAsync(db, satkerId, kode, jenis, kunci, aksi, body?.Catatan, time, cache, ct,
                    string.IsNullOrWhiteSpace(ifMatch) ? null : Aturan.Versi.DariIfMatch(ifMatch));
                return galat is not null
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["aksi"] = [galat] }, title: "Aksi alur ditolak")
                    : TypedResults.Ok(alur!);
            })
            .WithName("AksiAlur").WithSummary("ajukan | verifikasi | setujui | kembalikan (catatan wajib) | buka (alasan wajib)").RequireAuthorization();
        return api;
    }

    private static ProblemHttpResult NotFound(string kode, string jenis, string kunci) =>
        TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Item {jenis} \"{kunci}\" satker {kode} tidak ditemukan.");

    /// <summary>Applies an action (<see cref="AlurStore.TerapkanAsync"/>); approval keeps the figures and refreshes the public portal.</summary>
    public static async Task<(AlurDto? Alur, string? Galat)> TerapkanAsync(
        TolokDb db, int satkerId, string kode, string jenis, string kunci, string aksi, string? catatan, TimeProvider time, IOutputCacheStore cache, CancellationToken ct, int? versi = null)
    {
        Func<Task<string?>>? cuplikan = jenis == "realisasi" ? () => CuplikanAsync(db, kode, kunci, ct) : null;
        var result = await AlurStore.TerapkanAsync(db, satkerId, jenis, kunci, aksi, catatan, cuplikan, time, ct, versi);
        if (result.Galat is null && aksi is "setujui" or "buka")
        {
            await SiaranPortal.SegarkanAsync(db, cache, TagPortal, ct);
        }
        return result;
    }

    /// <summary>The satker's id when the item exists and belongs to it; null otherwise.</summary>
    public static async Task<int?> ItemAsync(TolokDb db, string kode, string jenis, string kunci, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is not { } s || !AlurRules.Jenis.Contains(jenis))
        {
            return null;
        }
        var id = int.TryParse(kunci, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var exists = jenis switch
        {
            "laporan-rb" => await db.LaporanRb.AnyAsync(x => x.Id == id && x.SatkerId == s, ct),
            "laporan-keuangan" => await db.LaporanKeuangan.AnyAsync(x => x.Id == id && x.SatkerId == s, ct),
            "lhe" => await db.Lhe.AnyAsync(x => x.Id == id && x.SatkerId == s, ct),
            "layanan-pelaksanaan" => await db.PelaksanaanLayanan.AnyAsync(x => x.Id == id && db.LayananInformasi.Any(l => l.Id == x.LayananInformasiId && l.SatkerId == s), ct),
            "sengketa" => await db.Perkara.AnyAsync(x => x.Id == id && x.SatkerId == s, ct),
            "tahapan" => await db.Tahapan.AnyAsync(x => x.Id == id, ct),
            "anggaran" => await db.AnggaranKegiatan.AnyAsync(x => x.Id == id && x.SatkerId == s, ct),
            "realisasi" => await RealisasiAdaAsync(db, kode, kunci, ct),
            // A year's key is written one way only ("2025", never "02025"): another spelling would be another item,
            // approved while the year's rows stay open.
            "target" => Tahun(kunci) is { } tahun && await db.IkuSet.AnyAsync(x => x.SatkerId == s && x.Tahun == tahun, ct),
            "lke" => Tahun(kunci) is { } tahunLke && await db.PenilaianLke.AnyAsync(x => x.SatkerId == s && x.Tahun == tahunLke, ct),
            "partisipasi" => kunci.Split(':') is [var slug, var surat] && await db.SuratSuara.AnyAsync(b => b.Kode == surat && db.Pemilihan.Any(p => p.Id == b.PemilihanId && p.Slug == slug), ct),
            _ => false,
        };
        return exists ? s : null;
    }

    private static int? Tahun(string kunci) =>
        int.TryParse(kunci, NumberStyles.None, CultureInfo.InvariantCulture, out var tahun) && tahun.ToString(CultureInfo.InvariantCulture) == kunci ? tahun : null;

    /// <summary>"2024:tahunan:3.1": an IKU of the satker's set for that year and a known period.</summary>
    private static async Task<bool> RealisasiAdaAsync(TolokDb db, string kode, string kunci, CancellationToken ct) =>
        kunci.Split(':') is [var y, var periode, var iku]
        && Tahun(y) is { } tahun
        && Periode.Valid(periode)
        && await Iku.IkuStore.LoadAsync(db, kode, tahun, null, ct) is { } set
        && set.SemuaIndikator.Any(i => i.Kode == iku);

    private static async Task<string?> CuplikanAsync(TolokDb db, string kode, string kunci, CancellationToken ct)
    {
        var parts = kunci.Split(':');
        var kinerja = await KinerjaQuery.GetAsync(db, kode, int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], ct);
        var x = kinerja?.Indikator.FirstOrDefault(i => i.Kode == parts[2]);
        return x is null ? null : JsonSerializer.Serialize(x, Services.JsonOptions);
    }

    public static string Kunci(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Halaman(string kode, string jenis, string kunci) =>
        $"/Alur?satker={Uri.EscapeDataString(kode)}&jenis={Uri.EscapeDataString(jenis)}&kunci={Uri.EscapeDataString(kunci)}";

    public static async Task<List<AntrianDto>> AntrianAsync(TolokDb db, int satkerId, string kode, string? status, CancellationToken ct)
    {
        var query = db.AlurData.AsNoTracking().Where(a => a.SatkerId == satkerId);
        if (!string.IsNullOrWhiteSpace(status))
        {
            query = query.Where(a => a.Status == status);
        }
        var rows = await query.OrderByDescending(a => a.DiubahPada).Take(500).ToListAsync(ct);
        var judul = await JudulItem.JudulAsync(db, satkerId, [.. rows.Select(a => (a.Jenis, a.Kunci))], ct);
        return [.. rows.Select(a => new AntrianDto(a.Jenis, a.Kunci, a.Status, a.DiajukanOleh, a.DiubahPada, Halaman(kode, a.Jenis, a.Kunci)) { Judul = judul[(a.Jenis, a.Kunci)] })];
    }
}
