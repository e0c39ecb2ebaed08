namespace Tolok.Kinerja;

/// <summary>
/// A reporting period of a year: the year itself ("tahunan") or a quarter ("TW1" … "TW4"). Quarters are cumulative:
/// every period starts on 1 January and ends on the last day of its quarter (Rencana Aksi, PermenPAN-RB 53/2014).
/// </summary>
public readonly record struct Periode
{
    public static readonly IReadOnlyList<string> Kode = ["tahunan", "TW1", "TW2", "TW3", "TW4"];

    public int Tahun { get; }
    public string Nama { get; }

    private Periode(int tahun, string nama) => (Tahun, Nama) = (tahun, nama);

    public static Periode Tahunan(int tahun) => new(tahun, "tahunan");

    /// <summary>A period from its name; false for anything but the five names (exactly as written).</summary>
    public static bool TryParse(int tahun, string? nama, out Periode periode)
    {
        periode = new Periode(tahun, nama ?? "");
        return nama is not null && Kode.Contains(nama);
    }

    /// <summary>A period from a name already checked, or the year for anything else (pages that fall back to it).</summary>
    public static Periode Dari(int tahun, string? nama) => TryParse(tahun, nama, out var p) ? p : Tahunan(tahun);

    public static bool Valid(string? nama) => nama is not null && Kode.Contains(nama);

    public DateOnly Awal => new(Tahun, 1, 1);

    public DateOnly Akhir => Nama switch
    {
        "TW1" => new DateOnly(Tahun, 3, 31),
        "TW2" => new DateOnly(Tahun, 6, 30),
        "TW3" => new DateOnly(Tahun, 9, 30),
        _ => new DateOnly(Tahun, 12, 31),
    };

    /// <summary>A day falls in the period.</summary>
    public bool Memuat(DateOnly tanggal) => tanggal >= Awal && tanggal <= Akhir;

    /// <summary>"Tahunan", "Triwulan I" …, as the documents and pages name it.</summary>
    public string Judul => Nama switch
    {
        "TW1" => "Triwulan I",
        "TW2" => "Triwulan II",
        "TW3" => "Triwulan III",
        "TW4" => "Triwulan IV",
        _ => "Tahunan",
    };

    /// <summary>As a page heading names it: "Tahunan", "Triwulan I (kumulatif)" ….</summary>
    public string JudulPanjang => Nama == "tahunan" ? Judul : Judul + " (kumulatif)";

    public override string ToString() => Nama;
}

/// <summary>
/// The one home of IKU measurement: which register rows count in a period and how a ratio becomes a percentage,
/// as plain functions of plain values. The dashboard, the API, the drill-down and every document call these.
/// </summary>
public static class Ukuran
{
    /// <summary>The one rounding rule: two decimals, halves away from zero (87,125 → 87,13).</summary>
    public static decimal Bulat(decimal nilai) => Math.Round(nilai, 2, MidpointRounding.AwayFromZero);

    /// <summary>The one percentage: numerator ÷ denominator × 100, rounded by <see cref="Bulat"/>; null for a denominator of 0.</summary>
    public static decimal? Persen(decimal pembilang, decimal penyebut) => penyebut == 0 ? null : Bulat(pembilang * 100m / penyebut);

    /// <summary>Budget absorption: spending ÷ ceiling, as a percentage.</summary>
    public static decimal? Serapan(decimal pagu, decimal realisasi) => Persen(realisasi, pagu);

    /// <summary>IKU 1.1: a report counts in the period it falls due in.</summary>
    public static bool RbDihitung(DateOnly jatuhTempo, Periode p) => p.Memuat(jatuhTempo);

    /// <summary>IKU 1.1: filed no later than its due date.</summary>
    public static bool TepatWaktu(DateOnly jatuhTempo, DateOnly? disampaikan) => disampaikan is { } t && t <= jatuhTempo;

    /// <summary>
    /// IKU 1.2 and 1.3: the row that gives the period's value is the latest issued in it (by date, then by id); rows
    /// without a date (no result yet) never count.
    /// </summary>
    public static T? Terakhir<T>(IEnumerable<T> rows, Func<T, DateOnly?> terbit, Func<T, int> id, Periode p) where T : class =>
        rows.Where(r => terbit(r) is { } d && p.Memuat(d)).OrderByDescending(r => terbit(r)).ThenByDescending(id).FirstOrDefault();

    /// <summary>IKU 1.4: a service of the year's catalogue is delivered in a period when it was fulfilled at least once by its end.</summary>
    public static bool LayananTerlaksana(IEnumerable<(DateOnly Tanggal, bool Terpenuhi)> log, Periode p) =>
        log.Any(x => x.Terpenuhi && x.Tanggal <= p.Akhir);

    /// <summary>IKU 4.2: a case counts in the period its ruling was given in.</summary>
    public static bool PutusanDihitung(string? putusan, DateOnly? tanggalPutusan, Periode p) =>
        putusan is not null && tanggalPutusan is { } d && p.Memuat(d);
}
