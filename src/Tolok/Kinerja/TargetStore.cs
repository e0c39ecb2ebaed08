using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

/// <summary>Reads, checks and saves targets; the one validation used by the page and the API.</summary>
public static class TargetStore
{
    public static async Task<List<TargetDto>> LoadAsync(TolokDb db, string kode, int tahun, CancellationToken ct) =>
        await IkuStore.LoadAsync(db, kode, tahun, null, ct) is { } iku ? await LoadAsync(db, iku, tahun, ct) : [];

    /// <summary>The targets of an IKU set already loaded, one per indicator (empty where none is stored).</summary>
    public static async Task<List<TargetDto>> LoadAsync(TolokDb db, IkuDto iku, int tahun, CancellationToken ct)
    {
        var kode = iku.Satker.Kode;
        var stored = await db.TargetIku.AsNoTracking().Where(t => t.Tahun == tahun && db.Satker.Any(s => s.Id == t.SatkerId && s.Kode == kode))
            .ToDictionaryAsync(t => t.KodeIndikator, ct);
        return [.. iku.SemuaIndikator.Select(i => stored.TryGetValue(i.Kode, out var t)
            ? new TargetDto(i.Kode, t.Tahunan, t.Tw1, t.Tw2, t.Tw3, t.Tw4, t.Baseline, t.Renstra, t.Kategori)
            : new TargetDto(i.Kode, null, null, null, null, null, null, null, null))];
    }

    private static readonly string[] KolomTarget = ["kode", "tahunan", "tw1", "tw2", "tw3", "tw4", "baseline", "renstra", "kategori"];

    /// <summary>
    /// Targets from the first sheet of a workbook: a header row naming the columns (kode, tahunan, tw1 … tw4, baseline,
    /// renstra, kategori; any order, any case), one row per IKU. Numbers may use a decimal comma or point.
    /// Errors name the row and column.
    /// </summary>
    public static (List<TargetDto> Targets, Dictionary<string, string[]> Errors) FromXlsx(Stream stream, string file, int barisMaks)
    {
        var errors = new Dictionary<string, string[]>();
        var rows = Dokumen.XlsxTabel.Baca(stream, file, barisMaks);
        if (rows.Count == 0)
        {
            errors[file] = ["lembar pertama kosong."];
            return ([], errors);
        }
        var header = rows[0].Sel.ToDictionary(c => c.Key, c => c.Value.Trim().ToLowerInvariant());
        var unknown = header.Values.Where(h => h.Length > 0 && !KolomTarget.Contains(h)).ToList();
        if (unknown.Count > 0 || !header.ContainsValue("kode"))
        {
            errors[$"{file} baris 1"] = [unknown.Count > 0
                ? $"kolom tidak dikenal: {string.Join(", ", unknown)}. Kolom yang dikenal: {string.Join(", ", KolomTarget)}."
                : "kolom wajib \"kode\" tidak ada."];
            return ([], errors);
        }
        var targets = new List<TargetDto>();
        foreach (var (baris, cells) in rows.Skip(1))
        {
            string? Cell(string name) => header.FirstOrDefault(h => h.Value == name) is { Value: not null } h && cells.TryGetValue(h.Key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            decimal? Number(string name)
            {
                var text = Cell(name);
                if (text is null)
                {
                    return null;
                }
                if (Format.TryDesimal(text, out var d))
                {
                    return d;
                }
                errors[$"{file} baris {baris}, kolom {name}"] = [Format.GalatDesimal(text)];
                return null;
            }
            var kode = Cell("kode");
            if (kode is null)
            {
                if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    errors[$"{file} baris {baris}, kolom kode"] = ["kode indikator kosong."];
                }
                continue;
            }
            targets.Add(new TargetDto(kode, Number("tahunan"), Number("tw1"), Number("tw2"), Number("tw3"), Number("tw4"), Number("baseline"), Number("renstra"), Cell("kategori")));
        }
        return (targets, errors);
    }

