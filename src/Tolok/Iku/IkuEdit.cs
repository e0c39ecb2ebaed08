namespace Tolok.Iku;

/// <summary>
/// A change to the IKU catalog, as sent by the edit form or PUT /api/v1/satker/{kode}/iku/{tahun}.
/// Saved as a new revision; <see cref="Keterangan"/> says why.
/// </summary>
public sealed class IkuEdit
{
    public PenetapanEdit Ditetapkan { get; set; } = new();
    public List<SasaranEdit> Sasaran { get; set; } = [];
    public string? Keterangan { get; set; }
}

public sealed class PenetapanEdit
{
    public string? Tempat { get; set; }
    public DateOnly? Tanggal { get; set; }
    public string? Jabatan { get; set; }
    public string? Nama { get; set; }
}

public sealed class SasaranEdit
{
    public string? Uraian { get; set; }
    public List<IndikatorEdit> Indikator { get; set; } = [];
}

public sealed class IndikatorEdit
{
    public string? Uraian { get; set; }
    public string? CaraPengukuran { get; set; }
    public string? SumberData { get; set; }
    public string? Satuan { get; set; }
    public Polaritas Polaritas { get; set; }
    /// <summary>The parent satker's IKU code this one supports (cascading), e.g. "3.1"; optional.</summary>
    public string? KodeInduk { get; set; }
}

/// <summary>The one validation of an <see cref="IkuEdit"/>, used by the form and the API alike.</summary>
public static class IkuEditRules
{
    public static IkuEdit FromDto(IkuDto dto) => new()
    {
        Ditetapkan = new PenetapanEdit
        {
            Tempat = dto.Ditetapkan.Tempat,
            Tanggal = dto.Ditetapkan.Tanggal,
            Jabatan = dto.Ditetapkan.Jabatan,
            Nama = dto.Ditetapkan.Nama,
        },
        Sasaran = [.. dto.Sasaran.Select(s => new SasaranEdit
        {
            Uraian = s.Uraian,
            Indikator = [.. s.Indikator.Select(i => new IndikatorEdit
            {
                Uraian = i.Uraian,
                CaraPengukuran = i.CaraPengukuran,
                SumberData = i.SumberData,
                Satuan = i.Satuan,
                Polaritas = i.Polaritas,
                KodeInduk = i.KodeInduk,
            })],
        })],
    };

    /// <summary>Field errors keyed by the field's path (<c>Sasaran[0].Indikator[1].Uraian</c>); empty when valid.</summary>
    public static Dictionary<string, string[]> Validate(IkuEdit edit)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string key, string message) => errors[key] = [.. errors.GetValueOrDefault(key, []), message];
        void Length(string key, string? value, int max, string label)
        {
            if (value is not null && value.Length > max)
            {
                Add(key, $"{label} paling panjang {max} karakter.");
            }
        }

        if (string.IsNullOrWhiteSpace(edit.Keterangan))
        {
            Add("Keterangan", "Keterangan perubahan wajib diisi: jelaskan mengapa revisi ini dibuat.");
        }
        Length("Keterangan", edit.Keterangan, 500, "Keterangan");
        Length("Ditetapkan.Tempat", edit.Ditetapkan.Tempat, 100, "Tempat penetapan");
        Length("Ditetapkan.Jabatan", edit.Ditetapkan.Jabatan, 300, "Jabatan");
        Length("Ditetapkan.Nama", edit.Ditetapkan.Nama, 200, "Nama penanda tangan");
        if (edit.Ditetapkan.Tanggal is { Year: < 2000 or > 2100 })
        {
            Add("Ditetapkan.Tanggal", "Tanggal penetapan harus antara tahun 2000 dan 2100.");
        }
        if (edit.Sasaran.Count == 0)
        {
            Add("Sasaran", "IKU harus memiliki sedikitnya satu sasaran strategis.");
        }
        for (var s = 0; s < edit.Sasaran.Count; s++)
        {
            var sasaran = edit.Sasaran[s];
            var key = $"Sasaran[{s}]";
            if (string.IsNullOrWhiteSpace(sasaran.Uraian))
            {
                Add($"{key}.Uraian", $"Uraian sasaran {s + 1} wajib diisi.");
            }
            Length($"{key}.Uraian", sasaran.Uraian, 2000, $"Uraian sasaran {s + 1}");
            if (sasaran.Indikator.Count == 0)
            {
                Add($"{key}.Indikator", $"Sasaran {s + 1} harus memiliki sedikitnya satu indikator.");
            }
            for (var i = 0; i < sasaran.Indikator.Count; i++)
            {
                var x = sasaran.Indikator[i];
                var ik = $"{key}.Indikator[{i}]";
                var kode = $"{s + 1}.{i + 1}";
                if (string.IsNullOrWhiteSpace(x.Uraian))
                {
                    Add($"{ik}.Uraian", $"Uraian indikator {kode} wajib diisi.");
                }
                Length($"{ik}.Uraian", x.Uraian, 2000, $"Uraian indikator {kode}");
                Length($"{ik}.CaraPengukuran", x.CaraPengukuran, 4000, $"Cara pengukuran {kode}");
                Length($"{ik}.SumberData", x.SumberData, 2000, $"Sumber data {kode}");
                Length($"{ik}.Satuan", x.Satuan, 50, $"Satuan {kode}");
                if (!string.IsNullOrWhiteSpace(x.KodeInduk) && !System.Text.RegularExpressions.Regex.IsMatch(x.KodeInduk.Trim(), @"^\d{1,2}\.\d{1,2}$"))
                {
                    Add($"{ik}.KodeInduk", $"IKU induk indikator {kode}: tulis kode IKU satker induk, mis. 3.1.");
                }
                if (!Enum.IsDefined(x.Polaritas))
                {
                    Add($"{ik}.Polaritas", $"Polaritas indikator {kode} tidak dikenal.");
                }
            }
        }
        return errors;
    }

    /// <summary>The edit as the store takes it: whitespace-normalised, blank cells as null.</summary>
    public static (PenetapanDto Penetapan, List<SasaranBaru> Sasaran) Normalize(IkuEdit edit) => (
        new PenetapanDto(N(edit.Ditetapkan.Tempat), edit.Ditetapkan.Tanggal, N(edit.Ditetapkan.Jabatan), N(edit.Ditetapkan.Nama)),
        [.. edit.Sasaran.Select(s => new SasaranBaru(
            N(s.Uraian)!,
            [.. s.Indikator.Select(i => new IndikatorBaru(N(i.Uraian)!, N(i.CaraPengukuran), N(i.SumberData), N(i.Satuan), i.Polaritas) { KodeInduk = N(i.KodeInduk) })]))]);

    private static string? N(string? s) => IkuDocumentParser.Normalize(s);
}