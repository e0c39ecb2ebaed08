using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Register;

/// <summary>One data row of a register sheet, with typed readers that record an error naming the row and column.</summary>
public sealed class BarisRegister(string file, uint baris, Dictionary<int, string> cells, Dictionary<string, int> header, Dictionary<string, string[]> errors)
{
    public uint Nomor => baris;

    public bool Kosong => cells.Values.All(string.IsNullOrWhiteSpace);

    public void Galat(string kolom, string pesan) => errors[$"{file} baris {baris}, kolom {kolom}"] = [pesan];

    /// <summary>An error of the whole row (a rule refused it: the row it would change is locked).</summary>
    public void GalatBaris(string pesan) => errors[$"{file} baris {baris}"] = [pesan];

    public string? Teks(string kolom) =>
        header.TryGetValue(kolom, out var i) && cells.TryGetValue(i, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public int? Bulat(string kolom)
    {
        var text = Teks(kolom);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Galat(kolom, $"\"{Format.Potong(text)}\" bukan bilangan bulat.");
        return null;
    }

    /// <summary>A number by the one input rule (<see cref="Format.TryDesimal"/>): "87,5", "1.234,5"; a number cell as stored.</summary>
    public decimal? Desimal(string kolom)
    {
        var text = Teks(kolom);
        if (text is null)
        {
            return null;
        }
        if (Format.TryDesimal(text, out var d))
        {
            return d;
        }
        Galat(kolom, Format.GalatDesimal(text));
        return null;
    }

    private static readonly string[] FormatTanggal = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>A date written as 2024-01-15, 15/01/2024, 15-01-2024, or stored by Excel as a date (a serial number).</summary>
    public DateOnly? Tanggal(string kolom)
    {
        var text = Teks(kolom);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, FormatTanggal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (Format.TryDesimal(text, out var serial) && serial is > 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor((double)serial)));
        }
        Galat(kolom, $"\"{Format.Potong(text)}\" bukan tanggal (tulis 2024-01-15 atau 15/01/2024).");
        return null;
    }

    private static readonly string[] Ya = ["ya", "y", "true", "benar", "1", "sesuai"];
    private static readonly string[] Tidak = ["tidak", "t", "false", "salah", "0", "tidak sesuai"];

    public bool? YaTidak(string kolom)
    {
        var text = Teks(kolom)?.ToLowerInvariant();
        if (text is null)
        {
            return null;
        }
        if (Ya.Contains(text))
        {
            return true;
        }
        if (Tidak.Contains(text))
        {
            return false;
        }
        Galat(kolom, $"\"{Format.Potong(text)}\" harus ya atau tidak.");
        return null;
    }

    /// <summary>Copies a store's validation errors (keyed by field) onto this row.</summary>
    public void Galat(Dictionary<string, string[]> validation)
    {
        foreach (var (field, messages) in validation)
        {
            Galat(field, string.Join(" ", messages));
        }
    }
}

/// <summary>A register that can be filled from an XLSX sheet: its columns (the first ones required) and how one row is saved.</summary>
public sealed record JenisRegister(string Kode, string Nama, string[] Kolom, string[] Wajib, string Halaman,
    Func<TolokDb, Satker.Satker, BarisRegister, CancellationToken, Task> SimpanAsync);

/// <summary>
/// XLSX import for every register: the first sheet, a header row naming the columns (any order, any case), one row
/// per record. Rows are checked by the same validation as the forms and saved in one transaction: any error and
/// nothing is saved. Errors name the file, the row and the column.
/// </summary>
public static class ImporRegister
{
    /// <summary>Every register that can be filled from a sheet; each declares its own columns in its own folder.</summary>
    public static readonly IReadOnlyList<JenisRegister> Semua =
    [
        Laporan.LaporanImpor.Rb, Laporan.LaporanImpor.Keuangan, Evaluasi.LheImpor.Lhe, Layanan.LayananImpor.Katalog, Layanan.LayananImpor.Pelaksanaan,
        Tahapan.TahapanImpor.Pelaksanaan, Tahapan.TahapanImpor.Insiden, Sengketa.SengketaImpor.Perkara, Lkjip.AnggaranImpor.Anggaran,
    ];

    public static JenisRegister? Cari(string? kode) => Semua.FirstOrDefault(j => j.Kode == kode);

    /// <summary>Copies a store's validation onto the row; true when the row is valid.</summary>
    public static bool Periksa(BarisRegister r, Dictionary<string, string[]> validation)
    {
        r.Galat(validation);
        return validation.Count == 0;
    }

