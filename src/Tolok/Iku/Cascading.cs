using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Iku;

/// <summary>Where a new IKU set comes from: <c>induk</c>, <c>saudara</c> (with <see cref="Satker"/>) or <c>tahun-lalu</c>.</summary>
public sealed record TemplatIkuDto(string? Sumber, string? Satker);

public sealed record IkuRingkasDto(string Satker, string NamaSatker, string Kode, string Uraian);

/// <summary>One IKU in the tree: the parent IKU it supports and the children's IKU that support it.</summary>
public sealed record SimpulPohonDto(string Kode, string Uraian, IkuRingkasDto? Induk, IReadOnlyList<IkuRingkasDto> Anak);

public sealed record PohonDto(SatkerRingkas Satker, int Tahun, SatkerRingkas? Induk, IReadOnlyList<SimpulPohonDto> Indikator, int JumlahAnak, int AnakBerIku);

/// <summary>
/// Cascading (pohon kinerja, issue 17, point 2): a year's IKU set made from a template — the parent's set, a
/// sibling's, or the satker's own previous year — with each IKU linked to the parent IKU it supports. The new set
/// is a copy saved as the satker's own revision: changing the template later never changes it.
/// </summary>
public static class Cascading
{
    public const string Induk = "induk", Saudara = "saudara", TahunLalu = "tahun-lalu";

