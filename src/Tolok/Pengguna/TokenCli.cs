using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary><c>tolok token add NAMA --user NAMA_PENGGUNA [--berlaku-hari N] | list | cabut ID</c>.</summary>
public static class TokenCli
{
    public static Command Command(CliHost cli)
    {
        var nama = new Argument<string>("NAMA") { Description = "Nama token, misalnya skrip-kpu-provinsi" };
        var user = new Option<string>("--user") { Description = "Pengguna yang diwakili token (peran dan lingkupnya berlaku)", Required = true };
        var hari = new Option<int?>("--berlaku-hari") { Description = $"Masa berlaku dalam hari (1–{TokenStore.HariMaksimum}); tanpa opsi ini: sampai dicabut" };
        var add = new Command("add", "Membuat token API; token hanya ditampilkan sekali.") { nama, user, hari };
        add.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var (token, row, galat) = await TokenStore.BuatAsync(db, users, parse.GetValue(nama)!, parse.GetValue(user)!, parse.GetValue(hari), db.Pelaku.Nama, now, ct);
            if (galat is not null)
            {
                return Cli.Fail(parse, galat);
            }
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Token {row!.Id} \"{row.Nama}\" untuk {row.NamaPengguna}{(row.BerlakuSampai is { } s ? $", berlaku sampai {Format.WaktuWita(s)}" : ", berlaku sampai dicabut")}.");
            output.WriteLine("Simpan token ini sekarang; Tolok hanya menyimpan hash-nya dan tidak dapat menampilkannya lagi:");
            output.WriteLine(token);
            return 0;
        });

        var list = new Command("list", "Menampilkan token API (tanpa tokennya).");
        list.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var table = new Table().AddColumns("Id", "Nama", "Pengguna", "Awalan", "Dibuat", "Berlaku sampai", "Terakhir dipakai", "Status");
            foreach (var t in await TokenStore.DaftarAsync(db, now, ct))
            {
                table.AddRow(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(t.Nama), Markup.Escape(t.NamaPengguna), Markup.Escape(t.Awalan + "…"),
                    Format.WaktuWita(t.DibuatPada), t.BerlakuSampai is { } b ? Format.WaktuWita(b) : "sampai dicabut",
                    t.TerakhirDipakai is { } p ? Format.WaktuWita(p) : "belum", t.DicabutPada is not null ? "dicabut" : t.Berlaku ? "berlaku" : "kedaluwarsa");
            }
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) });
            // Redirected output (a script, a file) has no width: keep each token on one line.
            if (Console.IsOutputRedirected || parse.InvocationConfiguration.Output != Console.Out)
            {
                console.Profile.Width = 200;
            }
            console.Write(table);
            return 0;
        });

        var id = new Argument<int>("ID") { Description = "Id token (lihat token list)" };
        var cabut = new Command("cabut", "Mencabut token API: permintaan dengan token itu ditolak sejak saat ini.") { id };
        cabut.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var galat = await TokenStore.CabutAsync(db, parse.GetValue(id), db.Pelaku.Nama, now, ct);
            if (galat is not null)
            {
                return Cli.Fail(parse, galat);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Token {parse.GetValue(id)} dicabut.");
            return 0;
        });

        return new Command("token", "Token API untuk klien mesin (Authorization: Bearer …)") { add, list, cabut };
    }
}
