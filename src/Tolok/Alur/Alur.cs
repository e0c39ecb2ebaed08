using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;
using Tolok.Pengguna;

namespace Tolok.Alur;

/// <summary>
/// The verification and approval state of one item of a satker: a register row (<see cref="Jenis"/> = the register,
/// <see cref="Kunci"/> = its id), an IKU's realisation for a period ("realisasi", "2024:tahunan:3.1", with the
/// approved figures kept in <see cref="Cuplikan"/>), or a ballot's participation data ("partisipasi", "pemilu-2024:PPWP").
/// An item without a row is a draft.
/// </summary>
public class AlurData : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public required string Jenis { get; set; }
    public required string Kunci { get; set; }
    public required string Status { get; set; }
    public string? DiajukanOleh { get; set; }
    /// <summary>Who verified it: that person may not also approve it (four eyes), whatever roles they hold.</summary>
    public string? DiverifikasiOleh { get; set; }
    /// <summary>For an approved realisation: the figures as approved (JSON), which the public portal shows.</summary>
    public string? Cuplikan { get; set; }
    public DateTime DiubahPada { get; set; }
    public List<RiwayatAlur> Riwayat { get; set; } = [];
}

/// <summary>One transition: from, to, who, when (UTC), why.</summary>
public class RiwayatAlur
{
    public int Id { get; set; }
    public int AlurDataId { get; set; }
    public required string Dari { get; set; }
    public required string Ke { get; set; }
    public required string Oleh { get; set; }
    public DateTime Pada { get; set; }
    public string? Catatan { get; set; }
}

