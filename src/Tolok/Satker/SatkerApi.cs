using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Satker;

public static class SatkerApi
{
    public static RouteGroupBuilder MapSatkerApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker").WithTags("Satker");
        group.MapGet("/", async (TolokDb db, CancellationToken ct) => TypedResults.Ok((await DaftarSatker.AmbilAsync(db, ct)).Dto))
            .WithName("DaftarSatker")
            .WithSummary("Daftar satuan kerja (KPU RI, provinsi, kabupaten/kota)")
            .AllowAnonymous();
        group.MapGet("/cari", async (string? q, TolokDb db, CancellationToken ct) =>
                TypedResults.Ok(await PilihSatker.CariAsync(db, q, 10, ct)))
            .WithName("CariSatker")
            .WithSummary("Mencari satker menurut kode atau bagian namanya (mis. q=jemb), paling banyak 10; untuk pemilih satker")
            .AllowAnonymous();
        return api;
    }
}
/// <summary>The satker chooser: search by code or part of the name, without loading every satker into a page.</summary>
public static class PilihSatker
{
    public static async Task<List<SatkerDto>> CariAsync(TolokDb db, string? q, int batas, CancellationToken ct)
    {
        q = (q ?? "").Trim();
        if (q.Length == 0 || q.Length > 100)
        {
            return [];
        }
        // LIKE on the lower-cased name (both databases); the pattern's own wildcards are not the user's to use.
        var pola = "%" + new string([.. q.ToLowerInvariant().Where(c => c is not ('%' or '_' or '\\'))]) + "%";
        // Code prefix first ("51" → Bali and its regencies), then names containing the text, both by code.
        var rows = await db.Satker.AsNoTracking().Include(s => s.Induk)
            .Where(s => s.Kode.StartsWith(q) || EF.Functions.Like(s.Nama.ToLower(), pola))
            .OrderBy(s => s.Kode).Take(200)
            .Select(s => new SatkerDto(s.Kode, s.Nama, s.Induk == null ? null : s.Induk.Kode)).ToListAsync(ct);
        return [.. rows.OrderByDescending(s => s.Kode.Equals(q, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(s => s.Kode.StartsWith(q, StringComparison.OrdinalIgnoreCase)).ThenBy(s => s.Kode, StringComparer.Ordinal).Take(batas)];
    }
}
