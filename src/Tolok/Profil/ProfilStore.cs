using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Tolok.Infrastructure;

namespace Tolok.Profil;

public sealed record PejabatEdit(string? Nama, string? Nip, bool TanpaNip, string? Jabatan, string? Unit, int? AtasanId, int? Urutan, DateOnly? Mulai, DateOnly? Selesai);

public sealed record PenetapanEdit(int? PenandatanganId, int? PihakKeduaId, string? Tempat, DateOnly? Tanggal);

public sealed record PegawaiEdit(string? Golongan, string? Pendidikan, string? JenisKelamin, int? Jumlah);

public sealed record RenstraEdit(int? TahunMulai, int? TahunSelesai, string? Dasar, string? Tujuan);

/// <summary>
/// A satker's profile for its documents (issue 16): officials, who signs what, letterhead, staffing and Renstra. Every
/// write goes through EF Core, so the save guard (<see cref="Aturan.PenjagaTulis"/>) holds scope for it.
/// </summary>
public static partial class ProfilStore
{
    [GeneratedRegex(@"^\d{18}$")]
    private static partial Regex NipPola();

    /// <param name="atasan">Every official of the satker with their superior, to refuse a loop of superiors.</param>
    public static Dictionary<string, string[]> Periksa(PejabatEdit e, IReadOnlyDictionary<int, int?> atasan, int? id)
    {
        var pejabatSatker = atasan.Keys.ToList();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Nama) || e.Nama.Trim().Length > 200)
        {
            errors["nama"] = ["Nama pejabat wajib diisi (paling panjang 200 karakter), lengkap dengan gelar."];
        }
        var nip = e.Nip?.Replace(" ", "", StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(nip) && !NipPola().IsMatch(nip))
        {
            errors["nip"] = ["NIP terdiri atas 18 angka (spasi boleh), mis. 19750312 200312 1 002."];
        }
        if (string.IsNullOrEmpty(nip) && !e.TanpaNip)
        {
            errors["nip"] = ["Isi NIP, atau centang \"tanpa NIP\" untuk anggota KPU (komisioner) yang bukan ASN."];
        }
        if (string.IsNullOrWhiteSpace(e.Jabatan) || e.Jabatan.Trim().Length > 300)
        {
            errors["jabatan"] = ["Jabatan wajib diisi seperti tertulis di bawah tanda tangan (paling panjang 300 karakter)."];
        }
        if (e.Unit?.Trim().Length > 200)
        {
            errors["unit"] = ["Unit paling panjang 200 karakter."];
        }
        if (e.AtasanId is { } a && (!pejabatSatker.Contains(a) || a == id))
        {
            errors["atasanId"] = ["Atasan harus pejabat lain dari satker ini."];
        }
        else if (e.AtasanId is { } b && id is { } self)
        {
            // The chain of superiors from the chosen one must not come back to this official (A → B → A).
            var seen = new HashSet<int>();
            for (int? x = b; x is { } v && seen.Add(v); x = atasan.GetValueOrDefault(v))
            {
                if (v == self)
                {
                    errors["atasanId"] = ["Atasan ini (langsung atau melalui atasannya) berada di bawah pejabat ini; susunan atasan tidak boleh berputar."];
                    break;
                }
            }
        }
        if (e.Mulai is { } m && e.Selesai is { } s && s < m)
        {
            errors["selesai"] = ["Akhir masa jabatan tidak boleh sebelum awalnya."];
        }
        return errors;
    }

    public static async Task<Pejabat> SimpanPejabatAsync(TolokDb db, int satkerId, int? id, PejabatEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.Pejabat.FirstOrDefaultAsync(p => p.Id == id && p.SatkerId == satkerId, ct)
            ?? throw Aturan.AturanException.Bentrok("Pejabat itu sudah dihapus orang lain; muat ulang halaman.");
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, new { row.Nama, row.Nip, row.Jabatan, row.Unit });
        }
        if (row is null)
        {
            row = new Pejabat { SatkerId = satkerId, Nama = "", Jabatan = "" };
            db.Pejabat.Add(row);
        }
        row.Nama = e.Nama!.Trim();
        var nip = e.Nip?.Replace(" ", "", StringComparison.Ordinal);
        row.Nip = string.IsNullOrEmpty(nip) ? null : nip;
        row.TanpaNip = e.TanpaNip && row.Nip is null;
        row.Jabatan = e.Jabatan!.Trim();
        row.Unit = string.IsNullOrWhiteSpace(e.Unit) ? null : e.Unit.Trim();
        row.AtasanId = e.AtasanId;
        row.Urutan = e.Urutan ?? 0;
        row.Mulai = e.Mulai;
        row.Selesai = e.Selesai;
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Officials a document of satker <paramref name="satkerId"/> may name: its own, and for the PK's pihak kedua its parent's.</summary>
    public static async Task<List<Pejabat>> PejabatAsync(TolokDb db, int satkerId, CancellationToken ct) =>
        await db.Pejabat.AsNoTracking().Where(p => p.SatkerId == satkerId).OrderBy(p => p.Urutan).ThenBy(p => p.Id).ToListAsync(ct);

    public static Dictionary<string, string[]> Periksa(string dokumen, PenetapanEdit e, IReadOnlyCollection<int> sendiri, IReadOnlyCollection<int> induk)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.PenandatanganId is { } p && !sendiri.Contains(p))
        {
            errors["penandatanganId"] = ["Penanda tangan harus pejabat satker ini."];
        }
        if (e.PihakKeduaId is { } k && !(sendiri.Contains(k) || induk.Contains(k)))
        {
            errors["pihakKeduaId"] = ["Pihak kedua harus pejabat satker ini atau satker induknya."];
        }
        if (dokumen != "pk" && e.PihakKeduaId is not null)
        {
            errors["pihakKeduaId"] = ["Hanya Perjanjian Kinerja yang memiliki pihak kedua."];
        }
        if (e.Tempat?.Trim().Length > 100)
        {
            errors["tempat"] = ["Tempat paling panjang 100 karakter."];
        }
        if (e.Tanggal is { Year: < 2000 or > 2100 })
        {
            errors["tanggal"] = ["Tanggal antara tahun 2000 dan 2100."];
        }
        return errors;
    }

    public static async Task SimpanPenetapanAsync(TolokDb db, int satkerId, int tahun, string dokumen, PenetapanEdit e, int? versi, CancellationToken ct)
    {
        var row = await db.PenetapanDokumen.FirstOrDefaultAsync(p => p.SatkerId == satkerId && p.Tahun == tahun && p.Dokumen == dokumen, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, new { row.PenandatanganId, row.PihakKeduaId, row.Tempat, row.Tanggal });
        }
        if (row is null)
        {
            row = new PenetapanDokumen { SatkerId = satkerId, Tahun = tahun, Dokumen = dokumen };
            db.PenetapanDokumen.Add(row);
        }
        row.PenandatanganId = e.PenandatanganId;
        row.PihakKeduaId = dokumen == "pk" ? e.PihakKeduaId : null;
        row.Tempat = string.IsNullOrWhiteSpace(e.Tempat) ? null : e.Tempat.Trim();
        row.Tanggal = e.Tanggal;
        await db.SaveChangesAsync(ct);
    }

    public static Dictionary<string, string[]> Periksa(PegawaiEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Golongan is null || !Pegawai.DaftarGolongan.Contains(e.Golongan))
        {
            errors["golongan"] = [$"Golongan salah satu dari: {string.Join(", ", Pegawai.DaftarGolongan)}."];
        }
        if (e.Pendidikan is null || !Pegawai.DaftarPendidikan.Contains(e.Pendidikan))
        {
            errors["pendidikan"] = [$"Pendidikan salah satu dari: {string.Join(", ", Pegawai.DaftarPendidikan)}."];
        }
        if (e.JenisKelamin is not ("L" or "P"))
        {
            errors["jenisKelamin"] = ["Jenis kelamin L atau P."];
        }
        if (e.Jumlah is null or < 0 or > 10000)
        {
            errors["jumlah"] = ["Jumlah pegawai bilangan bulat 0–10.000."];
        }
        return errors;
    }

    /// <summary>Sets the count of one combination of rank group, education and sex (0 removes it).</summary>
    public static async Task SimpanPegawaiAsync(TolokDb db, int satkerId, int tahun, PegawaiEdit e, CancellationToken ct)
    {
        var row = await db.Pegawai.FirstOrDefaultAsync(p => p.SatkerId == satkerId && p.Tahun == tahun && p.Golongan == e.Golongan && p.Pendidikan == e.Pendidikan && p.JenisKelamin == e.JenisKelamin, ct);
        if (e.Jumlah == 0)
        {
            if (row is not null)
            {
                db.Pegawai.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new Pegawai { SatkerId = satkerId, Tahun = tahun, Golongan = e.Golongan!, Pendidikan = e.Pendidikan!, JenisKelamin = e.JenisKelamin! };
                db.Pegawai.Add(row);
            }
            row.Jumlah = e.Jumlah!.Value;
        }
        await db.SaveChangesAsync(ct);
    }

    public static Dictionary<string, string[]> Periksa(RenstraEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.TahunMulai is not (>= 2000 and <= 2100))
        {
            errors["tahunMulai"] = ["Tahun awal Renstra antara 2000 dan 2100."];
        }
        if (e.TahunSelesai is not { } s || e.TahunMulai is not { } m || s < m || s - m > 9)
        {
            errors["tahunSelesai"] = ["Tahun akhir Renstra tidak sebelum tahun awal dan paling lama 10 tahun (biasanya 5)."];
        }
        if (string.IsNullOrWhiteSpace(e.Tujuan) || e.Tujuan.Length > 4000)
        {
            errors["tujuan"] = ["Tuliskan tujuan Renstra, satu per baris (paling panjang 4.000 karakter)."];
        }
        if (e.Dasar?.Trim().Length > 300)
        {
            errors["dasar"] = ["Dasar penetapan paling panjang 300 karakter."];
        }
        return errors;
    }

    public static async Task SimpanRenstraAsync(TolokDb db, int satkerId, RenstraEdit e, int? versi, CancellationToken ct)
    {
        var row = await db.Renstra.FirstOrDefaultAsync(r => r.SatkerId == satkerId && r.TahunMulai == e.TahunMulai, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, new { row.TahunMulai, row.TahunSelesai, row.Dasar, row.Tujuan });
        }
        if (row is null)
        {
            row = new Renstra { SatkerId = satkerId, TahunMulai = e.TahunMulai!.Value, Tujuan = "" };
            db.Renstra.Add(row);
        }
        row.TahunSelesai = e.TahunSelesai!.Value;
        row.Dasar = string.IsNullOrWhiteSpace(e.Dasar) ? null : e.Dasar.Trim();
        row.Tujuan = e.Tujuan!.Trim();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The Renstra whose period covers <paramref name="tahun"/>.</summary>
    public static Task<Renstra?> RenstraAsync(TolokDb db, int satkerId, int tahun, CancellationToken ct) =>
        db.Renstra.AsNoTracking().Where(r => r.SatkerId == satkerId && r.TahunMulai <= tahun && r.TahunSelesai >= tahun).OrderByDescending(r => r.TahunMulai).FirstOrDefaultAsync(ct);

    public const int LogoMaksByte = 1024 * 1024;

    /// <summary>
    /// An uploaded logo checked by its content: PNG or JPEG (by signature, then decoded), at most 1 MB and 5.000 px;
    /// returned as PNG at most 600 px on its longer side. SVG is refused (decision 100): nothing here renders it into
    /// DOCX and PDF alike, and it can carry scripts.
    /// </summary>
    public static (byte[]? Png, string? Galat) Logo(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return (null, "Berkas logo kosong.");
        }
        if (data.Length > LogoMaksByte)
        {
            return (null, "Berkas logo paling besar 1 MB.");
        }
        var png = data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var jpeg = data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
        if (!png && !jpeg)
        {
            var head = System.Text.Encoding.UTF8.GetString(data[..Math.Min(data.Length, 512)]);
            return (null, head.Contains("<svg", StringComparison.OrdinalIgnoreCase)
                ? "Logo SVG belum dapat dipakai: simpan logo sebagai PNG (mis. ekspor dari aplikasi gambar), lalu unggah lagi."
                : "Berkas logo harus gambar PNG atau JPEG.");
        }
        using var codec = SKCodec.Create(new SKMemoryStream(data.ToArray()));
        if (codec is null || codec.Info.Width is <= 0 or > 5000 || codec.Info.Height is <= 0 or > 5000)
        {
            return (null, "Gambar logo tidak dapat dibaca atau lebih dari 5.000 piksel.");
        }
        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return (null, "Gambar logo tidak dapat dibaca.");
        }
        var scale = Math.Min(1.0, 600.0 / Math.Max(bitmap.Width, bitmap.Height));
        using var resized = scale < 1
            ? bitmap.Resize(new SKImageInfo(Math.Max(1, (int)(bitmap.Width * scale)), Math.Max(1, (int)(bitmap.Height * scale))), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
            : bitmap.Copy();
        using var image = SKImage.FromBitmap(resized);
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return (encoded.ToArray(), null);
    }

    public static async Task SimpanKopAsync(TolokDb db, int satkerId, string? alamat, byte[]? logo, TimeProvider time, CancellationToken ct)
    {
        var satker = await db.Satker.FirstAsync(s => s.Id == satkerId, ct);
        satker.Alamat = string.IsNullOrWhiteSpace(alamat) ? null : alamat.Trim();
        if (logo is not null)
        {
            var row = await db.LogoSatker.FirstOrDefaultAsync(l => l.SatkerId == satkerId, ct);
            if (row is null)
            {
                db.LogoSatker.Add(new LogoSatker { SatkerId = satkerId, Png = logo, DiubahPada = time.GetUtcNow().UtcDateTime });
            }
            else
            {
                row.Png = logo;
                row.DiubahPada = time.GetUtcNow().UtcDateTime;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"19750312 200312 1 002": the NIP grouped as printed on official documents.</summary>
    public static string NipCetak(string nip) =>
        nip.Length == 18 ? $"{nip[..8]} {nip[8..14]} {nip[14..15]} {nip[15..]}" : nip;
}
