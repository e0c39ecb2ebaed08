using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// Writes the stored rows below a region in the import format (kode + the 30 value columns), plus the columns
/// <c>nama</c>, <c>status</c> and <c>pelanggaran</c>, which an import reads past. Export → import gives the same data.
/// </summary>
public static class TpsEkspor
{
    /// <summary>Columns an import accepts and ignores, because an export writes them.</summary>
    public static readonly string[] KolomInformasi = ["nama", "status", "pelanggaran"];

    /// <summary>The region's own row (if any), then the rows of each level below it, each level in code order.</summary>
    public static async IAsyncEnumerable<EntriTps> RowsAsync(TolokDb db, int suratSuaraId, long kode,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = db.BlokTps.AsNoTracking().Where(d => d.SuratSuaraId == suratSuaraId);
        var top = KodeWilayah.TingkatOf(kode);
        if (top == Tingkat.Tps)
        {
            var block = await query.FirstOrDefaultAsync(d => d.Kode == KodeWilayah.Induk(kode), ct);
            foreach (var e in block?.Entri().Where(e => e.Kode == kode) ?? [])
            {
                yield return e;
            }
            yield break;
        }
        for (var level = top; level <= Tingkat.Desa; level++)
        {
            var (from, to) = level == top ? (kode, kode) : KodeWilayah.Rentang(kode, level);
            var blocks = query.Where(d => d.Kode >= from && d.Kode <= to);
            await foreach (var block in blocks.OrderBy(d => d.Kode).AsAsyncEnumerable().WithCancellation(ct))
            {
                foreach (var e in block.Entri())
                {
                    yield return e;
                }
            }
        }
    }

    public static async Task WriteCsvAsync(Stream output, IAsyncEnumerable<EntriTps> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 1 << 16);
        await writer.WriteLineAsync("kode,nama,status,pelanggaran," + string.Join(',', Kolom.Semua));
        var line = new StringBuilder(256);
        await foreach (var row in rows.WithCancellation(ct))
        {
            line.Clear();
            line.Append(KodeWilayah.Format(row.Kode)).Append(',')
                .Append(Quote(PartisipasiQuery.Nama(row.Kode))).Append(',')
                .Append(row.Status.Nama()).Append(',')
                .Append(Quote(row.Pelanggaran ?? ""));
            foreach (var x in row.Nilai)
            {
                line.Append(',');
                if (x >= 0)
                {
                    line.Append(x.ToString(CultureInfo.InvariantCulture));
                }
            }
            await writer.WriteLineAsync(line, ct);
        }
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
