using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Satker;

public static class SatkerApi
{
    public static RouteGroupBuilder MapSatkerApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker").WithTags("Satker");
        group.MapGet("/", async (TolokDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.Satker.AsNoTracking().Include(s => s.Induk).OrderBy(s => s.Kode)
                    .Select(s => new SatkerDto(s.Kode, s.Nama, s.Induk == null ? null : s.Induk.Kode)).ToListAsync(ct)))
            .WithName("DaftarSatker")
            .WithSummary("Daftar satuan kerja (KPU RI, provinsi, kabupaten/kota)")
            .AllowAnonymous();
        return api;
    }
}