using System.IO.Compression;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Bukti;

/// <summary>
/// A file backing an item (a register row or an IKU's realisation for a period; the same keys as the workflow):
/// stored outside the web root under its SHA-256, its type checked by content.
/// </summary>
public class BuktiDukung
{
    public int Id { get; set; }
    public int SatkerId { get; set; }
    public required string Jenis { get; set; }
    public required string Kunci { get; set; }
    public required string NamaBerkas { get; set; }
    public required string TipeKonten { get; set; }
    public long Ukuran { get; set; }
    public required string Hash { get; set; }
    public required string DiunggahOleh { get; set; }
    public DateTime DiunggahPada { get; set; }
}

internal sealed class BuktiDukungConfiguration : IEntityTypeConfiguration<BuktiDukung>
{
    public void Configure(EntityTypeBuilder<BuktiDukung> builder)
    {
        builder.HasIndex(b => new { b.SatkerId, b.Jenis, b.Kunci });
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(b => b.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Jenis).HasMaxLength(30);
        builder.Property(b => b.Kunci).HasMaxLength(100);
        builder.Property(b => b.NamaBerkas).HasMaxLength(255);
        builder.Property(b => b.TipeKonten).HasMaxLength(100);
        builder.Property(b => b.Hash).HasMaxLength(64);
        builder.Property(b => b.DiunggahOleh).HasMaxLength(256);
    }
}

public sealed record BuktiDto(int Id, string NamaBerkas, string TipeKonten, long Ukuran, string Hash, string DiunggahOleh, DateTime DiunggahPada, string Url);

/// <summary>Where the files live and how large they may be (Bukti:Folder, default data/bukti; Bukti:BatasMB, default 20).</summary>
public sealed class PenyimpananBukti(IConfiguration configuration)
{
    public string Folder { get; } = Path.GetFullPath(configuration["Bukti:Folder"] ?? "data/bukti");
    public long BatasBita { get; } = configuration.GetValue("Bukti:BatasMB", 20L) * 1024 * 1024;

    public string PathOf(string hash) => Path.Combine(Folder, hash[..2], hash);
}

public static class BuktiStore
{
    /// <summary>The type of a file by its first bytes and, for Office files, by the parts inside the zip; null = not accepted.</summary>
    public static (string Tipe, string Ekstensi)? Kenali(byte[] data)
    {
        bool Starts(params byte[] magic) => data.Length >= magic.Length && data.AsSpan(0, magic.Length).SequenceEqual(magic);
        if (Starts("%PDF-"u8.ToArray()))
        {
            return ("application/pdf", "pdf");
        }
        if (Starts(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))
        {
            return ("image/png", "png");
        }
        if (Starts(0xFF, 0xD8, 0xFF))
        {
            return ("image/jpeg", "jpg");
        }
        if (Starts(0x50, 0x4B, 0x03, 0x04))
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
                var names = zip.Entries.Select(e => e.FullName).ToHashSet();
                if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml"))
                {
                    return ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
                }
                if (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml"))
                {
                    return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
                }
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
        return null;
    }

    public static BuktiDto AsDto(BuktiDukung b) => new(b.Id, b.NamaBerkas, b.TipeKonten, b.Ukuran, b.Hash, b.DiunggahOleh, b.DiunggahPada, $"/api/v1/bukti/{b.Id}");

    public static async Task<List<BuktiDto>> ListAsync(TolokDb db, int satkerId, string jenis, string kunci, CancellationToken ct) =>
        [.. (await db.BuktiDukung.AsNoTracking().Where(b => b.SatkerId == satkerId && b.Jenis == jenis && b.Kunci == kunci).OrderBy(b => b.Id).ToListAsync(ct)).Select(AsDto)];

    /// <summary>Checks and stores an upload; returns the record or the reason it was refused (in Indonesian).</summary>
    public static async Task<(BuktiDto? Bukti, string? Galat)> SimpanAsync(
        TolokDb db, PenyimpananBukti store, int satkerId, string jenis, string kunci, IFormFile berkas, string oleh, TimeProvider time, CancellationToken ct)
    {
        // The item's scope and lock first, so that a refused upload leaves no file behind; the save guard checks them again.
        var kode = await db.Satker.AsNoTracking().Where(s => s.Id == satkerId).Select(s => s.Kode).FirstAsync(ct);
        await Aturan.Lingkup.PastikanAsync(db, db.Pelaku, kode, Aturan.Lingkup.RegisterDari(jenis), ct);
        await Aturan.PenjagaTulis.PastikanTerbukaAsync(db, satkerId, jenis, kunci, $"bukti dukung {jenis} {kunci}", ct);
        if (berkas.Length == 0)
        {
            return (null, "Berkas kosong.");
        }
        if (berkas.Length > store.BatasBita)
        {
            return (null, $"Berkas {Format.Bilangan(berkas.Length)} bita melebihi batas {Format.Bilangan(store.BatasBita / 1024 / 1024)} MB.");
        }
        using var memory = new MemoryStream();
        await berkas.CopyToAsync(memory, ct);
        var data = memory.ToArray();
        if (Kenali(data) is not { } tipe)
        {
            return (null, $"Isi berkas \"{berkas.FileName}\" bukan PDF, gambar (PNG/JPEG), DOCX atau XLSX; jenis berkas diperiksa dari isinya, bukan dari namanya.");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(data));
        var path = store.PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(temp, data, ct);
            File.Move(temp, path, overwrite: true);
        }
        var name = Path.GetFileName(berkas.FileName);
        name = string.IsNullOrWhiteSpace(name) ? $"bukti.{tipe.Ekstensi}" : name.Length > 200 ? name[..200] : name;
        var row = new BuktiDukung
        {
            SatkerId = satkerId,
            Jenis = jenis,
            Kunci = kunci,
            NamaBerkas = name,
            TipeKonten = tipe.Tipe,
            Ukuran = data.Length,
            Hash = hash,
            DiunggahOleh = oleh,
            DiunggahPada = time.GetUtcNow().UtcDateTime,
        };
        db.BuktiDukung.Add(row);
        await db.SaveChangesAsync(ct);
        return (AsDto(row), null);
    }
}

