using Tolok.Dokumen;
using Tolok.Infrastructure;


namespace Tolok.Iku;

/// <summary>The IKU document as signed: title, the 5-column table with the (1)…(5) row, the signature block.</summary>
public static class IkuDokumen
{
    public static readonly string[] KepalaKolom = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "CARA PENGUKURAN", "SUMBER DATA"];

    public static string JudulDokumen(IkuDto iku) =>
        $"INDIKATOR KINERJA UTAMA DI LINGKUNGAN {iku.Satker.Nama.ToUpperInvariant()} TAHUN {iku.Tahun}";

    public static DokumenModel Build(IkuDto iku)
    {
        var rows = new List<IReadOnlyList<Sel?>>();
        foreach (var sasaran in iku.Sasaran)
        {
            var span = sasaran.Indikator.Count;
            for (var i = 0; i < sasaran.Indikator.Count; i++)
            {
                var x = sasaran.Indikator[i];
                rows.Add(
                [
                    i == 0 ? new Sel(sasaran.Nomor.ToString(System.Globalization.CultureInfo.InvariantCulture), span) : null,
                    i == 0 ? new Sel(sasaran.Uraian, span) : null,
                    new Sel(x.Uraian),
                    new Sel(x.CaraPengukuran),
                    new Sel(x.SumberData),
                ]);
            }
        }
        var tempatTanggal = (iku.Ditetapkan.Tempat, iku.Ditetapkan.Tanggal) switch
        {
            (null, null) => null,
            (var t, null) => t,
            (null, var d) => Format.Tanggal(d),
            (var t, var d) => $"{t}, {Format.Tanggal(d)}",
        };
        return new DokumenModel(
            JudulDokumen(iku),
            Lanskap: true,
            [
                new Judul(JudulDokumen(iku)),
                new Tabel(
                    [new Kolom(0.5, Tengah: true), new Kolom(2.2), new Kolom(2.2), new Kolom(2.6), new Kolom(2.2)],
                    [KepalaKolom, ["(1)", "(2)", "(3)", "(4)", "(5)"]],
                    rows) { NamaLembar = "IKU " + iku.Tahun },
                new TandaTangan(tempatTanggal, iku.Ditetapkan.Jabatan, iku.Ditetapkan.Nama),
            ])
        {
            KepalaHalaman = $"IKU {iku.Satker.Nama} Tahun {iku.Tahun} (revisi {iku.Revisi})",
        };
    }
}