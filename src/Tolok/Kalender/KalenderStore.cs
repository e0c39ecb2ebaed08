using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Kalender;

/// <summary>A satker's own due dates: a row of its own replaces the default of the same obligation.</summary>
public static class KalenderStore
{
    public static Dictionary<string, string[]> Validate(AturanKewajibanEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Bulan is not (>= 1 and <= 12))
        {
            errors["bulan"] = ["Bulan 1 sampai 12."];
        }
        if (e.Hari is not null and not (>= 1 and <= 31))
        {
            errors["hari"] = ["Tanggal 1 sampai 31, atau kosong untuk hari terakhir bulan itu."];
        }
        else if (e is { Hari: { } h, Bulan: { } b and >= 1 and <= 12 } && h > DateTime.DaysInMonth(2024, b))
        {
            errors["hari"] = [$"Bulan {Format.NamaBulan[b - 1]} tidak memiliki tanggal {h}."];
        }
        if (e.Judul is { Length: > 300 } || (e.Judul is not null && (string.IsNullOrWhiteSpace(e.Judul) || e.Judul.Any(char.IsControl))))
        {
            errors["judul"] = ["Judul kewajiban paling panjang 300 karakter, satu baris, tidak boleh kosong (hilangkan untuk mempertahankan judul yang berlaku)."];
        }
        return errors;
    }

    /// <summary>
    /// Saves the satker's own rule for the obligation (made from the default on the first change). The version checked
    /// is that of the rule in force, the default's until the satker has its own.
    /// </summary>
    public static async Task<AturanKewajiban> SimpanAsync(TolokDb db, int satkerId, AturanKewajiban berlaku, AturanKewajibanEdit e, int versi, int tahun, CancellationToken ct)
    {
        AturanKewajiban row;
        if (berlaku.SatkerId is null)
        {
            if (versi != berlaku.Versi)
            {
                throw Aturan.Versi.Usang(berlaku.Versi, KalenderQuery.AsDto(berlaku, tahun));
            }
            // The satker's row continues the default's version: a second writer holding the default's version is stale.
            row = new AturanKewajiban { SatkerId = satkerId, Kode = berlaku.Kode, Judul = berlaku.Judul, Versi = berlaku.Versi + 1 };
            db.AturanKewajiban.Add(row);
        }
        else
        {
            row = await db.AturanKewajiban.FirstAsync(a => a.Id == berlaku.Id, ct);
            Aturan.Versi.Periksa(db, row, versi, KalenderQuery.AsDto(row, tahun));
        }
        row.Judul = e.Judul?.Trim() ?? row.Judul;
        row.Bulan = e.Bulan!.Value;
        row.Hari = e.Hari;
        row.TahunBerikut = e.TahunBerikut ?? berlaku.TahunBerikut;
        row.Aktif = e.Aktif ?? berlaku.Aktif;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (berlaku.SatkerId is null)
        {
            // Two first changes at once: the second finds the satker's row the first made.
            throw Aturan.Versi.Usang(berlaku.Versi + 1, null);
        }
        return row;
    }
}
