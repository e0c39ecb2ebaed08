using System.Collections.Concurrent;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// Blocks handed out by a reading as soon as each is complete, so that the importer can store them while the rest of
/// the file is still being read (decision 64). What was handed out is final unless <see cref="Berubah"/> says that
/// something changed afterwards (a block met again later in an unsorted file, a reading begun again by another
/// reader); the importer then stores everything again from the finished reading.
/// </summary>
public sealed class AliranBlok
{
    private readonly BlockingCollection<TpsBulk.BlokSimpan> _queue = [];
    private volatile bool _berubah;
    private volatile bool _tanpaRekapBaru;

    /// <summary>How many blocks were handed out.</summary>
    public int Dikirim { get; private set; }

    public bool Berubah => _berubah;

    internal void Kirim(TpsBulk.BlokSimpan block)
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.Add(block);
            Dikirim++;
        }
    }

    internal void Ubah() => _berubah = true;

    /// <summary>
    /// The ballot already holds data: the roll-up rows as stored when nothing is (<see cref="BacaanTps.RekapBaru"/>)
    /// would not be used, and are not made if the reading has not ended yet (a corrected national file: ≈ 91.000 rows
    /// held at the reading's peak for nothing).
    /// </summary>
    public void LewatiRekapBaru() => _tanpaRekapBaru = true;

    internal bool TanpaRekapBaru => _tanpaRekapBaru;

    /// <summary>The reading has ended (done or failed): no more blocks.</summary>
    internal void Selesai()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> blocks handed out since the last call, waiting for the first <paramref name="min"/>
    /// as long as the reading goes on; an empty list once the reading has ended and every block was taken.
    /// </summary>
    public List<TpsBulk.BlokSimpan> Ambil(int max, CancellationToken ct, int min = 1)
    {
        var batch = new List<TpsBulk.BlokSimpan>();
        while (batch.Count < min && _queue.TryTake(out var first, Timeout.Infinite, ct))
        {
            batch.Add(first);
        }
        while (batch.Count < max && _queue.TryTake(out var next))
        {
            batch.Add(next);
        }
        return batch;
    }
}
