namespace Caravan.Web.Pages;

/// <summary>The site's own stylesheet, served at /style.css (no external assets, no inline styles: CSP).</summary>
internal static class SiteStyle
{
    public const string Css = """
        :root{--ink:#1d2733;--muted:#5b6776;--line:#d9dee5;--accent:#0b5cad;--bg:#f7f8fa}
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#102a43;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.4rem}
        nav a{color:#fff;margin-right:1rem}
        main{max-width:72rem;margin:0 auto;padding:1rem 2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.25rem}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
        .card h3{margin:.1rem 0}.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0}
        .lang{display:inline-block;background:#e3ecf7;color:#0b3d6e;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;margin-right:.25rem}
        .topic{display:inline-block;background:#eef6ea;color:#2d5a1e;border-radius:4px;padding:0 .4rem;font-size:.8rem;margin-right:.25rem}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f5}.quote{background:#fff;border-left:4px solid var(--accent);margin:.75rem 0;padding:.5rem 1rem}
        blockquote{margin:0;font-style:italic}figcaption{color:var(--muted);font-size:.9rem}
        mark{background:#ffe58a}.facets{display:flex;gap:2rem;flex-wrap:wrap}.facets ul{padding-left:1rem;margin:.25rem 0}
        form input[type=search]{width:60%;padding:.4rem}.pager a{margin-right:1rem}
        svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
        footer{color:var(--muted);text-align:center;padding:2rem}
        """;
}
