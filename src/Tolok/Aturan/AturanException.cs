namespace Tolok.Aturan;

/// <summary>
/// A write refused by one of the rules every write path shares (scope, lock, version, workflow). The API answers it as
/// problem details with <see cref="Status"/>; a page shows the message above its form (FilterAturan);
/// the CLI prints it and exits 1.
/// </summary>
public sealed class AturanException(int status, string judul, string pesan) : Exception(pesan)
{
    public int Status { get; } = status;
    public string Judul { get; } = judul;

    /// <summary>For a stale version: the version stored now and its values as "field: value" lines.</summary>
    public int? VersiSekarang { get; init; }
    public IReadOnlyList<string> NilaiTersimpan { get; init; } = [];

    public static AturanException Lingkup(string pesan) => new(StatusCodes.Status403Forbidden, "Di luar lingkup penugasan", pesan);

    public static AturanException Terkunci(string pesan) => new(StatusCodes.Status409Conflict, "Data terkunci", pesan);

    public static AturanException Bentrok(string pesan) => new(StatusCodes.Status409Conflict, "Tindakan bersamaan", pesan);

    /// <summary>An upload over a limit (size, rows, inflated size): 413, naming the limit. Nothing was stored.</summary>
    public static AturanException TerlaluBesar(string pesan) => new(StatusCodes.Status413PayloadTooLarge, "Berkas terlalu besar", pesan);

    /// <summary>An upload that cannot be read as what it claims to be: 422. Nothing was stored.</summary>
    public static AturanException BerkasRusak(string pesan) => new(StatusCodes.Status422UnprocessableEntity, "Berkas tidak dapat dibaca", pesan);

    /// <summary>Too many imports running on the server at once: 429, to try again shortly.</summary>
    public static AturanException Sibuk(string pesan) => new(StatusCodes.Status429TooManyRequests, "Impor lain sedang berjalan", pesan);

    public AturanException() : this(StatusCodes.Status409Conflict, "Ditolak", "Ditolak.")
    {
    }

    public AturanException(string message) : this(StatusCodes.Status409Conflict, "Ditolak", message)
    {
    }

    public AturanException(string message, Exception inner) : this(StatusCodes.Status409Conflict, "Ditolak", message + " " + inner.Message)
    {
    }
}
