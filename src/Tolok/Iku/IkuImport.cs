using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Iku;

/// <summary>Imports a signed IKU document (text layout of the seed) as a revision of a satker's IKU set.</summary>
public static class IkuImport
{
    public static async Task<(int Revisi, bool Baru)> ImportAsync(
        TolokDb db, string kodeSatker, int tahun, string text, string namaBerkas, string? oleh, TimeProvider time,
        CancellationToken ct = default)
    {
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Kode == kodeSatker, ct)
            ?? throw new IkuException($"Satker dengan kode \"{kodeSatker}\" tidak ditemukan.");
        var document = IkuDocumentParser.Parse(text, satker.Nama);
        if (document.TahunJudul is { } t && t != tahun)
        {
            throw new IkuFormatException(1, $"judul dokumen menyebut tahun {t}, sedangkan impor diminta untuk tahun {tahun}.");
        }

        // What the document does not say (unit, polarity, the signer's name) is kept from the latest revision,
        // so that re-importing the same document after those were filled in changes nothing.
        var latest = await IkuStore.LoadAsync(db, kodeSatker, tahun, null, ct);
        var previous = latest?.SemuaIndikator.ToDictionary(i => i.Kode) ?? [];
        var sasaran = document.Sasaran.Select(s => new SasaranBaru(
            s.Uraian,
            [.. s.Indikator.Select((x, ii) =>
            {
                var kode = $"{s.Nomor}.{ii + 1}";
                var (satuan, polaritas) = previous.TryGetValue(kode, out var p) ? (p.Satuan, p.Polaritas) : IndikatorDefaults.For(x.Uraian);
                return new IndikatorBaru(x.Uraian, x.CaraPengukuran, x.SumberData, satuan, polaritas);
            })])).ToList();
        var penetapan = new PenetapanDto(document.Penetapan.Tempat, document.Penetapan.Tanggal, document.Penetapan.Jabatan, latest?.Ditetapkan.Nama);
        return await IkuStore.SaveRevisionAsync(db, kodeSatker, tahun, penetapan, sasaran, $"Impor dari {namaBerkas}", oleh, time, ct);
    }
}

/// <summary>
/// The document names no unit or polarity; these defaults follow the wording of the indicator and can be edited.
/// "Persentase …" is a percentage, "Jumlah Laporan …" counts reports, "Nilai …" is a score, and the financial
/// report indicator is an audit opinion (an ordered category).
/// </summary>
public static class IndikatorDefaults
{
    public static (string? Satuan, Polaritas Polaritas) For(string uraian)
    {
        if (uraian.StartsWith("Persentase", StringComparison.OrdinalIgnoreCase))
        {
            return ("%", Polaritas.Maksimal);
        }
        if (uraian.StartsWith("Jumlah Laporan", StringComparison.OrdinalIgnoreCase))
        {
            return ("laporan", Polaritas.Maksimal);
        }
        if (uraian.StartsWith("Nilai", StringComparison.OrdinalIgnoreCase))
        {
            return ("nilai", Polaritas.Maksimal);
        }
        if (uraian.StartsWith("Laporan Keuangan", StringComparison.OrdinalIgnoreCase))
        {
            return ("opini", Polaritas.Kategorikal);
        }
        return (null, Polaritas.Maksimal);
    }
}