using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Tolok.Infrastructure;

/// <summary>
/// A change stamp (issue 17, point 6): a random value replaced on every committed write that can change computed
/// figures — one per satker ("satker:12") for that satker's registers, targets, IKU set and workflow, and one
/// "global" for what every satker's figures read (TPS data and roll-ups, elections, measurement definitions, scales,
/// the satker list). Kept in the database so that every app server sees the same stamps.
/// </summary>
public class StempelData
{
    public const string Global = "global";

    public required string Kunci { get; set; }
    public required string Nilai { get; set; }

    public static string Satker(int id) => "satker:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Replaces the stamps of <paramref name="kunci"/> with a new random value, on the context's connection and inside
    /// its transaction when one is open (a TPS import's stamp commits with its data).
    /// </summary>
    public static async Task UbahAsync(TolokDb db, IEnumerable<string> kunci, CancellationToken ct)
    {
        var nilai = Guid.NewGuid().ToString("N");
        foreach (var k in kunci.Distinct(StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"StempelData\" (\"Kunci\", \"Nilai\") VALUES ({k}, {nilai}) ON CONFLICT (\"Kunci\") DO UPDATE SET \"Nilai\" = excluded.\"Nilai\"", ct);
        }
    }

    /// <summary>Every stamp (a few hundred short rows): read once per request that needs any.</summary>
    public static async Task<Dictionary<string, string>> SemuaAsync(TolokDb db, CancellationToken ct) =>
        await db.Set<StempelData>().AsNoTracking().ToDictionaryAsync(s => s.Kunci, s => s.Nilai, StringComparer.Ordinal, ct);

    /// <summary>The global stamp alone ("0" before the first change).</summary>
    public static async Task<string> GlobalAsync(TolokDb db, CancellationToken ct) =>
        await db.Set<StempelData>().AsNoTracking().Where(s => s.Kunci == Global).Select(s => s.Nilai).FirstOrDefaultAsync(ct) ?? "0";

    /// <summary>The stamps of one satker's figures: the global one and its own.</summary>
    public static async Task<string> UntukAsync(TolokDb db, int satkerId, CancellationToken ct)
    {
        var kunci = Satker(satkerId);
        var rows = await db.Set<StempelData>().AsNoTracking().Where(s => s.Kunci == Global || s.Kunci == kunci).ToListAsync(ct);
        return Gabung(rows.FirstOrDefault(r => r.Kunci == Global)?.Nilai, rows.FirstOrDefault(r => r.Kunci == kunci)?.Nilai);
    }

    public static string Gabung(string? global, string? satker) => $"{global ?? "0"}|{satker ?? "0"}";
}

internal sealed class StempelDataConfiguration : IEntityTypeConfiguration<StempelData>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<StempelData> builder)
    {
        builder.HasKey(s => s.Kunci);
        builder.Property(s => s.Kunci).HasMaxLength(40);
        builder.Property(s => s.Nilai).HasMaxLength(40);
    }
}

/// <summary>
/// The app server's cache of computed figures (issue 17, point 6). An entry is used only while the stamps it was
/// computed under are still the database's: a write anywhere (this server or another) replaces a stamp, so the next
/// read recomputes — invalidation by the writes that change the figures, never by time. Bounded: past
/// <see cref="Batas"/> entries it starts afresh.
/// </summary>
public sealed class Tembolok
{
    public const int Batas = 50_000;
    private readonly ConcurrentDictionary<string, (string Stempel, object Nilai)> _isi = new(StringComparer.Ordinal);

    /// <summary>A context made outside the app's services: nothing is kept.</summary>
    public static Tembolok Mati { get; } = new() { Aktif = false };

    public bool Aktif { get; private init; } = true;

    /// <summary>How many reads were answered from the cache and how many computed (for the tests and the benchmark).</summary>
    public long Kena => Interlocked.Read(ref _kena);
    public long Hitung => Interlocked.Read(ref _hitung);
    private long _kena, _hitung;

    public async Task<T?> AmbilAsync<T>(string kunci, string stempel, Func<Task<T?>> hitung) where T : class
    {
        if (Aktif && _isi.TryGetValue(kunci, out var ada) && ada.Stempel == stempel)
        {
            Interlocked.Increment(ref _kena);
            return (T)ada.Nilai;
        }
        Interlocked.Increment(ref _hitung);
        var nilai = await hitung();
        if (Aktif && nilai is not null)
        {
            if (_isi.Count >= Batas)
            {
                _isi.Clear();
            }
            _isi[kunci] = (stempel, nilai);
        }
        return nilai;
    }
}