    /// <summary>Imports every row or nothing. Returns the number of rows saved, or the errors.</summary>
    public static async Task<(int Jumlah, Dictionary<string, string[]> Errors)> ImportAsync(
        TolokDb db, Satker.Satker satker, JenisRegister jenis, Stream stream, string file, int barisMaks, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var rows = Dokumen.XlsxTabel.Baca(stream, file, barisMaks);
        if (rows.Count < 2)
        {
            errors[file] = ["lembar pertama tidak berisi baris data (baris 1 = nama kolom)."];
            return (0, errors);
        }
        var header = new Dictionary<string, int>();
        foreach (var (column, name) in rows[0].Sel)
        {
            var key = name.Trim().ToLowerInvariant().Replace(' ', '_');
            if (key.Length == 0)
            {
                continue;
            }
            if (!jenis.Kolom.Contains(key))
            {
                errors[$"{file} baris 1"] = [$"kolom \"{Format.Potong(name)}\" tidak dikenal. Kolom register {jenis.Nama}: {string.Join(", ", jenis.Kolom)}."];
                return (0, errors);
            }
            if (!header.TryAdd(key, column))
            {
                errors[$"{file} baris 1"] = [$"kolom \"{Format.Potong(key)}\" tertulis dua kali."];
                return (0, errors);
            }
        }
        var missing = jenis.Wajib.Where(k => !header.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            errors[$"{file} baris 1"] = [$"kolom wajib tidak ada: {string.Join(", ", missing)}."];
            return (0, errors);
        }
        // Scope for the whole file: the writer may write this register of this satker (403 otherwise).
        await Aturan.Lingkup.PastikanAsync(db, db.Pelaku, satker.Kode, Aturan.Lingkup.RegisterDari(jenis.Kode), ct);
        var count = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (baris, cells) in rows.Skip(1))
        {
            var row = new BarisRegister(file, baris, cells, header, errors);
            if (row.Kosong)
            {
                continue;
            }
            var before = errors.Count;
            foreach (var kolom in jenis.Wajib.Where(k => row.Teks(k) is null))
            {
                row.Galat(kolom, "wajib diisi.");
            }
            if (errors.Count == before)
            {
                try
                {
                    await jenis.SimpanAsync(db, satker, row, ct);
                }
                catch (Aturan.AturanException e) when (e.Status != StatusCodes.Status403Forbidden)
                {
                    // The row would change a locked item (an incident of an approved stage …): named, nothing stored.
                    row.GalatBaris(e.Message);
                    db.ChangeTracker.Clear();
                }
            }
            if (errors.Count == before)
            {
                count++;
            }
            // Entities of a rejected row may be pending in the context; nothing of a failed import is written.
            if (errors.Count > 200)
            {
                errors[file] = ["lebih dari 200 galat; pemeriksaan dihentikan."];
                break;
            }
        }
        if (errors.Count > 0 || count == 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (errors.Count == 0)
            {
                errors[file] = ["tidak ada baris data."];
            }
            return (0, errors);
        }
        await tx.CommitAsync(ct);
        return (count, errors);
    }
}

public sealed record JenisRegisterDto(string Kode, string Nama, IReadOnlyList<string> Kolom, IReadOnlyList<string> Wajib);

public sealed record HasilImporRegister(string Register, int Jumlah);

public static class ImporRegisterApi
{
    public static RouteGroupBuilder MapImporRegisterApi(this RouteGroupBuilder api)
    {
        api.MapGet("/register", () => TypedResults.Ok(ImporRegister.Semua.Select(j => new JenisRegisterDto(j.Kode, j.Nama, j.Kolom, j.Wajib)).ToList()))
            .WithTags("Register").WithName("DaftarJenisRegister").WithSummary("Register yang dapat diimpor dari XLSX dan kolomnya").AllowAnonymous();
        api.MapPost("/satker/{kode}/register/{jenis}/impor", async Task<Results<Ok<HasilImporRegister>, ValidationProblem, ProblemHttpResult>> (
                string kode, string jenis, IFormFile berkas, TolokDb db, GerbangImpor gerbang, Microsoft.Extensions.Options.IOptions<BatasImpor> batas, CancellationToken ct) =>
            {
                var satker = await db.Satker.FirstOrDefaultAsync(s => s.Kode == kode, ct);
                if (satker is null || ImporRegister.Cari(jenis) is not { } register)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan",
                        detail: satker is null ? $"Satker {kode} tidak ditemukan." : $"Register \"{Format.Potong(jenis, 40)}\" tidak dikenal; lihat GET /api/v1/register.");
                }
                using var izin = await gerbang.MasukAsync(ct);
                await using var stream = berkas.OpenReadStream();
                var (jumlah, errors) = await ImporRegister.ImportAsync(db, satker, register, stream, berkas.FileName, batas.Value.BarisMaksimumRegister, ct);
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Register tidak diimpor; tidak ada yang disimpan")
                    : TypedResults.Ok(new HasilImporRegister(register.Kode, jumlah));
            })
            .WithTags("Register").WithName("ImporRegister").WithSummary("Mengimpor baris register dari lembar XLSX (semua atau tidak sama sekali)")
            .RequireAuthorization(Pengguna.Peran.PolicyKelolaData)
            .DisableAntiforgery(); // an API call with the login cookie; the page posts its own form with a token
        return api;
    }
}
