using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Audit;

/// <summary>The result of checking the chain: intact, or the first entry where it breaks and why.</summary>
public sealed record HasilVerifikasi(bool Utuh, long JumlahEntri, long? Urutan, string? Alasan);

public static class AuditVerifikasi
{
    /// <summary>
    /// Walks the trail in order: the numbers must run 1, 2, 3 … (a gap = removed entries), each entry must name the
    /// previous entry's hash (else removed or reordered), and its own hash must match its content (else altered).
    /// </summary>
    public static async Task<HasilVerifikasi> VerifyAsync(TolokDb db, CancellationToken ct)
    {
        long expected = 1, count = 0;
        var previous = "";
        await foreach (var j in db.JejakAudit.AsNoTracking().OrderBy(j => j.Urutan).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (j.Urutan != expected)
            {
                return new HasilVerifikasi(false, count, expected, j.Urutan > expected
                    ? $"entri {expected}–{j.Urutan - 1} hilang (dihapus)"
                    : $"nomor urut {j.Urutan} tidak pada tempatnya");
            }
            if (j.HashSebelumnya != previous)
            {
                return new HasilVerifikasi(false, count, j.Urutan, "rantai putus: hash entri sebelumnya tidak cocok (entri dihapus, disisipkan atau diubah urutannya)");
            }
            if (j.HitungHash() != j.Hash)
            {
                return new HasilVerifikasi(false, count, j.Urutan, "isi entri telah diubah (hash tidak cocok dengan isinya)");
            }
            previous = j.Hash;
            expected++;
        }
        return new HasilVerifikasi(true, count, null, null);
    }
}
