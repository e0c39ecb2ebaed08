using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using DocumentFormat.OpenXml;
using nietras.SeparatedValues;

namespace Tolok.Partisipasi.Impor;

/// <summary>One row read from an import file: where it was, its code as written, its 30 values (-1 = not reported).</summary>
public sealed class BarisMasuk
{
    private readonly string? _lokasi;
    private readonly int _baris;
    private readonly string? _kode;

    public BarisMasuk(string lokasi, string kode, int[] nilai)
    {
        _lokasi = lokasi;
        _kode = kode;
        Nilai = nilai;
    }

    /// <summary>A CSV row: its line number, and its code already read as a number when it could be.</summary>
    public BarisMasuk(int baris, long? kodeAngka, string? kodeTeks, int[] nilai)
    {
        _baris = baris;
        KodeAngka = kodeAngka;
        _kode = kodeTeks;
        Nilai = nilai;
    }

    /// <summary>Where the row stood ("baris 12", a file name in a zip …); made only when a message needs it.</summary>
    public string Lokasi => Tempat.ToString();

    public Tempat Tempat => new(_baris, _lokasi);

    /// <summary>The code as written (or, when the reader already read it, in dotted form).</summary>
    public string Kode => _kode ?? (KodeAngka is { } k ? Wilayah.KodeWilayah.Format(k) : "");

    /// <summary>The code as a number, when the reader has read it; otherwise the importer reads <see cref="Kode"/>.</summary>
    public long? KodeAngka { get; }

    public int[] Nilai { get; }
    private List<(string? Kolom, string Alasan)>? _galat;

    /// <summary>Problems found while reading (column, reason); a row with any is rejected.</summary>
    public List<(string? Kolom, string Alasan)> Galat => _galat ??= [];

    public bool AdaGalat => _galat is { Count: > 0 };
    /// <summary>The row as it stood in the file, for the report of rejected rows.</summary>
    public string? Asli { get; init; }

    // What PersiapanBaris found (set once, by the thread that prepared the row).
    internal long KodeFinal { get; set; }
    internal string? GalatKode { get; set; }
    internal StatusTps Status { get; set; }
    internal byte[]? Entri { get; set; }
    /// <summary>The row's share was added to its desa's roll-up by the preparation.</summary>
    internal bool Dijumlah { get; set; }
}

/// <summary>Where a row stood: a line number, or a name (a file in a zip, an element of a JSON array).</summary>
public readonly record struct Tempat(int Baris, string? Nama)
{
    public override string ToString() => Nama ?? $"baris {Baris}";
}

/// <summary>A file that cannot be read at all (no kode column, unknown column, broken JSON …). Nothing is imported.</summary>
public sealed class TpsFormatException(string message) : Exception(message);

/// <summary>
/// Readers of participation files. Every reader yields <see cref="BarisMasuk"/>; what a value means is decided in
/// one place (<see cref="ParseNilai"/>), whatever the format.
/// </summary>
public static class TpsSumber
{
    /// <summary>
    /// About how many rows a CSV file holds (from the length of its first lines), so that the importer can size its
    /// lists once instead of growing them (each growth of a large list costs a full garbage collection); 0 when unknown.
    /// </summary>
    public static int PerkiraanBaris(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        var buffer = new byte[1 << 16];
        long length;
        int read;
        using (var f = File.OpenRead(path))
        {
            length = f.Length;
            read = f.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        var head = buffer.AsSpan(0, read);
        var first = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || head[first] is (byte)'[' or (byte)'{' || head.StartsWith("PK"u8))
        {
            return 0;
        }
        var header = head.IndexOf((byte)'\n');
        var sample = header < 0 ? default : head[(header + 1)..];
        var lines = sample.Count((byte)'\n');
        if (lines < 2)
        {
            return 0;
        }
        var perLine = (double)sample[..(sample.LastIndexOf((byte)'\n') + 1)].Length / lines;
        return (int)Math.Min(20_000_000, (length - header) / perLine * 1.02 + 16);
    }

