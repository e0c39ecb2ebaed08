using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Evaluasi;

public sealed record TindakLanjutDto(int Id, DateOnly Tanggal, string Uraian, IReadOnlyList<string> Bukti, string Status, string DicatatOleh, int Versi);

/// <summary>A recommendation with its follow-up log, its status (the latest action's) and whether it is overdue.</summary>
public sealed record RekomendasiDto(
    int Id, int LheId, int Nomor, string Uraian, string? Komponen, DateOnly JatuhTempo, string PenanggungJawab,
    string Status, bool Terlambat, IReadOnlyList<TindakLanjutDto> TindakLanjut, int Versi) : Aturan.IDtoBerversi;

public sealed record RekomendasiEdit(int? Nomor, string? Uraian, string? Komponen, DateOnly? JatuhTempo, string? PenanggungJawab);

public sealed record TindakLanjutEdit(DateOnly? Tanggal, string? Uraian, IReadOnlyList<string>? Bukti, string? Status);

/// <summary>The recommendations of an LHE and their follow-up (issue 18 point 3, decision 123).</summary>
public static class RekomendasiStore
{
    public const string Belum = "belum";
    public const string Proses = "proses";
    public const string Selesai = "selesai";
    public static readonly string[] SemuaStatus = [Belum, Proses, Selesai];

    /// <summary>A recommendation's status: that of its latest follow-up action (by date, then as recorded), "belum" without one.</summary>
    public static string Status(RekomendasiLhe r) =>
        r.TindakLanjut.OrderBy(t => t.Tanggal).ThenBy(t => t.Id).LastOrDefault()?.Status ?? Belum;

    /// <summary>Overdue: not finished and its due date has passed on <paramref name="hariIni"/>.</summary>
    public static bool Terlambat(RekomendasiLhe r, DateOnly hariIni) => r.JatuhTempo < hariIni && Status(r) != Selesai;

    public static RekomendasiDto AsDto(RekomendasiLhe r, DateOnly hariIni) => new(
        r.Id, r.LheId, r.Nomor, r.Uraian, r.Komponen, r.JatuhTempo, r.PenanggungJawab, Status(r), Terlambat(r, hariIni),
        [.. r.TindakLanjut.OrderBy(t => t.Tanggal).ThenBy(t => t.Id).Select(t => new TindakLanjutDto(
            t.Id, t.Tanggal, t.Uraian, t.Bukti is null ? [] : t.Bukti.Split('\n'), t.Status, t.DicatatOleh, t.Versi))],
        r.Versi);

    /// <summary>The recommendations of the given LHE, in order, with their follow-up.</summary>
    public static async Task<List<RekomendasiLhe>> MuatAsync(TolokDb db, IReadOnlyCollection<int> lheIds, CancellationToken ct)
    {
        var rows = await db.RekomendasiLhe.AsNoTracking().Where(r => lheIds.Contains(r.LheId)).OrderBy(r => r.LheId).ThenBy(r => r.Nomor).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var tindak = ids.Count == 0 ? [] : await db.TindakLanjutLhe.AsNoTracking().Where(t => ids.Contains(t.RekomendasiLheId)).ToListAsync(ct);
        var per = tindak.ToLookup(t => t.RekomendasiLheId);
        foreach (var r in rows)
        {
            r.TindakLanjut = [.. per[r.Id]];
        }
        return rows;
    }

    public static async Task<List<RekomendasiDto>> ListAsync(TolokDb db, int lheId, DateOnly hariIni, CancellationToken ct) =>
        [.. (await MuatAsync(db, [lheId], ct)).Select(r => AsDto(r, hariIni))];