    public static async Task<IkuDto> DariTemplatAsync(TolokDb db, string kode, int tahun, TemplatIkuDto templat, string? oleh, TimeProvider time, CancellationToken ct)
    {
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Kode == kode, ct)
            ?? throw new IkuException($"Satker dengan kode \"{Format.Potong(kode)}\" tidak ditemukan.");
        if (await IkuStore.LoadAsync(db, kode, tahun, null, ct) is not null)
        {
            throw new IkuException($"{satker.Nama} sudah memiliki IKU tahun {tahun}; ubah IKU itu (revisi baru), bukan membuatnya lagi dari templat.");
        }
        var induk = satker.IndukId is { } id ? await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        var (sumberKode, sumberTahun) = templat.Sumber switch
        {
            Induk => (induk?.Kode ?? throw new IkuException($"{satker.Nama} tidak memiliki satker induk."), tahun),
            Saudara when await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Kode == templat.Satker, ct) is { } saudara =>
                saudara.IndukId == satker.IndukId && saudara.Id != satker.Id
                    ? (saudara.Kode, tahun)
                    : throw new IkuException($"{saudara.Nama} bukan satker saudara {satker.Nama} (induknya berbeda)."),
            Saudara => throw new IkuException($"Satker saudara \"{Format.Potong(templat.Satker ?? "")}\" tidak ditemukan."),
            TahunLalu => (kode, tahun - 1),
            _ => throw new IkuException($"Sumber templat \"{Format.Potong(templat.Sumber ?? "")}\" tidak dikenal; pilih induk, saudara atau tahun-lalu."),
        };
        var sumber = await IkuStore.LoadAsync(db, sumberKode, sumberTahun, null, ct)
            ?? throw new IkuException($"Templat tidak ada: satker {sumberKode} belum memiliki IKU tahun {sumberTahun}.");
        // Links: to the parent's IKU of the same code when copying the parent; kept from a sibling or the previous
        // year only where the parent's set of this year has that code.
        var parentCodes = induk is null ? [] : (await IkuStore.LoadAsync(db, induk.Kode, tahun, null, ct))?.SemuaIndikator.Select(i => i.Kode).ToHashSet(StringComparer.Ordinal) ?? [];
        string? Link(IndikatorDto x) => templat.Sumber == Induk ? x.Kode : x.KodeInduk is { } k && parentCodes.Contains(k) ? k : null;
        var sasaran = sumber.Sasaran.Select(s => new SasaranBaru(s.Uraian,
            [.. s.Indikator.Select(x => new IndikatorBaru(x.Uraian, x.CaraPengukuran, x.SumberData, x.Satuan, x.Polaritas) { KodeInduk = Link(x) })])).ToList();
        await IkuStore.SaveRevisionAsync(db, kode, tahun, new PenetapanDto(null, null, null, null), sasaran,
            $"Dibuat dari templat: IKU {sumber.Satker.Nama} tahun {sumber.Tahun} revisi {sumber.Revisi}", oleh, time, ct);
        return (await IkuStore.LoadAsync(db, kode, tahun, null, ct))!;
    }

    public static async Task<PohonDto?> PohonAsync(TolokDb db, string kode, int tahun, CancellationToken ct)
    {
        var satker = await db.Satker.AsNoTracking().Include(s => s.Induk).FirstOrDefaultAsync(s => s.Kode == kode, ct);
        if (satker is null || await IkuStore.LoadAsync(db, kode, tahun, null, ct) is not { } iku)
        {
            return null;
        }
        var parent = satker.Induk is { } p ? await IkuStore.LoadAsync(db, p.Kode, tahun, null, ct) : null;
        var children = await db.Satker.AsNoTracking().Where(s => s.IndukId == satker.Id).OrderBy(s => s.Kode).ToListAsync(ct);
        var childIds = children.Select(c => c.Id).ToList();
        var withIku = await db.IkuSet.AsNoTracking().Where(s => s.Tahun == tahun && childIds.Contains(s.SatkerId)).Select(s => s.SatkerId).Distinct().ToListAsync(ct);
        var childSets = new List<IkuDto>();
        foreach (var c in children.Where(c => withIku.Contains(c.Id)))
        {
            childSets.Add((await IkuStore.LoadAsync(db, c.Kode, tahun, null, ct))!);
        }
        var nodes = iku.SemuaIndikator.Select(x => new SimpulPohonDto(x.Kode, x.Uraian,
            x.KodeInduk is { } k && parent?.SemuaIndikator.FirstOrDefault(i => i.Kode == k) is { } pi ? new IkuRingkasDto(parent.Satker.Kode, parent.Satker.Nama, pi.Kode, pi.Uraian) : null,
            [.. childSets.SelectMany(c => c.SemuaIndikator.Where(i => i.KodeInduk == x.Kode).Select(i => new IkuRingkasDto(c.Satker.Kode, c.Satker.Nama, i.Kode, i.Uraian)))])).ToList();
        return new PohonDto(new SatkerRingkas(satker.Kode, satker.Nama), tahun, satker.Induk is { } ip ? new SatkerRingkas(ip.Kode, ip.Nama) : null, nodes, children.Count, childSets.Count);
    }

    internal static async Task<Results<Created<IkuDto>, ValidationProblem, ProblemHttpResult>> PostTemplat(
        string kode, int tahun, TemplatIkuDto templat, TolokDb db, TimeProvider time, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        if (tahun is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tahun"] = [$"Tahun {tahun} di luar rentang 2000–2100."] }, title: "Permintaan tidak valid");
        }
        if (!await db.Satker.AnyAsync(s => s.Kode == kode, ct))
        {
            return await IkuApi.NotFound(db, kode, tahun, null, ct);
        }
        try
        {
            var iku = await DariTemplatAsync(db, kode, tahun, templat, user.Identity?.Name, time, ct);
            return TypedResults.Created($"/api/v1/satker/{kode}/iku/{tahun}", iku);
        }
        catch (IkuException e) when (e.Message.Contains("sudah memiliki IKU", StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "IKU sudah ada", detail: e.Message);
        }
        catch (IkuException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sumber"] = [e.Message] }, title: "Templat tidak dapat dipakai");
        }
    }

    internal static async Task<Results<Ok<PohonDto>, ProblemHttpResult>> GetPohon(string kode, int tahun, TolokDb db, CancellationToken ct) =>
        await PohonAsync(db, kode, tahun, ct) is { } pohon ? TypedResults.Ok(pohon) : await IkuApi.NotFound(db, kode, tahun, null, ct);
}
