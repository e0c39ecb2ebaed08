using Microsoft.AspNetCore.Identity;

namespace Tolok.Pengguna;

/// <summary>ASP.NET Core Identity's messages, in Indonesian.</summary>
public sealed class PesanIdentitas : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Terjadi kesalahan yang tidak diketahui.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Nama pengguna \"{userName}\" sudah dipakai.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Nama pengguna \"{userName}\" tidak sah; gunakan huruf, angka, titik, garis bawah, tanda hubung atau @.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Kata sandi salah.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Kata sandi minimal {length} karakter.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka (0–9).");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil (a–z).");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar (A–Z).");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat tanda baca atau simbol.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat sedikitnya {uniqueChars} karakter berbeda.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"Pengguna sudah memiliki peran {role}.");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"Pengguna tidak memiliki peran {role}.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"Peran \"{role}\" tidak dikenal.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Data telah diubah oleh pengguna lain; muat ulang dan coba lagi.");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}