public static class BuktiApi
{
    public static RouteGroupBuilder MapBuktiApi(this RouteGroupBuilder api)
    {
        api.MapGet("/satker/{kode}/bukti/{jenis}/{kunci}", async Task<Results<Ok<List<BuktiDto>>, ProblemHttpResult>> (string kode, string jenis, string kunci, TolokDb db, CancellationToken ct) =>
                await Alur.AlurApi.ItemAsync(db, kode, jenis, kunci, ct) is { } satkerId
                    ? TypedResults.Ok(await BuktiStore.ListAsync(db, satkerId, jenis, kunci, ct))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Item {jenis} \"{kunci}\" satker {kode} tidak ditemukan."))
            .WithTags("Bukti dukung").WithName("DaftarBukti").WithSummary("Bukti dukung sebuah item").RequireAuthorization();
        api.MapPost("/satker/{kode}/bukti/{jenis}/{kunci}", async Task<Results<Created<BuktiDto>, ValidationProblem, ProblemHttpResult>> (
                string kode, string jenis, string kunci, IFormFile berkas, TolokDb db, PenyimpananBukti store, ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            {
                if (await Alur.AlurApi.ItemAsync(db, kode, jenis, kunci, ct) is not { } satkerId)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Item {jenis} \"{kunci}\" satker {kode} tidak ditemukan.");
                }
                var (bukti, galat) = await BuktiStore.SimpanAsync(db, store, satkerId, jenis, kunci, berkas, user.Identity?.Name ?? "", time, ct);
                return galat is not null
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["berkas"] = [galat] }, title: "Bukti dukung ditolak")
                    : TypedResults.Created(bukti!.Url, bukti);
            })
            .WithTags("Bukti dukung").WithName("UnggahBukti").WithSummary("Mengunggah bukti dukung (PDF, PNG, JPEG, DOCX, XLSX; diperiksa dari isinya)")
            .RequireAuthorization(Peran.PolicyKelolaData).DisableAntiforgery();
        api.MapGet("/bukti/{id:int}", async Task<Results<FileContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult>> (int id, TolokDb db, PenyimpananBukti store, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var b = await db.BuktiDukung.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
                if (b is null)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Bukti {id} tidak ditemukan.");
                }
                // Like its item: approved items are public; others only for signed-in users.
                var approved = await db.AlurData.AnyAsync(a => a.SatkerId == b.SatkerId && a.Jenis == b.Jenis && a.Kunci == b.Kunci && a.Status == Alur.AlurRules.Disetujui, ct);
                if (!approved && user.Identity?.IsAuthenticated != true)
                {
                    return TypedResults.Unauthorized();
                }
                // Evidence of an item not yet approved follows its satker's scope (decision 87).
                if (!approved && await db.Satker.AsNoTracking().Where(s => s.Id == b.SatkerId).Select(s => s.Kode).FirstOrDefaultAsync(ct) is { } kode
                    && !await Aturan.Lingkup.BolehBacaAsync(db, Aturan.Pelaku.Dari(user), kode, ct))
                {
                    return TypedResults.Problem(statusCode: 403, title: "Di luar lingkup Anda", detail: Aturan.Lingkup.PesanTidakTerbaca(kode));
                }
                var path = store.PathOf(b.Hash);
                if (!File.Exists(path))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: "Berkas bukti tidak ada di penyimpanan.");
                }
                return TypedResults.File(await File.ReadAllBytesAsync(path, ct), b.TipeKonten, b.NamaBerkas);
            })
            .WithTags("Bukti dukung").WithName("UnduhBukti").WithSummary("Mengunduh bukti dukung (item yang disetujui: publik; lainnya: pengguna yang masuk)").AllowAnonymous();
        return api;
    }
}
