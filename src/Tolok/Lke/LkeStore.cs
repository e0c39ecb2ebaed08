using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Lke;

public static class LkeStore
{
    /// <summary>
    /// Stores the answer to one kriteria of the satker's assessment of <paramref name="tahun"/> at the assessment's
    /// version <paramref name="versi"/> (0 while none exists; the first answer begins it on the default edition).
    /// Returns the errors by field ("kriteria" when the kriteria is not on the worksheet); scope, lock and version are
    /// checked by the save guard like every other write.
    /// </summary>
    public static async Task<Dictionary<string, string[]>?> SimpanAsync(TolokDb db, int satkerId, string kode, int tahun, string kodeKriteria, JawabanLkeEdit edit,
        int versi, TimeProvider time, CancellationToken ct)
    {
        if (tahun is < Aturan.FilterBaca.TahunAwal or > Aturan.FilterBaca.TahunAkhir)
        {
            return new() { ["tahun"] = [$"Tahun {tahun} tidak valid: isi tahun {Aturan.FilterBaca.TahunAwal}–{Aturan.FilterBaca.TahunAkhir}."] };
        }
        var penilaian = await db.PenilaianLke.Include(p => p.Jawaban).FirstOrDefaultAsync(p => p.SatkerId == satkerId && p.Tahun == tahun, ct);
        var edisi = penilaian?.Edisi ?? LkeQuery.EdisiBawaan;
        var kriteria = await db.LkeKriteria.AsNoTracking().FirstOrDefaultAsync(k => k.Edisi == edisi && k.Kode == kodeKriteria, ct);
        if (kriteria is null)
        {
            return new() { ["kriteria"] = [$"Kriteria \"{Format.Potong(kodeKriteria, 20)}\" tidak ada pada lembar kerja {edisi}."] };
        }
        var skala = await db.LkeSkalaJawaban.AsNoTracking().Where(s => s.Edisi == edisi && s.JenisJawaban == kriteria.JenisJawaban).OrderBy(s => s.Urutan).Select(s => s.Jawaban).ToListAsync(ct);
        var jawaban = string.IsNullOrWhiteSpace(edit.Jawaban) ? null : edit.Jawaban.Trim().ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        if (jawaban is not null && !skala.Contains(jawaban))
        {
            errors["jawaban"] = [$"Jawaban \"{Format.Potong(edit.Jawaban, 10)}\" tidak ada pada skala {kriteria.JenisJawaban}: pilih {string.Join(", ", skala)}."];
        }
        if (edit.Catatan?.Length > 2000)
        {
            errors["catatan"] = ["Catatan paling panjang 2.000 karakter."];
        }
        if (edit.AlasanBeda?.Length > 2000)
        {
            errors["alasanBeda"] = ["Alasan paling panjang 2.000 karakter."];
        }
        var bukti = (edit.Bukti ?? []).Select(b => b?.Trim() ?? "").Where(b => b.Length > 0).ToList();
        foreach (var (b, i) in bukti.Select((b, i) => (b, i)))
        {
            if (GalatBukti(b) is { } galat)
            {
                errors[$"bukti[{i}]"] = [galat];
            }
        }
        if (string.Join('\n', bukti).Length > 4000)
        {
            errors["bukti"] = ["Daftar bukti paling panjang 4.000 karakter."];
        }
        if (jawaban is not null && string.IsNullOrWhiteSpace(edit.AlasanBeda))
        {
            var bahan = await BahanLke.MuatAsync(db, satkerId, kode, tahun, ct);
            if (LkeSaran.Untuk(kriteria.Kode, kriteria.JenisJawaban, bahan) is { } saran && saran.Jawaban != jawaban)
            {
                errors["alasanBeda"] = [$"Tolok menyarankan {saran.Jawaban} ({saran.Alasan}); tuliskan alasan memilih {jawaban}."];
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var sekarang = time.GetUtcNow().UtcDateTime;
        if (penilaian is null)
        {
            if (versi != 0)
            {
                throw Aturan.Versi.Usang(0, null);
            }
            penilaian = new PenilaianLke { SatkerId = satkerId, Tahun = tahun, Edisi = edisi, DibuatPada = sekarang };
            db.PenilaianLke.Add(penilaian);
        }
        else
        {
            // One version for the whole sheet: an answer saved on a sheet someone changed since it was read is refused.
            Aturan.Versi.Periksa(db, penilaian, versi, new { penilaian.Tahun, penilaian.Versi });
        }
        var row = penilaian.Jawaban.FirstOrDefault(j => j.KodeKriteria == kriteria.Kode);
        if (row is null)
        {
            row = new JawabanLke { KodeKriteria = kriteria.Kode, DiubahOleh = "" };
            penilaian.Jawaban.Add(row);
        }
        row.Jawaban = jawaban;
        row.Catatan = string.IsNullOrWhiteSpace(edit.Catatan) ? null : edit.Catatan.Trim();
        row.AlasanBeda = string.IsNullOrWhiteSpace(edit.AlasanBeda) ? null : edit.AlasanBeda.Trim();
        row.Bukti = bukti.Count == 0 ? null : string.Join('\n', bukti);
        row.DiubahOleh = db.Pelaku.Nama;
        row.DiubahPada = sekarang;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(penilaian).State == EntityState.Added)
        {
            // Two first answers at once: the other one began the sheet; this one was made on version 0.
            throw Aturan.Versi.Usang(1, null);
        }
        return null;
    }

    /// <summary>
    /// Evidence is a Tolok page or file ("/…"), a web address (http/https), or a name of a document kept outside Tolok,
    /// optionally "label | address"; anything else that looks like an address (javascript:, //host) is refused.
    /// </summary>
    public static string? GalatBukti(string bukti)
    {
        var alamat = bukti.Split('|', 2, StringSplitOptions.TrimEntries) is [_, var u] ? u : bukti;
        if (bukti.Contains('\n') || bukti.Length > 500)
        {
            return "Satu bukti satu baris, paling panjang 500 karakter.";
        }
        if (alamat.Any(c => char.IsControl(c)) || (alamat.StartsWith('/') && alamat.Any(char.IsWhiteSpace)))
        {
            return $"Alamat \"{Format.Potong(alamat, 40)}\" tidak diterima: alamat tidak boleh memuat spasi atau karakter kendali.";
        }
        if (alamat.StartsWith("//", StringComparison.Ordinal) || alamat.StartsWith("/\\", StringComparison.Ordinal))
        {
            return $"Alamat \"{Format.Potong(alamat, 40)}\" tidak diterima: tulis alamat Tolok yang diawali satu \"/\", atau alamat http/https lengkap.";
        }
        if (alamat.StartsWith('/'))
        {
            return null;
        }
        if (alamat.Contains(':', StringComparison.Ordinal))
        {
            return Uri.TryCreate(alamat, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? null
                : $"Alamat \"{Format.Potong(alamat, 40)}\" tidak diterima: hanya alamat http/https atau alamat di Tolok.";
        }
        return null;
    }
}
