using System.Data.Common;
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
/// The one place where participation data skips EF Core for speed (measured, docs/benchmarks.md): prepared
/// statements in the open transaction on SQLite; binary COPY and array parameters on PostgreSQL.
/// Every method runs inside the caller's transaction.
/// </summary>
public static class TpsBulk
{
    private const string Columns = "pemilihan_id, surat_suara, kode, nilai, status, pelanggaran, impor_id, diubah_pada";

    private static bool IsPostgres(TolokDb db) => db.Database.IsNpgsql();

    private static DbTransaction? Tx(TolokDb db) => db.Database.CurrentTransaction?.GetDbTransaction();

    /// <summary>Inserts rows into <c>data_tps</c> or <c>riwayat_data_tps</c>.</summary>
    public static async Task InsertAsync(TolokDb db, string table, int pemilihanId, string suratSuara, int? imporId, IEnumerable<BarisSimpan> rows, CancellationToken ct)
    {
        if (table is not ("data_tps" or "riwayat_data_tps"))
        {
            throw new ArgumentOutOfRangeException(nameof(table));
        }
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var r in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(pemilihanId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(suratSuara, NpgsqlDbType.Varchar, ct);
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

        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)Tx(db);
        command.CommandText = $"INSERT INTO {table} ({Columns}) VALUES ($p, $s, $k, $n, $st, $pl, $i, $t)";
        var p = command.Parameters.Add("$p", SqliteType.Integer);
        var s = command.Parameters.Add("$s", SqliteType.Text);
        var k = command.Parameters.Add("$k", SqliteType.Integer);
        var n = command.Parameters.Add("$n", SqliteType.Blob);
        var st = command.Parameters.Add("$st", SqliteType.Integer);
        var pl = command.Parameters.Add("$pl", SqliteType.Text);
        var i = command.Parameters.Add("$i", SqliteType.Integer);
        var t = command.Parameters.Add("$t", SqliteType.Text);
        p.Value = pemilihanId;
        s.Value = suratSuara;
        i.Value = (object?)imporId ?? DBNull.Value;
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

    public static async Task DeleteAsync(TolokDb db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        if (IsPostgres(db))
        {
            await using var command = new NpgsqlCommand("DELETE FROM data_tps WHERE id = ANY($1)", (NpgsqlConnection)connection);
            command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        await using var delete = (SqliteCommand)connection.CreateCommand();
        delete.Transaction = (SqliteTransaction?)Tx(db);
        delete.CommandText = "DELETE FROM data_tps WHERE id = $id";
        var id = delete.Parameters.Add("$id", SqliteType.Integer);
        delete.Prepare();
        foreach (var x in ids)
        {
            id.Value = x;
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts or replaces roll-up rows.</summary>
    public static async Task UpsertRekapAsync(TolokDb db, int pemilihanId, string suratSuara, IReadOnlyList<(long Kode, byte[] Semua, byte[] HanyaValid)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        const string conflict = " ON CONFLICT (pemilihan_id, surat_suara, kode) DO UPDATE SET semua = excluded.semua, hanya_valid = excluded.hanya_valid";
        if (IsPostgres(db))
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO rekap (pemilihan_id, surat_suara, kode, semua, hanya_valid) " +
                "SELECT $1, $2, k, s, h FROM unnest($3::bigint[], $4::bytea[], $5::bytea[]) AS x(k, s, h)" + conflict,
                (NpgsqlConnection)connection);
            command.Parameters.Add(new NpgsqlParameter { Value = pemilihanId, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = suratSuara, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Kode).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Semua).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.HanyaValid).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        await using var upsert = (SqliteCommand)connection.CreateCommand();
        upsert.Transaction = (SqliteTransaction?)Tx(db);
        upsert.CommandText = "INSERT INTO rekap (pemilihan_id, surat_suara, kode, semua, hanya_valid) VALUES ($p, $s, $k, $a, $v)" + conflict;
        upsert.Parameters.Add("$p", SqliteType.Integer).Value = pemilihanId;
        upsert.Parameters.Add("$s", SqliteType.Text).Value = suratSuara;
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
