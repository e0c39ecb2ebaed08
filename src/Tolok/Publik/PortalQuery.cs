using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Partisipasi;
using Tolok.Wilayah;

namespace Tolok.Publik;

/// <summary>One IKU on the public portal: the approved figures, or none while not approved.</summary>
public sealed record IkuPublikDto(string Kode, string Uraian, string? Satuan, int NomorSasaran, bool Disetujui, object? Target, object? Realisasi, decimal? Capaian, string? Kategori, string? Warna);

public sealed record KinerjaPublikDto(string Satker, string Nama, int Tahun, IReadOnlyList<IkuPublikDto> Indikator);

/// <summary>
/// What the public may see: only approved data. An IKU's annual realisation appears once approved, with the
/// figures as approved; participation of a region appears once the satker whose area holds it approved that
/// ballot's data ("partisipasi", "pemilu-2024:PPWP").
/// </summary>
public static class PortalQuery
{
    public static async Task<KinerjaPublikDto?> KinerjaAsync(TolokDb db, string kode, int tahun, CancellationToken ct)
    {
        var iku = await Iku.IkuStore.LoadAsync(db, kode, tahun, null, ct);
        if (iku is null)
        {
            return null;
        }
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => s.Id).FirstAsync(ct);
        var approved = await db.AlurData.AsNoTracking()
            .Where(a => a.SatkerId == satkerId && a.Jenis == "realisasi" && a.Status == Alur.AlurRules.Disetujui && a.Kunci.StartsWith($"{tahun}:tahunan:"))
            .ToDictionaryAsync(a => a.Kunci.Substring(a.Kunci.LastIndexOf(':') + 1), a => a.Cuplikan, ct);
        var list = new List<IkuPublikDto>();
        foreach (var s in iku.Sasaran)
        {
            foreach (var x in s.Indikator)
            {
                if (approved.TryGetValue(x.Kode, out var json) && json is not null)
                {
                    var k = JsonSerializer.Deserialize<JsonElement>(json);
                    list.Add(new IkuPublikDto(x.Kode, x.Uraian, x.Satuan, s.Nomor, true, Value(k, "target"), Value(k, "realisasi"),
                        k.TryGetProperty("capaian", out var c) && c.ValueKind == JsonValueKind.Number ? Normal(c.GetDecimal()) : null,
                        k.TryGetProperty("kategori", out var g) && g.ValueKind == JsonValueKind.Object ? g.GetProperty("label").GetString() : null,
                        k.TryGetProperty("kategori", out g) && g.ValueKind == JsonValueKind.Object ? g.GetProperty("warna").GetString() : null));
                }
                else
                {
                    list.Add(new IkuPublikDto(x.Kode, x.Uraian, x.Satuan, s.Nomor, false, null, null, null, null, null));
                }
            }
        }
        return new KinerjaPublikDto(kode, iku.Satker.Nama, tahun, list);
    }

    /// <summary>100.0000 (a stored decimal's scale) → 100.</summary>
    private static decimal Normal(decimal d) => d / 1.0000000000000000000000000000m;

    private static object? Value(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.Number => Normal(v.GetDecimal()),
        JsonValueKind.String => v.GetString(),
        _ => null,
    } : null;

    /// <summary>Whether the participation data of a region for a ballot are approved by a satker whose area holds the region.</summary>
    public static async Task<bool> PartisipasiDisetujuiAsync(TolokDb db, long kode, string pemilihan, string surat, CancellationToken ct)
    {
        var candidates = new List<string> { "RI" };
        for (var a = kode; a != 0; a = KodeWilayah.Induk(a))
        {
            candidates.Add(KodeWilayah.Format(a));
        }
        var kunci = $"{pemilihan}:{surat}";
        return await db.AlurData.AsNoTracking().AnyAsync(a => a.Jenis == "partisipasi" && a.Kunci == kunci && a.Status == Alur.AlurRules.Disetujui
            && db.Satker.Any(s => s.Id == a.SatkerId && candidates.Contains(s.Kode)), ct);
    }

    /// <summary>The open-data CSV of a year's performance (<see cref="CsvTulis"/>: escaped, formula-safe).</summary>
    public static Task<byte[]> CsvAsync(KinerjaPublikDto k) =>
        CsvTulis.BytesAsync(["satker", "tahun", "kode", "uraian", "satuan", "disetujui", "target", "realisasi", "capaian", "kategori"],
            k.Indikator.Select(x => (IReadOnlyList<CsvSel>)[k.Satker, CsvSel.Dari(k.Tahun), x.Kode, x.Uraian, x.Satuan, CsvSel.Dari(x.Disetujui),
                Sel(x.Target), Sel(x.Realisasi), CsvSel.Dari(x.Capaian), x.Kategori]));

    /// <summary>The open-data CSV of a region's participation and its children.</summary>
    public static Task<byte[]> CsvAsync(PartisipasiDto d) =>
        CsvTulis.BytesAsync(["kode", "nama", "tingkat", "partisipasi", "perempuan", "laki_laki", "disabilitas", "tps_diketahui", "tps_berdata", "tps_valid"],
            new[] { new AnakDto(d.Kode, d.Nama, d.Tingkat, d.Partisipasi, d.Tps) }.Concat(d.Anak).Select(a => (IReadOnlyList<CsvSel>)[a.Kode, a.Nama, a.Tingkat,
                CsvSel.Dari(a.Partisipasi.Total), CsvSel.Dari(a.Partisipasi.Perempuan), CsvSel.Dari(a.Partisipasi.LakiLaki), CsvSel.Dari(a.Partisipasi.Disabilitas),
                CsvSel.Dari(a.Tps.Diketahui), CsvSel.Dari(a.Tps.AdaData), CsvSel.Dari(a.Tps.Valid)]));

    /// <summary>A target or realisation: a number, or a label (categorical IKU).</summary>
    private static CsvSel Sel(object? v) => v switch
    {
        decimal d => CsvSel.Dari(d),
        long l => CsvSel.Dari(l),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    };
}

