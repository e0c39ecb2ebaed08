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
        if (!token.StartsWith(TokenStore.Awal, StringComparison.Ordinal) || token.Length > 200)
        {
            return AuthenticateResult.Fail("Token API tidak dikenal, sudah dicabut, atau kedaluwarsa.");
        }
        // The token and its account in one query; the account's claims (name, roles) are kept in the app server's cache
        // under the account's concurrency and security stamps, which Identity replaces on every change of the account
        // (roles added or removed, password, lock): a changed account is read afresh on its next request.
        var hash = TokenStore.HashDari(token);
        var found = await db.TokenApi.AsNoTracking().Where(t => t.Hash == hash)
            .Join(db.Users, t => t.NamaPengguna, u => u.UserName, (t, u) => new { Token = t, u.ConcurrencyStamp, u.SecurityStamp, u.LockoutEnd })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.Berlaku(now))
        {
            return AuthenticateResult.Fail(found is null && await db.TokenApi.AnyAsync(t => t.Hash == hash, Context.RequestAborted)
                ? "Akun pemilik token tidak ada atau dinonaktifkan."
                : "Token API tidak dikenal, sudah dicabut, atau kedaluwarsa.");
        }
        var row = found.Token;
        // An account an Admin disabled (locked for more than a year) loses its tokens; the 15-minute lock of failed
        // sign-ins does not, or anyone could switch a script off by typing wrong passwords for its user.
        if (found.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1))
        {
            return AuthenticateResult.Fail("Akun pemilik token tidak ada atau dinonaktifkan.");
        }
        if (row.TerakhirDipakai is null || now - row.TerakhirDipakai > TimeSpan.FromMinutes(1))
        {
            await db.TokenApi.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.TerakhirDipakai, now), Context.RequestAborted);
        }
        var klaim = await db.Tembolok.AmbilAsync("akun|" + row.NamaPengguna, $"{found.ConcurrencyStamp}|{found.SecurityStamp}", async () =>
            await users.FindByNameAsync(row.NamaPengguna) is { } akun ? new KlaimAkun(await principals.CreateAsync(akun)) : null);
        if (klaim is null)
        {
            return AuthenticateResult.Fail("Akun pemilik token tidak ada atau dinonaktifkan.");
        }
        var identity = new ClaimsIdentity(klaim.Claims, Skema, klaim.NameClaimType, klaim.RoleClaimType);
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

/// <summary>An account's claims as the principal factory made them, kept between requests (copied into each request's identity).</summary>
internal sealed class KlaimAkun(ClaimsPrincipal principal)
{
    public IReadOnlyList<Claim> Claims { get; } = [.. principal.Claims];
    public string NameClaimType { get; } = principal.Identities.First().NameClaimType;
    public string RoleClaimType { get; } = principal.Identities.First().RoleClaimType;
}
