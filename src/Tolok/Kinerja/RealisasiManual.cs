using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>
/// A realisation typed by hand, allowed only for an IKU that no register computes. It must say why (justification)
/// and what backs it (evidence), and is shown as manual wherever it appears.
/// </summary>
public class RealisasiManual : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public required string Periode { get; set; }
    public required string KodeIndikator { get; set; }
    public decimal? Nilai { get; set; }
    /// <summary>The realisation of a categorical IKU (a label such as "WTP").</summary>
    public string? Kategori { get; set; }
    public required string Justifikasi { get; set; }
    public required string Bukti { get; set; }
    public DateTime DicatatPada { get; set; }
    public string? DicatatOleh { get; set; }
}

internal sealed class RealisasiManualConfiguration : IEntityTypeConfiguration<RealisasiManual>
{
    public void Configure(EntityTypeBuilder<RealisasiManual> builder)
    {
        builder.HasIndex(m => new { m.SatkerId, m.Tahun, m.Periode, m.KodeIndikator }).IsUnique();
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(m => m.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Periode).HasMaxLength(10);
        builder.Property(m => m.KodeIndikator).HasMaxLength(10);
        builder.Property(m => m.Nilai).HasPrecision(18, 4);
        builder.Property(m => m.Kategori).HasMaxLength(50);
        builder.Property(m => m.Justifikasi).HasMaxLength(2000);
        builder.Property(m => m.Bukti).HasMaxLength(500);
        builder.Property(m => m.DicatatOleh).HasMaxLength(256);
    }
}

public sealed record RealisasiManualEdit(string? Periode, decimal? Nilai, string? Kategori, string? Justifikasi, string? Bukti);

public sealed record RealisasiManualDto(string KodeIndikator, string Periode, decimal? Nilai, string? Kategori, string Justifikasi, string Bukti, DateTime DicatatPada, string? DicatatOleh, int Versi) : Aturan.IDtoBerversi;

public static class RealisasiManualStore
{
    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, string kodeSatker, int tahun, string kodeIndikator, RealisasiManualEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var iku = await IkuStore.LoadAsync(db, kodeSatker, tahun, null, ct);
        var indikator = iku?.SemuaIndikator.FirstOrDefault(i => i.Kode == kodeIndikator);
        if (indikator is null)
        {
            errors["kode"] = [$"IKU {kodeIndikator} tidak ada pada IKU {kodeSatker} tahun {tahun}."];
            return errors;
        }
        if (await KinerjaQuery.PunyaRegisterAsync(db, kodeSatker, tahun, kodeIndikator, ct))
        {
            errors["kode"] = [$"IKU {kodeIndikator} dihitung dari register; realisasinya tidak boleh diisi manual. Perbaiki data registernya."];
            return errors;
        }
        if (e.Periode is null || !Periode.Valid(e.Periode))
        {
            errors["periode"] = ["Periode harus tahunan, TW1, TW2, TW3 atau TW4."];
        }
        if (indikator.Polaritas == Polaritas.Kategorikal)
        {
            var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
            if (e.Kategori is null || !opini.Contains(e.Kategori.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                errors["kategori"] = [$"IKU kategorikal: realisasi harus salah satu dari {string.Join(", ", opini)}."];
            }
        }
        else if (!string.IsNullOrWhiteSpace(e.Kategori))
        {
            errors["kategori"] = [$"IKU {kodeIndikator} tidak kategorikal; isi nilai berupa angka, bukan kategori."];
        }
        else if (e.Nilai is null || e.Nilai < 0)
        {
            errors["nilai"] = ["Nilai realisasi wajib diisi dan tidak boleh negatif."];
        }
        if (string.IsNullOrWhiteSpace(e.Justifikasi) || e.Justifikasi.Trim().Length < 20 || e.Justifikasi.Length > 2000)
        {
            errors["justifikasi"] = ["Justifikasi wajib diisi: jelaskan mengapa tidak ada register dan dari mana nilai diperoleh (20–2.000 karakter)."];
        }
        if (string.IsNullOrWhiteSpace(e.Bukti) || e.Bukti.Length > 500)
        {
            errors["bukti"] = ["Bukti dukung wajib diisi: nomor dokumen atau tautan (paling panjang 500 karakter)."];
        }
        return errors;
    }

