using Microsoft.AspNetCore.Authorization;
using Tolok.Infrastructure;

namespace Tolok.Aturan;

/// <summary>
/// Who reads what, and which years exist, for every API route at once (decision 87): a year (route or query
/// <c>tahun</c>) outside 2000–2100 is a 400; a signed-in user reads only the satkers (route <c>kode</c>) and regions
/// (route <c>kodeWilayah</c>) of their scope (<see cref="Lingkup.TerbacaAsync"/>), else 403. Routes open to
/// visitors (the signed IKU, the public portal) serve public data to everyone and are not narrowed; internal routes
/// have refused visitors before this runs.
/// </summary>
public sealed class FilterBaca : IEndpointFilter
{
    public const int TahunAwal = 2000;
    public const int TahunAkhir = 2100;

    public static string? GalatTahun(HttpContext http)
    {
        var text = http.GetRouteValue("tahun")?.ToString() ?? (http.Request.Query.TryGetValue("tahun", out var q) ? q.ToString() : null);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var tahun) && tahun is >= TahunAwal and <= TahunAkhir
            ? null
            : $"Tahun \"{Format.Potong(text, 20)}\" tidak valid: isi tahun {TahunAwal}–{TahunAkhir}.";
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (GalatTahun(http) is { } galat)
        {
            return TypedResults.Problem(title: "Tahun tidak valid", detail: galat, statusCode: StatusCodes.Status400BadRequest);
        }
        var publik = http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (!publik && http.User.Identity?.IsAuthenticated == true)
        {
            var db = http.RequestServices.GetRequiredService<TolokDb>();
            var pelaku = Pelaku.Dari(http.User);
            if (http.GetRouteValue("kode")?.ToString() is { } kode && !await Lingkup.BolehBacaAsync(db, pelaku, kode, http.RequestAborted))
            {
                return TypedResults.Problem(title: "Di luar lingkup Anda", detail: Lingkup.PesanTidakTerbaca(kode), statusCode: StatusCodes.Status403Forbidden);
            }
            if (http.GetRouteValue("kodeWilayah")?.ToString() is { } wilayah && !await Lingkup.BolehBacaWilayahAsync(db, pelaku, wilayah, http.RequestAborted))
            {
                return TypedResults.Problem(title: "Di luar lingkup Anda", detail: $"Wilayah {Format.Potong(wilayah, 40)} di luar wilayah satker yang ditugaskan kepada Anda.", statusCode: StatusCodes.Status403Forbidden);
            }
        }
        return await next(context);
    }
}
