using System.Collections.Concurrent;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// Reads a sequence on a thread of its own, a batch at a time, while the caller works on the batches already read;
/// each batch can be prepared (<c>prepare</c>, a thread-safe function of a batch) on the thread pool in the meantime.
/// Parsing, preparing and the caller's own work thus share every core. Order is kept; an exception of the reader or
/// of a preparation reaches the caller.
/// </summary>
public static class Prefetch
{
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, Action<T[]>? prepare = null, int batchSize = 8192, int batches = 4, CancellationToken ct = default)
    {
        using var queue = new BlockingCollection<Task<T[]>>(batches);
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task<T[]> Prepared(T[] batch) => prepare is null ? Task.FromResult(batch) : Task.Run(() =>
        {
            prepare(batch);
            return batch;
        }, stop.Token);
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<T>(batchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == batchSize)
                    {
                        queue.Add(Prepared([.. batch]), stop.Token);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                {
                    queue.Add(Prepared([.. batch]), stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The caller stopped reading.
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var task in queue.GetConsumingEnumerable(ct))
            {
                foreach (var item in task.GetAwaiter().GetResult())
                {
                    yield return item;
                }
            }
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
