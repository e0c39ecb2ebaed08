using Microsoft.AspNetCore.Http.HttpResults;
using Tolok.Infrastructure;

namespace Tolok.Tugas;

public static class TugasApi
{
    public static RouteGroupBuilder MapTugasApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tugas", async Task<Ok<TugasDto>> (int? tahun, string? satker, TolokDb db, TimeProvider time, CancellationToken ct) =>
            {
                var hariIni = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.Add(Format.OffsetWita));
                return TypedResults.Ok(await TugasQuery.GetAsync(db, db.Pelaku, tahun ?? hariIni.Year, hariIni, satker ?? DatabaseStartup.SeedSatker, ct));
            })
            .WithTags("Alur").WithName("TugasSaya")
            .WithSummary("Tugas pengguna yang masuk: item menunggu verifikasi/persetujuannya, item yang dikembalikan kepadanya, register PIC-nya yang kosong, tenggat berikutnya")
            .RequireAuthorization();
        return api;
    }
}
