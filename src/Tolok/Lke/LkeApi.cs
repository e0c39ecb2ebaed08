using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lke;

/// <summary>An answer to one kriteria: <see cref="Jawaban"/> null clears it; evidence as "label | /url" or a url, one per item.</summary>
public sealed record JawabanLkeEdit(string? Jawaban, string? Catatan, string? AlasanBeda, IReadOnlyList<string>? Bukti);

public static class LkeApi
{
    public static RouteGroupBuilder MapLkeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/lke").WithTags("Evaluasi SAKIP");
        group.MapGet("/{tahun:int}", async Task<Results<Ok<LkeDto>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, HttpContext http, CancellationToken ct) =>
                await LkeQuery.GetAsync(db, kode, tahun, ct) is { } lke
                    ? Aturan.VersiHttp.Ok(http, lke)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker dengan kode \"{kode}\" tidak ditemukan."))
            .WithName("AmbilLke")
            .WithSummary("Penilaian mandiri LKE SAKIP (PermenPAN-RB 88/2021) satker untuk tahun yang dievaluasi: jawaban, saran dari data Tolok, bukti, nilai dan predikat")
            .RequireAuthorization();
        group.MapGet("/{tahun:int}.{format}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string kode, int tahun, string format, TolokDb db, CancellationToken ct) =>
                format is not ("xlsx" or "docx")
                    ? TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Format \"{Format.Potong(format, 10)}\" tidak tersedia; pilih xlsx atau docx.")
                    : await LkeQuery.GetAsync(db, kode, tahun, ct) is { } lke
                        ? TypedResults.File(format == "xlsx" ? Dokumen.XlsxRenderer.Render(LkeDokumen.Build(lke)) : Dokumen.DocxRenderer.Render(LkeDokumen.Build(lke)),
                            Dokumen.DokumenFormat.ContentType(format), $"lke-{kode.Replace('.', '-')}-{tahun}.{format}")
                        : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker dengan kode \"{Format.Potong(kode, 20)}\" tidak ditemukan."))
            .WithName("UnduhLke")
            .WithSummary("Penilaian mandiri LKE sebagai XLSX (tata letak lembar kerja) atau DOCX")
            .RequireAuthorization();
        group.MapPut("/{tahun:int}/kriteria/{kriteria}", async Task<Results<Ok<LkeDto>, ValidationProblem, ProblemHttpResult>> (string kode, int tahun, string kriteria, JawabanLkeEdit edit,
                [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                if (await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } satkerId)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker dengan kode \"{kode}\" tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await LkeStore.SimpanAsync(db, satkerId, kode, tahun, kriteria, edit, versi, time, ct);
                if (errors is { Count: > 0 })
                {
                    return errors.TryGetValue("kriteria", out var tidakAda)
                        ? TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: tidakAda[0])
                        : TypedResults.ValidationProblem(errors, title: "Jawaban LKE tidak valid");
                }
                return Aturan.VersiHttp.Ok(http, (await LkeQuery.GetAsync(db, kode, tahun, ct))!);
            })
            .WithName("JawabLke")
            .WithSummary("Menjawab satu kriteria LKE (If-Match: ETag penilaian dari GET; 0 bila belum ada). Jawaban yang berbeda dari saran wajib beralasan.")
            .RequireAuthorization(Peran.PolicyKelolaIku);
        return api;
    }
}
