namespace Caravan.Cli.Rendering;

/// <summary>The report's own stylesheet (inline; no external assets).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root{--ink:#1d2733;--muted:#5b6776;--line:#d9dee5;--accent:#0b5cad;--bg:#f7f8fa}
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#102a43;color:#fff;padding:1.5rem 2rem}header h1{margin:0 0 .25rem}header p{margin:0;color:#d9e2ec}
        nav{margin-top:.75rem}nav a{color:#fff;margin-right:1rem;text-decoration:underline}
        main{max-width:72rem;margin:0 auto;padding:1rem 2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.25rem}
        .story{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
        .story h3{margin:.1rem 0}.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0}.summary{margin:.5rem 0}
        .lang{display:inline-block;background:#e3ecf7;color:#0b3d6e;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600}
        .docs{margin:.25rem 0;padding-left:1.2rem}.docs code{color:var(--muted);font-size:.8rem}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f5}.quote{background:#fff;border-left:4px solid var(--accent);margin:.75rem 0;padding:.5rem 1rem}
        blockquote{margin:0;font-style:italic}figcaption{color:var(--muted);font-size:.9rem;margin-top:.25rem}
        svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
        footer{color:var(--muted);text-align:center;padding:2rem}
        """;
}
