using Tolok.Dokumen;
using Tolok.Infrastructure;

namespace Tolok.Lke;

/// <summary>
/// The self-assessment as a document (XLSX in the worksheet's layout, DOCX): the scores by komponen beside the last
/// LHE, then every kriteria in the worksheet's order with its answer, Tolok's suggestion and reason, score, weight and
/// evidence.
/// </summary>
public static class LkeDokumen
{
    public static DokumenModel Build(LkeDto l)
    {
        var isi = new List<Blok>
        {
            new Judul($"PENILAIAN MANDIRI SAKIP (LKE) TAHUN {l.Tahun}"),
            new Paragraf($"{l.Satker.Nama}. Lembar kerja evaluasi PermenPAN-RB 88/2021 (edisi {l.Edisi}). Nilai {Format.Bilangan(l.Nilai, 2)}, predikat {l.Predikat ?? "—"}; " +
                $"{Format.Bilangan(l.JumlahDijawab)} dari {Format.Bilangan(l.Kriteria.Count)} kriteria dijawab, {Format.Bilangan(l.JumlahSaran)} bersaran dari data Tolok; status {l.Status}."),
            new Tabel(
                [new Kolom(4), new Kolom(1.2, true), new Kolom(1.2, true), new Kolom(1.2, true)],
                [["KOMPONEN", "BOBOT", "NILAI", "LHE LALU"]],
                [.. l.Komponen.Select(k => (IReadOnlyList<Sel?>)[new Sel(k.Nama), Sel.Nilai(k.Bobot), Sel.Nilai(k.Nilai), Sel.Nilai(k.NilaiLheLalu)]),
                    [new Sel("JUMLAH"), Sel.Nilai(l.Komponen.Sum(k => k.Bobot)), Sel.Nilai(l.Nilai), Sel.Nilai(l.LheLalu?.Nilai)]])
            {
                NamaLembar = "Ringkasan",
                Keterangan = "Nilai per komponen",
            },
            new Tabel(
                [new Kolom(1.3), new Kolom(1.2), new Kolom(5), new Kolom(0.9, true), new Kolom(0.9, true), new Kolom(3.5), new Kolom(1, true), new Kolom(1, true), new Kolom(3.5)],
                [["KODE", "SUB-KOMPONEN", "KRITERIA", "JAWABAN", "SARAN", "ALASAN SARAN", "NILAI", "BOBOT", "BUKTI DAN CATATAN"]],
                [.. l.Kriteria.Select(k => (IReadOnlyList<Sel?>)
                [
                    new Sel(k.Kode), new Sel(k.SubKomponen), new Sel(k.Uraian), new Sel(k.Jawaban ?? "—"), new Sel(k.Saran ?? "—"), new Sel(k.AlasanSaran ?? ""),
                    Sel.Nilai(k.Nilai, 4), Sel.Nilai(k.Bobot, 4),
                    new Sel(string.Join("; ", k.Bukti.Select(b => b.Url is null ? b.Label : $"{b.Label} ({b.Url})").Concat(new[] { k.Catatan, k.AlasanBeda is null ? null : "Alasan berbeda: " + k.AlasanBeda }.OfType<string>()))),
                ])])
            {
                NamaLembar = "LKE",
                Keterangan = "Jawaban per kriteria",
            },
        };
        return new DokumenModel($"LKE {l.Satker.Kode} {l.Tahun}", true, isi);
    }
}
