using Microsoft.AspNetCore.Identity;

namespace Tolok.Pengguna;

/// <summary>A user account (ASP.NET Core Identity).</summary>
public class AkunPengguna : IdentityUser
{
    public string? NamaLengkap { get; set; }
}

/// <summary>The roles of Tolok. Names are the users' own words and are stored as such.</summary>
public static class Peran
{
    public const string Admin = "Admin";
    public const string Perencana = "Perencana";
    public const string Operator = "Operator";
    public const string Verifikator = "Verifikator";
    public const string Pimpinan = "Pimpinan";
    /// <summary>The internal auditor (APIP) evaluating SAKIP: reads the satkers assigned, reviews their LKE self-assessment, reads the audit trail.</summary>
    public const string Inspektorat = "Inspektorat";

    public static readonly IReadOnlyList<string> Semua = [Admin, Perencana, Operator, Verifikator, Pimpinan, Inspektorat];

    /// <summary>Who may change the IKU catalog.</summary>
    public const string PolicyKelolaIku = "KelolaIku";

    /// <summary>Who may import and enter register data (participation, …).</summary>
    public const string PolicyKelolaData = "KelolaData";

    /// <summary>Who may read the audit trail.</summary>
    public const string PolicyLihatAudit = "LihatAudit";

    /// <summary>Who may verify submitted data (not their own).</summary>
    public const string PolicyVerifikasi = "Verifikasi";

    /// <summary>Who may approve verified data, and reopen approved data (with a reason).</summary>
    public const string PolicySetujui = "Setujui";

    public const string PolicyBukaKembali = "BukaKembali";
}
/// <summary>
/// On a page anyone may read: the policy its form posts (handlers) require. The handlers check it themselves; the
/// route test reads this mark to check that they do.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KirimMembutuhkanAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;

    /// <summary>The named handler of the form, when the page has several.</summary>
    public string? Handler { get; init; }
}
