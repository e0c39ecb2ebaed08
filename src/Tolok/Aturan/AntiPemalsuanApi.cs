using Microsoft.AspNetCore.Antiforgery;

namespace Tolok.Aturan;

/// <summary>
/// Cross-site request forgery on the API: a write (POST, PUT, PATCH, DELETE) made with the sign-in cookie must carry
/// the anti-forgery token (header <c>RequestVerificationToken</c>, or the form field of a page's form), whatever its
/// body (JSON, multipart, none). SameSite=Strict on the cookie is a second guard, not the only one. Requests
/// authenticated by a bearer token are exempt (a browser never adds one by itself); anonymous writes are refused by
/// authorisation before this runs.
/// </summary>
public sealed class AntiPemalsuanApi(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)
            || Pengguna.TokenAuthHandler.AdaBearer(context.Request) || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Results.Problem(
                title: "Token anti-pemalsuan tidak ada atau tidak valid",
                detail: "Permintaan yang mengubah data dengan cookie masuk harus membawa token anti-pemalsuan (header RequestVerificationToken) dari halaman Tolok; klien mesin memakai token API (Authorization: Bearer …).",
                statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
