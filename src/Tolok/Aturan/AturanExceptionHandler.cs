using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Tolok.Aturan;

/// <summary>
/// A rule's refusal that reached the top of a request (the API; pages handle theirs in <see cref="FilterAturan"/>):
/// answered as problem details with the rule's status (403 scope, 409 lock or concurrent action, 412 stale version,
/// 428 If-Match missing), never as a 500. A concurrent change the database found is a 412; a duplicate that two
/// concurrent requests created at once is a 409.
/// </summary>
public sealed class AturanExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var aturan = exception switch
        {
            AturanException a => a,
            DbUpdateConcurrencyException => Versi.Usang(0, null),
            DbUpdateException e when Bentrokan.IsUnique(e) => AturanException.Bentrok("Permintaan lain baru saja menyimpan data yang sama; ambil lagi datanya lalu ulangi bila perlu."),
            _ => null,
        };
        if (aturan is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = aturan.Status;
        if (aturan.VersiSekarang is { } v && v > 0)
        {
            httpContext.Response.Headers.ETag = Versi.Etag(v);
        }
        var problem = new ProblemDetails { Status = aturan.Status, Title = aturan.Judul, Detail = aturan.Message };
        if (aturan.NilaiTersimpan.Count > 0)
        {
            problem.Extensions["tersimpan"] = aturan.NilaiTersimpan;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