/// <summary>Open data: approved figures as JSON or CSV (schema in docs/data-terbuka.md), cached like the portal.</summary>
public static class PortalApi
{
    public static RouteGroupBuilder MapPortalApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/publik").WithTags("Data terbuka").AllowAnonymous().CacheOutput(Alur.AlurApi.TagPortal);
        group.MapGet("/satker/{kode}/kinerja/{tahun:int}.{format}", async Task<Results<Ok<KinerjaPublikDto>, FileContentHttpResult, ProblemHttpResult>> (string kode, int tahun, string format, TolokDb db, CancellationToken ct) =>
            {
                if (format is not ("json" or "csv"))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Format \"{format}\" tidak tersedia; pilih json atau csv.");
                }
                var k = await PortalQuery.KinerjaAsync(db, kode, tahun, ct);
                if (k is null)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker {kode} tidak memiliki IKU tahun {tahun}.");
                }
                return format == "json" ? TypedResults.Ok(k) : TypedResults.File(await PortalQuery.CsvAsync(k), "text/csv; charset=utf-8");
            })
            .WithName("DataTerbukaKinerja").WithSummary("Kinerja yang sudah disetujui (realisasi dan capaian hanya untuk IKU yang disetujui)");
        group.MapGet("/pemilihan/{id}/partisipasi/{kodeWilayah}.{format}", async Task<Results<Ok<PartisipasiDto>, FileContentHttpResult, ProblemHttpResult>> (
                string id, string kodeWilayah, string format, string? suratSuara, TolokDb db, CancellationToken ct) =>
            {
                if (format is not ("json" or "csv"))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Format \"{format}\" tidak tersedia; pilih json atau csv.");
                }
                var (pemilihan, surat, kode, problem) = await PartisipasiApi.ResolveAsync(db, id, suratSuara, kodeWilayah, ct);
                if (problem is not null)
                {
                    return problem;
                }
                if (!await PortalQuery.PartisipasiDisetujuiAsync(db, kode, pemilihan!.Slug, surat!.Kode, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Belum disetujui", detail: $"Data partisipasi {pemilihan.Nama} ({surat.Kode}) untuk wilayah ini belum disetujui untuk dipublikasikan.");
                }
                var d = await PartisipasiQuery.GetAsync(db, pemilihan, surat, kode, PartisipasiMath.PenyebutDpt, false, ct);
                return format == "json" ? TypedResults.Ok(d) : TypedResults.File(await PortalQuery.CsvAsync(d), "text/csv; charset=utf-8");
            })
            .WithName("DataTerbukaPartisipasi").WithSummary("Partisipasi wilayah dan anak-anaknya, bila datanya sudah disetujui");
        return api;
    }
}
