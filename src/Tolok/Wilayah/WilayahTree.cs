using nietras.SeparatedValues;

namespace Tolok.Wilayah;

/// <summary>
/// The national Kemendagri region tree (38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 desa/kelurahan),
/// read once from <c>Data/wilayah-kemendagri-2025.csv</c> and kept in memory: it is reference data that never
/// changes while the app runs, and every import and roll-up needs it.
/// </summary>
public sealed class WilayahTree
{
    private readonly Dictionary<long, string> _nama;
    private readonly Dictionary<long, List<long>> _anak;

    private WilayahTree(Dictionary<long, string> nama, Dictionary<long, List<long>> anak)
    {
        _nama = nama;
        _anak = anak;
    }

    private static readonly Lazy<WilayahTree> Shared = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Data", "wilayah-kemendagri-2025.csv")));

    /// <summary>The tree of the bundled reference file.</summary>
    public static WilayahTree Nasional => Shared.Value;

    public int Count => _nama.Count;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, int> _jumlahDesa = new();

    /// <summary>How many desa/kelurahan lie in <paramref name="kode"/> (1 for a desa, 0 for a TPS or an unknown code).</summary>
    public int JumlahDesa(long kode)
    {
        var tingkat = KodeWilayah.TingkatOf(kode);
        if (tingkat == Tingkat.Desa)
        {
            return IsKnown(kode) ? 1 : 0;
        }
        if (tingkat > Tingkat.Desa)
        {
            return 0;
        }
        if (_jumlahDesa.TryGetValue(kode, out var n))
        {
            return n;
        }
        n = Anak(kode).Sum(JumlahDesa);
        _jumlahDesa[kode] = n;
        return n;
    }

    public static WilayahTree Load(string path)
    {
        var nama = new Dictionary<long, string>(100_000) { [0] = "Indonesia" };
        var anak = new Dictionary<long, List<long>>(10_000);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var text = row["kode"].Span;
            if (!KodeWilayah.TryParse(text, out var kode) || kode == 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} baris {row.LineNumberFrom}: kode wilayah \"{text}\" tidak sah.");
            }
            nama[kode] = row["nama"].ToString();
        }
        foreach (var kode in nama.Keys)
        {
            if (kode == 0)
            {
                continue;
            }
            var induk = KodeWilayah.Induk(kode);
            if (!anak.TryGetValue(induk, out var list))
            {
                anak[induk] = list = [];
            }
            list.Add(kode);
        }
        foreach (var list in anak.Values)
        {
            list.Sort();
        }
        return new WilayahTree(nama, anak);
    }

    public bool Contains(long kode) => _nama.ContainsKey(kode);

    public string? Nama(long kode) => _nama.GetValueOrDefault(kode);

    public IReadOnlyList<long> Anak(long kode) => _anak.TryGetValue(kode, out var list) ? list : [];

    /// <summary>
    /// A TPS is known through its desa: any 3-digit number below an existing desa is a valid TPS code.
    /// A region code must exist in the tree.
    /// </summary>
    public bool IsKnown(long kode) =>
        KodeWilayah.TingkatOf(kode) == Tingkat.Tps ? _nama.ContainsKey(KodeWilayah.Induk(kode)) && kode % 1000 != 0 : _nama.ContainsKey(kode);
}
