namespace Caravan.Web.Pages;

/// <summary>The site's own stylesheet, served at /style.css (no external assets, no inline styles: CSP).</summary>
internal static class SiteStyle
{
    public const string Css = """
        :root{--ink:#1d2733;--muted:#5b6776;--line:#d9dee5;--accent:#0b5cad;--bg:#f7f8fa}
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#102a43;color:#fff;padding:1rem 2rem}.brand{margin:0 0 .25rem;font-size:1.4rem;font-weight:700}
        nav a{color:#fff;margin-right:1rem}a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:var(--accent);padding:.5rem;z-index:1}
        main{max-width:72rem;margin:0 auto;padding:1rem 2rem}h1{font-size:1.6rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}h2{font-size:1.25rem}h3{font-size:1.05rem}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
        .card h2{margin:.1rem 0;font-size:1.15rem}.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0}
        .lang{display:inline-block;background:#e3ecf7;color:#0b3d6e;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;margin-right:.25rem}
        .topic{display:inline-block;background:#eef6ea;color:#2d5a1e;border-radius:4px;padding:0 .4rem;font-size:.8rem;margin-right:.25rem}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f5}.quote{background:#fff;border-left:4px solid var(--accent);margin:.75rem 0;padding:.5rem 1rem}
        blockquote{margin:0;font-style:italic}figcaption{color:var(--muted);font-size:.9rem}
        mark{background:#ffe58a}.facets{display:flex;gap:2rem;flex-wrap:wrap}.facets ul{padding-left:1rem;margin:.25rem 0}
        form input[type=search]{width:min(40rem,100%);padding:.4rem}.pager a{margin-right:1rem}
        svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
        form p{margin:.5rem 0}label{display:block;font-weight:600}input[type=url],input[type=password]{width:min(32rem,100%);padding:.4rem}
        .ok{color:#1e6b2e;font-weight:600}.failing{color:#a3161b;font-weight:600}.stale{color:#7a5200;font-weight:600}
        .alert{background:#fdecea;border:1px solid #a3161b;color:#7a0d11;border-radius:6px;padding:.5rem 1rem}progress{width:min(32rem,100%)}
        footer{color:var(--muted);text-align:center;padding:2rem}
        """;
}
