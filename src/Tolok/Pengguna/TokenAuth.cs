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
        // The token, its account's lock and claims (name, roles), kept in the app server's memory under the accounts'
        // stamp, which every change of an account, its roles, a token or an assignment replaces (the save guard): a
        // revoked token, a disabled account or a changed role holds on the next request, and an unchanged one costs no query.
        var hash = TokenStore.HashDari(token);
        var akun = (await StempelData.SemuaAsync(db, Context.RequestAborted)).GetValueOrDefault(StempelData.Akun) ?? "0";
        var kunci = "token|" + hash;
        var masuk = db.Tembolok.Coba<TokenMasuk>(kunci, akun);
        if (masuk is null)
        {
            if (await CariAsync(db, users, principals, hash, Context.RequestAborted) is not { } baru)
            {
                return AuthenticateResult.Fail(await db.TokenApi.AnyAsync(t => t.Hash == hash, Context.RequestAborted)
                    ? "Akun pemilik token tidak ada atau dinonaktifkan."
                    : "Token API tidak dikenal, sudah dicabut, atau kedaluwarsa.");
            }
            masuk = baru;
            db.Tembolok.Simpan(kunci, akun, masuk);
        }
        var row = masuk.Token;
        if (!row.Berlaku(now))
        {
            return AuthenticateResult.Fail("Token API tidak dikenal, sudah dicabut, atau kedaluwarsa.");
        }
        // An account an Admin disabled (locked for more than a year) loses its tokens; the 15-minute lock of failed
        // sign-ins does not, or anyone could switch a script off by typing wrong passwords for its user.
        if (masuk.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1) || masuk.Klaim is not { } klaim)
        {
            return AuthenticateResult.Fail("Akun pemilik token tidak ada atau dinonaktifkan.");
        }
        if (masuk.PerluCatatPakai(now))
        {
            await CatatPakaiAsync(db, row.Id, now, Context.RequestAborted);
        }
        var identity = new ClaimsIdentity(klaim.Claims, Skema, klaim.NameClaimType, klaim.RoleClaimType);
        identity.AddClaim(new Claim("tolok:token", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Skema));
    }

    /// <summary>The token with this hash, its account's lock and claims; null when no token of an existing account has it.</summary>
    internal static async Task<TokenMasuk?> CariAsync(TolokDb db, UserManager<AkunPengguna> users, IUserClaimsPrincipalFactory<AkunPengguna> principals, string hash, CancellationToken ct)
    {
        var found = await db.TokenApi.AsNoTracking().Where(t => t.Hash == hash)
            .Join(db.Users, t => t.NamaPengguna, u => u.UserName, (t, u) => new { Token = t, u.LockoutEnd })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var akunPengguna = await users.FindByNameAsync(found.Token.NamaPengguna);
        return new TokenMasuk(found.Token, found.LockoutEnd, akunPengguna is null ? null : new KlaimAkun(await principals.CreateAsync(akunPengguna)));
    }

    /// <summary>Records the token's last use (no audit entry, no stamp: reading is not a change).</summary>
    internal static Task<int> CatatPakaiAsync(TolokDb db, int id, DateTime now, CancellationToken ct) =>
        db.TokenApi.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.TerakhirDipakai, now), ct);

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

/// <summary>A token as the cache keeps it: the row, its account's lock and claims, and when its use was last recorded.</summary>
internal sealed class TokenMasuk(TokenApi token, DateTimeOffset? lockoutEnd, KlaimAkun? klaim)
{
    public TokenApi Token { get; } = token;
    public DateTimeOffset? LockoutEnd { get; } = lockoutEnd;
    public KlaimAkun? Klaim { get; } = klaim;
    private long _dicatat = token.TerakhirDipakai?.Ticks ?? 0;

    /// <summary>True at most once a minute: the last use is written to the token's row (shown to its owner).</summary>
    public bool PerluCatatPakai(DateTime now)
    {
        var last = Interlocked.Read(ref _dicatat);
        return now.Ticks - last > TimeSpan.TicksPerMinute && Interlocked.CompareExchange(ref _dicatat, now.Ticks, last) == last;
    }
}
