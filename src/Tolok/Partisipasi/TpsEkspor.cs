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
        await using var csv = CsvTulis.Ke(output, ["kode", "nama", "status", "pelanggaran", .. Kolom.Semua]);
        var sel = new CsvSel[4 + Kolom.Jumlah];
        await foreach (var row in rows.WithCancellation(ct))
        {
            sel[0] = KodeWilayah.Format(row.Kode);
            sel[1] = PartisipasiQuery.Nama(row.Kode);
            sel[2] = row.Status.Nama();
            sel[3] = row.Pelanggaran;
            for (var i = 0; i < row.Nilai.Length; i++)
            {
                sel[4 + i] = CsvSel.Dari(row.Nilai[i] >= 0 ? row.Nilai[i] : null);
            }
            await csv.BarisAsync(sel, ct);
        }
    }
}
