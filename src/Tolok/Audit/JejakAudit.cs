using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;

namespace Tolok.Audit;

/// <summary>
/// One change of one row: who, when, which table and key, added/changed/removed, the old and new values (JSON).
/// Entries are numbered without gaps and chained: each stores the previous entry's hash and its own hash over its
/// content and that previous hash, so an entry altered, removed or moved breaks the chain from there on.
/// </summary>
public class JejakAudit
{
    public long Urutan { get; set; }
    public DateTime Waktu { get; set; }
    public required string Pengguna { get; set; }
    public required string Tabel { get; set; }
    public required string Kunci { get; set; }
    /// <summary>tambah, ubah or hapus.</summary>
    public required string Aksi { get; set; }
    public string? Lama { get; set; }
    public string? Baru { get; set; }
    public required string HashSebelumnya { get; set; }
    public required string Hash { get; set; }

    public string HitungHash() => Hitung(Urutan, Waktu, Pengguna, Tabel, Kunci, Aksi, Lama, Baru, HashSebelumnya);

    public static string Hitung(long urutan, DateTime waktu, string pengguna, string tabel, string kunci, string aksi, string? lama, string? baru, string sebelumnya)
    {
        // The time is UTC to the millisecond, written without its kind: SQLite gives it back as "unspecified".
        // Lengths prefix every field, so no two different entries can produce the same text.
        var text = new StringBuilder();
        foreach (var part in new[] { urutan.ToString(System.Globalization.CultureInfo.InvariantCulture), waktu.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture), pengguna, tabel, kunci, aksi, lama ?? "\0", baru ?? "\0", sebelumnya })
        {
            text.Append(part.Length).Append(':').Append(part).Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

internal sealed class JejakAuditConfiguration : IEntityTypeConfiguration<JejakAudit>
{
    public void Configure(EntityTypeBuilder<JejakAudit> builder)
    {
        builder.HasKey(j => j.Urutan);
        builder.Property(j => j.Urutan).ValueGeneratedNever();
        builder.Property(j => j.Pengguna).HasMaxLength(256);
        builder.Property(j => j.Tabel).HasMaxLength(100);
        builder.Property(j => j.Kunci).HasMaxLength(200);
        builder.Property(j => j.Aksi).HasMaxLength(10);
        builder.Property(j => j.HashSebelumnya).HasMaxLength(64);
        builder.Property(j => j.Hash).HasMaxLength(64);
        builder.HasIndex(j => j.Waktu);
        builder.HasIndex(j => new { j.Tabel, j.Kunci });
    }
}

/// <summary>
/// Writes the audit trail of every SaveChanges: the changes are captured before saving (old values) and written
/// after (keys of new rows are known then), in the same transaction as the change itself.
/// </summary>
public sealed class AuditInterceptor(Aturan.PelakuSaatIni pelaku, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>Columns never copied into the trail.</summary>
    private static readonly HashSet<string> Rahasia = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", nameof(Pengguna.TokenApi.Hash)];

    /// <summary>A change as captured before saving: the old values, and for an update which properties changed.</summary>
    private sealed record Perubahan(EntityEntry Entry, string Aksi, string? Lama, HashSet<string>? Diubah);

    /// <summary>
    /// What a save of one context is doing, kept on the context (the interceptor is shared by all contexts, so the
    /// context options are built once per app rather than per request).
    /// </summary>
    internal sealed class Keadaan
    {
        public object? Pending;
        public bool OwnTransaction;
        public bool Writing;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TolokDb db || db.KeadaanAudit.Writing)
        {
            return result;
        }
        var k = db.KeadaanAudit;
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is not (JejakAudit or Partisipasi.BlokTps or Partisipasi.Rekap or Partisipasi.DaftarTps)) // TPS data: recorded per import (ImporTps, DaftarTps) and in RiwayatDataTps
            .Select(e =>
            {
                var diubah = e.State == EntityState.Modified ? e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToHashSet() : null;
                return new Perubahan(e, e.State switch { EntityState.Added => "tambah", EntityState.Deleted => "hapus", _ => "ubah" },
                    e.State == EntityState.Added ? null : Values(e, original: true, diubah), diubah);
            })
            .ToList();
        if (changes.Count == 0)
        {
            return result;
        }
        k.Pending = changes;
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
            k.OwnTransaction = true;
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TolokDb db || db.KeadaanAudit is not { Writing: false, Pending: List<Perubahan> pending } k)
        {
            return result;
        }
        k.Pending = null;
        try
        {
            k.Writing = true;
            await AppendAsync(db, pending, cancellationToken);
            if (k.OwnTransaction)
            {
                await db.Database.CommitTransactionAsync(cancellationToken);
            }
        }
        catch
        {
            if (k.OwnTransaction)
            {
                await db.Database.RollbackTransactionAsync(cancellationToken);
            }
            throw;
        }
        finally
        {
            k.Writing = false;
            k.OwnTransaction = false;
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TolokDb db)
        {
            return;
        }
        var k = db.KeadaanAudit;
        if (k.Writing)
        {
            return; // the trail's own save failed: SavedChangesAsync rolls its transaction back
        }
        if (k.OwnTransaction && db.Database.CurrentTransaction is not null)
        {
            await db.Database.RollbackTransactionAsync(cancellationToken);
        }
        k.Pending = null;
        k.OwnTransaction = false;
    }

    // The synchronous paths (used by ASP.NET Core Identity's stores in places) do the same.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private async Task AppendAsync(TolokDb db, List<Perubahan> changes, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // One writer of the chain at a time: the lock ends with the transaction.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7043501)", ct);
        }
        var last = await db.JejakAudit.AsNoTracking().OrderByDescending(j => j.Urutan).Select(j => new { j.Urutan, j.Hash }).FirstOrDefaultAsync(ct);
        var urutan = last?.Urutan ?? 0;
        var previous = last?.Hash ?? "";
        var now = Now();
        foreach (var c in changes)
        {
            var entry = Entry(++urutan, now, c.Entry.Metadata.GetTableName() ?? c.Entry.Metadata.ClrType.Name, Key(c.Entry), c.Aksi,
                c.Lama, c.Aksi == "hapus" ? null : Values(c.Entry, original: false, c.Diubah), previous);
            previous = entry.Hash;
            db.JejakAudit.Add(entry);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Appends the entry of a row written in plain SQL (the TPS import's record, decision 68) in the open transaction,
    /// with the same chain, lock and form as a save through EF Core: <paramref name="lama"/> and
    /// <paramref name="baru"/> hold the row's properties by name.
    /// </summary>
    public async Task CatatMentahAsync(TolokDb db, string tabel, string kunci, string aksi, SortedDictionary<string, object?>? lama, SortedDictionary<string, object?>? baru, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await using var lockCommand = await SqlMentah.CommandAsync(db, "SELECT pg_advisory_xact_lock(7043501)", ct);
            await lockCommand.ExecuteScalarAsync(ct);
        }
        long urutan = 0;
        var previous = "";
        await using (var command = await SqlMentah.CommandAsync(db, "SELECT \"Urutan\", \"Hash\" FROM \"JejakAudit\" ORDER BY \"Urutan\" DESC LIMIT 1", ct))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                urutan = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }
        var entry = Entry(urutan + 1, Now(), tabel, kunci, aksi, Json(lama), Json(baru), previous);
        await using var insert = await SqlMentah.CommandAsync(db,
            "INSERT INTO \"JejakAudit\" (\"Urutan\", \"Waktu\", \"Pengguna\", \"Tabel\", \"Kunci\", \"Aksi\", \"Lama\", \"Baru\", \"HashSebelumnya\", \"Hash\") " +
            "VALUES (@urutan, @waktu, @pengguna, @tabel, @kunci, @aksi, @lama, @baru, @sebelumnya, @hash)", ct,
            ("urutan", entry.Urutan), ("waktu", SqlMentah.Waktu(db, entry.Waktu)), ("pengguna", entry.Pengguna), ("tabel", entry.Tabel),
            ("kunci", entry.Kunci), ("aksi", entry.Aksi), ("lama", entry.Lama), ("baru", entry.Baru), ("sebelumnya", entry.HashSebelumnya), ("hash", entry.Hash));
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Now, to the millisecond, as both databases store it.</summary>
    private DateTime Now()
    {
        var now = DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime, DateTimeKind.Utc);
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    private JejakAudit Entry(long urutan, DateTime now, string tabel, string kunci, string aksi, string? lama, string? baru, string previous)
    {
        var entry = new JejakAudit
        {
            Urutan = urutan,
            Waktu = now,
            Pengguna = pelaku.Sekarang.Nama,
            Tabel = tabel,
            Kunci = kunci,
            Aksi = aksi,
            Lama = lama,
            Baru = baru,
            HashSebelumnya = previous,
            Hash = "",
        };
        entry.Hash = entry.HitungHash();
        return entry;
    }

    private static string Key(EntityEntry e) =>
        string.Join(",", e.Metadata.FindPrimaryKey()?.Properties.Select(p => Convert.ToString(e.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)) ?? []);

    /// <summary>The row's values as JSON; for an update only the key and the properties that changed.</summary>
    private static string Values(EntityEntry e, bool original, HashSet<string>? diubah)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.Properties)
        {
            if (diubah is not null && !diubah.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey())
            {
                continue;
            }
            var value = original ? p.OriginalValue : p.CurrentValue;
            // Binary content (a logo) is recorded by size and SHA-256, which proves what was stored without the bytes.
            values[p.Metadata.Name] = Rahasia.Contains(p.Metadata.Name) ? "(disembunyikan)"
                : value is byte[] bytes ? $"(berkas {bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} bita, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))})"
                : value;
        }
        return Json(values)!;
    }

    private static string? Json(SortedDictionary<string, object?>? values) => values is null ? null : JsonSerializer.Serialize(values);
}
