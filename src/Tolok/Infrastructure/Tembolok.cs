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

    /// <summary>The stamp of the accounts: sign-in, roles, tokens and PIC assignments (what authorises a request).</summary>
    public const string Akun = "akun";

    /// <summary>A stamp replaced with every other: one row that says whether any stamp changed.</summary>
    public const string Versi = "versi";

    /// <summary>
    /// Replaces the stamps of <paramref name="kunci"/> with a new random value, on the context's connection and inside
    /// its transaction when one is open (a TPS import's stamp commits with its data). Until the context ends, this app
    /// server reads the stamps from the database (<see cref="Tembolok.StempelAsync"/>).
    /// </summary>
    public static async Task UbahAsync(TolokDb db, IEnumerable<string> kunci, CancellationToken ct)
    {
        var nilai = Guid.NewGuid().ToString("N");
        db.TandaiStempelDitulis();
        // In one order everywhere: two writers never wait for each other's stamp rows in a cycle. The version row
        // changes with every stamp (PostgreSQL's servers compare it, one row, on each request).
        foreach (var k in kunci.Append(Versi).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"StempelData\" (\"Kunci\", \"Nilai\") VALUES ({k}, {nilai}) ON CONFLICT (\"Kunci\") DO UPDATE SET \"Nilai\" = excluded.\"Nilai\"", ct);
        }
    }

    /// <summary>Every stamp (a few hundred short rows), from the app server's memory while nothing has changed.</summary>
    public static Task<IReadOnlyDictionary<string, string>> SemuaAsync(TolokDb db, CancellationToken ct) => db.Tembolok.StempelAsync(db, ct);

    /// <summary>The global stamp alone ("0" before the first change).</summary>
    public static async Task<string> GlobalAsync(TolokDb db, CancellationToken ct) =>
        (await SemuaAsync(db, ct)).GetValueOrDefault(Global) ?? "0";

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
public sealed class Tembolok : IDisposable
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

    /// <summary>The entry of <paramref name="kunci"/> if it was kept under <paramref name="stempel"/>, else null.</summary>
    public T? Coba<T>(string kunci, string stempel) where T : class
    {
        if (Aktif && _isi.TryGetValue(kunci, out var ada) && ada.Stempel == stempel)
        {
            Interlocked.Increment(ref _kena);
            return (T)ada.Nilai;
        }
        return null;
    }

    /// <summary>Keeps <paramref name="nilai"/> under <paramref name="stempel"/>.</summary>
    public void Simpan(string kunci, string stempel, object nilai)
    {
        if (!Aktif)
        {
            return;
        }
        if (_isi.Count >= Batas)
        {
            _isi.Clear();
        }
        _isi[kunci] = (stempel, nilai);
    }

    /// <summary>Drops the entries whose key <paramref name="pilih"/> names.</summary>
    public void Buang(Func<string, bool> pilih)
    {
        foreach (var kunci in _isi.Keys)
        {
            if (pilih(kunci))
            {
                _isi.TryRemove(kunci, out _);
            }
        }
    }

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

    // ---- The stamps themselves, in memory (issue 17, point 6) ----
    //
    // A request that reads cached figures needs the current stamps. Reading them all costs a query of a few hundred
    // rows per request; instead the last read is kept here and used while nothing changed: on SQLite while
    // PRAGMA data_version, on a connection of its own, is unchanged (it changes when any other connection, in this
    // process or another such as the CLI, commits); on PostgreSQL while the one version row (replaced with every
    // stamp) is the one the kept stamps were read with — a one-row read per request, exact on every app server. A
    // write of this process is pending from its stamp change until its context ends; meanwhile the stamps are read
    // from the database.

    private sealed record Potret(long Generasi, IReadOnlyDictionary<string, string> Nilai);

    private long _generasi;
    private int _tertunda;
    private Potret? _potret;
    private readonly Lock _kunciSqlite = new();
    private Microsoft.Data.Sqlite.SqliteConnection? _pantauSqlite;
    private Microsoft.Data.Sqlite.SqliteCommand? _versiSqlite;
    private long _versiData = -1;
    private long _terakhirDiperiksa;

    /// <summary>Something changed (a write of this process ended): the next read goes to the database.</summary>
    public void Berubah() => Interlocked.Increment(ref _generasi);

    internal void MulaiTulis() => Interlocked.Increment(ref _tertunda);

    internal void SelesaiTulis()
    {
        Berubah();
        Interlocked.Decrement(ref _tertunda);
    }

    /// <summary>
    /// The current stamps: once per context (a request reads them once, however many cached things it checks; a write
    /// through the context forgets them), from memory while nothing changed, else from the database.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> StempelAsync(TolokDb db, CancellationToken ct)
    {
        if (db.StempelKonteks is { } sudah)
        {
            return sudah;
        }
        _postgres ??= db.Database.IsNpgsql();
        if (_postgres.Value)
        {
            return db.StempelKonteks = await PostgresAsync(db, ct);
        }
        var percaya = Aktif && Volatile.Read(ref _tertunda) == 0 && PeriksaSqlite(db);
        var generasi = Interlocked.Read(ref _generasi);
        if (percaya && Volatile.Read(ref _potret) is { } p && p.Generasi == generasi)
        {
            return db.StempelKonteks = p.Nilai;
        }
        var nilai = await SemuaDariDatabaseAsync(db, ct);
        if (percaya)
        {
            Volatile.Write(ref _potret, new Potret(generasi, nilai));
        }
        return db.StempelKonteks = nilai;
    }

    private async Task<IReadOnlyDictionary<string, string>> PostgresAsync(TolokDb db, CancellationToken ct)
    {
        var percaya = Aktif && Volatile.Read(ref _tertunda) == 0;
        if (percaya && Volatile.Read(ref _potret) is { } p)
        {
            var versi = await db.Set<StempelData>().AsNoTracking().Where(s => s.Kunci == StempelData.Versi).Select(s => s.Nilai).FirstOrDefaultAsync(ct) ?? "0";
            if (versi == (p.Nilai.GetValueOrDefault(StempelData.Versi) ?? "0"))
            {
                return p.Nilai;
            }
        }
        var nilai = await SemuaDariDatabaseAsync(db, ct);
        if (percaya)
        {
            // Kept with the version read in the same query: a change committed meanwhile shows as a newer version.
            Volatile.Write(ref _potret, new Potret(0, nilai));
        }
        return nilai;
    }

    /// <summary>The stamps from the database, whatever is in memory (the save guard checks a write against them).</summary>
    internal static async Task<IReadOnlyDictionary<string, string>> SemuaDariDatabaseAsync(TolokDb db, CancellationToken ct)
    {
        return await db.Set<StempelData>().AsNoTracking().ToDictionaryAsync(s => s.Kunci, s => s.Nilai, StringComparer.Ordinal, ct);
    }

    private bool? _postgres;

    /// <summary>SQLite: raises the generation when the database changed since the last look; false if it cannot tell.</summary>
    private bool PeriksaSqlite(TolokDb db)
    {
        // At most one look per 2 ms: under load most requests rely on the look another request has just made (a
        // commit by another process is seen within 2 ms; this process's own writes raise the generation themselves).
        var sekarang = System.Diagnostics.Stopwatch.GetTimestamp();
        if (_pantauSqlite is not null && sekarang - Interlocked.Read(ref _terakhirDiperiksa) < System.Diagnostics.Stopwatch.Frequency / 500)
        {
            return true;
        }
        lock (_kunciSqlite)
        {
            Interlocked.Exchange(ref _terakhirDiperiksa, sekarang);
            try
            {
                if (_versiSqlite is null)
                {
                    var sambungan = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
                    if (sambungan.DataSource is "" or ":memory:" || sambungan.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
                    {
                        return false; // a connection of its own would see another, empty database
                    }
                    _pantauSqlite = new Microsoft.Data.Sqlite.SqliteConnection(sambungan.ConnectionString);
                    _pantauSqlite.Open();
                    _versiSqlite = _pantauSqlite.CreateCommand();
                    _versiSqlite.CommandText = "PRAGMA data_version";
                }
                var versi = (long)_versiSqlite.ExecuteScalar()!;
                if (versi != _versiData)
                {
                    _versiData = versi;
                    Berubah();
                }
                return true;
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                _versiSqlite?.Dispose();
                _pantauSqlite?.Dispose();
                (_versiSqlite, _pantauSqlite, _versiData) = (null, null, -1);
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_kunciSqlite)
        {
            _versiSqlite?.Dispose();
            _pantauSqlite?.Dispose();
            (_versiSqlite, _pantauSqlite) = (null, null);
        }
    }
}
