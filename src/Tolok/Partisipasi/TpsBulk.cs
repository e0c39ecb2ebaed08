using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>A row to write with the bulk path.</summary>
public readonly record struct BarisSimpan(long Kode, byte[] Nilai, StatusTps Status, string? Pelanggaran, DateTime DiubahPada);

/// <summary>
/// The one place where participation data skips EF Core for speed (measured, docs/benchmarks.md): multi-row
/// prepared INSERTs in the open transaction on SQLite; binary COPY and array parameters on PostgreSQL.
/// Every method runs inside the caller's transaction.
/// </summary>
public static class TpsBulk
{
    private static bool IsPostgres(TolokDb db) => db.Database.IsNpgsql();

    private static SqliteTransaction? Tx(TolokDb db) => (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();

    /// <summary>Inserts rows into <c>data_tps</c>, or (with an id column of their own) into <c>riwayat_data_tps</c>.</summary>
    public static async Task InsertAsync(TolokDb db, string table, int suratSuaraId, int? imporId, IEnumerable<BarisSimpan> rows, CancellationToken ct)
    {
        var columns = table switch
        {
            "data_tps" => "surat_suara_id, kode, nilai, status, pelanggaran, impor_id, diubah_pada",
            "riwayat_data_tps" => "surat_suara_id, kode, nilai, status, pelanggaran, impor_id, diubah_pada",
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var r in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(suratSuaraId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.Kode, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(r.Nilai, NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync((short)r.Status, NpgsqlDbType.Smallint, ct);
                if (r.Pelanggaran is null)
                {
                    await copy.WriteNullAsync(ct);
                }
                else
                {
                    await copy.WriteAsync(r.Pelanggaran, NpgsqlDbType.Varchar, ct);
                }
                if (imporId is null)
                {
                    await copy.WriteNullAsync(ct);
                }
                else
                {
                    await copy.WriteAsync(imporId.Value, NpgsqlDbType.Integer, ct);
                }
                await copy.WriteAsync(r.DiubahPada, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
            return;
        }

        // SQLite: one prepared statement, executed per row inside the caller's transaction. (Multi-row VALUES lists
        // were tried and were not faster with Microsoft.Data.Sqlite; see docs/benchmarks.md.)
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = Tx(db);
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ($s, $k, $n, $st, $pl, $i, $t)";
        command.Parameters.Add("$s", SqliteType.Integer).Value = suratSuaraId;
        command.Parameters.Add("$i", SqliteType.Integer).Value = (object?)imporId ?? DBNull.Value;
        var k = command.Parameters.Add("$k", SqliteType.Integer);
        var n = command.Parameters.Add("$n", SqliteType.Blob);
        var st = command.Parameters.Add("$st", SqliteType.Integer);
        var pl = command.Parameters.Add("$pl", SqliteType.Text);
        var t = command.Parameters.Add("$t", SqliteType.Text);
        command.Prepare();
        foreach (var r in rows)
        {
            k.Value = r.Kode;
            n.Value = r.Nilai;
            st.Value = (int)r.Status;
            pl.Value = (object?)r.Pelanggaran ?? DBNull.Value;
            t.Value = r.DiubahPada;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Deletes rows of one ballot by code.</summary>
    public static async Task DeleteAsync(TolokDb db, int suratSuaraId, IReadOnlyList<long> codes, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            await using var command = new NpgsqlCommand("DELETE FROM data_tps WHERE surat_suara_id = $1 AND kode = ANY($2)", (NpgsqlConnection)connection);
            command.Parameters.Add(new NpgsqlParameter { Value = suratSuaraId, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = codes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        await using var delete = ((SqliteConnection)connection).CreateCommand();
        delete.Transaction = Tx(db);
        delete.CommandText = "DELETE FROM data_tps WHERE surat_suara_id = $s AND kode = $k";
        delete.Parameters.Add("$s", SqliteType.Integer).Value = suratSuaraId;
        var k = delete.Parameters.Add("$k", SqliteType.Integer);
        delete.Prepare();
        foreach (var x in codes)
        {
            k.Value = x;
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts or replaces roll-up rows.</summary>
    public static async Task UpsertRekapAsync(TolokDb db, int suratSuaraId, IReadOnlyList<(long Kode, byte[] Semua, byte[] HanyaValid)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        const string conflict = " ON CONFLICT (surat_suara_id, kode) DO UPDATE SET semua = excluded.semua, hanya_valid = excluded.hanya_valid";
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
        await using var upsert = ((SqliteConnection)connection).CreateCommand();
        upsert.Transaction = Tx(db);
        upsert.CommandText = "INSERT INTO rekap (surat_suara_id, kode, semua, hanya_valid) VALUES ($s, $k, $a, $v)" + conflict;
        upsert.Parameters.Add("$s", SqliteType.Integer).Value = suratSuaraId;
        var k = upsert.Parameters.Add("$k", SqliteType.Integer);
        var a = upsert.Parameters.Add("$a", SqliteType.Blob);
        var v = upsert.Parameters.Add("$v", SqliteType.Blob);
        upsert.Prepare();
        foreach (var r in rows)
        {
            k.Value = r.Kode;
            a.Value = r.Semua;
            v.Value = r.HanyaValid;
            upsert.ExecuteNonQuery();
        }
    }
}
