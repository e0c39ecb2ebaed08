using System.Globalization;
using System.Text;
using Tolok.Partisipasi;
using Tolok.Partisipasi.Impor;
using Tolok.Wilayah;

// Generates national participation data for the benchmarks: the real Kemendagri tree, 820.161 TPS spread over the
// 83.762 desa, realistic counts, fixed seed. Usage: tolok-bench generate OUT.csv [--provinsi 51] [--tps 820161]
if (args.Length == 2 && args[0] == "parse")
{
    // Time of reading alone (no checks, no database): tolok-bench parse FILE
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var count = 0;
    long sum = 0;
    foreach (var row in TpsSumber.Read(args[1]))
    {
        count++;
        sum += row.Nilai[0];
    }
    Console.WriteLine($"{count} baris dibaca dalam {clock.ElapsedMilliseconds} ms ({sum})");
    return 0;
}
if (args.Length >= 2 && args[0] == "baca")
{
    // Time of the importer's whole reading (parse, check, validate, pack, roll-up; no database), as the CLI does it:
    // tolok-bench baca FILE [ULANG]
    var rules = AturanSeed.Bawaan().Where(a => a.Aktif).Select(AturanTerkompilasi.Compile).ToList();
    for (var i = 0; i < (args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1); i++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bacaan = TpsImporter.BacaBerkas(args[1], null, WilayahTree.Nasional, 0, rules, CancellationToken.None);
        Console.WriteLine($"{bacaan.Codes.Count} baris, {bacaan.BlokBaru.Count} blok, {bacaan.Errors.Count} galat dalam {clock.ElapsedMilliseconds} ms; GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, dialokasikan {GC.GetTotalAllocatedBytes() >> 20} MB");
    }
    return 0;
}
if (args.Length == 2 && args[0] == "steps")
{
    // Cost of each per-row step of the importer, on rows read beforehand: tolok-bench steps FILE
    var rows = TpsSumber.Read(args[1]).ToList();
    var rules = AturanSeed.Bawaan().Select(AturanTerkompilasi.Compile).ToArray();
    var broken = new List<string>();
    var statuses = new StatusTps[rows.Count];
    void Time(string name, Action<int> step)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < rows.Count; i++)
        {
            step(i);
        }
        Console.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms");
    }
    var regions = WilayahTree.Nasional;
    var index = new Dictionary<long, int>();
    Time("kode dikenal + ganda", i => { var k = rows[i].KodeAngka!.Value; _ = regions.IsKnown(k) && KodeWilayah.DiDalam(k, 0) && index.TryAdd(k, i); });
    Time("validasi", i => { broken.Clear(); statuses[i] = Validasi.Evaluate(rows[i].Nilai, rules, broken); });
    var delta = new Dictionary<long, long[]>();
    Time("rekap", i =>
    {
        var blok = BlokCodec.BlokOf(rows[i].KodeAngka!.Value);
        if (!delta.TryGetValue(blok, out var d))
        {
            delta[blok] = d = new long[RekapMath.Length * 2];
        }
        RekapMath.Add(rows[i].Nilai, statuses[i], 1, d);
    });
    Time("kemas", i => BlokCodec.EncodeEntri(BlokCodec.BlokOf(rows[i].KodeAngka!.Value), rows[i].KodeAngka!.Value, rows[i].Nilai, statuses[i], null));
    return 0;
}
if (args.Length < 2 || args[0] != "generate")
{
    Console.Error.WriteLine("pemakaian: tolok-bench generate OUT.csv [--provinsi KODE] [--tps JUMLAH]");
    return 1;
}
var output = args[1];
long? provinsi = null;
var total = 820_161;
for (var i = 2; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--provinsi" && KodeWilayah.TryParse(args[i + 1], out var p))
    {
        provinsi = p;
    }
    else if (args[i] == "--tps")
    {
        total = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
}

// The generator is the national demo's (tolok demo --nasional): same tree, same seed, same file as before.
using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 20);
writer.Write("kode");
foreach (var c in Kolom.Semua)
{
    writer.Write(',');
    writer.Write(c);
}
writer.Write('\n');
var line = new StringBuilder(300);
var written = 0;
foreach (var (kode, v) in DataContohNasional.Tps(provinsi, total))
{
    line.Clear();
    line.Append(kode.ToString(CultureInfo.InvariantCulture));
    foreach (var x in v)
    {
        line.Append(',').Append(x.ToString(CultureInfo.InvariantCulture));
    }
    line.Append('\n');
    writer.Write(line);
    written++;
}
Console.Error.WriteLine($"{output}: {written:N0} TPS");
return 0;
