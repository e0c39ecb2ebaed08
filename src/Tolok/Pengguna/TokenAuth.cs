using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>
/// <c>Authorization: Bearer tolok_…</c>: the request acts as the token's user, with the user's roles (and so scope)
/// as they are now. A revoked or expired token, or one of a locked account, is refused (401). The last use is kept
/// (at most once a minute per token, without an audit entry: reading is not a change).
/// </summary>
public sealed class TokenAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TolokDb db, UserManager<AkunPengguna> users, IUserClaimsPrincipalFactory<AkunPengguna> principals, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Skema = "Bearer";

    /// <summary>The scheme that picks Bearer when the request carries a bearer token, the sign-in cookie otherwise.</summary>
    public const string SkemaPilih = "Tolok";

    public static bool AdaBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AdaBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }
        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var now = time.GetUtcNow().UtcDateTime;
        var row = await TokenStore.CariAsync(db, token, now, Context.RequestAborted);
        if (row is null)
        {
            return AuthenticateResult.Fail("Token API tidak dikenal, sudah dicabut, atau kedaluwarsa.");
        }
        var akun = await users.FindByNameAsync(row.NamaPengguna);
        // An account an Admin disabled (locked for more than a year) loses its tokens; the 15-minute lock of failed
        // sign-ins does not, or anyone could switch a script off by typing wrong passwords for its user.
        if (akun is null || akun.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1))
        {
            return AuthenticateResult.Fail("Akun pemilik token tidak ada atau dinonaktifkan.");
        }
        if (row.TerakhirDipakai is null || now - row.TerakhirDipakai > TimeSpan.FromMinutes(1))
        {
            await db.TokenApi.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.TerakhirDipakai, now), Context.RequestAborted);
        }
        var principal = await principals.CreateAsync(akun);
        var identity = new ClaimsIdentity(principal.Claims, Skema, principal.Identities.First().NameClaimType, principal.Identities.First().RoleClaimType);
        identity.AddClaim(new Claim("tolok:token", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Skema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
