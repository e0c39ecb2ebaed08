using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tolok.Infrastructure;

/// <summary>Plain SQL on the context's connection, for the few paths where EF Core's cold start was measured to matter.</summary>
public static class SqlMentah
{
    /// <summary>A time as each provider stores it through EF Core: PostgreSQL a UTC timestamp, SQLite EF's text form.</summary>
    public static object Waktu(TolokDb db, DateTime value) => db.Database.IsNpgsql() ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : WaktuSqlite(value);

    /// <summary>A time as Microsoft.Data.Sqlite writes it (and EF Core reads it back).</summary>
    public static string WaktuSqlite(DateTime value) =>
        value.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A command on the context's connection, in its open transaction if any, with named parameters.</summary>
    public static async Task<DbCommand> CommandAsync(TolokDb db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
