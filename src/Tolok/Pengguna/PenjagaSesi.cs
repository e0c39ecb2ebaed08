using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>
/// The check of a sign-in cookie on every request (decision 89: signing out, a password reset or a deactivation ends
/// every session at once; a changed role holds at the next request). Identity's validator reads the account and its
/// roles from the database each time; this one does so once per account and security stamp while the accounts' stamp
/// (<see cref="StempelData.Akun"/>, replaced by every change of an account, its roles or assignments) is unchanged,
/// and otherwise gives the request the principal that check built.
/// </summary>
public sealed class PenjagaSesi(IOptions<SecurityStampValidatorOptions> options, IOptions<IdentityOptions> identity, IServiceProvider services, TolokDb db)
    : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { Identity: ClaimsIdentity identitas } principal || options.Value.ValidationInterval > TimeSpan.Zero)
        {
            await Identity(context);
            return;
        }
        var ct = context.HttpContext.RequestAborted;
        var akun = (await StempelData.SemuaAsync(db, ct)).GetValueOrDefault(StempelData.Akun) ?? "0";
        var kunci = "sesi|" + principal.FindFirstValue(ClaimTypes.NameIdentifier) + "|" + principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (db.Tembolok.Coba<KlaimAkun>(kunci, akun) is { } klaim)
        {
            context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(klaim.Claims, identitas.AuthenticationType, klaim.NameClaimType, klaim.RoleClaimType)));
            return;
        }
        await Identity(context);
        if (context.Principal is { Identity.IsAuthenticated: true } sah)
        {
            db.Tembolok.Simpan(kunci, akun, new KlaimAkun(sah));
        }
    }

    /// <summary>Identity's own check (reads the account and its roles), made only when the cache cannot answer.</summary>
    private Task Identity(CookieValidatePrincipalContext context) =>
        ActivatorUtilities.CreateInstance<SecurityStampValidator<AkunPengguna>>(services).ValidateAsync(context);
}
