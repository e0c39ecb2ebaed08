using System.Text.Json.Serialization;

namespace Tolok.Iku;

/// <summary>The IKU set of a satker and year as the API returns it (GET /api/v1/satker/{kode}/iku/{tahun}).</summary>
public sealed record IkuDto(SatkerRingkas Satker, int Tahun, int Revisi, PenetapanDto Ditetapkan, IReadOnlyList<SasaranDto> Sasaran)
{
    [JsonIgnore]
    public IEnumerable<IndikatorDto> SemuaIndikator => Sasaran.SelectMany(s => s.Indikator);
}

public sealed record SatkerRingkas(string Kode, string Nama);

public sealed record PenetapanDto(string? Tempat, DateOnly? Tanggal, string? Jabatan, string? Nama);

public sealed record SasaranDto(int Nomor, string Uraian, IReadOnlyList<IndikatorDto> Indikator);

public sealed record IndikatorDto(string Kode, string Uraian, string? CaraPengukuran, string? SumberData, string? Satuan, Polaritas Polaritas)
{
    /// <summary>The parent satker's IKU (same year) this one supports (cascading), or null.</summary>
    public string? KodeInduk { get; init; }
}

/// <summary>One line of a set's history.</summary>
public sealed record RevisiDto(int Revisi, DateTime DibuatPada, string? DibuatOleh, string? Keterangan);

public static class IkuMapping
{
    public static IkuDto AsDto(this IkuSet set) => new(
        new SatkerRingkas(set.Satker.Kode, set.Satker.Nama),
        set.Tahun,
        set.Revisi,
        new PenetapanDto(set.TempatPenetapan, set.TanggalPenetapan, set.JabatanPenandatangan, set.NamaPenandatangan),
        [.. set.Sasaran.OrderBy(s => s.Nomor).Select(s => new SasaranDto(
            s.Nomor,
            s.Uraian,
            [.. s.Indikator.OrderBy(i => i.Urutan).Select(i => new IndikatorDto(i.Kode, i.Uraian, i.CaraPengukuran, i.SumberData, i.Satuan, i.Polaritas) { KodeInduk = i.KodeInduk })]))]);

    /// <summary>True when both describe the same catalog and signature (codes, texts, units, polarity).</summary>
    public static bool SameContent(IkuDto a, PenetapanDto penetapan, IReadOnlyList<SasaranDto> sasaran) =>
        a.Ditetapkan == penetapan
        && a.Sasaran.Count == sasaran.Count
        && a.Sasaran.Zip(sasaran).All(p =>
            p.First.Nomor == p.Second.Nomor
            && p.First.Uraian == p.Second.Uraian
            && p.First.Indikator.SequenceEqual(p.Second.Indikator));
}