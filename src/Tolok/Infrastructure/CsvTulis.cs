using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Tolok.Infrastructure;

/// <summary>One value of a CSV row: text (neutralised and quoted as needed) or a machine-readable number.</summary>
public readonly record struct CsvSel(string? Nilai, bool Angka)
{
    public static implicit operator CsvSel(string? teks) => new(teks, false);

    public static CsvSel Dari(decimal? d) => new(d?.ToString(CultureInfo.InvariantCulture), true);

    public static CsvSel Dari(long? n) => new(n?.ToString(CultureInfo.InvariantCulture), true);

    public static CsvSel Dari(bool b) => new(b ? "true" : "false", true);
}

/// <summary>
/// The one CSV writer (Sep's): a header row, then rows of the same columns. Every text field is quoted (its quotes
/// doubled), whatever it holds, so that no separator, quote or line break in it can shift a column, and it is
/// neutralised against spreadsheet formulas: a text that
/// begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so that a name such as "=HYPERLINK(…)"
/// is shown, not run, when the file is opened in a spreadsheet. Numbers are written plainly (invariant, point decimal).
/// Rows are written to a buffer that is flushed to the stream asynchronously, as ASP.NET Core requires.
/// </summary>
public sealed class CsvTulis : IAsyncDisposable
{
    private readonly Stream _output;
    private readonly StringWriter _buffer = new(CultureInfo.InvariantCulture);
    private readonly SepWriter _writer;
    private readonly string[] _kepala;
    private readonly Encoding _utf8 = new UTF8Encoding(false);
    private int _baris;

    private CsvTulis(Stream output, IReadOnlyList<string> kepala, bool bom)
    {
        _output = output;
        _kepala = [.. kepala];
        // Quoting is done here (every text field), not by Sep (only where needed).
        _writer = Sep.New(',').Writer(o => o with { Escape = false, CultureInfo = CultureInfo.InvariantCulture }).To(_buffer);
        if (bom)
        {
            _buffer.Write('\uFEFF');
        }
    }

    /// <param name="bom">A UTF-8 byte order mark first, so that spreadsheet programs read the file as UTF-8.</param>
    public static CsvTulis Ke(Stream output, IReadOnlyList<string> kepala, bool bom = true) => new(output, kepala, bom);

    /// <summary>A whole small table as bytes (open data, page tables).</summary>
    public static async Task<byte[]> BytesAsync(IReadOnlyList<string> kepala, IEnumerable<IReadOnlyList<CsvSel>> rows, bool bom = true)
    {
        using var memory = new MemoryStream();
        await using (var csv = Ke(memory, kepala, bom))
        {
            foreach (var row in rows)
            {
                await csv.BarisAsync(row);
            }
        }
        return memory.ToArray();
    }

    public async ValueTask BarisAsync(IReadOnlyList<CsvSel> sel, CancellationToken ct = default)
    {
        if (sel.Count != _kepala.Length)
        {
            throw new ArgumentException($"Baris CSV berisi {sel.Count} kolom, kepala {_kepala.Length}.", nameof(sel));
        }
        ct.ThrowIfCancellationRequested();
        // The row goes into memory (the buffer), synchronously; the flush to the stream below is what takes the token.
#pragma warning disable CA2016
        using (var row = _writer.NewRow())
#pragma warning restore CA2016
        {
            for (var i = 0; i < _kepala.Length; i++)
            {
                row[_kepala[i]].Set(sel[i].Angka ? sel[i].Nilai ?? "" : Kutip(Netral(sel[i].Nilai)));
            }
        }
        if (++_baris % 2048 == 0)
        {
            await FlushAsync(ct);
        }
    }

    /// <summary>A text as a spreadsheet should show it, never as a formula.</summary>
    public static string Netral(string? teks) =>
        string.IsNullOrEmpty(teks) ? "" : teks[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + teks : teks;

    /// <summary>A text field in quotes, its quotes doubled (RFC 4180).</summary>
    public static string Kutip(string teks) => "\"" + teks.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task FlushAsync(CancellationToken ct)
    {
        _writer.Flush();
        var text = _buffer.GetStringBuilder();
        if (text.Length > 0)
        {
            await _output.WriteAsync(_utf8.GetBytes(text.ToString()), ct);
            text.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_baris == 0)
        {
            // Sep writes the header with the first row; a table without rows still has its header.
            _buffer.Write(string.Join(',', _kepala.Select(k => k)) + Environment.NewLine);
        }
        await FlushAsync(default);
        _writer.Dispose();
        await _buffer.DisposeAsync();
    }
}
