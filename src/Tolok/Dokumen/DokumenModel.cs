namespace Tolok.Dokumen;

/// <summary>
/// A document as content, independent of its format. Each renderer (DOCX, XLSX, PDF) turns the same model into
/// its format, so the three downloads always carry the same text and numbers.
/// </summary>
public sealed record DokumenModel(string Judul, bool Lanskap, IReadOnlyList<Blok> Isi)
{
    /// <summary>Short running header text for each page (PDF, DOCX).</summary>
    public string? KepalaHalaman { get; init; }

    /// <summary>Data that is not yet approved: the document carries a visible "DRAF" mark.</summary>
    public bool Draf { get; init; }
}

public abstract record Blok;

/// <summary>The document's title, centred and bold (may span several lines).</summary>
public sealed record Judul(string Teks) : Blok;

public sealed record Paragraf(string Teks) : Blok;

/// <summary>
/// A table. <see cref="Kepala"/> rows repeat at the top of every page. In <see cref="Baris"/>, every row has one
/// entry per column; an entry is null where a cell above spans down over it.
/// </summary>
public sealed record Tabel(IReadOnlyList<Kolom> Kolom, IReadOnlyList<IReadOnlyList<string>> Kepala, IReadOnlyList<IReadOnlyList<Sel?>> Baris) : Blok
{
    /// <summary>Name of the worksheet when the table goes to XLSX.</summary>
    public string NamaLembar { get; init; } = "Tabel";

    /// <summary>The caption; the renderers number it ("Tabel 3. …").</summary>
    public string? Keterangan { get; init; }
}

/// <summary>A heading of level 1–3: Word heading styles in DOCX, an entry of the table of contents.</summary>
public sealed record Subjudul(int Tingkat, string Teks) : Blok;

/// <summary>The table of contents (a TOC field in DOCX; page numbers in PDF).</summary>
public sealed record DaftarIsi : Blok;

public sealed record HalamanBaru : Blok;

/// <summary>A chart; its title becomes the numbered caption ("Gambar 2. …").</summary>
public sealed record Gambar(Grafik.Tata Tata) : Blok;

/// <summary>A column: relative width and whether its cells are centred.</summary>
public sealed record Kolom(double Lebar, bool Tengah = false);

/// <summary>
/// A table cell; <see cref="Baris"/> &gt; 1 spans that many rows down. A number keeps its value in
/// <see cref="Angka"/> (stored as a number in XLSX) beside its Indonesian text.
/// </summary>
public sealed record Sel(string? Teks, int Baris = 1)
{
    public decimal? Angka { get; init; }
    public int Desimal { get; init; }

    /// <summary>A number cell: "1.234,56"; a missing value is "—", never 0.</summary>
    public static Sel Nilai(decimal? value, int desimal = 2, string akhiran = "") =>
        value is { } v ? new Sel(Infrastructure.Format.Bilangan(v, desimal) + akhiran) { Angka = v, Desimal = desimal } : new Sel("—");
}

/// <summary>A signature block: "Negara, 3 Januari 2024", the position, room to sign, the name.</summary>
public sealed record TandaTangan(string? TempatTanggal, string? Jabatan, string? Nama) : Blok;
/// <summary>Two signature blocks side by side (left: pihak kedua, right: pihak pertama), as on a Perjanjian Kinerja.</summary>
public sealed record TandaTanganBerdampingan(TandaTangan Kiri, TandaTangan Kanan) : Blok;
