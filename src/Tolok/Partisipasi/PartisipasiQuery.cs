using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>Reads roll-ups: one node with its children, and the rows that break rules.</summary>
public static class PartisipasiQuery
{
    public static string NamaTingkat(Tingkat t) => t.ToString().ToLowerInvariant();

    /// <summary>A region's (or TPS's) display name: "Desa Cupel", "TPS 001 Cupel".</summary>
    public static string Nama(long kode)
    {
        var tree = WilayahTree.Nasional;
        if (KodeWilayah.TingkatOf(kode) == Tingkat.Tps)
        {
            return $"TPS {kode % 1000:000} {tree.Nama(KodeWilayah.Induk(kode))}";
        }
        return tree.Nama(kode) ?? KodeWilayah.Format(kode);
    }

    public static async Task<long[]> VectorAsync(TolokDb db, int suratSuaraId, long kode, bool hanyaValid, CancellationToken ct)
    {
        var r = await db.Rekap.AsNoTracking().Where(x => x.SuratSuaraId == suratSuaraId && x.Kode == kode).FirstOrDefaultAsync(ct);
        return r is null ? new long[RekapMath.Length] : RekapMath.Decode(hanyaValid ? r.HanyaValid : r.Semua);
    }

    public static async Task<PartisipasiDto> GetAsync(
        TolokDb db, Pemilihan.Pemilihan pemilihan, Pemilihan.SuratSuara ballot, long kode, string penyebut, bool hanyaValid, CancellationToken ct)
    {
        var surat = ballot.Kode;
        var tingkat = KodeWilayah.TingkatOf(kode);
        long[] v;
        var anak = new List<AnakDto>();
        CakupanDto? cakupan = null;
        if (tingkat == Tingkat.Tps)
        {
            var block = await db.BlokTps.AsNoTracking().FirstOrDefaultAsync(d => d.SuratSuaraId == ballot.Id && d.Kode == KodeWilayah.Induk(kode), ct);
            var row = block?.Entri().FirstOrDefault(e => e.Kode == kode);
            v = row is null ? new long[RekapMath.Length] : OfRow(row, hanyaValid);
        }
        else
        {
            v = await VectorAsync(db, ballot.Id, kode, hanyaValid, ct);
            var perAnak = await DaftarTpsQuery.PerAnakAsync(db, pemilihan.Id, kode, ct);
            int anakJumlah;
            if (tingkat == Tingkat.Desa)
            {
                var block = await db.BlokTps.AsNoTracking().FirstOrDefaultAsync(d => d.SuratSuaraId == ballot.Id && d.Kode == kode && !d.Rekap, ct);
                anak.AddRange((block?.Entri() ?? []).Select(r =>
                {
                    var rv = OfRow(r, hanyaValid);
                    return new AnakDto(KodeWilayah.Format(r.Kode), Nama(r.Kode), "tps", PartisipasiMath.Persen(rv, penyebut), PartisipasiMath.Tps(rv), r.Status.Nama())
                    {
                        Pemilih = PartisipasiMath.Pemilih(rv),
                        Pengguna = PartisipasiMath.Pengguna(rv),
                    };
                }));
                // TPS of the list without data are shown too, as "belum ada data".
                var daftar = await db.DaftarTps.AsNoTracking().Where(d => d.PemilihanId == pemilihan.Id && d.KodeDesa == kode).Select(d => d.Nomor).FirstOrDefaultAsync(ct);
                if (daftar is not null)
                {
                    var ada = anak.Select(a => a.Kode).ToHashSet();
                    foreach (var n in DaftarTpsQuery.Nomor(daftar))
                    {
                        var t = kode * 1000 + n;
                        if (!ada.Contains(KodeWilayah.Format(t)))
                        {
                            var kosong = new long[RekapMath.Length];
                            anak.Add(new AnakDto(KodeWilayah.Format(t), Nama(t), "tps", PartisipasiMath.Persen(kosong, penyebut), PartisipasiMath.Tps(kosong), "belum ada data"));
                        }
                    }
                    anak.Sort((a, b) => string.CompareOrdinal(a.Kode, b.Kode));
                }
                anakJumlah = anak.Count;
            }
            else
            {
                var children = WilayahTree.Nasional.Anak(kode).ToList();
                var stored = await db.Rekap.AsNoTracking()
                    .Where(x => x.SuratSuaraId == ballot.Id && children.Contains(x.Kode))
                    .ToDictionaryAsync(x => x.Kode, ct);
                foreach (var c in children)
                {
                    var cv = stored.TryGetValue(c, out var r) ? RekapMath.Decode(hanyaValid ? r.HanyaValid : r.Semua) : new long[RekapMath.Length];
                    anak.Add(new AnakDto(KodeWilayah.Format(c), Nama(c), NamaTingkat(KodeWilayah.TingkatOf(c)), PartisipasiMath.Persen(cv, penyebut), PartisipasiMath.Tps(cv))
                    {
                        TpsDaftar = DaftarTpsQuery.TpsDaftar(perAnak, c),
                        Pemilih = PartisipasiMath.Pemilih(cv),
                        Pengguna = PartisipasiMath.Pengguna(cv),
                    });
                }
                anakJumlah = children.Count;
            }
            cakupan = DaftarTpsQuery.Hitung(kode, v[RekapMath.TpsAdaData], perAnak, anak.Count(a => a.AdaData), anakJumlah);
        }
        return new PartisipasiDto(
            KodeWilayah.Format(kode), Nama(kode), NamaTingkat(tingkat), pemilihan.Slug, surat, penyebut, hanyaValid,
            PartisipasiMath.Pemilih(v), PartisipasiMath.Pengguna(v), PartisipasiMath.Persen(v, penyebut), PartisipasiMath.Tps(v), anak)
        {
            DataContoh = await DataContoh.IsContohAsync(db, pemilihan.Id, surat, ct),
            Cakupan = cakupan,
        };
    }

