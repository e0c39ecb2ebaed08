using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// The import's own bookkeeping in plain SQL: the election, ballot, satker and rules it works with, whether the ballot
/// has anything stored, and the import record with its audit entry. Through EF Core each of these was a LINQ query or
/// a save compiled cold at every CLI start: ~0,5 s of CPU before the first block of a national file could be written,
/// while the file was being read on both cores (decision 68). The SQL names the tables and columns as the model maps
/// them (both providers); <c>ImporMentahTests</c> reads what it wrote back through EF Core.
/// </summary>
public static class ImporMentah
{
    public sealed record PemilihanImpor(int Id, string Slug, IReadOnlyList<(int Id, string Kode)> SuratSuara);

    public sealed record SatkerImpor(string Kode, string Nama);

    /// <summary>The election of <paramref name="slug"/> with its ballots in their order, or null.</summary>
    public static async Task<PemilihanImpor?> PemilihanAsync(TolokDb db, string slug, CancellationToken ct)
    {
        await using var command = await SqlMentah.CommandAsync(db,
            "SELECT p.\"Id\", s.\"Id\", s.\"Kode\" FROM \"Pemilihan\" p LEFT JOIN \"SuratSuara\" s ON s.\"PemilihanId\" = p.\"Id\" " +
            "WHERE p.\"Slug\" = @slug ORDER BY s.\"Urutan\", s.\"Id\"", ct, ("slug", slug));
        await using var reader = await command.ExecuteReaderAsync(ct);
        int? id = null;
        var ballots = new List<(int, string)>();
        while (await reader.ReadAsync(ct))
        {
            id = reader.GetInt32(0);
            if (!reader.IsDBNull(1))
            {
                ballots.Add((reader.GetInt32(1), reader.GetString(2)));
            }
        }
        return id is { } found ? new PemilihanImpor(found, slug, ballots) : null;
    }

