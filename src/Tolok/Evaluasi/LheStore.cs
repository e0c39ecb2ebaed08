using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Evaluasi;

public static class LheStore
{
    public static async Task<List<LheDto>> ListAsync(TolokDb db, int satkerId, CancellationToken ct)
    {
        var predikat = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.PredikatSakip).ToListAsync(ct);
        return [.. (await db.Lhe.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TanggalLhe).ToListAsync(ct)).Select(l => AsDto(l, predikat))];
    }

    public static LheDto AsDto(Lhe l, IEnumerable<SkalaCapaian> predikat) =>
        new(l.Id, l.TahunDievaluasi, l.Evaluator, l.TanggalLhe, l.Nilai, CapaianCalculator.Kategori(predikat, l.Nilai)?.Label,
            l.Perencanaan, l.Pengukuran, l.Pelaporan, l.EvaluasiInternal, l.Rekomendasi, l.TindakLanjut, l.Versi);

    /// <summary>The score of the latest LHE issued from 1 January up to the period's end (IKU 1.2).</summary>
    public static async Task<Lhe?> TerakhirAsync(TolokDb db, int satkerId, int tahun, string periode, CancellationToken ct) =>
        Terakhir(await db.Lhe.AsNoTracking().Where(l => l.SatkerId == satkerId).ToListAsync(ct), tahun, periode);

    /// <summary>Of a satker's LHE, the latest issued in the period.</summary>
    public static Lhe? Terakhir(IEnumerable<Lhe> rows, int tahun, string periode) =>
        Ukuran.Terakhir(rows, l => l.TanggalLhe, l => l.Id, Periode.Dari(tahun, periode));

    /// <summary>Adds (id null) or updates an LHE of the satker; the caller has validated the edit.</summary>
    public static async Task<Lhe> SaveAsync(TolokDb db, int satkerId, int? id, LheEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.Lhe.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            var predikat = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.PredikatSakip).ToListAsync(ct);
            Aturan.Versi.Periksa(db, row, v, AsDto(row, predikat));
        }
        if (row is null)
        {
            row = new Lhe { SatkerId = satkerId, Evaluator = "" };
            db.Lhe.Add(row);
        }
        row.TahunDievaluasi = e.TahunDievaluasi;
        row.Evaluator = e.Evaluator!.Trim();
        row.TanggalLhe = e.TanggalLhe!.Value;
        row.Nilai = e.Nilai!.Value;
        row.Perencanaan = e.Perencanaan;
        row.Pengukuran = e.Pengukuran;
        row.Pelaporan = e.Pelaporan;
        row.EvaluasiInternal = e.EvaluasiInternal;
        row.Rekomendasi = string.IsNullOrWhiteSpace(e.Rekomendasi) ? null : e.Rekomendasi.Trim();
        row.TindakLanjut = string.IsNullOrWhiteSpace(e.TindakLanjut) ? null : e.TindakLanjut.Trim();
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static Dictionary<string, string[]> Validate(LheEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Evaluator) || e.Evaluator.Length > 200)
        {
            errors["evaluator"] = ["Evaluator wajib diisi, paling panjang 200 karakter (mis. Inspektorat Utama KPU)."];
        }
        if (e.TahunDievaluasi is < 2000 or > 2100)
        {
            errors["tahunDievaluasi"] = ["Tahun yang dievaluasi antara 2000 dan 2100."];
        }
        if (e.Rekomendasi?.Length > 4000 || e.TindakLanjut?.Length > 4000)
        {
            errors["rekomendasi"] = ["Rekomendasi dan tindak lanjut masing-masing paling panjang 4.000 karakter."];
        }
        if (e.TanggalLhe is null)
        {
            errors["tanggalLhe"] = ["Tanggal LHE wajib diisi."];
        }
        if (e.Nilai is not (>= 0 and <= 100))
        {
            errors["nilai"] = ["Nilai antara 0 dan 100."];
        }
        foreach (var (name, value, max) in new[] { ("perencanaan", e.Perencanaan, 30m), ("pengukuran", e.Pengukuran, 30m), ("pelaporan", e.Pelaporan, 15m), ("evaluasiInternal", e.EvaluasiInternal, 25m) })
        {
            if (value is < 0 || value > max)
            {
                errors[name] = [$"Nilai komponen {name} antara 0 dan {max}."];
            }
        }
        if (e.Perencanaan is { } a && e.Pengukuran is { } b && e.Pelaporan is { } c && e.EvaluasiInternal is { } d && e.Nilai is { } n && Math.Abs(a + b + c + d - n) > 0.01m)
        {
            errors["nilai"] = [$"Nilai {n} tidak sama dengan jumlah komponen {a + b + c + d}."];
        }
        return errors;
    }
}
