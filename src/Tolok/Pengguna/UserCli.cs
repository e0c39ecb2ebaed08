using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

public static class UserCli
{
    public static Command Command(CliHost cli)
    {
        var name = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna untuk masuk" };
        var peran = new Option<string[]>("--peran") { Description = "Peran: " + string.Join(", ", Peran.Semua), Required = true, AllowMultipleArgumentsPerToken = true };
        peran.AcceptOnlyFromAmong([.. Peran.Semua]);
        var nama = new Option<string?>("--nama") { Description = "Nama lengkap" };
        var add = new Command("add", "Menambah pengguna; kata sandi acak ditampilkan sekali.") { name, peran, nama };
        add.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var password = DatabaseStartup.RandomPassword();
            var akun = new AkunPengguna { UserName = parse.GetValue(name), NamaLengkap = parse.GetValue(nama) };
            var result = await users.CreateAsync(akun, password);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(akun, parse.GetValue(peran)!.Distinct());
            }
            if (!result.Succeeded)
            {
                return Cli.Fail(parse, string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            parse.InvocationConfiguration.Output.WriteLine($"Pengguna {akun.UserName} dibuat. Kata sandi (hanya ditampilkan sekali): {password}");
            return 0;
        });

        var resetName = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna" };
        var reset = new Command("reset-password", "Mengganti kata sandi pengguna dengan kata sandi acak baru dan membuka kunci akun.") { resetName };
        reset.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var akun = await users.FindByNameAsync(parse.GetValue(resetName)!);
            if (akun is null)
            {
                return Cli.Fail(parse, $"pengguna \"{parse.GetValue(resetName)}\" tidak ditemukan.");
            }
            var password = DatabaseStartup.RandomPassword();
            var token = await users.GeneratePasswordResetTokenAsync(akun);
            var result = await users.ResetPasswordAsync(akun, token, password);
            if (!result.Succeeded)
            {
                return Cli.Fail(parse, string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            await users.SetLockoutEndDateAsync(akun, null);
            await users.ResetAccessFailedCountAsync(akun);
            parse.InvocationConfiguration.Output.WriteLine($"Kata sandi baru untuk {akun.UserName} (hanya ditampilkan sekali): {password}");
            return 0;
        });

        var list = new Command("list", "Menampilkan semua pengguna dan perannya.");
        list.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var rows = await (from u in db.Users
                              orderby u.UserName
                              select new
                              {
                                  u.UserName,
                                  u.NamaLengkap,
                                  u.LockoutEnd,
                                  Peran = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).ToList(),
                              }).ToListAsync(ct);
            var table = new Table().AddColumns("Nama pengguna", "Nama lengkap", "Peran", "Terkunci");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.UserName ?? ""), Markup.Escape(r.NamaLengkap ?? ""), Markup.Escape(string.Join(", ", r.Peran.Order())),
                    r.LockoutEnd > DateTimeOffset.UtcNow ? "ya" : "tidak");
            }
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) }).Write(table);
            return 0;
        });

        return new Command("user", "Pengguna, peran dan penugasan PIC") { add, reset, list, PicCli.Command(cli) };
    }
}