    public static async Task<SatkerImpor?> SatkerAsync(TolokDb db, string kode, CancellationToken ct)
    {
        await using var command = await SqlMentah.CommandAsync(db, "SELECT \"Kode\", \"Nama\" FROM \"Satker\" WHERE \"Kode\" = @kode", ct, ("kode", kode));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new SatkerImpor(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// The participation items of a ballot ("pemilu-2024:PPWP") that are submitted, verified or approved, with their
    /// satker's code: an import into the area of any of them, or of a region above or below it, is refused (the lock).
    /// </summary>
    public static async Task<List<(string Satker, string Status)>> PartisipasiTerkunciAsync(TolokDb db, string kunci, CancellationToken ct)
    {
        await using var command = await SqlMentah.CommandAsync(db,
            "SELECT s.\"Kode\", a.\"Status\" FROM \"AlurData\" a JOIN \"Satker\" s ON s.\"Id\" = a.\"SatkerId\" " +
            "WHERE a.\"Jenis\" = @jenis AND a.\"Kunci\" = @kunci AND a.\"Status\" IN (@diajukan, @diverifikasi, @disetujui)", ct,
            ("jenis", "partisipasi"), ("kunci", kunci), ("diajukan", Alur.AlurRules.Diajukan), ("diverifikasi", Alur.AlurRules.Diverifikasi), ("disetujui", Alur.AlurRules.Disetujui));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }
        return result;
    }

    /// <summary>
    /// PostgreSQL: the transaction's lock on a ballot's participation data ("pemilu-2024:PPWP"), held until it ends;
    /// taken by every import of the ballot and by every workflow action on its participation items. SQLite serialises
    /// writing transactions itself.
    /// </summary>
    public static async Task KunciSuratSuaraAsync(TolokDb db, string kunci, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        await using var command = await SqlMentah.CommandAsync(db, "SELECT pg_advisory_xact_lock(7043502, hashtext(@kunci))", ct, ("kunci", kunci));
        await command.ExecuteScalarAsync(ct);
    }

    /// <summary>The active validation rules in their order, compiled.</summary>
    public static async Task<List<AturanTerkompilasi>> AturanAsync(TolokDb db, CancellationToken ct)
    {
        await using var command = await SqlMentah.CommandAsync(db,
            "SELECT \"Id\", \"Kode\", \"Kiri\", \"Operator\", \"Kanan\", \"Tingkat\", \"Keterangan\" FROM \"AturanValidasi\" " +
            "WHERE \"Aktif\" = @aktif ORDER BY \"Id\"", ct, ("aktif", true));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rules = new List<AturanTerkompilasi>();
        while (await reader.ReadAsync(ct))
        {
            rules.Add(AturanTerkompilasi.Compile(new AturanValidasi
            {
                Id = reader.GetInt32(0),
                Kode = reader.GetString(1),
                Kiri = reader.GetString(2),
                Operator = reader.GetString(3),
                Kanan = reader.GetString(4),
                Tingkat = Enum.Parse<TingkatAturan>(reader.GetString(5)),
                Keterangan = reader.GetString(6),
                Aktif = true,
            }));
        }
        return rules;
    }

    /// <summary>Whether <paramref name="table"/> (blok_tps or rekap) holds any row of the ballot.</summary>
    public static async Task<bool> AdaAsync(TolokDb db, string table, int suratSuaraId, CancellationToken ct)
    {
        if (table is not ("blok_tps" or "rekap"))
        {
            throw new ArgumentOutOfRangeException(nameof(table));
        }
        await using var command = await SqlMentah.CommandAsync(db, $"SELECT 1 FROM {table} WHERE surat_suara_id = @s LIMIT 1", ct, ("s", suratSuaraId));
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Whether a region row (a D.Hasil recap, <c>rekap</c>) of the ballot is stored.</summary>
    public static async Task<bool> AdaRekapAsync(TolokDb db, int suratSuaraId, CancellationToken ct)
    {
        await using var command = await SqlMentah.CommandAsync(db, "SELECT 1 FROM blok_tps WHERE surat_suara_id = @s AND rekap LIMIT 1", ct, ("s", suratSuaraId));
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Inserts the import record (in the open transaction) and gives its id.</summary>
    public static async Task<int> CatatAsync(TolokDb db, ImporTps impor, CancellationToken ct)
    {
        await using var command = await SqlMentah.CommandAsync(db,
            "INSERT INTO \"ImporTps\" (\"PemilihanId\", \"SuratSuara\", \"Satker\", \"Berkas\", \"Oleh\", \"Waktu\", \"Baru\", \"Diganti\", \"Ditolak\") " +
            "VALUES (@pemilihan, @surat, @satker, @berkas, @oleh, @waktu, @baru, @diganti, @ditolak) RETURNING \"Id\"", ct,
            ("pemilihan", impor.PemilihanId), ("surat", impor.SuratSuara), ("satker", impor.Satker), ("berkas", impor.Berkas),
            ("oleh", impor.Oleh), ("waktu", SqlMentah.Waktu(db, impor.Waktu)), ("baru", impor.Baru), ("diganti", impor.Diganti), ("ditolak", impor.Ditolak));
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes the import's final counts and records the import in the audit trail (one "tambah" entry with its final
    /// values, in the same transaction), as a save through EF Core would have.
    /// </summary>
    public static async Task SelesaiAsync(TolokDb db, ImporTps impor, CancellationToken ct)
    {
        await using (var command = await SqlMentah.CommandAsync(db,
            "UPDATE \"ImporTps\" SET \"Baru\" = @baru, \"Diganti\" = @diganti, \"Ditolak\" = @ditolak WHERE \"Id\" = @id", ct,
            ("baru", impor.Baru), ("diganti", impor.Diganti), ("ditolak", impor.Ditolak), ("id", impor.Id)))
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        var audit = db.GetService<IDbContextOptions>().FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?
            .Interceptors?.OfType<Audit.AuditInterceptor>().FirstOrDefault();
        if (audit is not null)
        {
            await audit.CatatMentahAsync(db, "ImporTps", impor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "tambah", null, Nilai(impor), ct);
        }
    }

    /// <summary>The record's values as the audit trail writes any row's (every property, by name).</summary>
    internal static SortedDictionary<string, object?> Nilai(ImporTps i) => new(StringComparer.Ordinal)
    {
        [nameof(ImporTps.Id)] = i.Id,
        [nameof(ImporTps.PemilihanId)] = i.PemilihanId,
        [nameof(ImporTps.SuratSuara)] = i.SuratSuara,
        [nameof(ImporTps.Satker)] = i.Satker,
        [nameof(ImporTps.Berkas)] = i.Berkas,
        [nameof(ImporTps.Oleh)] = i.Oleh,
        [nameof(ImporTps.Waktu)] = i.Waktu,
        [nameof(ImporTps.Baru)] = i.Baru,
        [nameof(ImporTps.Diganti)] = i.Diganti,
        [nameof(ImporTps.Ditolak)] = i.Ditolak,
    };
}
