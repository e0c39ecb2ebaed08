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

public sealed record Paragraf(string Teks) : Blok
{
    /// <summary>Centred (a letterhead's address, a cover's lines).</summary>
    public bool Tengah { get; init; }
}

/// <summary>A picture (a logo), centred, <see cref="LebarPt"/> points wide; PNG.</summary>
public sealed record Citra(byte[] Png, double LebarPt, string Keterangan) : Blok;

/// <summary>
/// Where the body of a report begins: pages before it (cover, foreword, summary, contents) are numbered in roman
/// numerals, pages from here in arabic numerals from 1.
/// </summary>
public sealed record MulaiBadan : Blok;

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

    /// <summary>In <see cref="Kepala"/>: this cell is merged into the cell on its left.</summary>
    public const string GabungKiri = "<<";
    /// <summary>In <see cref="Kepala"/>: this cell is merged into the cell above it.</summary>
    public const string GabungAtas = "^^";

    /// <summary>
    /// The header as boxes: each origin cell with how many columns and header rows it spans (the cells marked
    /// <see cref="GabungKiri"/> and <see cref="GabungAtas"/> belong to a box and have none of their own).
    /// </summary>
    public IEnumerable<(int Baris, int Kolom, int LebarKolom, int TinggiBaris, string Teks)> KotakKepala()
    {
        for (var r = 0; r < Kepala.Count; r++)
        {
            for (var c = 0; c < Kepala[r].Count; c++)
            {
                var teks = Kepala[r][c];
                if (teks is GabungKiri or GabungAtas)
                {
                    continue;
                }
                var lebar = 1;
                while (c + lebar < Kepala[r].Count && Kepala[r][c + lebar] == GabungKiri)
                {
                    lebar++;
                }
                var tinggi = 1;
                while (r + tinggi < Kepala.Count && Kepala[r + tinggi][c] == GabungAtas)
                {
                    tinggi++;
                }
                yield return (r, c, lebar, tinggi, teks);
            }
        }
    }
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
public sealed record TandaTangan(string? TempatTanggal, string? Jabatan, string? Nama) : Blok
{
    /// <summary>Printed under the name as "NIP. 19750312 200312 1 002" when the signer has one.</summary>
    public string? Nip { get; init; }
}
/// <summary>Two signature blocks side by side (left: pihak kedua, right: pihak pertama), as on a Perjanjian Kinerja.</summary>
public sealed record TandaTanganBerdampingan(TandaTangan Kiri, TandaTangan Kanan) : Blok;

/// <summary>
/// User text made safe for every format (issue 14): characters XML 1.0 cannot carry (control characters other than tab
/// and line breaks, U+FFFE/U+FFFF, lone surrogates) are dropped and a tab becomes a space, so that a narrative pasted
/// with a stray control character never makes a DOCX, XLSX or PDF fail. Applied once, before any renderer runs.
/// </summary>
public static class TeksAman
{
    public static string Bersih(string teks)
    {
        var i = 0;
        while (i < teks.Length && Aman(teks, i))
        {
            i++;
        }
        if (i == teks.Length)
        {
            return teks;
        }
        var sb = new System.Text.StringBuilder(teks.Length);
        sb.Append(teks, 0, i);
        for (; i < teks.Length; i++)
        {
            if (teks[i] == '\t')
            {
                sb.Append(' ');
            }
            else if (char.IsHighSurrogate(teks[i]) && i + 1 < teks.Length && char.IsLowSurrogate(teks[i + 1]))
            {
                sb.Append(teks, i, 2);
                i++;
            }
            else if (Aman(teks, i))
            {
                sb.Append(teks[i]);
            }
        }
        return sb.ToString();
    }

    public static string? BersihAtauNull(string? teks) => teks is null ? null : Bersih(teks);

    private static bool Aman(string s, int i)
    {
        var c = s[i];
        if (c is '\n' or '\r')
        {
            return true;
        }
        if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF')
        {
            return false;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        }
        return !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(s[i - 1]));
    }

    /// <summary>The model with every text made safe (<see cref="Bersih"/>).</summary>
    public static DokumenModel Bersihkan(DokumenModel m) => m with
    {
        Judul = Bersih(m.Judul),
        KepalaHalaman = BersihAtauNull(m.KepalaHalaman),
        Isi = [.. m.Isi.Select(Blok)],
    };

    private static Blok Blok(Blok b) => b switch
    {
        Judul j => j with { Teks = Bersih(j.Teks) },
        Paragraf p => p with { Teks = Bersih(p.Teks) },
        Subjudul s => s with { Teks = Bersih(s.Teks) },
        Tabel t => t with
        {
            Kepala = [.. t.Kepala.Select(r => (IReadOnlyList<string>)[.. r.Select(Bersih)])],
            Baris = [.. t.Baris.Select(r => (IReadOnlyList<Sel?>)[.. r.Select(c => c is null ? null : c with { Teks = BersihAtauNull(c.Teks) })])],
            NamaLembar = Bersih(t.NamaLembar),
            Keterangan = BersihAtauNull(t.Keterangan),
        },
        TandaTangan tt => TandaTangan(tt),
        TandaTanganBerdampingan d => d with { Kiri = TandaTangan(d.Kiri), Kanan = TandaTangan(d.Kanan) },
        Gambar g => g with
        {
            Tata = g.Tata with
            {
                Judul = Bersih(g.Tata.Judul),
                Bentuk = [.. g.Tata.Bentuk.Select(x => x is Grafik.Tulisan t ? t with { Teks = Bersih(t.Teks) } : x)],
            },
        },
        Citra c => c with { Keterangan = Bersih(c.Keterangan) },
        _ => b,
    };

    private static TandaTangan TandaTangan(TandaTangan t) =>
        t with { TempatTanggal = BersihAtauNull(t.TempatTanggal), Jabatan = BersihAtauNull(t.Jabatan), Nama = BersihAtauNull(t.Nama), Nip = BersihAtauNull(t.Nip) };
}
