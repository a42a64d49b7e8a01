using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Caravan.Tests.Ingestion.Feeds;

/// <summary>An HTTP server on 127.0.0.1 (free port) serving what the test's handler answers; logs every request.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, HttpListenerResponse, string?> _handler;
    private readonly Task _loop;

    public LocalHttpServer(Func<HttpListenerRequest, HttpListenerResponse, string?> handler)
    {
        _handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri BaseUrl { get; }

    /// <summary>"GET /path If-None-Match-value" per request, in arrival order.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? UserAgent, DateTime At)> Requests { get; } = new();

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var request = context.Request;
            Requests.Enqueue((request.Url!.AbsolutePath, request.Headers["If-None-Match"], request.UserAgent, DateTime.UtcNow));
            var response = context.Response;
            var body = _handler(request, response);
            if (body is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }

            response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