    /// <summary>The top-level LKE component codes a recommendation may name.</summary>
    public static async Task<List<string>> KomponenAsync(TolokDb db, CancellationToken ct) =>
        await db.LkeBagian.AsNoTracking().Where(b => b.Induk == null).Select(b => b.Kode).Distinct().OrderBy(k => k).ToListAsync(ct);

    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, int lheId, int? id, RekomendasiEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Uraian) || e.Uraian.Length > 2000 || KarakterKendali(e.Uraian))
        {
            errors["uraian"] = ["Uraian rekomendasi wajib diisi, paling panjang 2.000 karakter, tanpa karakter kendali."];
        }
        if (string.IsNullOrWhiteSpace(e.PenanggungJawab) || e.PenanggungJawab.Length > 200 || e.PenanggungJawab.Any(char.IsControl))
        {
            errors["penanggungJawab"] = ["Unit penanggung jawab wajib diisi (mis. Subbagian Perencanaan, Data dan Informasi), paling panjang 200 karakter."];
        }
        if (e.JatuhTempo is not { } t || t.Year is < 2000 or > 2100)
        {
            errors["jatuhTempo"] = ["Batas waktu tindak lanjut wajib diisi (tanggal antara tahun 2000 dan 2100)."];
        }
        if (e.Nomor is < 1 or > 999)
        {
            errors["nomor"] = ["Nomor rekomendasi antara 1 dan 999."];
        }
        else if (e.Nomor is { } n && await db.RekomendasiLhe.AnyAsync(r => r.LheId == lheId && r.Nomor == n && r.Id != (id ?? 0), ct))
        {
            errors["nomor"] = [$"Nomor {n} sudah dipakai rekomendasi lain pada LHE ini."];
        }
        if (!string.IsNullOrWhiteSpace(e.Komponen) && !(await KomponenAsync(db, ct)).Contains(e.Komponen.Trim()))
        {
            errors["komponen"] = [$"Komponen \"{Format.Potong(e.Komponen, 20)}\" tidak dikenal; pilih salah satu: {string.Join(", ", await KomponenAsync(db, ct))}."];
        }
        return errors;
    }

    /// <summary>Adds (id null) or changes a recommendation of the LHE; the caller has validated the edit.</summary>
    public static async Task<RekomendasiLhe> SaveAsync(TolokDb db, int lheId, int? id, RekomendasiEdit e, int? versi, DateOnly hariIni, CancellationToken ct)
    {
        var row = id is null ? null : await db.RekomendasiLhe.FirstAsync(r => r.Id == id && r.LheId == lheId, ct);
        if (row is not null && versi is { } v)
        {
            var tersimpan = (await MuatAsync(db, [lheId], ct)).First(r => r.Id == row.Id);
            Aturan.Versi.Periksa(db, row, v, AsDto(tersimpan, hariIni));
        }
        if (row is null)
        {
            var nomor = e.Nomor ?? (await db.RekomendasiLhe.Where(r => r.LheId == lheId).MaxAsync(r => (int?)r.Nomor, ct) ?? 0) + 1;
            row = new RekomendasiLhe { LheId = lheId, Nomor = nomor, Uraian = "", PenanggungJawab = "" };
            db.RekomendasiLhe.Add(row);
        }
        else if (e.Nomor is { } n)
        {
            row.Nomor = n;
        }
        row.Uraian = e.Uraian!.Trim();
        row.Komponen = string.IsNullOrWhiteSpace(e.Komponen) ? null : e.Komponen.Trim();
        row.JatuhTempo = e.JatuhTempo!.Value;
        row.PenanggungJawab = e.PenanggungJawab!.Trim();
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static Dictionary<string, string[]> Validate(TindakLanjutEdit e, DateOnly hariIni)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Uraian) || e.Uraian.Length > 2000 || KarakterKendali(e.Uraian))
        {
            errors["uraian"] = ["Uraian tindak lanjut wajib diisi, paling panjang 2.000 karakter, tanpa karakter kendali."];
        }
        if (e.Tanggal is not { } t)
        {
            errors["tanggal"] = ["Tanggal tindak lanjut wajib diisi."];
        }
        else if (t > hariIni || t.Year < 2000)
        {
            errors["tanggal"] = [$"Tanggal tindak lanjut {Format.Tanggal(t)} tidak mungkin: paling lambat hari ini ({Format.Tanggal(hariIni)})."];
        }
        if (e.Status is null || !SemuaStatus.Contains(e.Status))
        {
            errors["status"] = ["Status tindak lanjut: belum, proses atau selesai."];
        }
        var bukti = (e.Bukti ?? []).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        for (var i = 0; i < bukti.Count; i++)
        {
            if (Lke.LkeStore.GalatBukti(bukti[i]) is { } galat)
            {
                errors[$"bukti[{i}]"] = [galat];
            }
        }
        if (string.Join('\n', bukti).Length > 4000)
        {
            errors["bukti"] = ["Daftar bukti paling panjang 4.000 karakter."];
        }
        else if (e.Status == Selesai && bukti.Count == 0)
        {
            errors["bukti"] = ["Tindak lanjut yang selesai memerlukan bukti (alamat dokumen di Tolok, alamat http/https, atau nama dokumen)."];
        }
        return errors;
    }

    /// <summary>Control characters other than line breaks and tabs (they break documents and calendar feeds).</summary>
    private static bool KarakterKendali(string s) => s.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

    /// <summary>
    /// The recommendation as it stood on <paramref name="per"/>: its follow-up up to that day only (a signed report
    /// does not change with actions recorded later).
    /// </summary>
    public static RekomendasiLhe Per(RekomendasiLhe r, DateOnly per) => new()
    {
        Id = r.Id,
        Versi = r.Versi,
        LheId = r.LheId,
        Nomor = r.Nomor,
        Uraian = r.Uraian,
        Komponen = r.Komponen,
        JatuhTempo = r.JatuhTempo,
        PenanggungJawab = r.PenanggungJawab,
        TindakLanjut = [.. r.TindakLanjut.Where(t => t.Tanggal <= per)],
    };

    /// <summary>Records a follow-up action; the caller has validated it.</summary>
    public static async Task<TindakLanjutLhe> TambahTindakLanjutAsync(TolokDb db, int rekomendasiId, TindakLanjutEdit e, string oleh, DateTime sekarang, CancellationToken ct)
    {
        var bukti = (e.Bukti ?? []).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        var row = new TindakLanjutLhe
        {
            RekomendasiLheId = rekomendasiId,
            Tanggal = e.Tanggal!.Value,
            Uraian = e.Uraian!.Trim(),
            Bukti = bukti.Count == 0 ? null : string.Join('\n', bukti),
            Status = e.Status!,
            DicatatOleh = oleh,
            DicatatPada = sekarang,
        };
        db.TindakLanjutLhe.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
