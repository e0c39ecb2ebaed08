using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Pemilihan;

public static class PemilihanApi
{
    public static RouteGroupBuilder MapPemilihanApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/pemilihan").WithTags("Pemilihan");
        group.MapGet("/", async (TolokDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).OrderBy(p => p.Tanggal).ToListAsync(ct)).Select(p => p.AsDto()).ToList()))
            .WithName("DaftarPemilihan")
            .WithSummary("Daftar pemilihan beserta surat suaranya")
            .AllowAnonymous();
        group.MapPost("/", CreateAsync)
            .WithName("TambahPemilihan")
            .WithSummary("Menambah pemilihan (Admin)")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Peran.Admin });
        return api;
    }

    private static async Task<Results<Created<PemilihanDto>, ValidationProblem>> CreateAsync(PemilihanDto input, TolokDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Id) || !input.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || input.Id.Length > 50)
        {
            errors["id"] = ["Id wajib diisi: huruf kecil, angka dan tanda hubung, paling panjang 50 (mis. pilkada-2029)."];
        }
        else if (await db.Pemilihan.AnyAsync(p => p.Slug == input.Id, ct))
        {
            errors["id"] = [$"Pemilihan \"{input.Id}\" sudah ada."];
        }
        if (string.IsNullOrWhiteSpace(input.Nama) || input.Nama.Length > 200)
        {
            errors["nama"] = ["Nama wajib diisi (paling panjang 200 karakter)."];
        }
        if (input.SuratSuara is null || input.SuratSuara.Count == 0)
        {
            errors["suratSuara"] = ["Sedikitnya satu surat suara."];
        }
        else if (input.SuratSuara.Any(s => string.IsNullOrWhiteSpace(s.Kode) || s.Kode.Length > 20 || string.IsNullOrWhiteSpace(s.Nama))
            || input.SuratSuara.Select(s => s.Kode.ToUpperInvariant()).Distinct().Count() != input.SuratSuara.Count)
        {
            errors["suratSuara"] = ["Setiap surat suara memerlukan kode unik (paling panjang 20) dan nama."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Data pemilihan tidak valid");
        }
        var p = new Pemilihan
        {
            Slug = input.Id,
            Nama = input.Nama.Trim(),
            Tanggal = input.Tanggal,
            SuratSuara = [.. input.SuratSuara!.Select((s, i) => new SuratSuara { Kode = s.Kode.Trim().ToUpperInvariant(), Nama = s.Nama.Trim(), Urutan = i + 1 })],
        };
        db.Pemilihan.Add(p);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/pemilihan/{p.Slug}", p.AsDto());
    }
}
