using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Tolok.Pengguna;

namespace Tolok.Infrastructure;

/// <summary>Services shared by the web app and the CLI.</summary>
public static class Services
{
    public static IServiceCollection AddTolokCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // Keys that protect login cookies and reset tokens survive restarts and are shared by every app server: they
        // live in the database (decision 108), or in a folder when DataProtection:KeysPath names one.
        var keys = services.AddDataProtection().SetApplicationName("Tolok");
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } path)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(path));
        }
        else
        {
            keys.PersistKeysToDbContext<TolokDb>();
        }
        services.AddTolokDb(configuration);
        services.Configure<BatasImpor>(configuration.GetSection("Impor"));
        services.Configure<Kalender.SmtpOpsi>(configuration.GetSection("Smtp"));
        services.AddSingleton<GerbangImpor>();
        services.AddIdentityCore<AkunPengguna>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TolokDb>()
            .AddSignInManager()
            .AddErrorDescriber<PesanIdentitas>()
            .AddDefaultTokenProviders();
        // The cookie check of every request, without a query while no account changed (replaces Identity's).
        services.AddScoped<ISecurityStampValidator, PenjagaSesi>();
        return services;
    }

    /// <summary>The API's JSON settings, for JSON Tolok writes itself (approved figures, open data).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private static System.Text.Json.JsonSerializerOptions CreateJsonOptions()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        ConfigureJson(options);
        return options;
    }

    public static void ConfigureJson(System.Text.Json.JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
    }
}