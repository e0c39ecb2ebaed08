using System.Globalization;
using Tolok.Dokumen;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>The table of a region's children as the page shows it, as CSV and as XLSX (the document machinery).</summary>
public static class PartisipasiTabel
{
    private static readonly string[] Kepala = ["Kode", "Wilayah", "Tingkat", "Partisipasi (%)", "Perempuan (%)", "Laki-laki (%)", "Disabilitas (%)", "TPS diketahui", "TPS berdata", "Valid", "Peringatan", "Tidak valid", "Tidak ada data"];

    private static IEnumerable<string?[]> Rows(PartisipasiDto d) => d.Anak.Select(a => new[]
    {
        a.Kode, a.Nama, a.Tingkat,
        P(a.Partisipasi.Total), P(a.Partisipasi.Perempuan), P(a.Partisipasi.LakiLaki), P(a.Partisipasi.Disabilitas),
        N(a.Tps.Diketahui), N(a.Tps.AdaData), N(a.Tps.Valid), N(a.Tps.Peringatan), N(a.Tps.TidakValid), N(a.Tps.TidakAdaData),
    });

    private static string? P(decimal? v) => v?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>CSV with machine-readable numbers (dot as decimal separator, empty = not computable).</summary>
    public static Task<byte[]> CsvAsync(PartisipasiDto d) =>
        CsvTulis.BytesAsync(Kepala, d.Anak.Select(a => (IReadOnlyList<CsvSel>)[a.Kode, a.Nama, a.Tingkat,
            CsvSel.Dari(a.Partisipasi.Total), CsvSel.Dari(a.Partisipasi.Perempuan), CsvSel.Dari(a.Partisipasi.LakiLaki), CsvSel.Dari(a.Partisipasi.Disabilitas),
            CsvSel.Dari(a.Tps.Diketahui), CsvSel.Dari(a.Tps.AdaData), CsvSel.Dari(a.Tps.Valid), CsvSel.Dari(a.Tps.Peringatan), CsvSel.Dari(a.Tps.TidakValid), CsvSel.Dari(a.Tps.TidakAdaData)]));

    public static byte[] Xlsx(PartisipasiDto d, string pemilihan)
    {
        var judul = $"Partisipasi pemilih {pemilihan} ({d.SuratSuara}) — {d.Nama}";
        var model = new DokumenModel(judul, Lanskap: true,
        [
            new Judul(judul),
            new Paragraf($"Penyebut: {(d.Penyebut == PartisipasiMath.PenyebutSemua ? "DPT + DPTb + DPK" : "DPT")}; {(d.HanyaValid ? "hanya TPS valid" : "semua TPS berdata")}. Partisipasi {d.Nama}: {Format.Bilangan(d.Partisipasi.Total ?? 0, 2)}%." + (d.DataContoh ? " Data contoh." : "")),
            new Tabel([.. Kepala.Select((_, i) => new Dokumen.Kolom(i == 1 ? 3 : 1))], [Kepala], [.. Rows(d).Select(r => (IReadOnlyList<Sel?>)[.. r.Select(c => new Sel(c))])]) { NamaLembar = "Partisipasi" },
        ])
        { Draf = d.DataContoh };
        return DokumenFormat.Render(model, "xlsx");
    }
}
