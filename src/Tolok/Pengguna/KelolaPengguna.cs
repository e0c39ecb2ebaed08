using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>A user as the users page and <c>tolok user list</c> show it.</summary>
public sealed record PenggunaDto(string NamaPengguna, string? NamaLengkap, IReadOnlyList<string> Peran, IReadOnlyList<PenugasanPic> Pic, string Status, DateTimeOffset? TerkunciSampai, string? Email = null);

/// <summary>
/// The rules of user administration, one place for the page (<c>/Pengguna</c>) and the CLI (<c>tolok user …</c>):
/// who exists, which roles, which PIC assignments, active or not. Every change goes through the context, so the
/// audit trail records it with the acting user. A refusal is an Indonesian sentence (null = done).
/// </summary>
public static class KelolaPengguna
{
    /// <summary>A deactivated account is locked out until this far away (TokenAuth treats more than a year as deactivated too).</summary>
    public static readonly DateTimeOffset Nonaktif = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static string StatusOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd is not { } l || l <= now ? "aktif" : l > now.AddYears(1) ? "nonaktif" : "terkunci";

    public static async Task<List<PenggunaDto>> DaftarAsync(TolokDb db, DateTimeOffset now, CancellationToken ct, string? nama = null)
    {
        var users = await db.Users.AsNoTracking().Where(u => nama == null || u.UserName == nama).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.NamaLengkap, u.LockoutEnd, u.Email }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var pic = await db.PenugasanPic.AsNoTracking().Where(p => nama == null || p.NamaPengguna == nama).OrderBy(p => p.Satker).ThenBy(p => p.Register).ToListAsync(ct);
        return [.. users.Select(u => new PenggunaDto(u.UserName ?? "", u.NamaLengkap,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal)],
            [.. pic.Where(p => p.NamaPengguna == u.UserName)],
            StatusOf(u.LockoutEnd, now), u.LockoutEnd, u.Email))];
    }

    private static string? PeriksaPeran(IEnumerable<string> peran)
    {
        var salah = peran.Where(p => !Peran.Semua.Contains(p)).ToList();
        return salah.Count > 0 ? $"peran \"{Format.Potong(string.Join(", ", salah), 60)}\" tidak dikenal; pilih {string.Join(", ", Peran.Semua)}." : null;
    }

    private static string Galat(IdentityResult r) => string.Join(" ", r.Errors.Select(e => e.Description));

    /// <summary>Adds a user with a random password, returned once.</summary>
    public static async Task<(string? Password, string? Galat)> TambahAsync(UserManager<AkunPengguna> users, string nama, string? namaLengkap, IReadOnlyCollection<string> peran)
    {
        nama = nama.Trim();
        if (nama.Length == 0)
        {
            return (null, "Nama pengguna wajib diisi.");
        }
        if (peran.Count == 0)
        {
            return (null, "Pilih sedikitnya satu peran.");
        }
        if (PeriksaPeran(peran) is { } g)
        {
            return (null, g);
        }
        var password = DatabaseStartup.RandomPassword();
        var akun = new AkunPengguna { UserName = nama, NamaLengkap = string.IsNullOrWhiteSpace(namaLengkap) ? null : namaLengkap.Trim() };
        var result = await users.CreateAsync(akun, password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(akun, peran.Distinct());
        }
        return result.Succeeded ? (password, null) : (null, Galat(result));
    }

    /// <summary>Sets a user's roles. An administrator cannot take away the last active Admin's role (nobody could administer then).</summary>
    public static async Task<string?> AturPeranAsync(UserManager<AkunPengguna> users, string nama, IReadOnlyCollection<string> peran)
    {
        var akun = await users.FindByNameAsync(nama);
        if (akun is null)
        {
            return $"Pengguna \"{Format.Potong(nama, 60)}\" tidak ditemukan.";
        }
        if (peran.Count == 0)
        {
            return "Pilih sedikitnya satu peran.";
        }
        if (PeriksaPeran(peran) is { } g)
        {
            return g;
        }
        var sekarang = await users.GetRolesAsync(akun);
        if (sekarang.Contains(Peran.Admin) && !peran.Contains(Peran.Admin) && await AdminTerakhirAsync(users, akun))
        {
            return $"{akun.UserName} adalah satu-satunya Admin aktif; tambahkan Admin lain lebih dulu.";
        }
        var result = await users.RemoveFromRolesAsync(akun, sekarang.Except(peran));
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(akun, peran.Except(sekarang).Distinct());
        }
        if (result.Succeeded)
        {
            // Roles are in the sign-in cookie: the user's sessions end, so the new roles hold at once.
            result = await users.UpdateSecurityStampAsync(akun);
        }
        return result.Succeeded ? null : Galat(result);
    }

    private static async Task<bool> AdminTerakhirAsync(UserManager<AkunPengguna> users, AkunPengguna akun)
    {
        var now = DateTimeOffset.UtcNow;
        var admins = await users.GetUsersInRoleAsync(Peran.Admin);
        return !admins.Any(a => a.Id != akun.Id && StatusOf(a.LockoutEnd, now) == "aktif");
    }

    /// <summary>Assigns (or with <paramref name="hapus"/> revokes) a PIC assignment: satker or "*", register or "*".</summary>
    public static async Task<string?> TugaskanAsync(TolokDb db, string nama, string satker, string register, bool hapus, CancellationToken ct)
    {
        if (register != "*" && !Aturan.Lingkup.Register.Contains(register))
        {
            return $"Register \"{Format.Potong(register, 40)}\" tidak dikenal; pilih {string.Join(", ", Aturan.Lingkup.Register)} atau *.";
        }
        if (!await db.Users.AnyAsync(u => u.UserName == nama, ct))
        {
            return $"Pengguna \"{Format.Potong(nama, 60)}\" tidak ada.";
        }
        if (satker != "*" && !await db.Satker.AnyAsync(x => x.Kode == satker, ct))
        {
            return $"Satker \"{Format.Potong(satker, 40)}\" tidak ada.";
        }
        var row = await db.PenugasanPic.FirstOrDefaultAsync(p => p.NamaPengguna == nama && p.Satker == satker && p.Register == register, ct);
        if (hapus)
        {
            if (row is not null)
            {
                db.PenugasanPic.Remove(row);
            }
        }
        else if (row is null)
        {
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = nama, Satker = satker, Register = register });
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A new random password (returned once); the account is unlocked and its sessions and API tokens end.</summary>
    public static async Task<(string? Password, string? Galat)> ResetSandiAsync(TolokDb db, UserManager<AkunPengguna> users, string nama, string oleh, DateTime now, CancellationToken ct)
    {
        var akun = await users.FindByNameAsync(nama);
        if (akun is null)
        {
            return (null, $"Pengguna \"{Format.Potong(nama, 60)}\" tidak ditemukan.");
        }
        var password = DatabaseStartup.RandomPassword();
        var token = await users.GeneratePasswordResetTokenAsync(akun);
        var result = await users.ResetPasswordAsync(akun, token, password);
        if (!result.Succeeded)
        {
            return (null, Galat(result));
        }
        if (StatusOf(akun.LockoutEnd, DateTimeOffset.UtcNow) == "terkunci")
        {
            await users.SetLockoutEndDateAsync(akun, null);
        }
        await users.ResetAccessFailedCountAsync(akun);
        // A reset means the password may be known to someone else: the tokens made for the account go too.
        foreach (var t in await db.TokenApi.Where(t => t.NamaPengguna == akun.UserName && t.DicabutPada == null).Select(t => t.Id).ToListAsync(ct))
        {
            await TokenStore.CabutAsync(db, t, oleh, now, ct);
        }
        // So does the calendar feed's address.
        db.TokenKalender.RemoveRange(await db.TokenKalender.Where(t => t.PenggunaId == akun.Id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return (password, null);
    }

    /// <summary>Ends a lockout after failed sign-ins (a deactivated account stays deactivated).</summary>
    public static async Task<string?> BukaKunciAsync(UserManager<AkunPengguna> users, string nama)
    {
        var akun = await users.FindByNameAsync(nama);
        if (akun is null)
        {
            return $"Pengguna \"{Format.Potong(nama, 60)}\" tidak ditemukan.";
        }
        if (StatusOf(akun.LockoutEnd, DateTimeOffset.UtcNow) == "nonaktif")
        {
            return $"{akun.UserName} dinonaktifkan, bukan terkunci; aktifkan kembali bila perlu.";
        }
        await users.SetLockoutEndDateAsync(akun, null);
        await users.ResetAccessFailedCountAsync(akun);
        return null;
    }

    /// <summary>Sets (or, empty, removes) the address the deadline reminders are sent to.</summary>
    public static async Task<string?> AturEmailAsync(UserManager<AkunPengguna> users, string nama, string? email)
    {
        var akun = await users.FindByNameAsync(nama);
        if (akun is null)
        {
            return $"Pengguna \"{Format.Potong(nama, 60)}\" tidak ditemukan.";
        }
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (email is not null && (email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var alamat) || alamat.Address != email || alamat.DisplayName.Length > 0))
        {
            return $"Alamat e-mail \"{Format.Potong(email, 60)}\" tidak valid (contoh: nama@kpu.go.id).";
        }
        // Not SetEmailAsync: it replaces the security stamp, which would end the user's sessions for an address change.
        akun.Email = email;
        akun.NormalizedEmail = email is null ? null : users.NormalizeEmail(email);
        var result = await users.UpdateAsync(akun);
        return result.Succeeded ? null : Galat(result);
    }

    /// <summary>Deactivates (ends every session, refuses sign-in and tokens) or reactivates an account. Nobody deactivates themselves or the last active Admin.</summary>
    public static async Task<string?> AturAktifAsync(UserManager<AkunPengguna> users, string nama, bool aktif, string? oleh)
    {
        var akun = await users.FindByNameAsync(nama);
        if (akun is null)
        {
            return $"Pengguna \"{Format.Potong(nama, 60)}\" tidak ditemukan.";
        }
        if (!aktif)
        {
            if (string.Equals(akun.UserName, oleh, StringComparison.Ordinal))
            {
                return "Anda tidak dapat menonaktifkan akun Anda sendiri.";
            }
            if (await users.IsInRoleAsync(akun, Peran.Admin) && await AdminTerakhirAsync(users, akun))
            {
                return $"{akun.UserName} adalah satu-satunya Admin aktif; tambahkan Admin lain lebih dulu.";
            }
        }
        await users.SetLockoutEnabledAsync(akun, true);
        var result = await users.SetLockoutEndDateAsync(akun, aktif ? null : Nonaktif);
        if (result.Succeeded && !aktif)
        {
            result = await users.UpdateSecurityStampAsync(akun);
        }
        return result.Succeeded ? null : Galat(result);
    }
}
