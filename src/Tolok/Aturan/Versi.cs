using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Aturan;

/// <summary>
/// A row written by people (register rows, targets, narratives, workflow items): its version, raised by one on every
/// change (<see cref="PenjagaTulis"/>) and compared on save, so that of two edits of the same version only the first
/// is stored (optimistic concurrency).
/// </summary>
public interface IBerversi
{
    int Versi { get; set; }
}

/// <summary>Versions over HTTP (ETag / If-Match) and the check a store makes before it changes a row.</summary>
public static class Versi
{
    public const string PesanTanpaVersi = "Formulir ini tidak membawa versi data yang Anda buka; muat ulang halaman lalu isi lagi.";

    public static string Etag(int versi) => $"\"{versi.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version an API <c>PUT</c> expects, from its If-Match header: missing → 428, unreadable → 412 (it cannot
    /// match any version).
    /// </summary>
    public static int DariIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new AturanException(StatusCodes.Status428PreconditionRequired, "If-Match wajib",
                "Kirim header If-Match berisi ETag dari GET baris ini, agar perubahan orang lain sejak itu tidak tertimpa.");
        }
        var t = ifMatch.Trim();
        if (t.StartsWith("W/", StringComparison.Ordinal))
        {
            t = t[2..];
        }
        t = t.Trim('"');
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new AturanException(StatusCodes.Status412PreconditionFailed, "Versi tidak cocok",
                $"If-Match {ifMatch} bukan ETag baris ini; ambil lagi barisnya (GET) lalu kirim ETag-nya.");
    }

    /// <summary>
    /// Before a store changes <paramref name="row"/>: the version the writer saw must be the stored one. The database
    /// checks it again on save (the version is a concurrency token), which catches a change made in between.
    /// </summary>
    /// <param name="tersimpan">The row as the reader sees it, for the message that shows both values.</param>
    public static void Periksa<T>(TolokDb db, T row, int diharapkan, object tersimpan) where T : class, IBerversi
    {
        if (row.Versi != diharapkan)
        {
            throw Usang(row.Versi, tersimpan);
        }
        Tandai(db, row, diharapkan);
    }

    /// <summary>
    /// Marks a row as written at the version its writer saw: the UPDATE names that version, and the row counts as
    /// changed even when every value is the same, so the save guard checks its lock and raises its version (a PUT on a
    /// locked row is refused, never answered 200 for doing nothing).
    /// </summary>
    public static void Tandai<T>(TolokDb db, T row, int diharapkan) where T : class, IBerversi
    {
        var versi = db.Entry(row).Property(r => r.Versi);
        versi.OriginalValue = diharapkan;
        versi.IsModified = true;
    }

    public static AturanException Usang(int sekarang, object? tersimpan, IReadOnlyList<string>? baris = null) =>
        new(StatusCodes.Status412PreconditionFailed, "Data telah diubah orang lain",
            $"Data ini telah diubah orang lain sejak Anda membukanya (versi sekarang {sekarang.ToString(CultureInfo.InvariantCulture)}). " +
            "Periksa nilai tersimpan di bawah, lalu simpan lagi bila isian Anda tetap yang benar.")
        {
            VersiSekarang = sekarang,
            NilaiTersimpan = baris ?? (tersimpan is null ? [] : Uraikan(tersimpan)),
        };

    /// <summary>A stored row as "field: value" lines (from its JSON form, as the API shows it).</summary>
    public static List<string> Uraikan(object tersimpan)
    {
        var json = JsonSerializer.SerializeToElement(tersimpan, Services.JsonOptions);
        var lines = new List<string>();
        if (json.ValueKind != JsonValueKind.Object)
        {
            return lines;
        }
        foreach (var p in json.EnumerateObject())
        {
            if (p.Name is "id" or "versi" || p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                continue;
            }
            lines.Add($"{p.Name}: {p.Value.ValueKind switch
            {
                JsonValueKind.Null => "(kosong)",
                JsonValueKind.True => "ya",
                JsonValueKind.False => "tidak",
                JsonValueKind.Number => Format.Bilangan(p.Value.GetDecimal(), p.Value.GetDecimal().Scale),
                _ => p.Value.ToString(),
            }}");
        }
        return lines;
    }

    /// <summary>Every versioned entity's version is a concurrency token: an UPDATE names the version it read.</summary>
    public static void Konfigurasi(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IBerversi).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).Property(nameof(IBerversi.Versi)).IsConcurrencyToken();
        }
    }
}

/// <summary>A row as the API shows it, with the version its ETag carries.</summary>
public interface IDtoBerversi
{
    int Versi { get; }
}

public static class VersiHttp
{
    /// <summary>200 with the row and its ETag.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> Ok<T>(HttpContext http, T dto) where T : IDtoBerversi
    {
        http.Response.Headers.ETag = Versi.Etag(dto.Versi);
        return TypedResults.Ok(dto);
    }
}