    /// <param name="versi">The version the writer saw (0: none stored yet).</param>
    public static async Task SaveAsync(TolokDb db, int satkerId, int tahun, string kodeIndikator, RealisasiManualEdit e, int versi, string? oleh, TimeProvider time, CancellationToken ct)
    {
        var row = await db.RealisasiManual.FirstOrDefaultAsync(m => m.SatkerId == satkerId && m.Tahun == tahun && m.Periode == e.Periode && m.KodeIndikator == kodeIndikator, ct);
        if ((row?.Versi ?? 0) != versi)
        {
            throw Aturan.Versi.Usang(row?.Versi ?? 0, row is null ? null : AsDto(row));
        }
        if (row is not null)
        {
            Aturan.Versi.Tandai(db, row, versi);
        }
        if (row is null)
        {
            row = new RealisasiManual { SatkerId = satkerId, Tahun = tahun, Periode = e.Periode!, KodeIndikator = kodeIndikator, Justifikasi = "", Bukti = "" };
            db.RealisasiManual.Add(row);
        }
        row.Nilai = e.Kategori is null ? e.Nilai : null;
        row.Kategori = e.Kategori?.Trim().ToUpperInvariant();
        row.Justifikasi = e.Justifikasi!.Trim();
        row.Bukti = e.Bukti!.Trim();
        row.DicatatPada = time.GetUtcNow().UtcDateTime;
        row.DicatatOleh = oleh;
        await db.SaveChangesAsync(ct);
    }

    public static RealisasiManualDto AsDto(RealisasiManual m) =>
        new(m.KodeIndikator, m.Periode, m.Nilai, m.Kategori, m.Justifikasi, m.Bukti, m.DicatatPada, m.DicatatOleh, m.Versi);

    public static async Task<List<RealisasiManualDto>> ListAsync(TolokDb db, string kodeSatker, int tahun, CancellationToken ct) =>
        await db.RealisasiManual.AsNoTracking().Where(m => m.Tahun == tahun && db.Satker.Any(s => s.Id == m.SatkerId && s.Kode == kodeSatker))
            .OrderBy(m => m.KodeIndikator).ThenBy(m => m.Periode)
            .Select(m => new RealisasiManualDto(m.KodeIndikator, m.Periode, m.Nilai, m.Kategori, m.Justifikasi, m.Bukti, m.DicatatPada, m.DicatatOleh, m.Versi))
            .ToListAsync(ct);
}

public static class RealisasiManualApi
{
    public static RouteGroupBuilder MapRealisasiManualApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/kinerja/{tahun:int}/manual").WithTags("Kinerja");
        group.MapGet("/", async Task<Results<Ok<List<RealisasiManualDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await db.Satker.AnyAsync(s => s.Kode == kode, ct)
                    ? TypedResults.Ok(await RealisasiManualStore.ListAsync(db, kode, tahun, ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarRealisasiManual").WithSummary("Realisasi yang diisi manual (hanya IKU tanpa register), dengan justifikasi dan bukti").AllowAnonymous();
        group.MapGet("/{kodeIku}", async Task<Results<Ok<RealisasiManualDto>, ProblemHttpResult>> (string kode, int tahun, string kodeIku, string? periode, TolokDb db, HttpContext http, CancellationToken ct) =>
                (await RealisasiManualStore.ListAsync(db, kode, tahun, ct)).FirstOrDefault(m => m.KodeIndikator == kodeIku && m.Periode == (periode ?? "tahunan")) is { } m
                    ? Aturan.VersiHttp.Ok(http, m)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Belum ada realisasi manual IKU {kodeIku} {periode ?? "tahunan"} {tahun} satker {kode}; isi pertama dengan If-Match: \"0\"."))
            .WithName("AmbilRealisasiManual").WithSummary("Satu realisasi manual (?periode=, bawaan tahunan), dengan ETag versinya").AllowAnonymous();
        group.MapPut("/{kodeIku}", async Task<Results<Ok<RealisasiManualDto>, ValidationProblem, ProblemHttpResult>> (
                string kode, int tahun, string kodeIku, RealisasiManualEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null)
                {
                    return await IkuApi.NotFound(db, kode, tahun, null, ct);
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await RealisasiManualStore.ValidateAsync(db, kode, tahun, kodeIku, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Realisasi manual tidak valid");
                }
                await RealisasiManualStore.SaveAsync(db, satkerId.Value, tahun, kodeIku, edit, versi, user.Identity?.Name, time, ct);
                return Aturan.VersiHttp.Ok(http, (await RealisasiManualStore.ListAsync(db, kode, tahun, ct)).Single(m => m.KodeIndikator == kodeIku && m.Periode == edit.Periode));
            })
            .WithName("IsiRealisasiManual").WithSummary("Mengisi realisasi manual sebuah IKU tanpa register (wajib justifikasi dan bukti)").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}
