using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Easel.TestHelpers;

/// <summary>
/// A real webhook receiver on loopback for tests: records every delivery, answers 500 to the first
/// <c>failFirst</c> ones (to exercise retries) and 204 after, and checks signatures the way a Standard Webhooks
/// receiver does — its own HMAC code, not the product's.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;
    private int failuresLeft;

    public sealed record Delivery(string Id, string Timestamp, string Signature, string Body, int Answered);

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public string Url { get; }

    public WebhookReceiver(int failFirst = 0)
    {
        failuresLeft = failFirst;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hook/";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    /// <summary>True when <paramref name="delivery"/> is signed with <paramref name="secret"/> (whsec_base64) over id.timestamp.body.</summary>
    public static bool Verifies(Delivery delivery, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{delivery.Id}.{delivery.Timestamp}.{delivery.Body}")));
        return delivery.Signature.Split(' ').Any(s => s == "v1," + expected);
    }

    /// <summary>Waits until <paramref name="done"/> holds for the deliveries so far.</summary>
    public async Task WaitAsync(Func<IReadOnlyList<Delivery>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done([.. Deliveries]))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"webhook deliveries so far: {Deliveries.Count}");
            await Task.Delay(100);
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = Interlocked.Decrement(ref failuresLeft) >= 0 ? 500 : 204;
            Deliveries.Enqueue(new Delivery(context.Request.Headers["webhook-id"] ?? "", context.Request.Headers["webhook-timestamp"] ?? "",
                context.Request.Headers["webhook-signature"] ?? "", body, status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
