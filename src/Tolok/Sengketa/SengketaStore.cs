using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Sengketa;

public static class SengketaStore
{
    public static readonly string[] Putusan = ["dikabulkan", "dikabulkan-sebagian", "ditolak", "tidak-dapat-diterima", "dicabut", "gugur"];

    /// <summary>Cases of a satker; with a year, only those decided in that period (the basis of IKU 4.2).</summary>
    public static async Task<List<PerkaraDto>> ListAsync(TolokDb db, string kode, int? tahun, string periode, CancellationToken ct)
    {
        var rows = await db.Perkara.AsNoTracking().Where(p => db.Satker.Any(s => s.Id == p.SatkerId && s.Kode == kode)).ToListAsync(ct);
        var rules = await db.AturanMenang.AsNoTracking().ToListAsync(ct);
        return Daftar(rows, rules, tahun, periode);
    }

    /// <summary>Of a satker's cases, those decided in the period (every one when no year), in order of registration.</summary>
    public static List<PerkaraDto> Daftar(IEnumerable<Perkara> rows, IReadOnlyList<AturanMenang> rules, int? tahun, string periode) =>
        [.. rows.OrderBy(p => p.TanggalRegistrasi).ThenBy(p => p.Id).Where(p => tahun is not { } y || Ukuran.PutusanDihitung(p.Putusan, p.TanggalPutusan, Periode.Dari(y, periode))).Select(p => AsDto(p, rules))];

    /// <summary>Won by KPU according to the rules kept as data; null when pending or no rule covers the case.</summary>
    public static bool? Menang(IEnumerable<AturanMenang> rules, string? putusan, string peran) =>
        putusan is null ? null : rules.FirstOrDefault(r => r.Putusan == putusan && r.PeranKpu == peran)?.Menang;

    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, int satkerId, int? id, PerkaraEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Required(string key, string? value, int max, string label)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > max)
            {
                errors[key] = [$"{label} wajib diisi (paling panjang {max} karakter)."];
            }
        }
        Required("forum", e.Forum, 50, "Forum");
        Required("nomorPerkara", e.NomorPerkara, 100, "Nomor perkara");
        Required("pihak", e.Pihak, 500, "Para pihak");
        Required("peranKpu", e.PeranKpu, 50, "Peran KPU");
        Required("pokok", e.Pokok, 1000, "Pokok perkara");
        if (e.TanggalRegistrasi is null)
        {
            errors["tanggalRegistrasi"] = ["Tanggal registrasi wajib diisi."];
        }
        if (e.Putusan is not null && !Putusan.Contains(e.Putusan))
        {
            errors["putusan"] = [$"Putusan harus salah satu dari: {string.Join(", ", Putusan)}."];
        }
        if ((e.Putusan is null) != (e.TanggalPutusan is null))
        {
            errors["tanggalPutusan"] = ["Putusan dan tanggal putusan diisi bersama (atau keduanya kosong selama perkara berjalan)."];
        }
        if (e.TanggalPutusan is { } d && e.TanggalRegistrasi is { } r && d < r)
        {
            errors["tanggalPutusan"] = ["Tanggal putusan tidak boleh sebelum tanggal registrasi."];
        }
        if (errors.Count == 0 && await db.Perkara.AnyAsync(p => p.SatkerId == satkerId && p.Id != (id ?? 0) && p.Forum == e.Forum!.Trim() && p.NomorPerkara == e.NomorPerkara!.Trim(), ct))
        {
            errors["nomorPerkara"] = [$"Perkara {e.NomorPerkara} di {e.Forum} sudah tercatat."];
        }
        return errors;
    }

    /// <param name="versi">The version the writer saw (page form, If-Match); null only for imports, which add rows.</param>
    public static async Task<PerkaraDto> SaveAsync(TolokDb db, int satkerId, int? id, PerkaraEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.Perkara.FirstAsync(p => p.Id == id && p.SatkerId == satkerId, ct);
        var rules = await db.AturanMenang.AsNoTracking().ToListAsync(ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row, rules));
        }
        if (row is null)
        {
            row = new Perkara { SatkerId = satkerId, Forum = "", NomorPerkara = "", Pihak = "", PeranKpu = "", Pokok = "" };
            db.Perkara.Add(row);
        }
        row.Forum = e.Forum!.Trim();
        row.NomorPerkara = e.NomorPerkara!.Trim();
        row.Pihak = e.Pihak!.Trim();
        row.PeranKpu = e.PeranKpu!.Trim().ToLowerInvariant();
        row.Pokok = e.Pokok!.Trim();
        row.TanggalRegistrasi = e.TanggalRegistrasi!.Value;
        row.TanggalPutusan = e.TanggalPutusan;
        row.Putusan = e.Putusan;
        row.Catatan = string.IsNullOrWhiteSpace(e.Catatan) ? null : e.Catatan.Trim();
        await db.SaveChangesAsync(ct);
        return AsDto(row, rules);
    }

    public static PerkaraDto AsDto(Perkara p, IEnumerable<AturanMenang> rules) =>
        new(p.Id, p.Forum, p.NomorPerkara, p.Pihak, p.PeranKpu, p.Pokok, p.TanggalRegistrasi, p.TanggalPutusan, p.Putusan, Menang(rules, p.Putusan, p.PeranKpu), p.Catatan, p.Versi);
}
