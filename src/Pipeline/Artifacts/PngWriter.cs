using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Easel.Pipeline.Artifacts;

/// <summary>
/// Writes the artifacts' PNGs: 8-bit RGBA (RGB when every pixel is opaque) or grey, each row filtered with Sub or Up
/// (whichever leaves smaller residuals) and compressed by the runtime's zlib at its fastest level. Every stage writes
/// its pictures on every generation, and ImageSharp 2's managed deflater cost as much as a whole stage (sketch) at
/// 1024²; the native zlib is several times faster for files of about the same size. The output is a plain PNG any
/// reader opens, identical for identical pixels. Pixel types other than Rgba32 and L8 go through ImageSharp.
/// </summary>
public static class PngWriter
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly PngEncoder Fallback = new() { CompressionLevel = PngCompressionLevel.BestSpeed };

    private const byte FilterSub = 1;
    private const byte FilterUp = 2;
    private const byte ColorGrey = 0;
    private const byte ColorRgb = 2;
    private const byte ColorRgba = 6;

    public static void Write<TPixel>(Image<TPixel> image, Stream output) where TPixel : unmanaged, IPixel<TPixel>
    {
        switch (image)
        {
            case Image<Rgba32> rgba: WriteRgba(rgba, output); break;
            case Image<L8> grey: WriteGrey(grey, output); break;
            default: image.SaveAsPng(output, Fallback); break;
        }
    }

    private static void WriteRgba(Image<Rgba32> image, Stream output)
    {
        var opaque = true;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && opaque; y++) opaque = Opaque(MemoryMarshal.Cast<Rgba32, uint>(rows.GetRowSpan(y)));
        });
        var channels = opaque ? 3 : 4;
        WriteImage(output, image.Width, image.Height, opaque ? ColorRgb : ColorRgba, channels, (rows, emit) => image.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < accessor.Height; y++)
            {
                var source = accessor.GetRowSpan(y);
                var row = rows.Next();
                if (opaque) PixelOperations<Rgba32>.Instance.ToRgb24(Configuration.Default, source, MemoryMarshal.Cast<byte, Rgb24>(row));
                else MemoryMarshal.AsBytes(source).CopyTo(row);
                emit();
            }
        }));
    }

    private static void WriteGrey(Image<L8> image, Stream output) =>
        WriteImage(output, image.Width, image.Height, ColorGrey, 1, (rows, emit) => image.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < accessor.Height; y++)
            {
                MemoryMarshal.AsBytes(accessor.GetRowSpan(y)).CopyTo(rows.Next());
                emit();
            }
        }));

    /// <summary>Two row buffers (this row and the one above, for the Up filter) that swap on every row.</summary>
    private sealed class RowPair(int length)
    {
        private byte[] _current = new byte[length];
        public byte[] Previous { get; private set; } = new byte[length]; // zeros above the first row, as the format says

        public byte[] Current => _current;

        public Span<byte> Next()
        {
            (_current, Previous) = (Previous, _current);
            return _current;
        }
    }

    private static void WriteImage(Stream output, int width, int height, byte colorType, int channels, Action<RowPair, Action> produceRows)
    {
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bit depth
        header[9] = colorType;
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
        WriteChunk(output, "IHDR", header);

        var stride = width * channels;
        var compressed = new MemoryStream(stride * height / 3 + 1024);
        var filtered = ArrayPool<byte>.Shared.Rent(stride + 1);
        var sub = ArrayPool<byte>.Shared.Rent(stride);
        try
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                var rows = new RowPair(stride);
                produceRows(rows, () =>
                {
                    var row = rows.Current.AsSpan(0, stride);
                    var up = filtered.AsSpan(1, stride);
                    Subtract(row, rows.Previous, up);
                    Subtract(row[channels..], row, sub.AsSpan(channels, stride - channels));
                    row[..channels].CopyTo(sub);
                    // The usual heuristic: the filter whose residuals, read as signed bytes, sum smallest.
                    if (AbsoluteSum(sub.AsSpan(0, stride)) < AbsoluteSum(up))
                    {
                        filtered[0] = FilterSub;
                        sub.AsSpan(0, stride).CopyTo(up);
                    }
                    else filtered[0] = FilterUp;
                    zlib.Write(filtered, 0, stride + 1);
                });
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(filtered);
            ArrayPool<byte>.Shared.Return(sub);
        }
        WriteChunk(output, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND", []);
    }

    /// <summary>destination = a - b, byte-wise modulo 256 (the PNG filters' arithmetic), over a's length.</summary>
    private static void Subtract(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> destination)
    {
        var i = 0;
        for (; i <= a.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            (new Vector<byte>(a[i..]) - new Vector<byte>(b[i..])).CopyTo(destination[i..]);
        for (; i < a.Length; i++) destination[i] = (byte)(a[i] - b[i]);
    }

    /// <summary>Whether every pixel's alpha (the top byte of a little-endian RGBA word) is 255.</summary>
    private static bool Opaque(ReadOnlySpan<uint> pixels)
    {
        var alpha = new Vector<uint>(0xFF000000u);
        var i = 0;
        for (; i <= pixels.Length - Vector<uint>.Count; i += Vector<uint>.Count)
            if (!Vector.EqualsAll(new Vector<uint>(pixels[i..]) & alpha, alpha)) return false;
        for (; i < pixels.Length; i++)
            if ((pixels[i] & 0xFF000000u) != 0xFF000000u) return false;
        return true;
    }

    /// <summary>The sum of the residuals read as signed bytes, in absolute value (a vector of bytes at a time).</summary>
    private static long AbsoluteSum(ReadOnlySpan<byte> residuals)
    {
        long sum = 0;
        var i = 0;
        var signed = MemoryMarshal.Cast<byte, sbyte>(residuals);
        while (i <= signed.Length - Vector<sbyte>.Count)
        {
            // Each 16-bit lane gains at most 128 per step: 256 steps fit before it could overflow.
            var lanes = Vector<ushort>.Zero;
            for (var step = 0; step < 256 && i <= signed.Length - Vector<sbyte>.Count; step++, i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(signed[i..]), out var low, out var high);
                lanes += Vector.AsVectorUInt16(Vector.Abs(low)) + Vector.AsVectorUInt16(Vector.Abs(high));
            }
            Vector.Widen(lanes, out var a, out var b);
            sum += Vector.Sum(a) + Vector.Sum(b);
        }
        for (; i < signed.Length; i++)
        {
            int v = signed[i];
            sum += v < 0 ? -v : v;
        }
        return sum;
    }

    /// <summary>One chunk: length, type, data, CRC-32 of type and data.</summary>
    public static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        Span<byte> typeBytes = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, typeBytes);
        output.Write(typeBytes);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc.GetCurrentHashAsUInt32());
        output.Write(word);
    }
}