    /// <summary>Chooses the reader by content and name: a directory or .zip of Sirekap JSON, a JSON array or JSON lines, XLSX, CSV.</summary>
    public static IEnumerable<BarisMasuk> Read(string path, IProgress<double>? progress = null)
    {
        if (Directory.Exists(path))
        {
            return SirekapDirectory(path, progress);
        }
        if (!File.Exists(path))
        {
            throw new TpsFormatException($"berkas {path} tidak ditemukan.");
        }
        var zip = IsZip(path);
        var name = Path.GetFileName(path);
        if (zip && path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Xlsx(path, name);
        }
        if (zip)
        {
            return IsXlsxPackage(path) ? Xlsx(path, name) : SirekapZip(path, progress);
        }
        if (!TeksBiasa(path))
        {
            throw new TpsFormatException($"{name}: bukan berkas CSV, XLSX, JSON atau zip (isinya bukan teks; mungkin gambar, PDF atau dokumen lain). Tidak ada yang disimpan.");
        }
        var first = FirstNonSpace(path);
        return first switch
        {
            '[' => JsonArray(path, name),
            '{' => JsonLines(path, name, progress),
            _ => Csv(path, name, progress),
        };
    }

    /// <summary>True when <see cref="Read"/> would read the file as CSV (not a folder, zip, XLSX or JSON).</summary>
    internal static bool IsCsv(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        return !IsZip(path) && FirstNonSpace(path) is not ('[' or '{');
    }

    /// <summary>The file starts with a zip signature (XLSX, or a zip of Sirekap files).</summary>
    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        int read;
        using (var f = File.OpenRead(path))
        {
            read = f.Read(head);
        }
        return read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static bool IsXlsxPackage(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        return archive.GetEntry("xl/workbook.xml") is not null;
    }

