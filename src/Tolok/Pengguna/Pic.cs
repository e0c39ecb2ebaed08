using System.CommandLine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>
/// An Operator's assignment as person in charge (PIC): of which satker ("*" = every one) and which register ("*" =
/// every one) the operator may write. Admin and Perencana write everywhere; an Operator only where assigned.
/// </summary>
public class PenugasanPic
{
    public int Id { get; set; }
    public required string NamaPengguna { get; set; }
    public required string Satker { get; set; }
    public required string Register { get; set; }
}

internal sealed class PenugasanPicConfiguration : IEntityTypeConfiguration<PenugasanPic>
{
    public void Configure(EntityTypeBuilder<PenugasanPic> builder)
    {
        builder.HasIndex(p => new { p.NamaPengguna, p.Satker, p.Register }).IsUnique();
        builder.Property(p => p.NamaPengguna).HasMaxLength(256);
        builder.Property(p => p.Satker).HasMaxLength(20);
        builder.Property(p => p.Register).HasMaxLength(30);
    }
}

/// <summary>The data-entry policy's own check: the role, and for an Operator the assignment for this satker and register.</summary>
public sealed class PicRequirement : IAuthorizationRequirement
{
    public static readonly string[] Register = ["laporan-rb", "laporan-keuangan", "lhe", "layanan", "sengketa", "tahapan", "anggaran", "partisipasi", "realisasi"];

    /// <summary>The register a request writes, from its path (API and pages alike); null when it cannot be told.</summary>
    public static string? RegisterOf(HttpContext http)
    {
        var path = http.Request.Path.Value?.ToLowerInvariant() ?? "";
        if (http.Request.RouteValues.TryGetValue("jenis", out var j) && j is string jenis)
        {
            return jenis switch { "layanan-pelaksanaan" => "layanan", "insiden" => "tahapan", _ => jenis };
        }
        return path switch
        {
            _ when path.Contains("/laporan/rb", StringComparison.Ordinal) => "laporan-rb",
            _ when path.Contains("/laporan/keuangan", StringComparison.Ordinal) => "laporan-keuangan",
            _ when path.Contains("/lhe", StringComparison.Ordinal) || path.StartsWith("/evaluasi", StringComparison.Ordinal) => "lhe",
            _ when path.Contains("/layanan", StringComparison.Ordinal) => "layanan",
            _ when path.Contains("/sengketa", StringComparison.Ordinal) => "sengketa",
            _ when path.Contains("/tahapan", StringComparison.Ordinal) => "tahapan",
            _ when path.Contains("/anggaran", StringComparison.Ordinal) => "anggaran",
            _ when path.Contains("/tps/", StringComparison.Ordinal) || path.StartsWith("/partisipasi", StringComparison.Ordinal) => "partisipasi",
            _ when path.Contains("/manual", StringComparison.Ordinal) || path.StartsWith("/kinerja/rincian", StringComparison.Ordinal) => "realisasi",
            _ => null,
        };
    }

    /// <summary>The satker a request writes for: the route's kode, else ?satker= or the form's satker field.</summary>
    public static async Task<string?> SatkerOfAsync(HttpContext http)
    {
        if (http.Request.RouteValues.TryGetValue("kode", out var k) && k is string kode)
        {
            return kode;
        }
        if (http.Request.Query.TryGetValue("satker", out var q) && q.Count > 0)
        {
            return q[0];
        }
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync();
            if (form.TryGetValue("satker", out var f) && f.Count > 0)
            {
                return f[0];
            }
        }
        return null;
    }
}

public sealed class PicHandler(IHttpContextAccessor accessor, IServiceScopeFactory scopes) : AuthorizationHandler<PicRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PicRequirement requirement)
    {
        var user = context.User;
        if (user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Perencana))
        {
            context.Succeed(requirement);
            return;
        }
        if (!user.IsInRole(Peran.Operator) || accessor.HttpContext is not { } http || user.Identity?.Name is not { } name)
        {
            return;
        }
        var register = PicRequirement.RegisterOf(http);
        if (register is null && http.Request.HasFormContentType && (await http.Request.ReadFormAsync()).TryGetValue("Jenis", out var jenis) && jenis.Count > 0)
        {
            // The XLSX import page names its register in the form.
            register = jenis[0] switch { "layanan-pelaksanaan" => "layanan", "insiden" => "tahapan", var j => j };
        }
        var satker = await PicRequirement.SatkerOfAsync(http);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        var assigned = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == name).ToListAsync();
        if (assigned.Any(p => (p.Satker == "*" || p.Satker == satker) && (p.Register == "*" || p.Register == register)))
        {
            context.Succeed(requirement);
        }
    }
}

public static class PicCli
{
    public static Command Command(CliHost cli)
    {
        var name = new Argument<string>("NAMA") { Description = "Nama pengguna (Operator)" };
        var satker = new Option<string>("--satker") { Description = "Kode satker, atau * untuk semua", Required = true };
        var register = new Option<string>("--register") { Description = "Register: " + string.Join(", ", PicRequirement.Register) + ", atau * untuk semua", Required = true };
        var hapus = new Option<bool>("--hapus") { Description = "Mencabut penugasan ini" };
        var command = new Command("pic", "Menugaskan (atau mencabut) Operator sebagai PIC sebuah register di sebuah satker; Verifikator dan Pimpinan pada satker lingkupnya (--register \"*\").") { name, satker, register, hapus };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(name)!;
            var s = parse.GetValue(satker)!;
            var r = parse.GetValue(register)!;
            if (r != "*" && !PicRequirement.Register.Contains(r))
            {
                return Cli.Fail(parse, $"register \"{r}\" tidak dikenal; pilih {string.Join(", ", PicRequirement.Register)} atau *.");
            }
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            if (!await db.Users.AnyAsync(u => u.UserName == n, ct))
            {
                return Cli.Fail(parse, $"pengguna \"{n}\" tidak ada.");
            }
            if (s != "*" && !await db.Satker.AnyAsync(x => x.Kode == s, ct))
            {
                return Cli.Fail(parse, $"satker \"{s}\" tidak ada.");
            }
            var row = await db.PenugasanPic.FirstOrDefaultAsync(p => p.NamaPengguna == n && p.Satker == s && p.Register == r, ct);
            if (parse.GetValue(hapus))
            {
                if (row is not null)
                {
                    db.PenugasanPic.Remove(row);
                }
            }
            else if (row is null)
            {
                db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = n, Satker = s, Register = r });
            }
            await db.SaveChangesAsync(ct);
            var all = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == n).OrderBy(p => p.Satker).ThenBy(p => p.Register).ToListAsync(ct);
            parse.InvocationConfiguration.Output.WriteLine($"Penugasan PIC {n}: {(all.Count == 0 ? "tidak ada" : string.Join("; ", all.Select(p => $"{p.Satker}/{p.Register}")))}.");
            return 0;
        });
        return command;
    }
}
