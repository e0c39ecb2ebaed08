using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Tolok.Infrastructure;

/// <summary>
/// The output cache of a signed-in user's page of one satker's figures (the dashboard, issue 17 point 6; decision 116):
/// a page is kept per user and browser and served again while nothing it shows can have changed. Its key holds
/// <list type="bullet">
/// <item>the address and the query values the page reads (satker, year, period; other keys are ignored);</item>
/// <item>the user and the accounts' stamp (<see cref="StempelData.Akun"/>: roles, scope, PIC assignments, sign-out
///   everywhere), so that a user whose rights change never gets a page made under the old ones — the read-scope check
///   of the page ran when the page was made;</item>
/// <item>the global and the satker's stamps (<see cref="Kinerja.KinerjaQuery.StempelAsync"/>), replaced by every write
///   to what the page shows;</item>
/// <item>the browser's anti-forgery cookie, to which the page's sign-out form token belongs.</item>
/// </list>
/// Not kept: anything but a 200 answer, an answer that sets a cookie, a request carrying a one-time message (TempData),
/// a request without the anti-forgery cookie (its answer sets it), and everything when the data cache is off.
/// </summary>
public sealed class CacheHalamanSatker : IOutputCachePolicy
{
    public const string Nama = "halaman-satker";

    private const string CookieTempData = ".AspNetCore.Mvc.CookieTempDataProvider";

    /// <summary>The anti-forgery cookie's name (<see cref="WebApp"/> sets it).</summary>
    public const string CookieAntiPemalsuan = "tolok.af";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || http.User.Identity?.IsAuthenticated != true
            || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } pengguna
            || request.Cookies.ContainsKey(CookieTempData)
            || !request.Cookies.TryGetValue(CookieAntiPemalsuan, out var antiPemalsuan))
        {
            return;
        }
        var db = http.RequestServices.GetRequiredService<TolokDb>();
        if (!db.Tembolok.Aktif)
        {
            return;
        }
        var satker = request.Query["satker"].FirstOrDefault() ?? DatabaseStartup.SeedSatker;
        var stempel = await StempelData.SemuaAsync(db, cancellation);
        var data = await Kinerja.KinerjaQuery.StempelAsync(db, satker, cancellation) ?? stempel.GetValueOrDefault(StempelData.Global) ?? "0";
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        // Only the values the page reads: other query keys would make copies of the same page (memory).
        context.CacheVaryByRules.QueryKeys = new StringValues(["satker", "tahun", "periode"]);
        context.CacheVaryByRules.VaryByValues["pengguna"] = pengguna;
        context.CacheVaryByRules.VaryByValues["akun"] = stempel.GetValueOrDefault(StempelData.Akun) ?? "0";
        context.CacheVaryByRules.VaryByValues["data"] = data;
        context.CacheVaryByRules.VaryByValues["af"] = antiPemalsuan;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
