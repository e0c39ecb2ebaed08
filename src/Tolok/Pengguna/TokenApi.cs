using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>
/// A token with which a machine client (a KPU Provinsi script, a spreadsheet pulling data) calls the API as a user:
/// <c>Authorization: Bearer …</c>, with that user's roles and scope. Only its SHA-256 hash is stored; the token is
/// shown once, when it is made (decision 88).
/// </summary>
public class TokenApi
{
    public int Id { get; set; }
    public required string Nama { get; set; }
    public required string NamaPengguna { get; set; }
    /// <summary>SHA-256 of the token, hex.</summary>
    public required string Hash { get; set; }
    /// <summary>The token's first characters, to recognise it in lists ("tolok_AbC1…").</summary>
    public required string Awalan { get; set; }
    public DateTime DibuatPada { get; set; }
    public required string DibuatOleh { get; set; }
    public DateTime? BerlakuSampai { get; set; }
    public DateTime? TerakhirDipakai { get; set; }
    public DateTime? DicabutPada { get; set; }
    public string? DicabutOleh { get; set; }

    public bool Berlaku(DateTime now) => DicabutPada is null && (BerlakuSampai is null || BerlakuSampai > now);
}

internal sealed class TokenApiConfiguration : IEntityTypeConfiguration<TokenApi>
{
    public void Configure(EntityTypeBuilder<TokenApi> builder)
    {
        builder.Property(t => t.Nama).HasMaxLength(100);
        builder.Property(t => t.NamaPengguna).HasMaxLength(256);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Awalan).HasMaxLength(20);
        builder.Property(t => t.DibuatOleh).HasMaxLength(256);
        builder.Property(t => t.DicabutOleh).HasMaxLength(256);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.NamaPengguna);
    }
}

public sealed record TokenDto(int Id, string Nama, string NamaPengguna, string Awalan, DateTime DibuatPada, string DibuatOleh, DateTime? BerlakuSampai, DateTime? TerakhirDipakai, DateTime? DicabutPada, bool Berlaku);

/// <summary>Making, listing, revoking and checking API tokens: the same rules for the CLI and the Admin page.</summary>
public static class TokenStore
{
    public const string Awal = "tolok_";

    /// <summary>Longest validity a token may be given (days).</summary>
    public const int HariMaksimum = 3650;

    public static string HashDari(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>
    /// Makes a token for <paramref name="namaPengguna"/>: gives the token (to show once) and its row, or the reason it
    /// cannot be made (unknown or locked user, a name too long, a validity out of range).
    /// </summary>
    public static async Task<(string? Token, TokenApi? Row, string? Galat)> BuatAsync(
        TolokDb db, UserManager<AkunPengguna> users, string nama, string namaPengguna, int? berlakuHari, string oleh, DateTime now, CancellationToken ct)
    {
        nama = nama.Trim();
        if (nama.Length is 0 or > 100)
        {
            return (null, null, "Nama token wajib diisi (paling panjang 100 karakter), misalnya \"skrip-kpu-provinsi\".");
        }
        if (berlakuHari is < 1 or > HariMaksimum)
        {
            return (null, null, $"Masa berlaku harus 1–{HariMaksimum} hari (atau dikosongkan: tanpa batas).");
        }
        var akun = await users.FindByNameAsync(namaPengguna);
        if (akun is null)
        {
            return (null, null, $"Pengguna \"{Format.Potong(namaPengguna)}\" tidak ditemukan.");
        }
        if (await users.IsLockedOutAsync(akun))
        {
            return (null, null, $"Akun {akun.UserName} sedang terkunci; buka kuncinya lebih dulu.");
        }
        var token = Awal + Base64Url(RandomNumberGenerator.GetBytes(32));
        var row = new TokenApi
        {
            Nama = nama,
            NamaPengguna = akun.UserName!,
            Hash = HashDari(token),
            Awalan = token[..(Awal.Length + 6)],
            DibuatPada = now,
            DibuatOleh = oleh,
            BerlakuSampai = berlakuHari is { } d ? now.AddDays(d) : null,
        };
        db.TokenApi.Add(row);
        await db.SaveChangesAsync(ct);
        return (token, row, null);
    }

    public static async Task<List<TokenDto>> DaftarAsync(TolokDb db, DateTime now, CancellationToken ct) =>
        [.. (await db.TokenApi.AsNoTracking().OrderBy(t => t.NamaPengguna).ThenBy(t => t.Id).ToListAsync(ct))
            .Select(t => new TokenDto(t.Id, t.Nama, t.NamaPengguna, t.Awalan, t.DibuatPada, t.DibuatOleh, t.BerlakuSampai, t.TerakhirDipakai, t.DicabutPada, t.Berlaku(now)))];

    /// <summary>Revokes a token (kept in the list, refused from now on). Null when done, otherwise why not.</summary>
    public static async Task<string?> CabutAsync(TolokDb db, int id, string oleh, DateTime now, CancellationToken ct)
    {
        var row = await db.TokenApi.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (row is null)
        {
            return $"Token {id} tidak ditemukan.";
        }
        if (row.DicabutPada is not null)
        {
            return $"Token {id} ({row.Nama}) sudah dicabut.";
        }
        row.DicabutPada = now;
        row.DicabutOleh = oleh;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The valid token row for a presented token, or null.</summary>
    public static async Task<TokenApi?> CariAsync(TolokDb db, string token, DateTime now, CancellationToken ct)
    {
        if (!token.StartsWith(Awal, StringComparison.Ordinal) || token.Length > 200)
        {
            return null;
        }
        var hash = HashDari(token);
        var row = await db.TokenApi.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, ct);
        return row is not null && row.Berlaku(now) ? row : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
