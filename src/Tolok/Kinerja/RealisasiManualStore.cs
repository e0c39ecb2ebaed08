using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

public static class RealisasiManualStore
{
    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, string kodeSatker, int tahun, string kodeIndikator, RealisasiManualEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var iku = await IkuStore.LoadAsync(db, kodeSatker, tahun, null, ct);
        var indikator = iku?.SemuaIndikator.FirstOrDefault(i => i.Kode == kodeIndikator);
        if (indikator is null)
        {
            errors["kode"] = [$"IKU {kodeIndikator} tidak ada pada IKU {kodeSatker} tahun {tahun}."];
            return errors;
        }
        if (await KinerjaQuery.PunyaRegisterAsync(db, kodeSatker, tahun, kodeIndikator, ct))
        {
            errors["kode"] = [$"IKU {kodeIndikator} dihitung dari register; realisasinya tidak boleh diisi manual. Perbaiki data registernya."];
            return errors;
        }
        if (e.Periode is null || !Periode.Valid(e.Periode))
        {
            errors["periode"] = ["Periode harus tahunan, TW1, TW2, TW3 atau TW4."];
        }
        if (indikator.Polaritas == Polaritas.Kategorikal)
        {
            var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
            if (e.Kategori is null || !opini.Contains(e.Kategori.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                errors["kategori"] = [$"IKU kategorikal: realisasi harus salah satu dari {string.Join(", ", opini)}."];
            }
        }
        else if (!string.IsNullOrWhiteSpace(e.Kategori))
        {
            errors["kategori"] = [$"IKU {kodeIndikator} tidak kategorikal; isi nilai berupa angka, bukan kategori."];
        }
        else if (e.Nilai is null || e.Nilai < 0)
        {
            errors["nilai"] = ["Nilai realisasi wajib diisi dan tidak boleh negatif."];
        }
        if (string.IsNullOrWhiteSpace(e.Justifikasi) || e.Justifikasi.Trim().Length < 20 || e.Justifikasi.Length > 2000)
        {
            errors["justifikasi"] = ["Justifikasi wajib diisi: jelaskan mengapa tidak ada register dan dari mana nilai diperoleh (20–2.000 karakter)."];
        }
        if (string.IsNullOrWhiteSpace(e.Bukti) || e.Bukti.Length > 500)
        {
            errors["bukti"] = ["Bukti dukung wajib diisi: nomor dokumen atau tautan (paling panjang 500 karakter)."];
        }
        return errors;
    }

    /// <param name="versi">The version the writer saw (0: none stored yet).</param>
    public static async Task SaveAsync(TolokDb db, int satkerId, int tahun, string kodeIndikator, RealisasiManualEdit e, int versi, string? oleh, TimeProvider time, CancellationToken ct)
    {
        var row = await db.RealisasiManual.FirstOrDefaultAsync(m => m.SatkerId == satkerId && m.Tahun == tahun && m.Periode == e.Periode && m.KodeIndikator == kodeIndikator, ct);
        if ((row?.Versi ?? 0) != versi)
        {
            throw Aturan.Versi.Usang(row?.Versi ?? 0, row is null ? null : AsDto(row));
        }
        if (row is not null)
        {
            Aturan.Versi.Tandai(db, row, versi);
        }
        if (row is null)
        {
            row = new RealisasiManual { SatkerId = satkerId, Tahun = tahun, Periode = e.Periode!, KodeIndikator = kodeIndikator, Justifikasi = "", Bukti = "" };
            db.RealisasiManual.Add(row);
        }
        row.Nilai = e.Kategori is null ? e.Nilai : null;
        row.Kategori = e.Kategori?.Trim().ToUpperInvariant();
        row.Justifikasi = e.Justifikasi!.Trim();
        row.Bukti = e.Bukti!.Trim();
        row.DicatatPada = time.GetUtcNow().UtcDateTime;
        row.DicatatOleh = oleh;
        await db.SaveChangesAsync(ct);
    }

    public static RealisasiManualDto AsDto(RealisasiManual m) =>
        new(m.KodeIndikator, m.Periode, m.Nilai, m.Kategori, m.Justifikasi, m.Bukti, m.DicatatPada, m.DicatatOleh, m.Versi);

    public static async Task<List<RealisasiManualDto>> ListAsync(TolokDb db, string kodeSatker, int tahun, CancellationToken ct) =>
        await db.RealisasiManual.AsNoTracking().Where(m => m.Tahun == tahun && db.Satker.Any(s => s.Id == m.SatkerId && s.Kode == kodeSatker))
            .OrderBy(m => m.KodeIndikator).ThenBy(m => m.Periode)
            .Select(m => new RealisasiManualDto(m.KodeIndikator, m.Periode, m.Nilai, m.Kategori, m.Justifikasi, m.Bukti, m.DicatatPada, m.DicatatOleh, m.Versi))
            .ToListAsync(ct);
}
