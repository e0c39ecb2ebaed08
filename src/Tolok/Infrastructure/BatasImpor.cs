using Microsoft.Extensions.Options;

namespace Tolok.Infrastructure;

/// <summary>
/// Limits of imports (configuration section <c>Impor</c>, decision 91): rows of one register or target workbook, and
/// how many imports the server runs at once. The TPS import's limits are fixed where it reads (a national file must
/// always pass): <see cref="BarisMaksimumTps"/> rows, <see cref="JsonTpsMaksKB"/> per Sirekap file.
/// </summary>
public sealed class BatasImpor
{
    /// <summary>Data rows of one register or target XLSX (<c>Impor:BarisMaksimumRegister</c>).</summary>
    public int BarisMaksimumRegister { get; set; } = 5_000;

    /// <summary>Imports (register, target, TPS) running at once on one server (<c>Impor:Bersamaan</c>).</summary>
    public int Bersamaan { get; set; } = 2;

    /// <summary>Rows of one TPS file: more than the 820.161 TPS of a national file, less than what exhausts memory.</summary>
    public const int BarisMaksimumTps = 2_000_000;

    /// <summary>One per-TPS Sirekap JSON file (a real one is 2–5 KB).</summary>
    public const int JsonTpsMaksKB = 256;

    /// <summary>A JSON array file is parsed whole: larger ones must come as JSON lines or CSV.</summary>
    public const long JsonArrayMaksMB = 64;
}

/// <summary>The server-wide limit on imports running at once (<see cref="BatasImpor.Bersamaan"/>): one more waits briefly, then gets 429.</summary>
public sealed class GerbangImpor(IOptions<BatasImpor> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.Bersamaan));
    private readonly int _bersamaan = Math.Max(1, options.Value.Bersamaan);

    public async Task<IDisposable> MasukAsync(CancellationToken ct)
    {
        if (!await _slots.WaitAsync(TimeSpan.FromSeconds(2), ct))
        {
            throw Aturan.AturanException.Sibuk($"Sudah ada {_bersamaan} impor yang sedang berjalan di server ini (batas Impor:Bersamaan). Coba lagi sebentar lagi; tidak ada yang disimpan.");
        }
        return new Izin(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Izin(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