    /// <summary>
    /// The file's first 8 KB look like text: no NUL byte, hardly any control character, not a PDF (a PNG, JPEG, PDF or
    /// old Word file fails), judged by content, not by name. Encodings other than UTF-8 (a CSV saved by Excel on
    /// Windows) pass: their letters are not control characters.
    /// </summary>
    internal static bool TeksBiasa(string path)
    {
        var buffer = new byte[8192];
        int read;
        using (var f = File.OpenRead(path))
        {
            read = f.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        var head = buffer.AsSpan(0, read);
        if (head.Contains((byte)0) || head.StartsWith("%PDF"u8))
        {
            return false;
        }
        var control = 0;
        foreach (var b in head)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C) or 0x7F)
            {
                control++;
            }
        }
        return control * 100 <= head.Length;
    }

    /// <summary>The longest line a TPS text file (CSV, JSON lines) may have: a row is a few hundred bytes.</summary>
    public const int PanjangBarisMaks = 1 << 20;

    /// <summary>
    /// Refuses (413) a text file with a line longer than <see cref="PanjangBarisMaks"/> before a reader would hold
    /// that line in memory: one pass over the bytes, a few tenths of a second for the largest upload.
    /// </summary>
    internal static void PeriksaPanjangBaris(string path, string file)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long line = 0, number = 1;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                while (true)
                {
                    var at = span.IndexOf((byte)'\n');
                    if (line + (at < 0 ? span.Length : at) > PanjangBarisMaks)
                    {
                        throw Aturan.AturanException.TerlaluBesar($"{file}: baris {number} lebih panjang dari 1 MB; sebuah baris data TPS hanya beberapa ratus karakter. Tidak ada yang disimpan.");
                    }
                    if (at < 0)
                    {
                        line += span.Length;
                        break;
                    }
                    line = 0;
                    number++;
                    span = span[(at + 1)..];
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static char FirstNonSpace(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (!char.IsWhiteSpace((char)c))
            {
                return (char)c;
            }
        }
        return '\0';
    }

    /// <summary>A value as written: empty = not reported (-1); otherwise a non-negative whole number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int ParseNilai(ReadOnlySpan<char> text, out string? galat)
    {
        galat = null;
        // Fast path for what nearly every cell is: 1–9 plain digits (25 million cells in a national file).
        if (text.Length is > 0 and < 10)
        {
            var fast = 0;
            foreach (var ch in text)
            {
                var d = ch - '0';
                if ((uint)d > 9)
                {
                    fast = -1;
                    break;
                }
                fast = fast * 10 + d;
            }
            if (fast >= 0)
            {
                return fast;
            }
        }
        text = text.Trim();
        if (text.Length == 0)
        {
            return -1;
        }
        if (text[0] == '-' && text.Length > 1 && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            galat = $"nilai negatif \"{Infrastructure.Format.Potong(text.ToString())}\"";
            return -1;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            galat = $"\"{Infrastructure.Format.Potong(text.ToString())}\" bukan bilangan bulat (tanpa pemisah ribuan)";
            return -1;
        }
        return value;
    }

    private static int[] Empty()
    {
        var v = new int[Kolom.Jumlah];
        Array.Fill(v, -1);
        return v;
    }

    /// <summary>Maps header names to value positions; the kode column is -2. Unknown names are refused.</summary>
    internal static int[] Header(IReadOnlyList<string> names, string file)
    {
        var map = new int[names.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hasKode = false;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().TrimStart('\uFEFF');
            if (!seen.Add(name))
            {
                throw new TpsFormatException($"{file} baris 1: kolom \"{Infrastructure.Format.Potong(name)}\" muncul dua kali.");
            }
            if (name.Equals("kode", StringComparison.OrdinalIgnoreCase))
            {
                map[i] = -2;
                hasKode = true;
                continue;
            }
            if (TpsEkspor.KolomInformasi.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                map[i] = -3; // written by an export; read past
                continue;
            }
            map[i] = Kolom.IndexOf(name);
            if (map[i] < 0)
            {
                throw new TpsFormatException($"{file} baris 1: kolom \"{Infrastructure.Format.Potong(name)}\" tidak dikenal. Kolom yang dikenal: kode, {string.Join(", ", Kolom.Semua)} (nama, status dan pelanggaran dilewati).");
            }
        }
        if (!hasKode)
        {
            throw new TpsFormatException($"{file} baris 1: kolom wajib \"kode\" tidak ada.");
        }
        return map;
    }

    private static IEnumerable<BarisMasuk> Csv(string path, string file, IProgress<double>? progress)
    {
        PeriksaPanjangBaris(path, file);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        // A large buffer: with the default one Sep spent a third of its time moving partial rows (dotnet-trace).
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, InitialBufferLength = 1 << 20 }).From(text);
        if (!reader.HasHeader)
        {
            throw new TpsFormatException($"{file}: berkas kosong; baris pertama harus berisi nama kolom (kode, pemilih_dpt_l, …).");
        }
        var names = reader.Header.ColNames;
        var map = Header(names, file);
        var length = stream.Length;
        var n = 0;
        foreach (var row in reader)
        {
            yield return CsvRow(row, map);
            if (progress is not null && ++n % 20_000 == 0)
            {
                progress.Report((double)stream.Position / Math.Max(1, length));
            }
        }
        progress?.Report(1);
    }

    // The hot per-row functions are compiled fully optimised at once (AggressiveOptimization): ReadyToRun code cannot
    // inline Sep's column access, and the runtime delays optimising them while the database start-up compiles (decision 61).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static BarisMasuk CsvRow(SepReader.Row row, int[] map, int lineOffset = 0)
    {
        var line = row.LineNumberFrom + lineOffset;
        if (row.ColCount != map.Length)
        {
            var bad = new BarisMasuk(line, null, "", Empty()) { Asli = row.Span.ToString() };
            bad.Galat.Add((null, $"baris memiliki {row.ColCount} kolom; kepala berkas memiliki {map.Length}"));
            return bad;
        }
        var values = Empty();
        long? kodeAngka = null;
        string? kode = null;
        List<(string?, string)>? errors = null;
        for (var c = 0; c < map.Length; c++)
        {
            var cell = row[c].Span;
            if (map[c] == -2)
            {
                // Read the code here; keep its text only when it is not a valid code (for the message).
                if (Wilayah.KodeWilayah.TryParse(cell, out var k) && k != 0)
                {
                    kodeAngka = k;
                }
                else
                {
                    kode = cell.Trim().ToString();
                }
                continue;
            }
            if (map[c] == -3)
            {
                continue;
            }
            values[map[c]] = ParseNilai(cell, out var galat);
            if (galat is not null)
            {
                (errors ??= []).Add((Kolom.Semua[map[c]], galat));
            }
        }
        var baris = new BarisMasuk(line, kodeAngka, kode, values) { Asli = errors is null ? null : row.Span.ToString() };
        if (errors is not null)
        {
            baris.Galat.AddRange(errors);
        }
        return baris;
    }

    private static IEnumerable<BarisMasuk> Xlsx(string path, string file)
    {
        using var stream = File.OpenRead(path);
        int[]? map = null;
        // Read as a stream with the TPS limits (rows, inflated size, ratio, shared strings); a refusal is a 413/422.
        foreach (var (rowNumber, cells) in Dokumen.XlsxTabel.Baris(stream, Dokumen.BatasXlsx.Tps(Infrastructure.BatasImpor.BarisMaksimumTps), file))
        {
            if (map is null)
            {
                var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
                map = Header([.. Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, ""))], file);
                continue;
            }
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var values = Empty();
            var kode = "";
            var baris = new BarisMasuk($"baris {rowNumber}", "", values);
            foreach (var (c, text) in cells)
            {
                if (c >= map.Length)
                {
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        baris.Galat.Add((null, $"sel di luar kolom berkepala berisi \"{Infrastructure.Format.Potong(text)}\""));
                    }
                    continue;
                }
                if (map[c] == -2)
                {
                    kode = text.Trim();
                    continue;
                }
                if (map[c] == -3)
                {
                    continue;
                }
                values[map[c]] = ParseNilai(text, out var galat);
                if (galat is not null)
                {
                    baris.Galat.Add((Kolom.Semua[map[c]], galat));
                }
            }
            var result = new BarisMasuk(baris.Lokasi, kode, values) { Asli = Infrastructure.Format.Potong(string.Join(";", cells.OrderBy(c => c.Key).Select(c => c.Value)), 2000) };
            result.Galat.AddRange(baris.Galat);
            yield return result;
        }
        if (map is null)
        {
            throw new TpsFormatException($"{file}: lembar pertama kosong; baris pertama harus berisi nama kolom.");
        }
    }

    // ----- Sirekap JSON -----

    private static IEnumerable<BarisMasuk> SirekapDirectory(string path, IProgress<double>? progress)
    {
        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new TpsFormatException($"folder {path} tidak berisi berkas .json.");
        }
        for (var i = 0; i < files.Count; i++)
        {
            if (new FileInfo(files[i]).Length > Infrastructure.BatasImpor.JsonTpsMaksKB * 1024L)
            {
                throw Aturan.AturanException.TerlaluBesar($"{Path.GetFileName(files[i])} lebih besar dari {Infrastructure.BatasImpor.JsonTpsMaksKB} KB (batas satu berkas TPS Sirekap). Tidak ada yang disimpan.");
            }
            yield return SirekapFile(Path.GetFileName(files[i]), File.ReadAllBytes(files[i]));
            if (i % 1000 == 0)
            {
                progress?.Report((double)i / files.Count);
            }
        }
        progress?.Report(1);
    }

    private static IEnumerable<BarisMasuk> SirekapZip(string path, IProgress<double>? progress)
    {
        var file = Path.GetFileName(path);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw Aturan.AturanException.BerkasRusak($"{file}: arsip zip rusak atau bukan zip. Tidak ada yang disimpan.");
        }
        using var _ = archive;
        var entries = archive.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
        if (entries.Count == 0)
        {
            throw new TpsFormatException($"{file}: arsip zip tidak berisi berkas .json.");
        }
        // Before anything is inflated: how many files, how large each says it is, and how much they are compressed.
        const long perTps = Infrastructure.BatasImpor.JsonTpsMaksKB * 1024L;
        if (entries.Count > Infrastructure.BatasImpor.BarisMaksimumTps)
        {
            throw Aturan.AturanException.TerlaluBesar($"{file}: {Infrastructure.Format.Bilangan(entries.Count)} berkas JSON; batas satu impor {Infrastructure.Format.Bilangan(Infrastructure.BatasImpor.BarisMaksimumTps)}. Tidak ada yang disimpan.");
        }
        Dokumen.XlsxTabel.PeriksaEntri(archive.Entries, perTps * Infrastructure.BatasImpor.BarisMaksimumTps, 100, perTps, file);
        var buffer = new byte[perTps + 1];
        for (var i = 0; i < entries.Count; i++)
        {
            // The declared size may lie: the reading stops one byte past the limit.
            using var stream = entries[i].Open();
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > perTps)
            {
                throw Aturan.AturanException.TerlaluBesar($"{file}: {Infrastructure.Format.Potong(entries[i].FullName, 80)} lebih besar dari {Infrastructure.BatasImpor.JsonTpsMaksKB} KB (batas satu berkas TPS Sirekap). Tidak ada yang disimpan.");
            }
            yield return SirekapFile(entries[i].Name, buffer[..read]);
            if (i % 1000 == 0)
            {
                progress?.Report((double)i / entries.Count);
            }
        }
        progress?.Report(1);
    }

    /// <summary>One per-TPS file as Sirekap served it; the file name is the 13-digit TPS code.</summary>
    private static BarisMasuk SirekapFile(string name, byte[] json)
    {
        var kode = Path.GetFileNameWithoutExtension(name);
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed(name, kode, "isi berkas bukan objek JSON");
            }
            return FromObject(name, kode, doc.RootElement);
        }
        catch (JsonException e)
        {
            return Failed(name, kode, $"JSON rusak: {e.Message}");
        }
    }

    private static BarisMasuk Failed(string lokasi, string kode, string alasan)
    {
        var b = new BarisMasuk(lokasi, kode, Empty()) { Asli = lokasi };
        b.Galat.Add((null, alasan));
        return b;
    }

    private static IEnumerable<BarisMasuk> JsonArray(string path, string file)
    {
        // A JSON array is parsed whole: a large one must come as JSON lines or CSV, which are streamed.
        if (new FileInfo(path).Length > Infrastructure.BatasImpor.JsonArrayMaksMB << 20)
        {
            throw Aturan.AturanException.TerlaluBesar($"{file}: larik JSON lebih dari {Infrastructure.BatasImpor.JsonArrayMaksMB} MB; kirim data sebesar ini sebagai JSON lines (satu objek per baris) atau CSV. Tidak ada yang disimpan.");
        }
        using var stream = File.OpenRead(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new TpsFormatException($"{file}: JSON rusak ({e.Message}).");
        }
        using (doc)
        {
            var i = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                i++;
                yield return Item($"{file} elemen {i}", item);
            }
        }
    }

    private static IEnumerable<BarisMasuk> JsonLines(string path, string file, IProgress<double>? progress)
    {
        PeriksaPanjangBaris(path, file);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var n = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            BarisMasuk row;
            try
            {
                using var doc = JsonDocument.Parse(line);
                row = Item($"baris {n}", doc.RootElement);
            }
            catch (JsonException e)
            {
                row = Failed($"baris {n}", "", $"JSON rusak: {e.Message}");
            }
            yield return row;
            if (n % 20_000 == 0)
            {
                progress?.Report((double)reader.BaseStream.Position / Math.Max(1, reader.BaseStream.Length));
            }
        }
        progress?.Report(1);
    }

    private static BarisMasuk Item(string lokasi, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Failed(lokasi, "", "elemen bukan objek JSON");
        }
        var kode = item.TryGetProperty("kode", out var k) ? k.ValueKind switch
        {
            JsonValueKind.String => k.GetString() ?? "",
            JsonValueKind.Number => k.GetRawText(),
            _ => "",
        } : "";
        if (kode.Length == 0)
        {
            return Failed(lokasi, "", "kolom wajib \"kode\" tidak ada");
        }
        return FromObject(lokasi, kode, item);
    }

    /// <summary>
    /// A Sirekap record: values in its <c>administrasi</c> object (null when the TPS has no data yet), or, in a
    /// JSON array/lines file, possibly at the top level. <c>pengguna_non_dpt_*</c> are DPK users.
    /// </summary>
    private static BarisMasuk FromObject(string lokasi, string kode, JsonElement record)
    {
        var values = Empty();
        var row = new BarisMasuk(lokasi, kode, values) { Asli = lokasi };
        var source = record;
        if (record.TryGetProperty("administrasi", out var adm))
        {
            if (adm.ValueKind == JsonValueKind.Null)
            {
                return row;
            }
            if (adm.ValueKind != JsonValueKind.Object)
            {
                row.Galat.Add(("administrasi", "bukan objek JSON"));
                return row;
            }
            source = adm;
        }
        foreach (var property in source.EnumerateObject())
        {
            var name = property.Name.StartsWith("pengguna_non_dpt_", StringComparison.OrdinalIgnoreCase)
                ? "pengguna_dpk_" + property.Name["pengguna_non_dpt_".Length..]
                : property.Name;
            var index = Kolom.IndexOf(name);
            if (index < 0)
            {
                continue; // other fields of a Sirekap record (chart, images, ts …)
            }
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.Number when property.Value.TryGetInt32(out var n):
                    if (n < 0)
                    {
                        row.Galat.Add((name, $"nilai negatif {n}"));
                    }
                    else
                    {
                        values[index] = n;
                    }
                    break;
                case JsonValueKind.String:
                    values[index] = ParseNilai(property.Value.GetString(), out var galat);
                    if (galat is not null)
                    {
                        row.Galat.Add((name, galat));
                    }
                    break;
                default:
                    row.Galat.Add((name, $"\"{Infrastructure.Format.Potong(property.Value.GetRawText())}\" bukan bilangan bulat"));
                    break;
            }
        }
        return row;
    }
}
