using System.CommandLine;
using Microsoft.AspNetCore.Identity;
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
            var (password, galat) = await KelolaPengguna.TambahAsync(users, parse.GetValue(name)!, parse.GetValue(nama), [.. parse.GetValue(peran)!.Distinct()]);
            if (galat is not null)
            {
                return Cli.Fail(parse, galat);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Pengguna {parse.GetValue(name)!.Trim()} dibuat. Kata sandi (hanya ditampilkan sekali): {password}");
            parse.InvocationConfiguration.Output.WriteLine("Operator, Verifikator dan Pimpinan baru dapat bertindak setelah ditugaskan: tolok user pic NAMA --satker KODE --register REGISTER.");
            return 0;
        });

        var resetName = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna" };
        var reset = new Command("reset-password", "Mengganti kata sandi pengguna dengan kata sandi acak baru, membuka kunci akun dan mencabut token API-nya.") { resetName };
        reset.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var (password, galat) = await KelolaPengguna.ResetSandiAsync(db, users, parse.GetValue(resetName)!, db.Pelaku.Nama, time.GetUtcNow().UtcDateTime, ct);
            if (galat is not null)
            {
                return Cli.Fail(parse, galat);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Kata sandi baru untuk {parse.GetValue(resetName)} (hanya ditampilkan sekali): {password}");
            return 0;
        });

        var peranName = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna" };
        var peranBaru = new Option<string[]>("--peran") { Description = "Peran (menggantikan yang lama): " + string.Join(", ", Peran.Semua), Required = true, AllowMultipleArgumentsPerToken = true };
        peranBaru.AcceptOnlyFromAmong([.. Peran.Semua]);
        var setPeran = new Command("peran", "Mengganti peran pengguna; sesi pengguna itu berakhir.") { peranName, peranBaru };
        setPeran.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var galat = await KelolaPengguna.AturPeranAsync(users, parse.GetValue(peranName)!, [.. parse.GetValue(peranBaru)!.Distinct()]);
            if (galat is not null)
            {
                return Cli.Fail(parse, galat);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Peran {parse.GetValue(peranName)}: {string.Join(", ", parse.GetValue(peranBaru)!.Distinct())}.");
            return 0;
        });

        Command Aktif(string verb, string deskripsi, bool aktif)
        {
            var n = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna" };
            var command = new Command(verb, deskripsi) { n };
            command.SetAction(async (parse, ct) =>
            {
                using var host = await cli.StartAsync(ct);
                using var scope = host.Services.CreateScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
                var galat = await KelolaPengguna.AturAktifAsync(users, parse.GetValue(n)!, aktif, null);
                if (galat is not null)
                {
                    return Cli.Fail(parse, galat);
                }
                parse.InvocationConfiguration.Output.WriteLine($"Pengguna {parse.GetValue(n)} {(aktif ? "diaktifkan" : "dinonaktifkan")}.");
                return 0;
            });
            return command;
        }

        var bukaName = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna" };
        var buka = new Command("buka-kunci", "Membuka kunci akun setelah terlalu banyak percobaan masuk yang gagal.") { bukaName };
        buka.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var galat = await KelolaPengguna.BukaKunciAsync(users, parse.GetValue(bukaName)!);
            if (galat is not null)
            {
                return Cli.Fail(parse, galat);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Kunci akun {parse.GetValue(bukaName)} dibuka.");
            return 0;
        });

        var emailName = new Argument<string>("NAMA_PENGGUNA") { Description = "Nama pengguna" };
        var emailAlamat = new Argument<string>("EMAIL") { Description = "Alamat e-mail pengingat tenggat (\"\" untuk menghapus)" };
        var email = new Command("email", "Mengatur alamat e-mail tujuan pengingat tenggat H-7, H-3 dan H-1.") { emailName, emailAlamat };
        email.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            if (await KelolaPengguna.AturEmailAsync(users, parse.GetValue(emailName)!, parse.GetValue(emailAlamat)) is { } galat)
            {
                return Cli.Fail(parse, galat);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Alamat e-mail {parse.GetValue(emailName)} disimpan.");
            return 0;
        });

        var list = new Command("list", "Menampilkan semua pengguna dan perannya.");
        list.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var rows = await KelolaPengguna.DaftarAsync(db, DateTimeOffset.UtcNow, ct);
            var table = new Table().AddColumns("Nama pengguna", "Nama lengkap", "Peran", "PIC", "Status");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.NamaPengguna), Markup.Escape(r.NamaLengkap ?? ""), Markup.Escape(string.Join(", ", r.Peran)),
                    Markup.Escape(string.Join("; ", r.Pic.Select(p => $"{p.Satker}/{p.Register}"))), r.Status);
            }
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) }).Write(table);
            return 0;
        });

        return new Command("user", "Pengguna, peran dan penugasan PIC") { add, reset, list, setPeran, email, Aktif("nonaktif", "Menonaktifkan pengguna: sesi dan token API-nya berhenti berlaku.", false), Aktif("aktif", "Mengaktifkan kembali pengguna yang dinonaktifkan.", true), buka, PicCli.Command(cli) };
    }
}