using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

public sealed record SkalaDto(string Label, decimal? Bawah, bool BawahInklusif, decimal? Atas, bool AtasInklusif, string Warna);

/// <summary>The achievement scale (traffic lights) and the SAKIP grade scale: read by anyone, replaced by an Admin.</summary>
public static partial class SkalaApi
{
    public static readonly string[] Skala = [SkalaCapaian.Capaian, SkalaCapaian.PredikatSakip];

    public static RouteGroupBuilder MapSkalaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/skala/{skala}", async Task<Results<Ok<List<SkalaDto>>, ProblemHttpResult>> (string skala, TolokDb db, CancellationToken ct) =>
                Skala.Contains(skala)
                    ? TypedResults.Ok(await ListAsync(db, skala, ct))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Skala \"{skala}\" tidak dikenal; pilih {string.Join(" atau ", Skala)}."))
            .WithTags("Kinerja").WithName("AmbilSkala").WithSummary("Pita skala capaian atau predikat SAKIP").AllowAnonymous();
        api.MapPut("/skala/{skala}", async Task<Results<Ok<List<SkalaDto>>, ValidationProblem, ProblemHttpResult>> (string skala, List<SkalaDto> pita, TolokDb db, CancellationToken ct) =>
            {
                if (!Skala.Contains(skala))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Skala \"{skala}\" tidak dikenal.");
                }
                var errors = Validate(pita);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Skala tidak valid; tidak ada yang disimpan");
                }
                await SaveAsync(db, skala, pita, ct);
                return TypedResults.Ok(await ListAsync(db, skala, ct));
            })
            .WithTags("Kinerja").WithName("UbahSkala").WithSummary("Mengganti pita skala (Admin)")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Peran.Admin });
        return api;
    }

    public static async Task<List<SkalaDto>> ListAsync(TolokDb db, string skala, CancellationToken ct) =>
        await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == skala).OrderBy(s => s.Urutan)
            .Select(s => new SkalaDto(s.Label, s.Bawah, s.BawahInklusif, s.Atas, s.AtasInklusif, s.Warna)).ToListAsync(ct);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Warna();

    /// <summary>Labels and colours present, each band's lower end below its upper end, and no value in two bands.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<SkalaDto> pita)
    {
        var errors = new Dictionary<string, string[]>();
        if (pita.Count == 0)
        {
            errors["pita"] = ["Skala memerlukan sedikitnya satu pita."];
            return errors;
        }
        for (var i = 0; i < pita.Count; i++)
        {
            var p = pita[i];
            if (string.IsNullOrWhiteSpace(p.Label) || p.Label.Length > 50)
            {
                errors[$"[{i}].label"] = [$"Pita ke-{i + 1}: label wajib diisi (paling panjang 50 karakter)."];
            }
            if (p.Warna is null || !Warna().IsMatch(p.Warna))
            {
                errors[$"[{i}].warna"] = [$"Pita ke-{i + 1}: warna ditulis #RRGGBB, mis. #2e7d32."];
            }
            if (p.Bawah is { } b && p.Atas is { } a && (b > a || (b == a && !(p.BawahInklusif && p.AtasInklusif))))
            {
                errors[$"[{i}].bawah"] = [$"Pita ke-{i + 1}: batas bawah harus di bawah batas atas."];
            }
        }
        if (pita.Select(p => p.Label?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != pita.Count)
        {
            errors["label"] = ["Setiap pita memerlukan label yang berbeda."];
        }
        for (var i = 0; i < pita.Count; i++)
        {
            for (var j = i + 1; j < pita.Count; j++)
            {
                if (Overlap(pita[i], pita[j]))
                {
                    errors[$"[{j}].bawah"] = [$"Pita \"{pita[i].Label}\" dan \"{pita[j].Label}\" tumpang tindih: sebuah nilai akan masuk ke dua pita. Perhatikan ujung inklusif/eksklusif."];
                }
            }
        }
        return errors;
    }

    private static bool Overlap(SkalaDto x, SkalaDto y)
    {
        // x ends before y starts (or the other way round), counting which ends are inclusive.
        static bool Before(SkalaDto p, SkalaDto q) => p.Atas is { } a && q.Bawah is { } b && (a < b || (a == b && !(p.AtasInklusif && q.BawahInklusif)));
        return !Before(x, y) && !Before(y, x);
    }

    public static async Task SaveAsync(TolokDb db, string skala, IReadOnlyList<SkalaDto> pita, CancellationToken ct)
    {
        db.SkalaCapaian.RemoveRange(await db.SkalaCapaian.Where(s => s.Skala == skala).ToListAsync(ct));
        db.SkalaCapaian.AddRange(pita.Select((p, i) => new SkalaCapaian
        {
            Skala = skala,
            Label = p.Label.Trim(),
            Bawah = p.Bawah,
            BawahInklusif = p.BawahInklusif,
            Atas = p.Atas,
            AtasInklusif = p.AtasInklusif,
            Warna = p.Warna.ToLowerInvariant(),
            Urutan = i + 1,
        }));
        await db.SaveChangesAsync(ct);
    }
}
