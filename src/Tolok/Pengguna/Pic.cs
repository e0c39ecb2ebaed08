using System.CommandLine;
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

public static class PicCli
{
    public static Command Command(CliHost cli)
    {
        var name = new Argument<string>("NAMA") { Description = "Nama pengguna (Operator)" };
        var satker = new Option<string>("--satker") { Description = "Kode satker, atau * untuk semua", Required = true };
        var register = new Option<string>("--register") { Description = "Register: " + string.Join(", ", Aturan.Lingkup.Register) + ", atau * untuk semua", Required = true };
        var hapus = new Option<bool>("--hapus") { Description = "Mencabut penugasan ini" };
        var command = new Command("pic", "Menugaskan (atau mencabut) Operator sebagai PIC sebuah register di sebuah satker; Verifikator dan Pimpinan pada satker lingkupnya (--register \"*\").") { name, satker, register, hapus };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(name)!;
            var s = parse.GetValue(satker)!;
            var r = parse.GetValue(register)!;
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            if (await KelolaPengguna.TugaskanAsync(db, n, s, r, parse.GetValue(hapus), ct) is { } galat)
            {
                return Cli.Fail(parse, galat);
            }
            var all = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == n).OrderBy(p => p.Satker).ThenBy(p => p.Register).ToListAsync(ct);
            parse.InvocationConfiguration.Output.WriteLine($"Penugasan PIC {n}: {(all.Count == 0 ? "tidak ada" : string.Join("; ", all.Select(p => $"{p.Satker}/{p.Register}")))}.");
            return 0;
        });
        return command;
    }
}
