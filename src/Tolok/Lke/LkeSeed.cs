using System.Globalization;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using Tolok.Infrastructure;

namespace Tolok.Lke;

/// <summary>
/// The LKE of PermenPAN-RB 88/2021 as data (issue 18), from <c>Data/lke-88-2021.csv</c>: komponen and sub-komponen with
/// their weights, the kriteria with their answer scale and evidence, and the value of each answer. An edition is seeded
/// once; an edition already in the database is left as it is (its weights may have been edited, and assessments of
/// earlier years stay on it).
/// </summary>
public static class LkeSeed
{
    public const string Edisi = "permenpanrb-88-2021";

    /// <summary>The answer values of the source the worksheet was taken from (decision 121): Y/T and A/B/C/D.</summary>
    public static readonly (string Jenis, string Jawaban, decimal Nilai)[] SkalaBawaan =
    [
        ("YT", "Y", 1m), ("YT", "T", 0m),
        ("ABCD", "A", 1m), ("ABCD", "B", 0.66m), ("ABCD", "C", 0.33m), ("ABCD", "D", 0m),
    ];

    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        if (!baru && await db.LkeKriteria.AnyAsync(k => k.Edisi == Edisi, ct))
        {
            return;
        }
        var (bagian, kriteria) = Baca(Path.Combine(AppContext.BaseDirectory, "Data", "lke-88-2021.csv"));
        db.LkeBagian.AddRange(bagian);
        db.LkeKriteria.AddRange(kriteria);
        if (baru || !await db.LkeSkalaJawaban.AnyAsync(s => s.Edisi == Edisi, ct))
        {
            db.LkeSkalaJawaban.AddRange(SkalaBawaan.Select((s, i) => new LkeSkalaJawaban { Edisi = Edisi, JenisJawaban = s.Jenis, Jawaban = s.Jawaban, Nilai = s.Nilai, Urutan = i + 1 }));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Reads the worksheet; the weights must add up (komponen to 100, each komponen's sub-komponen to its weight).</summary>
    public static (List<LkeBagian> Bagian, List<LkeKriteria> Kriteria) Baca(string path)
    {
        var bagian = new List<LkeBagian>();
        var kriteria = new List<LkeKriteria>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var komponen = row["komponen_kode"].ToString();
            var sub = row["sub_kode"].ToString();
            if (!bagian.Any(b => b.Kode == komponen))
            {
                bagian.Add(new LkeBagian { Edisi = Edisi, Kode = komponen, Nama = row["komponen"].ToString(), Bobot = Angka(row["komponen_bobot"].ToString(), path, row.LineNumberFrom), Urutan = bagian.Count + 1 });
            }
            if (!bagian.Any(b => b.Kode == sub))
            {
                bagian.Add(new LkeBagian { Edisi = Edisi, Kode = sub, Induk = komponen, Nama = row["sub_komponen"].ToString(), Bobot = Angka(row["sub_bobot"].ToString(), path, row.LineNumberFrom), Urutan = bagian.Count + 1 });
            }
            var jenis = row["jenis_jawaban"].ToString();
            if (jenis is not ("YT" or "ABCD"))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} baris {row.LineNumberFrom}: jenis jawaban \"{jenis}\" bukan YT atau ABCD.");
            }
            var bukti = row["bukti"].ToString().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            kriteria.Add(new LkeKriteria
            {
                Edisi = Edisi,
                Kode = row["kriteria_kode"].ToString(),
                SubKomponen = sub,
                Uraian = row["kriteria"].ToString(),
                JenisJawaban = jenis,
                Bukti = bukti.Length == 0 ? null : string.Join('\n', bukti),
                Urutan = kriteria.Count + 1,
            });
        }
        var komponenSemua = bagian.Where(b => b.Induk is null).ToList();
        if (komponenSemua.Sum(k => k.Bobot) != 100)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: bobot komponen berjumlah {komponenSemua.Sum(k => k.Bobot).ToString(CultureInfo.InvariantCulture)}, bukan 100.");
        }
        foreach (var k in komponenSemua)
        {
            var jumlah = bagian.Where(b => b.Induk == k.Kode).Sum(b => b.Bobot);
            if (jumlah != k.Bobot)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: bobot sub-komponen {k.Kode} berjumlah {jumlah.ToString(CultureInfo.InvariantCulture)}, bukan {k.Bobot.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
        return (bagian, kriteria);
    }

    private static decimal Angka(string text, string path, int baris) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"{Path.GetFileName(path)} baris {baris}: bobot \"{text}\" bukan angka.");
}
