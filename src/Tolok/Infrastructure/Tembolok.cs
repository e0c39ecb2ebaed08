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

    /// <summary>The PostgreSQL channel on which a changed stamp is announced to every app server.</summary>
    public const string Kanal = "tolok_stempel";

    /// <summary>
    /// Replaces the stamps of <paramref name="kunci"/> with a new random value, on the context's connection and inside
    /// its transaction when one is open (a TPS import's stamp commits with its data). Until the context ends, this app
    /// server reads the stamps from the database (<see cref="Tembolok.StempelAsync"/>); on PostgreSQL the change is
    /// announced to the other app servers when it commits.
    /// </summary>
    public static async Task UbahAsync(TolokDb db, IEnumerable<string> kunci, CancellationToken ct)
    {
        var nilai = Guid.NewGuid().ToString("N");
        db.TandaiStempelDitulis();
        // In one order everywhere: two writers never wait for each other's stamp rows in a cycle.
        foreach (var k in kunci.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"StempelData\" (\"Kunci\", \"Nilai\") VALUES ({k}, {nilai}) ON CONFLICT (\"Kunci\") DO UPDATE SET \"Nilai\" = excluded.\"Nilai\"", ct);
        }
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_notify('{Kanal}', '')", ct);
        }
    }

    /// <summary>Every stamp (a few hundred short rows), from the app server's memory while nothing has changed.</summary>
    public static Task<IReadOnlyDictionary<string, string>> SemuaAsync(TolokDb db, CancellationToken ct) => db.Tembolok.StempelAsync(db, ct);

    /// <summary>The global stamp alone ("0" before the first change).</summary>
    public static async Task<string> GlobalAsync(TolokDb db, CancellationToken ct) =>
        (await SemuaAsync(db, ct)).GetValueOrDefault(Global) ?? "0";

    /// <summary>The stamps of one satker's figures: the global one and its own.</summary>
    public static async Task<string> UntukAsync(TolokDb db, int satkerId, CancellationToken ct)
    {
        var semua = await SemuaAsync(db, ct);
        return Gabung(semua.GetValueOrDefault(Global), semua.GetValueOrDefault(Satker(satkerId)));
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
    // A request that reads cached figures needs the current stamps. Reading them from the database costs a query per
    // request; instead the last read is kept here with the generation it was read at, and any change anywhere raises
    // the generation: on SQLite, PRAGMA data_version on a connection of its own (changes when any other connection,
    // in this process or another such as the CLI, commits); on PostgreSQL, the NOTIFY that every stamp change sends
    // (PendengarPortal listens; while it is not connected nothing is trusted). A write in this process is pending from
    // its stamp change until its context ends; meanwhile the stamps are read from the database.

    private sealed record Potret(long Generasi, IReadOnlyDictionary<string, string> Nilai);

    private long _generasi;
    private int _tertunda;
    private Potret? _potret;
    private volatile bool _umpanPg;
    private readonly Lock _kunciSqlite = new();
    private Microsoft.Data.Sqlite.SqliteConnection? _pantauSqlite;
    private Microsoft.Data.Sqlite.SqliteCommand? _versiSqlite;
    private long _versiData = -1;
    private long _terakhirDiperiksa;

    /// <summary>How many times the stamps were read from the database (for the tests and the benchmark).</summary>
    public long BacaStempel => Interlocked.Read(ref _bacaStempel);
    private long _bacaStempel;

    /// <summary>Something changed (a NOTIFY, a write of this process that ended): the next read goes to the database.</summary>
    public void Berubah() => Interlocked.Increment(ref _generasi);

    /// <summary>PostgreSQL: whether the change feed is connected (else every read goes to the database).</summary>
    public void UmpanPostgres(bool tersambung)
    {
        _umpanPg = tersambung;
        Berubah();
    }

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
        var percaya = Aktif && Volatile.Read(ref _tertunda) == 0 && (_postgres.Value ? _umpanPg : PeriksaSqlite(db));
        var generasi = Interlocked.Read(ref _generasi);
        if (percaya && Volatile.Read(ref _potret) is { } p && p.Generasi == generasi)
        {
            return db.StempelKonteks = p.Nilai;
        }
        Interlocked.Increment(ref _bacaStempel);
        var nilai = await db.Set<StempelData>().AsNoTracking().ToDictionaryAsync(s => s.Kunci, s => s.Nilai, StringComparer.Ordinal, ct);
        if (percaya)
        {
            Volatile.Write(ref _potret, new Potret(generasi, nilai));
        }
        return db.StempelKonteks = nilai;
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
