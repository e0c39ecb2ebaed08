using System.Security.Claims;
using Tolok.Pengguna;

namespace Tolok.Aturan;

/// <summary>
/// Who is writing: a person of a web request (signed in or not), or the system (CLI verbs, start-up seeds, demo data)
/// run by someone with access to the server itself (decision 73).
/// </summary>
public sealed record Pelaku(string Nama, ClaimsPrincipal? User)
{
    public bool Sistem => User is null;

    public bool Punya(string peran) => User?.IsInRole(peran) == true;

    public static Pelaku DariSistem() => new($"sistem ({Environment.UserName})", null);

    public static Pelaku Dari(ClaimsPrincipal user) =>
        new(user.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonim", user);

    /// <summary>The system and Admin enter data everywhere (a Perencana where assigned: <see cref="Lingkup"/>).</summary>
    public bool PengelolaSemua => Sistem || Punya(Peran.Admin);
}

/// <summary>The person of the current request, or the system outside a request.</summary>
public sealed class PelakuSaatIni(IHttpContextAccessor http)
{
    public Pelaku Sekarang => http.HttpContext is { } c ? Pelaku.Dari(c.User) : Pelaku.DariSistem();
}
