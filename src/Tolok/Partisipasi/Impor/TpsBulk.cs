using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// The one place where participation data skips EF Core for speed (measured, docs/benchmarks.md): prepared
/// statements in the open transaction on SQLite; binary COPY and array parameters on PostgreSQL.
/// Every method runs inside the caller's transaction.
/// </summary>
public static class TpsBulk
{
    private static bool IsPostgres(TolokDb db) => db.Database.IsNpgsql();

    /// <summary>Appends the history of replaced rows, one row per block (<see cref="RiwayatBlokTps"/>).</summary>
    internal static async Task InsertRiwayatBlokAsync(TolokDb db, int suratSuaraId, int imporId, IReadOnlyList<TpsGabung.RiwayatBlok> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        const string columns = "surat_suara_id, kode, isi, jumlah_entri, impor_id, diubah_pada";
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            await CopyAsync((NpgsqlConnection)connection, "riwayat_blok_tps", columns, copy =>
            {
                foreach (var r in rows)
                {
                    copy.Row(6);
                    copy.Int(suratSuaraId);
                    copy.Long(r.Kode);
                    copy.Bytes(r.Isi);
                    copy.Int(r.JumlahEntri);
                    copy.Int(imporId);
                    copy.Waktu(r.DiubahPada);
                }
            }, ct);
            return;
        }
        using var insert = new SqliteMentah((SqliteConnection)connection, $"INSERT INTO riwayat_blok_tps ({columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.Int(1, suratSuaraId);
        insert.Int(5, imporId);
        foreach (var r in rows)
        {
            insert.Int(2, r.Kode);
            insert.Blob(3, r.Isi);
            insert.Int(4, r.JumlahEntri);
            insert.Waktu(6, r.DiubahPada);
            insert.Run();
        }
    }

    /// <summary>
    /// The condition on <c>kode</c> that finds <paramref name="kode"/> (sorted): a list of the codes for a small set
    /// (codes of several levels are far apart: a kecamatan's re-import spans 0 to 5101012010), else the range
    /// <c>@a</c>–<c>@b</c> (a slice of a large file, whose codes are dense). The codes are numbers: written as literals.
    /// </summary>
    internal static string KodeDalam(IReadOnlyCollection<long> kode) => kode.Count <= 2000
        ? $"kode IN ({string.Join(",", kode.Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)))})"
        : "kode >= @a AND kode <= @b";

    /// <summary>The parameters of a query on <see cref="KodeDalam"/>: the ballot, and the range when it is one.</summary>
    internal static (string, object?)[] ParameterKode(int suratSuaraId, IReadOnlyCollection<long> kode, long? from = null, long? to = null) =>
        kode.Count <= 2000 ? [("s", suratSuaraId)] : [("s", suratSuaraId), ("a", from ?? kode.Min()), ("b", to ?? kode.Max())];

