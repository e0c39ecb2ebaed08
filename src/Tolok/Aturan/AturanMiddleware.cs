using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Tolok.Aturan;

/// <summary>
/// A rule's refusal in an API request (pages handle theirs in <see cref="FilterAturan"/>): answered as problem details
/// with the rule's status (403 scope, 409 lock or concurrent action, 412 stale version with the current ETag, 428
/// If-Match missing), never as a 500. A concurrent change the database found is a 412; a duplicate that two concurrent
/// requests created at once is a 409. A middleware inside the routing rather than an exception handler, because the
/// exception handler clears the ETag header that a 412 must carry.
/// </summary>
public sealed class AturanMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (Dari(e) is { } aturan && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = aturan.Status;
            if (aturan.VersiSekarang is { } v && v > 0)
            {
                context.Response.Headers.ETag = Versi.Etag(v);
            }
            var problem = new ProblemDetails { Status = aturan.Status, Title = aturan.Judul, Detail = aturan.Message };
            if (aturan.NilaiTersimpan.Count > 0)
            {
                problem.Extensions["tersimpan"] = aturan.NilaiTersimpan;
            }
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = e });
        }
    }

    /// <summary>The rule behind an exception, or null when it is not a rule's refusal.</summary>
    public static AturanException? Dari(Exception e) => e switch
    {
        AturanException a => a,
        DbUpdateConcurrencyException => Versi.Usang(0, null),
        DbUpdateException or Npgsql.PostgresException or Microsoft.Data.Sqlite.SqliteException when Bentrokan.IsUnique(e) => AturanException.Bentrok("Permintaan lain baru saja menyimpan data yang sama; ambil lagi datanya lalu ulangi bila perlu."),
        _ => null,
    };
}