    public static Dictionary<string, string[]> Validate(IkuDto iku, IReadOnlyList<string> opini, IReadOnlyList<TargetDto> targets)
    {
        var errors = new Dictionary<string, string[]>();
        var byKode = iku.SemuaIndikator.ToDictionary(i => i.Kode);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < targets.Count; n++)
        {
            var t = targets[n];
            var key = $"[{n}]";
            if (!seen.Add(t.Kode ?? ""))
            {
                errors[$"{key}.Kode"] = [$"IKU {t.Kode} tertulis lebih dari sekali."];
                continue;
            }
            if (!byKode.TryGetValue(t.Kode ?? "", out var indikator))
            {
                errors[$"{key}.Kode"] = [$"Indikator \"{t.Kode}\" tidak ada pada IKU tahun ini."];
                continue;
            }
            var values = new[] { ("Tahunan", t.Tahunan), ("Tw1", t.Tw1), ("Tw2", t.Tw2), ("Tw3", t.Tw3), ("Tw4", t.Tw4), ("Baseline", t.Baseline), ("Renstra", t.Renstra) };
            foreach (var (name, value) in values)
            {
                if (value is < 0)
                {
                    errors[$"{key}.{name}"] = [$"Target {name} IKU {t.Kode} tidak boleh negatif."];
                }
            }
            // Quarterly targets are cumulative: they do not go down for a higher-is-better indicator.
            decimal? last = null;
            foreach (var (name, value) in values.Skip(1).Take(4))
            {
                if (value is { } v && indikator.Polaritas == Polaritas.Maksimal && last is { } l && v < l)
                {
                    errors[$"{key}.{name}"] = [$"Target triwulan IKU {t.Kode} bersifat kumulatif: {name} tidak boleh lebih kecil dari triwulan sebelumnya."];
                }
                last = value ?? last;
            }
            if (t.Kategori is not null)
            {
                if (indikator.Polaritas != Polaritas.Kategorikal)
                {
                    errors[$"{key}.Kategori"] = [$"IKU {t.Kode} tidak kategorikal; isi target berupa angka."];
                }
                else if (!opini.Contains(t.Kategori.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    errors[$"{key}.Kategori"] = [$"Target kategori IKU {t.Kode} harus salah satu dari: {string.Join(", ", opini)}."];
                }
            }
        }
        return errors;
    }

    /// <summary>
    /// The version of a year's target set: the sum of its rows' versions. Every change raises one row's version and
    /// rows are never removed, so the sum grows with every save (0: no target stored yet).
    /// </summary>
    public static Task<int> VersiAsync(TolokDb db, string kode, int tahun, CancellationToken ct) =>
        db.TargetIku.Where(t => t.Tahun == tahun && db.Satker.Any(s => s.Id == t.SatkerId && s.Kode == kode)).SumAsync(t => t.Versi, ct);

    /// <param name="versi">The set's version the writer saw (<see cref="VersiAsync"/>); null for an XLSX import, which replaces the set as a whole.</param>
    public static async Task SaveAsync(TolokDb db, string kode, int tahun, IReadOnlyList<TargetDto> targets, int? versi, string? oleh, TimeProvider time, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => s.Id).FirstAsync(ct);
        var stored = await db.TargetIku.Where(t => t.SatkerId == satkerId && t.Tahun == tahun).ToDictionaryAsync(t => t.KodeIndikator, ct);
        if (versi is { } v && stored.Values.Sum(t => t.Versi) != v)
        {
            throw Aturan.Versi.Usang(stored.Values.Sum(t => t.Versi), null, [.. stored.Values.OrderBy(t => t.KodeIndikator, StringComparer.Ordinal).Select(t =>
                $"IKU {t.KodeIndikator}: PK {Format.Isian(t.Tahunan)}, TW I {Format.Isian(t.Tw1)}, TW II {Format.Isian(t.Tw2)}, TW III {Format.Isian(t.Tw3)}, TW IV {Format.Isian(t.Tw4)}{(t.Kategori is null ? "" : $", kategori {t.Kategori}")}")]);
        }
        foreach (var t in targets)
        {
            if (!stored.TryGetValue(t.Kode, out var row))
            {
                row = new TargetIku { SatkerId = satkerId, Tahun = tahun, KodeIndikator = t.Kode };
                db.TargetIku.Add(row);
            }
            row.Tahunan = t.Tahunan;
            row.Tw1 = t.Tw1;
            row.Tw2 = t.Tw2;
            row.Tw3 = t.Tw3;
            row.Tw4 = t.Tw4;
            row.Baseline = t.Baseline;
            row.Renstra = t.Renstra;
            row.Kategori = string.IsNullOrWhiteSpace(t.Kategori) ? null : t.Kategori.Trim().ToUpperInvariant();
            row.DiubahPada = time.GetUtcNow().UtcDateTime;
            row.DiubahOleh = oleh;
        }
        await db.SaveChangesAsync(ct);
    }
}
