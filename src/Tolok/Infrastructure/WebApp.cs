using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Tolok.Alur;
using Tolok.Bukti;
using Tolok.Evaluasi;
using Tolok.Iku;
using Tolok.Kalender;
using Tolok.Kinerja;
using Tolok.Laporan;
using Tolok.Layanan;
using Tolok.Lkjip;
using Tolok.Lke;
using Tolok.Monitoring;
using Tolok.Partisipasi;
using Tolok.Pemilihan;
using Tolok.Pengguna;
using Tolok.Publik;
using Tolok.Register;
using Tolok.Satker;
using Tolok.Sengketa;
using Tolok.Tahapan;
using Tolok.Tugas;

namespace Tolok.Infrastructure;

/// <summary>Composition of the web app: services, middleware, routes.</summary>
public static class WebApp
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The folder of the static files: an installed Tolok (scripts/pasang.sh) carries wwwroot beside the binary and is
    /// started from any folder; during development (dotnet run) the default (the working directory's wwwroot, or the
    /// build's static-web-assets manifest) applies, so null.
    /// </summary>
    internal static string? WebRoot(string workingDirectory, string binaryDirectory)
    {
        var installed = Path.Combine(binaryDirectory, "wwwroot");
        return !Directory.Exists(Path.Combine(workingDirectory, "wwwroot")) && Directory.Exists(installed) ? installed : null;
    }

    /// <summary>
    /// The appsettings.json shipped beside the binary. Its file provider is the binary's folder: without one, the
    /// builder would give it the content root's (the working directory), which refuses an absolute path, and the file
    /// would be skipped as "optional" — as it was until issue 17's profiling found every request logged at Information.
    /// </summary>
    internal static Microsoft.Extensions.Configuration.Json.JsonConfigurationSource SetelanBesertaBiner(string binaryDirectory) => new()
    {
        FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(binaryDirectory),
        Path = "appsettings.json",
        Optional = true,
        ReloadOnChange = false,
    };

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = WebRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        });
        // Settings shipped beside the binary apply when it is started from another folder; the working
        // directory's appsettings.json (loaded by default) and the environment still win.
        builder.Configuration.Sources.Insert(0, SetelanBesertaBiner(AppContext.BaseDirectory));
        // Serve wwwroot from the build output's static-web-assets manifest in every environment, not only in
        // Development, so that the CSS and script load wherever tolok.dll is started from.
        builder.WebHost.UseStaticWebAssets();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddTolokCore(builder.Configuration);
        services.AddSingleton<PenyimpananBukti>();
        // Uploads up to the evidence limit (plus room for the form) reach the endpoints that check them.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = Math.Max(o.MultipartBodyLengthLimit, builder.Configuration.GetValue("Bukti:BatasMB", 20L) * 1024 * 1024 + 1024 * 1024));
        services.AddHostedService<DatabaseStartupService>();
        // After the database is ready and before the server listens (decision 126).
        services.AddHostedService<Monitoring.Pemanasan>();
        // One scheme picks per request: a bearer token (machine clients, Pengguna/TokenAuth) or the sign-in cookie.
        services.AddAuthentication(TokenAuthHandler.SkemaPilih)
            .AddPolicyScheme(TokenAuthHandler.SkemaPilih, "Cookie atau token API", o =>
                o.ForwardDefaultSelector = c => TokenAuthHandler.AdaBearer(c.Request) ? TokenAuthHandler.Skema : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthHandler>(TokenAuthHandler.Skema, null)
            .AddIdentityCookies();
        // A cookie is checked against the account on every request: signing out, a password reset or a deactivation
        // (each changes the security stamp) ends every session of the account at once (decision 89).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Keamanan:PeriksaSesiDetik", 0)));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Akun/Masuk";
            o.LogoutPath = "/Akun/Keluar";
            o.AccessDeniedPath = "/Akun/Ditolak";
            o.Cookie.Name = "tolok.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // A session ends after this many minutes without a request (Keamanan:BatasDiamMenit, default 120).
            o.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Clamp(builder.Configuration.GetValue("Keamanan:BatasDiamMenit", 120), 5, 24 * 60));
            o.SlidingExpiration = true;
            // The API answers 401/403; only pages redirect to the login form.
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Peran.PolicyKelolaIku, p => p.RequireRole(Peran.Admin, Peran.Perencana))
            .AddPolicy(Peran.PolicyKelolaData, p => p.RequireRole(Peran.Admin, Peran.Perencana, Peran.Operator)) // which satker and register: Aturan.Lingkup, on the row written
            .AddPolicy(Peran.PolicyLihatAudit, p => p.RequireRole(Peran.Admin, Peran.Pimpinan, Peran.Verifikator, Peran.Inspektorat))
            .AddPolicy(Peran.PolicyVerifikasi, p => p.RequireRole(Peran.Verifikator))
            .AddPolicy(Peran.PolicySetujui, p => p.RequireRole(Peran.Pimpinan))
            .AddPolicy(Peran.PolicyBukaKembali, p => p.RequireRole(Peran.Admin, Peran.Pimpinan));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = CacheHalamanSatker.CookieAntiPemalsuan;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorPages(o =>
        {
            // Pages live in their feature folders (Iku/, Akun/ …), not under Pages/.
            o.RootDirectory = "/";
            o.Conventions.AuthorizePage("/Iku/Edit", Peran.PolicyKelolaIku);
            o.Conventions.AuthorizePage("/Audit/Index", Peran.PolicyLihatAudit);
        }).AddViewOptions(o =>
        {
            // No client-side validation library runs (the server validates and answers in Indonesian): the data-val-*
            // attributes would only carry the framework's English messages into the HTML.
            o.HtmlHelperOptions.ClientValidationEnabled = false;
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<Aturan.FilterAturan>();
            // A non-nullable string bound from the address (satker, periode, skala) has a default on the page; it is
            // not "required", or every GET without it would show "The Satker field is required." (issue 15).
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            // Form fields that cannot be read (a letter in a number, an impossible date) are explained in Indonesian.
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, field) => $"Isian {field}: \"{value}\" tidak valid.");
            m.SetValueIsInvalidAccessor(value => $"\"{value}\" tidak valid.");
            m.SetValueMustBeANumberAccessor(field => $"Isian {field} harus berupa angka.");
            m.SetValueMustNotBeNullAccessor(field => $"Isian {field} wajib diisi.");
            m.SetMissingBindRequiredValueAccessor(field => $"Isian {field} wajib diisi.");
            m.SetMissingKeyOrValueAccessor(() => "Isian wajib diisi.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Isi permintaan wajib diisi.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"\"{value}\" tidak valid.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai tidak valid.");
            m.SetUnknownValueIsInvalidAccessor(field => $"Isian {field} tidak valid.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Isian harus berupa angka.");
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => ProblemIndonesia(c.ProblemDetails));
        services.ConfigureHttpJsonOptions(o => Services.ConfigureJson(o.SerializerOptions));
        services.AddOpenApi("v1", OpenApiTolok.Configure);
        // Sign-in attempts per client address and minute: counted in the database (Infrastructure/Klaster.cs, BatasMasuk).
        services.AddHostedService<PendengarPortal>();
        services.AddHostedService<Kalender.PengingatService>();
        // The public portal is served from memory; approving or reopening data evicts it (tag "portal").
        // HTML and JSON compressed (Brotli, gzip). Not over HTTPS by this server: pages carry anti-forgery tokens next
        // to reflected input (BREACH); behind a TLS proxy the proxy decides (decision 95).
        services.AddResponseCompression(o => o.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "application/problem+json", "image/svg+xml"]);
        services.AddOutputCache(o =>
        {
            o.AddPolicy(AlurApi.TagPortal, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(AlurApi.TagPortal).SetVaryByQuery("*"));
            // A signed-in user's dashboard, under the stamps of what it shows (decision 116).
            o.AddPolicy(CacheHalamanSatker.Nama, new CacheHalamanSatker());
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        // The API answers errors as problem details; pages get an Indonesian error page.
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/Galat", "?kode={0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles(new StaticFileOptions
        {
            // A file addressed with its content hash (asp-append-version: ?v=…) never changes: cached for a year.
            OnPrepareResponse = c =>
            {
                if (c.Context.Request.Query.ContainsKey("v"))
                {
                    c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<BatasMasuk>();
        app.UseOutputCache();
        app.UseAntiforgery();
        // Cookie-authenticated API writes need the anti-forgery token too (header RequestVerificationToken); bearer
        // tokens are not sent by browsers on their own, so requests carrying one are exempt.
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseMiddleware<Aturan.AntiPemalsuanApi>());
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseMiddleware<Aturan.AturanMiddleware>());

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        api.AddEndpointFilter<Aturan.FilterBaca>();
        api.MapSatkerApi();
        api.MapIkuApi();
        api.MapDokumenSatkerApi();
        api.MapLaporanPartisipasiApi();
        api.MapPemilihanApi();
        api.MapPartisipasiApi();
        api.MapRealisasiPartisipasiApi();
        api.MapKinerjaApi();
        api.MapTahapanApi();
        api.MapSengketaApi();
        api.MapLaporanApi();
        api.MapLheApi();
        api.MapRekomendasiApi();
        api.MapKalenderApi();
        api.MapLkeApi();
        api.MapLayananApi();
        api.MapImporRegisterApi();
        api.MapRealisasiManualApi();
        api.MapLkjipApi();
        api.MapAlurApi();
        api.MapTugasApi();
        api.MapPortalApi();
        api.MapBuktiApi();
        api.MapSkalaApi();
        api.MapMonitoringApi();
        app.MapKalenderFeed();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Problem details the framework writes itself (a parameter that cannot be read, a body that is not JSON, a
    /// status without a body) get an Indonesian title and, for a bad request, a hint of what to check.
    /// </summary>
    private static void ProblemIndonesia(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        var (title, hint) = problem.Status switch
        {
            400 => ("Permintaan tidak valid", "Parameter atau isi permintaan tidak dapat dibaca: periksa angka, tanggal (yyyy-mm-dd), true/false dan format JSON."),
            401 => ("Perlu masuk", "Masuk terlebih dahulu."),
            403 => ("Akses ditolak", "Peran akun ini tidak mengizinkan tindakan ini."),
            404 => ("Tidak ditemukan", null),
            405 => ("Metode tidak diizinkan", null),
            413 => ("Berkas terlalu besar", "Berkas melebihi batas unggahan: data TPS 512 MB; register dan target 20 MB; bukti dukung sesuai Bukti:BatasMB (bawaan 20 MB)."),
            415 => ("Jenis isi tidak didukung", "Kirim JSON (application/json) atau formulir berkas (multipart/form-data)."),
            500 => ("Terjadi galat pada server", "Coba lagi; bila berulang, hubungi Admin."),
            _ => ((string?)null, (string?)null),
        };
        // Only the framework's own English titles (the HTTP reason phrase, or the exception handler's sentence) are
        // replaced; Tolok's own stay. A 500 never shows what the framework wrote.
        if (problem.Status == 500)
        {
            problem.Title = title;
            problem.Detail = hint;
        }
        else if (title is not null && (problem.Title is null || problem.Title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status ?? 0)
            || problem.Title.StartsWith("An error occurred", StringComparison.Ordinal)))
        {
            problem.Title = title;
            problem.Detail ??= hint;
        }
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task ApiOrRedirect(HttpContext context, string redirectUri, int status)
    {
        if (IsApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Headers every response carries. The CSP allows no inline script or style.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }
}