    public static long[] OfRow(EntriTps row, bool hanyaValid)
    {
        var semua = new long[RekapMath.Length];
        var valid = new long[RekapMath.Length];
        RekapMath.Add(row.Nilai, row.Status, 1, semua, valid);
        return hanyaValid ? valid : semua;
    }

    /// <summary>Rows below (or at) a node that break a rule, with the rules and the values they compared.</summary>
    public static async Task<List<AnomaliDto>> AnomaliAsync(TolokDb db, int suratSuaraId, long kode, int batas, CancellationToken ct)
    {
        var rules = (await db.AturanValidasi.AsNoTracking().ToListAsync(ct)).ToDictionary(a => a.Kode);
        // Only blocks with a flagged entry are read; the entries of a block are checked one by one.
        var query = db.BlokTps.AsNoTracking().Where(d => d.SuratSuaraId == suratSuaraId && d.JumlahBermasalah > 0);
        var rows = new List<EntriTps>();
        var tingkat = KodeWilayah.TingkatOf(kode);
        var blocks = new List<BlokTps>();
        if (tingkat == Tingkat.Tps)
        {
            blocks.AddRange(await query.Where(d => d.Kode == KodeWilayah.Induk(kode)).ToListAsync(ct));
        }
        else
        {
            blocks.AddRange(await query.Where(d => d.Kode == kode).ToListAsync(ct));
            for (var level = tingkat + 1; level <= Tingkat.Desa; level++)
            {
                var (from, to) = KodeWilayah.Rentang(kode, level);
                blocks.AddRange(await query.Where(d => d.Kode >= from && d.Kode <= to).OrderBy(d => d.Kode).ToListAsync(ct));
            }
        }
        foreach (var block in blocks)
        {
            rows.AddRange(block.Entri().Where(e => e.Status.Bermasalah() && KodeWilayah.DiDalam(e.Kode, kode)));
            if (rows.Count >= batas)
            {
                break;
            }
        }
        return [.. rows.Take(batas).Select(r =>
        {
            var v = r.Nilai;
            return new AnomaliDto(KodeWilayah.Format(r.Kode), Nama(r.Kode), r.Status.Nama(),
                [.. (r.Pelanggaran ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k =>
                {
                    var a = rules.GetValueOrDefault(k);
                    if (a is null)
                    {
                        return new PelanggaranDto(k, "(aturan telah dihapus)", "", "", "", null, null);
                    }
                    var c = AturanTerkompilasi.Compile(a);
                    return new PelanggaranDto(k, a.Keterangan, a.Kiri, a.Operator, a.Kanan, c.Evaluate(c.Kiri, v), c.Evaluate(c.Kanan, v));
                })]);
        })];
    }
}

public sealed record PelanggaranDto(string Kode, string Keterangan, string Kiri, string Operator, string Kanan, long? NilaiKiri, long? NilaiKanan);

public sealed record AnomaliDto(string Kode, string Nama, string Status, IReadOnlyList<PelanggaranDto> Pelanggaran);
