using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Aturan;

/// <summary>A page with a data-entry form: it can load its data again to show the form with a refusal above it.</summary>
public interface IHalamanFormulir
{
    Task MuatUlangAsync(CancellationToken ct);
}

/// <summary>A page of one satker's internal data (its <c>satker</c> query value, or the default): read only within the user's scope.</summary>
public interface IHalamanSatker
{
    string Satker { get; }
}

/// <summary>A page of one region's participation data: read only where the region lies in the user's scope.</summary>
public interface IHalamanWilayah
{
    string WilayahDibaca { get; }
}

/// <summary>A form that edits one versioned row: the version it was opened at travels in a hidden field.</summary>
public interface IFormulirBerversi
{
    int? Versi { get; set; }
}

/// <summary>
/// The pages' side of the write rules, for every page at once:
/// (1) a post whose query string and form disagree on a field (<c>?satker=51.01</c> with form field
///     <c>satker=51</c>) is refused before any handler runs: what is written must be what was authorised and shown;
/// (2) a rule's refusal (<see cref="AturanException"/>, or a concurrent change found by the database) is shown above
///     the form in Indonesian with the user's input kept (scope refusals answer 403); for a stale version the stored
///     values are listed and the form takes the new version, so saving again is a deliberate choice.
/// </summary>
public sealed class FilterAturan : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (FilterBaca.GalatTahun(context.HttpContext) is { } galatTahun)
        {
            context.Result = new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/plain; charset=utf-8", Content = galatTahun };
            return;
        }
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            foreach (var (key, value) in request.Query)
            {
                if (form.TryGetValue(key, out var inForm) && !string.Equals(inForm.ToString(), value.ToString(), StringComparison.Ordinal))
                {
                    context.Result = new ContentResult
                    {
                        StatusCode = StatusCodes.Status400BadRequest,
                        ContentType = "text/plain; charset=utf-8",
                        Content = $"Permintaan ditolak: isian \"{Format.Potong(key, 40)}\" di alamat ({Format.Potong(value)}) berbeda dengan di formulir ({Format.Potong(inForm)}). Muat ulang halaman lalu kirim lagi.",
                    };
                    return;
                }
            }
        }
        // Who reads what (decision 87): an internal page of a satker outside the user's scope is refused, whether the
        // satker came from the address or is the page's default.
        if (context.HandlerInstance is IHalamanSatker halamanSatker
            && context.HttpContext.User.Identity?.IsAuthenticated == true
            && context.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().FirstOrDefault() is null
            && !await Lingkup.BolehBacaAsync(context.HttpContext.RequestServices.GetRequiredService<TolokDb>(), Pelaku.Dari(context.HttpContext.User), halamanSatker.Satker, context.HttpContext.RequestAborted))
        {
            context.Result = new ForbidResult();
            return;
        }
        if (context.HandlerInstance is IHalamanWilayah wilayah
            && context.HttpContext.User.Identity?.IsAuthenticated == true
            && !await Lingkup.BolehBacaWilayahAsync(context.HttpContext.RequestServices.GetRequiredService<TolokDb>(), Pelaku.Dari(context.HttpContext.User), wilayah.WilayahDibaca, context.HttpContext.RequestAborted))
        {
            context.Result = new ForbidResult();
            return;
        }
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page)
        {
            return;
        }
        var aturan = AturanMiddleware.Dari(executed.Exception);
        if (aturan is null)
        {
            return;
        }
        executed.ExceptionHandled = true;
        // What the refused save left in the context is not what is stored: forget it before loading again.
        context.HttpContext.RequestServices.GetRequiredService<TolokDb>().ChangeTracker.Clear();
        if (aturan.Status == StatusCodes.Status403Forbidden)
        {
            executed.Result = new ForbidResult();
            return;
        }
        page.ModelState.AddModelError("", aturan.Message);
        foreach (var line in aturan.NilaiTersimpan)
        {
            page.ModelState.AddModelError("", "Tersimpan — " + line);
        }
        if (aturan.VersiSekarang is { } v && v > 0 && page is IFormulirBerversi berversi)
        {
            page.ModelState.Remove(nameof(IFormulirBerversi.Versi));
            berversi.Versi = v;
        }
        if (page is IHalamanFormulir halaman)
        {
            await halaman.MuatUlangAsync(context.HttpContext.RequestAborted);
        }
        executed.Result = page.Page();
    }
}

/// <summary>Recognises the database's unique-constraint refusal, on either provider.</summary>
public static class Bentrokan
{
    public static bool IsUnique(Exception e) => (e is DbUpdateException ? e.InnerException : e) switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

/// <summary>What every register form checks before it saves: the version it carries (an edit must), and the store's validation.</summary>
public static class FormulirRegister
{
    /// <summary>Adds the refusals to the page's model state; true when the form may be saved.</summary>
    public static bool Valid(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, int? id, int? versi, Dictionary<string, string[]> validasi)
    {
        if (id is not null && versi is null)
        {
            state.AddModelError("", Versi.PesanTanpaVersi);
        }
        foreach (var (key, messages) in validasi)
        {
            state.AddModelError(key, string.Join(" ", messages));
        }
        return state.IsValid;
    }
}
