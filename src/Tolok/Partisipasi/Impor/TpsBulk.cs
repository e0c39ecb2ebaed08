using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi.Impor;

/// <summary>A row to write with the bulk path.</summary>
public readonly record struct BarisSimpan(long Kode, byte[] Nilai, StatusTps Status, string? Pelanggaran, DateTime DiubahPada);

/// <summary>
/// The one place where participation data skips EF Core for speed (measured, docs/benchmarks.md): prepared
/// statements in the open transaction on SQLite; binary COPY and array parameters on PostgreSQL.
/// Every method runs inside the caller's transaction.
/// </summary>
public static class TpsBulk
{
    private static bool IsPostgres(TolokDb db) => db.Database.IsNpgsql();

    /// <summary>Appends history rows (values before an import replaced them).</summary>
    public static async Task InsertRiwayatAsync(TolokDb db, int suratSuaraId, int? imporId, IReadOnlyList<BarisSimpan> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        const string columns = "surat_suara_id, kode, nilai, status, pelanggaran, impor_id, diubah_pada";
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            await CopyAsync((NpgsqlConnection)connection, "riwayat_data_tps", columns, copy =>
            {
                foreach (var r in rows)
                {
                    copy.Row(7);
                    copy.Int(suratSuaraId);
                    copy.Long(r.Kode);
                    copy.Bytes(r.Nilai);
                    copy.Short((short)r.Status);
                    if (r.Pelanggaran is null)
                    {
                        copy.Null();
                    }
                    else
                    {
                        copy.Text(r.Pelanggaran);
                    }
                    if (imporId is { } id)
                    {
                        copy.Int(id);
                    }
                    else
                    {
                        copy.Null();
                    }
                    copy.Waktu(r.DiubahPada);
                }
            }, ct);
            return;
        }
        using var insert = new SqliteMentah((SqliteConnection)connection, $"INSERT INTO riwayat_data_tps ({columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        // Bindings stay across runs of the statement (sqlite3_reset keeps them): constants are bound once.
        insert.Int(1, suratSuaraId);
        insert.IntAtauNull(6, imporId);
        foreach (var r in rows)
        {
            insert.Int(2, r.Kode);
            insert.Blob(3, r.Nilai);
            insert.Int(4, (int)r.Status);
            insert.Text(5, r.Pelanggaran);
            insert.Waktu(7, r.DiubahPada);
            insert.Run();
        }
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
