using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Audit;

/// <summary>The audit trail with filters (Admin, Pimpinan, Verifikator).</summary>
public class IndexModel(TolokDb db) : PageModel
{
    public const int Batas = 200;

    [FromQuery(Name = "pengguna")] public string? Pengguna { get; set; }
    [FromQuery(Name = "tabel")] public string? Tabel { get; set; }
    [FromQuery(Name = "kunci")] public string? Kunci { get; set; }
    [FromQuery(Name = "dari")] public DateOnly? Dari { get; set; }
    [FromQuery(Name = "sampai")] public DateOnly? Sampai { get; set; }

    public List<JejakAudit> Daftar { get; private set; } = [];
    public HasilVerifikasi Hasil { get; private set; } = new(true, 0, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The whole trail spans every satker (and accounts): for those who read every satker. Others see an item's
        // history on its workflow page (decision 87).
        if (await Aturan.Lingkup.TerbacaAsync(db, Aturan.Pelaku.Dari(User), ct) is not null)
        {
            return Forbid();
        }
        var query = db.JejakAudit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Pengguna))
        {
            query = query.Where(j => j.Pengguna == Pengguna.Trim());
        }
        if (!string.IsNullOrWhiteSpace(Tabel))
        {
            query = query.Where(j => j.Tabel == Tabel.Trim());
        }
        if (!string.IsNullOrWhiteSpace(Kunci))
        {
            query = query.Where(j => j.Kunci == Kunci.Trim());
        }
        // Dates are WITA days: from 00.00 WITA (16.00 UTC the day before).
        if (Dari is { } dari)
        {
            var from = DateTime.SpecifyKind(dari.ToDateTime(TimeOnly.MinValue) - Format.OffsetWita, DateTimeKind.Utc);
            query = query.Where(j => j.Waktu >= from);
        }
        if (Sampai is { } sampai)
        {
            var to = DateTime.SpecifyKind(sampai.AddDays(1).ToDateTime(TimeOnly.MinValue) - Format.OffsetWita, DateTimeKind.Utc);
            query = query.Where(j => j.Waktu < to);
        }
        Daftar = await query.OrderByDescending(j => j.Urutan).Take(Batas).ToListAsync(ct);
        Hasil = await AuditVerifikasi.VerifyAsync(db, ct);
        return Page();
    }
}
