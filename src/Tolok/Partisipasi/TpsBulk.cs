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
    private static bool IsPostgres(TolokDb db) => db.Database.IsNpgsql();

    private static SqliteTransaction? Tx(TolokDb db) => (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();

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
            await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY riwayat_data_tps ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var r in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(suratSuaraId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.Kode, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(r.Nilai, NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync((short)r.Status, NpgsqlDbType.Smallint, ct);
                await WriteNullableAsync(copy, r.Pelanggaran, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, imporId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.DiubahPada, NpgsqlDbType.TimestampTz, ct);
            }
            await copy.CompleteAsync(ct);
            return;
        }
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = Tx(db);
        command.CommandText = $"INSERT INTO riwayat_data_tps ({columns}) VALUES ($s, $k, $n, $st, $pl, $i, $t)";
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

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, type, ct);
        }
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
                await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY blok_tps ({columns}) FROM STDIN (FORMAT BINARY)", ct);
                foreach (var b in blocks)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(suratSuaraId, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(b.Kode, NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync(b.Rekap, NpgsqlDbType.Boolean, ct);
                    await copy.WriteAsync(b.Isi, NpgsqlDbType.Bytea, ct);
                    await copy.WriteAsync(b.JumlahEntri, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(b.JumlahBermasalah, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(imporId, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                }
                await copy.CompleteAsync(ct);
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
        await using var upsert = ((SqliteConnection)connection).CreateCommand();
        upsert.Transaction = Tx(db);
        upsert.CommandText = $"INSERT INTO blok_tps ({columns}) VALUES ($s, $k, $r, $isi, $j, $m, $i, $t)" + (allNew ? "" : conflict);
        upsert.Parameters.Add("$s", SqliteType.Integer).Value = suratSuaraId;
        upsert.Parameters.Add("$i", SqliteType.Integer).Value = imporId;
        upsert.Parameters.Add("$t", SqliteType.Text).Value = now;
        var k = upsert.Parameters.Add("$k", SqliteType.Integer);
        var r = upsert.Parameters.Add("$r", SqliteType.Integer);
        var isi = upsert.Parameters.Add("$isi", SqliteType.Blob);
        var j = upsert.Parameters.Add("$j", SqliteType.Integer);
        var m = upsert.Parameters.Add("$m", SqliteType.Integer);
        upsert.Prepare();
        foreach (var b in blocks)
        {
            k.Value = b.Kode;
            r.Value = b.Rekap;
            isi.Value = b.Isi;
            j.Value = b.JumlahEntri;
            m.Value = b.JumlahBermasalah;
            upsert.ExecuteNonQuery();
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
            await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync("COPY rekap (surat_suara_id, kode, semua, hanya_valid) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var (kode, semua, valid) in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(suratSuaraId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(kode, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(semua, NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync(valid, NpgsqlDbType.Bytea, ct);
            }
            await copy.CompleteAsync(ct);
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
