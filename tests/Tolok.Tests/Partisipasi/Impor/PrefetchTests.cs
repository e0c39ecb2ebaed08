using Tolok.Partisipasi.Impor;

namespace Tolok.Tests.Partisipasi.Impor;

public class PrefetchTests
{
    [Fact]
    public void Items_come_in_order_across_batches()
    {
        Assert.Equal(Enumerable.Range(0, 100_003), Prefetch.Ahead(Enumerable.Range(0, 100_003), batchSize: 1000, batches: 2));
    }

    private static IEnumerable<int> FailsAt(int n)
    {
        for (var i = 0; ; i++)
        {
            if (i == n)
            {
                throw new InvalidDataException($"baris {i} rusak");
            }
            yield return i;
        }
    }

    [Fact]
    public void A_reader_failure_reaches_the_caller_after_the_items_before_it()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var i in Prefetch.Ahead(FailsAt(25_000), batchSize: 1000))
            {
                seen.Add(i);
            }
        });
        Assert.Equal("baris 25000 rusak", e.Message);
        Assert.Equal(25_000, seen.Count);
    }

    [Fact]
    public void Stopping_early_stops_the_reader()
    {
        var read = 0;
        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        Assert.Equal(10, Prefetch.Ahead(Endless(), batchSize: 100, batches: 2).Take(10).Count());
        Assert.True(Volatile.Read(ref read) < 10_000, "the reader kept reading after the caller stopped");
    }
}