internal sealed class AlurDataConfiguration : IEntityTypeConfiguration<AlurData>
{
    public void Configure(EntityTypeBuilder<AlurData> builder)
    {
        builder.HasIndex(a => new { a.SatkerId, a.Jenis, a.Kunci }).IsUnique();
        builder.HasIndex(a => new { a.Jenis, a.Status });
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(a => a.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Jenis).HasMaxLength(30);
        builder.Property(a => a.Kunci).HasMaxLength(100);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.DiajukanOleh).HasMaxLength(256);
        builder.Property(a => a.DiverifikasiOleh).HasMaxLength(256);
        builder.Property(a => a.Cuplikan).HasMaxLength(8000);
        builder.HasMany(a => a.Riwayat).WithOne().HasForeignKey(r => r.AlurDataId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiwayatAlurConfiguration : IEntityTypeConfiguration<RiwayatAlur>
{
    public void Configure(EntityTypeBuilder<RiwayatAlur> builder)
    {
        builder.Property(r => r.Dari).HasMaxLength(20);
        builder.Property(r => r.Ke).HasMaxLength(20);
        builder.Property(r => r.Oleh).HasMaxLength(256);
        builder.Property(r => r.Catatan).HasMaxLength(2000);
    }
}

/// <summary>The workflow rules: which action goes from which state to which, who may take it, and the lock.</summary>
public static class AlurRules
{
    public const string Draf = "draf", Diajukan = "diajukan", Diverifikasi = "diverifikasi", Disetujui = "disetujui", Dikembalikan = "dikembalikan";

    public static readonly IReadOnlyList<string> Aksi = ["ajukan", "verifikasi", "setujui", "kembalikan", "buka"];

    /// <summary>The kinds of item that go through the workflow.</summary>
    public static readonly IReadOnlyList<string> Jenis = ["laporan-rb", "laporan-keuangan", "lhe", "layanan-pelaksanaan", "sengketa", "tahapan", "anggaran", "realisasi", "partisipasi", "target", "lke"];

    /// <summary>Only a draft or a returned item may be edited; submitted, verified and approved items are locked.</summary>
    public static bool BolehDiubah(string status) => status is Draf or Dikembalikan;

    /// <summary>
    /// The state after an action, or the reason it is refused (in Indonesian). Nobody verifies, returns or approves
    /// their own submission; returning and reopening need a note.
    /// </summary>
    /// <summary>
    /// A refusal that comes only from the item's current status — the same person, note and history would succeed from
    /// another status — is a conflict with the item's state (409: someone else moved it first), not a mistake of the request.
    /// </summary>
    public static bool KonflikStatus(string status, string aksi, string pengguna, Func<string, bool> punyaPeran, string? diajukanOleh, string? catatan, string? diverifikasiOleh, string? jenis = null) =>
        Terapkan(status, aksi, pengguna, punyaPeran, diajukanOleh, catatan, diverifikasiOleh, jenis).Ke is null
        && new[] { Draf, Diajukan, Diverifikasi, Disetujui, Dikembalikan }.Any(s => Terapkan(s, aksi, pengguna, punyaPeran, diajukanOleh, catatan, diverifikasiOleh, jenis).Ke is not null);

    /// <summary>Who reviews a submitted item: a Verifikator; for the LKE self-assessment also the Inspektorat (decision 125).</summary>
    private static bool Peninjau(Func<string, bool> punyaPeran, string? jenis) =>
        punyaPeran(Peran.Verifikator) || (jenis == "lke" && punyaPeran(Peran.Inspektorat));

    /// <param name="diverifikasiOleh">Who verified the item: four eyes, so that person does not approve it too.</param>
    /// <param name="jenis">The item's kind: the Inspektorat reviews the LKE self-assessment only.</param>
    public static (string? Ke, string? Galat) Terapkan(string status, string aksi, string pengguna, Func<string, bool> punyaPeran, string? diajukanOleh, string? catatan, string? diverifikasiOleh = null, string? jenis = null)
    {
        var sendiri = diajukanOleh is not null && string.Equals(diajukanOleh, pengguna, StringComparison.OrdinalIgnoreCase);
        var memverifikasi = diverifikasiOleh is not null && string.Equals(diverifikasiOleh, pengguna, StringComparison.OrdinalIgnoreCase);
        switch (aksi)
        {
            case "ajukan":
                if (!(punyaPeran(Peran.Admin) || punyaPeran(Peran.Perencana) || punyaPeran(Peran.Operator)))
                {
                    return (null, "Hanya Operator, Perencana atau Admin yang dapat mengajukan data.");
                }
                return BolehDiubah(status) ? (Diajukan, null) : (null, $"Data berstatus {status}; hanya draf atau data yang dikembalikan yang dapat diajukan.");
            case "verifikasi":
                if (!Peninjau(punyaPeran, jenis))
                {
                    return (null, jenis == "lke" ? "Hanya Verifikator atau Inspektorat yang dapat memverifikasi penilaian mandiri." : "Hanya Verifikator yang dapat memverifikasi data.");
                }
                if (status != Diajukan)
                {
                    return (null, $"Data berstatus {status}; hanya data yang diajukan yang dapat diverifikasi.");
                }
                return sendiri ? (null, "Data yang Anda ajukan sendiri tidak dapat Anda verifikasi.") : (Diverifikasi, null);
            case "setujui":
                if (!punyaPeran(Peran.Pimpinan))
                {
                    return (null, "Hanya Pimpinan yang dapat menyetujui data.");
                }
                if (status != Diverifikasi)
                {
                    return (null, $"Data berstatus {status}; hanya data yang sudah diverifikasi yang dapat disetujui.");
                }
                if (memverifikasi)
                {
                    return (null, "Data yang Anda verifikasi sendiri tidak dapat Anda setujui: persetujuan oleh orang lain (empat mata).");
                }
                return sendiri ? (null, "Data yang Anda ajukan sendiri tidak dapat Anda setujui.") : (Disetujui, null);
            case "kembalikan":
                var boleh = (status == Diajukan && Peninjau(punyaPeran, jenis)) || (status == Diverifikasi && punyaPeran(Peran.Pimpinan));
                if (!boleh)
                {
                    return (null, status is Diajukan or Diverifikasi
                        ? "Data yang diajukan dikembalikan oleh Verifikator; data yang diverifikasi oleh Pimpinan."
                        : $"Data berstatus {status} tidak dapat dikembalikan.");
                }
                if (sendiri)
                {
                    return (null, "Data yang Anda ajukan sendiri tidak dapat Anda kembalikan.");
                }
                return string.IsNullOrWhiteSpace(catatan) ? (null, "Tuliskan catatan: apa yang perlu diperbaiki.") : (Dikembalikan, null);
            case "buka":
                if (!(punyaPeran(Peran.Admin) || punyaPeran(Peran.Pimpinan)))
                {
                    return (null, "Hanya Admin atau Pimpinan yang dapat membuka kembali data yang disetujui.");
                }
                if (status != Disetujui)
                {
                    return (null, $"Data berstatus {status}; hanya data yang disetujui yang perlu dibuka kembali.");
                }
                return string.IsNullOrWhiteSpace(catatan) ? (null, "Tuliskan alasan membuka kembali data yang sudah disetujui.") : (Draf, null);
            default:
                return (null, $"Aksi \"{aksi}\" tidak dikenal; pilih {string.Join(", ", Aksi)}.");
        }
    }
}

public sealed record RiwayatAlurDto(string Dari, string Ke, string Oleh, DateTime Pada, string? Catatan);

public sealed record AlurDto(string Jenis, string Kunci, string Status, string? DiajukanOleh, IReadOnlyList<RiwayatAlurDto> Riwayat, string? DiverifikasiOleh = null, int Versi = 0)
{
    public bool BolehDiubah => AlurRules.BolehDiubah(Status);
}

public static class AlurStore
{
    public static async Task<AlurDto> GetAsync(TolokDb db, int satkerId, string jenis, string kunci, CancellationToken ct)
    {
        var row = await db.AlurData.AsNoTracking().Include(a => a.Riwayat).FirstOrDefaultAsync(a => a.SatkerId == satkerId && a.Jenis == jenis && a.Kunci == kunci, ct);
        return row is null
            ? new AlurDto(jenis, kunci, AlurRules.Draf, null, [])
            : new AlurDto(jenis, kunci, row.Status, row.DiajukanOleh, [.. row.Riwayat.OrderBy(r => r.Pada).ThenBy(r => r.Id).Select(r => new RiwayatAlurDto(r.Dari, r.Ke, r.Oleh, r.Pada, r.Catatan))], row.DiverifikasiOleh, row.Versi);
    }

    /// <summary>The status of every item of a kind of a satker that has left the draft state (key → status).</summary>
    public static Task<Dictionary<string, string>> StatusAsync(TolokDb db, int satkerId, string jenis, CancellationToken ct) =>
        db.AlurData.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Jenis == jenis).ToDictionaryAsync(a => a.Kunci, a => a.Status, ct);

    /// <summary>
    /// Applies an action for whoever writes through <paramref name="db"/> (scope, the rules, four eyes); returns the new
    /// state, or the reason it was refused. The change is atomic: the item's version is a concurrency token and its key
    /// is unique, so of two actions on the same state exactly one is stored; the other gets a 409
    /// (<see cref="Aturan.AturanException"/>), never a silent double transition or a 500.
    /// </summary>
    /// <param name="versi">The item's version the actor saw (If-Match), or null to act on whatever is current.</param>
    public static async Task<(AlurDto? Alur, string? Galat)> TerapkanAsync(
        TolokDb db, int satkerId, string jenis, string kunci, string aksi, string? catatan, Func<Task<string?>>? cuplikan, TimeProvider time, CancellationToken ct, int? versi = null)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (jenis == "partisipasi")
        {
            // Never while an import of the ballot is being stored (it takes the same lock and checks the status).
            await ImporMentah.KunciSuratSuaraAsync(db, kunci, ct);
        }
        var pelaku = db.Pelaku;
        var kode = await db.Satker.AsNoTracking().Where(s => s.Id == satkerId).Select(s => s.Kode).FirstAsync(ct);
        if (!await Aturan.Lingkup.BolehAlurAsync(db, pelaku, kode, jenis, aksi, ct))
        {
            return (null, $"Anda tidak ditugaskan pada satker {kode}{(aksi == "ajukan" ? $" untuk register {jenis}" : "")}; minta Admin menambahkan penugasan (tolok user pic).");
        }
        var pengguna = pelaku.Nama;
        var row = await db.AlurData.FirstOrDefaultAsync(a => a.SatkerId == satkerId && a.Jenis == jenis && a.Kunci == kunci, ct);
        if (versi is { } v && (row?.Versi ?? 0) != v)
        {
            throw Aturan.Versi.Usang(row?.Versi ?? 0, null, [$"status: {row?.Status ?? AlurRules.Draf}"]);
        }
        var status = row?.Status ?? AlurRules.Draf;
        var (ke, galat) = AlurRules.Terapkan(status, aksi, pengguna, p => pelaku.Sistem || pelaku.Punya(p), row?.DiajukanOleh, catatan, row?.DiverifikasiOleh, jenis);
        if (galat is not null && AlurRules.KonflikStatus(status, aksi, pengguna, p => pelaku.Sistem || pelaku.Punya(p), row?.DiajukanOleh, catatan, row?.DiverifikasiOleh, jenis))
        {
            throw Aturan.AturanException.Bentrok(galat);
        }
        if (galat is not null)
        {
            return (null, galat);
        }
        if (row is null)
        {
            row = new AlurData { SatkerId = satkerId, Jenis = jenis, Kunci = kunci, Status = status };
            db.AlurData.Add(row);
        }
        var now = time.GetUtcNow().UtcDateTime;
        row.Riwayat.Add(new RiwayatAlur { Dari = status, Ke = ke!, Oleh = pengguna, Pada = now, Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim() });
        row.Status = ke!;
        row.DiubahPada = now;
        if (aksi == "ajukan")
        {
            row.DiajukanOleh = pengguna;
            row.DiverifikasiOleh = null;
            // Submitting raises the version of the row it locks, in the same transaction: an edit of that row opened
            // before the submission can no longer be stored after it (its version is stale).
            await Aturan.PenjagaTulis.TandaiBarisAsync(db, satkerId, jenis, kunci, ct);
        }
        if (aksi == "verifikasi")
        {
            row.DiverifikasiOleh = pengguna;
        }
        if (ke == AlurRules.Disetujui && cuplikan is not null)
        {
            row.Cuplikan = await cuplikan();
        }
        if (aksi == "buka")
        {
            row.Cuplikan = null;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || (e is DbUpdateException u && Aturan.Bentrokan.IsUnique(u)))
        {
            // PostgreSQL refuses any query in a failed transaction: end it before reading what the other one stored.
            if (tx is not null)
            {
                await tx.RollbackAsync(ct);
            }
            db.ChangeTracker.Clear();
            var sekarang = await GetAsync(db, satkerId, jenis, kunci, ct);
            var terakhir = sekarang.Riwayat.Count > 0 ? sekarang.Riwayat[^1] : null;
            throw Aturan.AturanException.Bentrok($"Aksi \"{aksi}\" ditolak: pada saat yang sama data ini sudah diubah menjadi {sekarang.Status}" +
                (terakhir is null ? "." : $" oleh {terakhir.Oleh}.") + " Muat ulang untuk melihat statusnya.");
        }
        return (await GetAsync(db, satkerId, jenis, kunci, ct), null);
    }
}