    /// <summary>The stored blocks with a key from <paramref name="from"/> to <paramref name="to"/> that <paramref name="wanted"/> names.</summary>
    internal static async Task<Dictionary<long, TpsGabung.BlokLama>> BlokTersimpanAsync(TolokDb db, int suratSuaraId, long from, long to, IReadOnlySet<long> wanted, CancellationToken ct)
    {
        var result = new Dictionary<long, TpsGabung.BlokLama>();
        await using var command = await SqlMentah.CommandAsync(db,
            "SELECT kode, isi, diubah_pada FROM blok_tps WHERE surat_suara_id = @s AND " + KodeDalam(wanted), ct, ParameterKode(suratSuaraId, wanted, from, to));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var kode = reader.GetInt64(0);
            if (wanted.Contains(kode))
            {
                result[kode] = new TpsGabung.BlokLama((byte[])reader.GetValue(1), DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc));
            }
        }
        return result;
    }

    /// <summary>One binary COPY into <paramref name="table"/>, its rows written by <paramref name="rows"/> (<see cref="CopyBiner"/>).</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, string table, string columns, Action<CopyBiner> rows, CancellationToken ct)
    {
        var copy = await CopyBiner.BeginAsync(connection, table, columns, ct);
        try
        {
            rows(copy);
        }
        catch
        {
            await copy.CancelAsync();
            throw;
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>A block to write: its key, kind and packed entries.</summary>
    public readonly record struct BlokSimpan(long Kode, bool Rekap, byte[] Isi, int JumlahEntri, int JumlahBermasalah);

    /// <summary>Inserts or replaces blocks. With <paramref name="allNew"/> (none of them stored yet) PostgreSQL uses COPY.</summary>
    public static async Task UpsertBlokAsync(TolokDb db, int suratSuaraId, int imporId, DateTime now, IReadOnlyList<BlokSimpan> blocks, bool allNew, CancellationToken ct)
    {
        if (blocks.Count == 0)
        {
            return;
        }
        const string columns = "surat_suara_id, kode, rekap, isi, jumlah_entri, jumlah_bermasalah, impor_id, diubah_pada";
        const string conflict = " ON CONFLICT (surat_suara_id, kode) DO UPDATE SET rekap = excluded.rekap, isi = excluded.isi, " +
            "jumlah_entri = excluded.jumlah_entri, jumlah_bermasalah = excluded.jumlah_bermasalah, impor_id = excluded.impor_id, diubah_pada = excluded.diubah_pada";
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            if (allNew)
            {
                await CopyAsync((NpgsqlConnection)connection, "blok_tps", columns, copy =>
                {
                    foreach (var b in blocks)
                    {
                        copy.Row(8);
                        copy.Int(suratSuaraId);
                        copy.Long(b.Kode);
                        copy.Bool(b.Rekap);
                        copy.Bytes(b.Isi);
                        copy.Int(b.JumlahEntri);
                        copy.Int(b.JumlahBermasalah);
                        copy.Int(imporId);
                        copy.Waktu(now);
                    }
                }, ct);
                return;
            }
            await using var command = new NpgsqlCommand(
                $"INSERT INTO blok_tps ({columns}) SELECT $1, k, r, i, j, m, $2, $3 FROM unnest($4::bigint[], $5::boolean[], $6::bytea[], $7::int[], $8::int[]) AS x(k, r, i, j, m)" + conflict,
                (NpgsqlConnection)connection);
            command.Parameters.Add(new NpgsqlParameter { Value = suratSuaraId, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = imporId, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = blocks.Select(b => b.Kode).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter { Value = blocks.Select(b => b.Rekap).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
            command.Parameters.Add(new NpgsqlParameter { Value = blocks.Select(b => b.Isi).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = blocks.Select(b => b.JumlahEntri).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = blocks.Select(b => b.JumlahBermasalah).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        using var upsert = new SqliteMentah((SqliteConnection)connection, $"INSERT INTO blok_tps ({columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" + (allNew ? "" : conflict));
        upsert.Int(1, suratSuaraId);
        upsert.Int(7, imporId);
        upsert.Waktu(8, now);
        foreach (var b in blocks)
        {
            upsert.Int(2, b.Kode);
            upsert.Int(3, b.Rekap ? 1 : 0);
            upsert.Blob(4, b.Isi);
            upsert.Int(5, b.JumlahEntri);
            upsert.Int(6, b.JumlahBermasalah);
            upsert.Run();
        }
    }

    /// <summary>Inserts or replaces roll-up rows. With <paramref name="allNew"/> (none stored yet) PostgreSQL uses COPY.</summary>
    public static async Task UpsertRekapAsync(TolokDb db, int suratSuaraId, IReadOnlyList<(long Kode, byte[] Semua, byte[] HanyaValid)> rows, bool allNew, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        const string conflict = " ON CONFLICT (surat_suara_id, kode) DO UPDATE SET semua = excluded.semua, hanya_valid = excluded.hanya_valid";
        if (IsPostgres(db) && allNew)
        {
            await CopyAsync((NpgsqlConnection)connection, "rekap", "surat_suara_id, kode, semua, hanya_valid", copy =>
            {
                foreach (var (kode, semua, valid) in rows)
                {
                    copy.Row(4);
                    copy.Int(suratSuaraId);
                    copy.Long(kode);
                    copy.Bytes(semua);
                    copy.Bytes(valid);
                }
            }, ct);
            return;
        }
        if (IsPostgres(db))
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO rekap (surat_suara_id, kode, semua, hanya_valid) " +
                "SELECT $1, k, s, h FROM unnest($2::bigint[], $3::bytea[], $4::bytea[]) AS x(k, s, h)" + conflict,
                (NpgsqlConnection)connection);
            command.Parameters.Add(new NpgsqlParameter { Value = suratSuaraId, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Kode).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Semua).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.HanyaValid).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        using var upsert = new SqliteMentah((SqliteConnection)connection, "INSERT INTO rekap (surat_suara_id, kode, semua, hanya_valid) VALUES (?1, ?2, ?3, ?4)" + (allNew ? "" : conflict));
        upsert.Int(1, suratSuaraId);
        foreach (var r in rows)
        {
            upsert.Int(2, r.Kode);
            upsert.Blob(3, r.Semua);
            upsert.Blob(4, r.HanyaValid);
            upsert.Run();
        }
    }
}

/// <summary>
/// A prepared SQLite statement bound by position and run through SQLitePCLRaw on the connection's own handle (so in
/// its open transaction). Microsoft.Data.Sqlite looks parameters up by name and builds a reader on every execution,
/// which cost ~5 µs a row on the bulk paths (docs/benchmarks.md).
/// </summary>
internal sealed class SqliteMentah : IDisposable
{
    private readonly SQLitePCL.sqlite3 _db;
    private readonly SQLitePCL.sqlite3_stmt _stmt;

    public SqliteMentah(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("koneksi SQLite belum dibuka");
        Check(SQLitePCL.raw.sqlite3_prepare_v2(_db, sql, out _stmt));
    }

    public void Int(int index, long value) => Check(SQLitePCL.raw.sqlite3_bind_int64(_stmt, index, value));

    public void IntAtauNull(int index, int? value) => Check(value is { } v ? SQLitePCL.raw.sqlite3_bind_int64(_stmt, index, v) : SQLitePCL.raw.sqlite3_bind_null(_stmt, index));

    public void Blob(int index, ReadOnlySpan<byte> value) => Check(SQLitePCL.raw.sqlite3_bind_blob(_stmt, index, value));

    public void Text(int index, string? value) => Check(value is null ? SQLitePCL.raw.sqlite3_bind_null(_stmt, index) : SQLitePCL.raw.sqlite3_bind_text(_stmt, index, value));

    /// <summary>A time as Microsoft.Data.Sqlite writes it (and EF Core reads it back).</summary>
    public void Waktu(int index, DateTime value) => Text(index, SqlMentah.WaktuSqlite(value));

    public void Run()
    {
        var rc = SQLitePCL.raw.sqlite3_step(_stmt);
        SQLitePCL.raw.sqlite3_reset(_stmt);
        if (rc != SQLitePCL.raw.SQLITE_DONE)
        {
            Check(rc);
        }
    }

    private void Check(int rc)
    {
        if (rc is not SQLitePCL.raw.SQLITE_OK and not SQLitePCL.raw.SQLITE_DONE)
        {
            throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }

    public void Dispose() => _stmt.Dispose();
}
