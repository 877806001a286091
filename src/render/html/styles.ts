// One stylesheet for the self-contained dossier file (inlined) and the web UI (served as a file).
// Presentation only through classes and SVG attributes: no style="" attributes, so a strict CSP holds.
export const dossierCss = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d8dde6;--bg:#fff;--soft:#f4f6fa;--ok:#1f7a3d;--one:#8a6100;--bad:#b3261e;--accent:#2457c5}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main,header.site{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:1px solid var(--line);padding-top:.6rem;padding-bottom:.6rem}
header.site a{color:var(--accent);text-decoration:none;font-weight:600}
header.site form{margin-left:auto;display:flex;gap:.4rem}
input[type=search],input[type=text],input[type=password],input[type=date]{font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:6px;min-width:0}
button{font:inherit;padding:.35rem .8rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:6px}
h1{font-size:1.6rem;margin:.8rem 0}h2{font-size:1.4rem;margin-top:2rem;border-bottom:2px solid var(--line)}h3{font-size:1.15rem;margin-top:1.6rem}h4{font-size:1rem;margin:1rem 0 .3rem}
a{color:var(--accent)}
.facts,.meta,.src,.count,.from,.empty,.more{color:var(--muted)}
.src,.count{font-size:.88em}
.empty{font-style:italic}
.badge{display:inline-block;font-size:.8em;padding:0 .45em;border-radius:1em;border:1px solid currentColor;max-width:100%}
.badge.ok{color:var(--ok)}.badge.one{color:var(--one)}.badge.bad{color:var(--bad)}
.summary{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));background:var(--soft);padding:1rem;border-radius:10px}
.summary h3{grid-column:1/-1;margin:0}
.summary .disputed{grid-column:1/-1}
.conflict{border-left:4px solid var(--bad);padding-left:.8rem;margin:.6rem 0}
.conflict .sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
blockquote{margin:0;padding:.5rem .8rem;background:var(--bg);border:1px solid var(--line);border-radius:8px}
blockquote p{margin:0 0 .3rem}
svg{width:100%;height:auto;max-width:100%;display:block}
.timeline-chart .axis{stroke:var(--muted);stroke-width:2}.timeline-chart .tick{stroke:var(--line)}
.timeline-chart{max-width:50rem}.timeline-chart circle{fill:var(--accent)}.timeline-chart text{font-size:16px;fill:var(--fg)}
.copy-graph{max-width:40rem}
ol.timeline{padding-left:1.2rem}ol.timeline time{font-weight:600;margin-right:.4rem}
.copy-graph rect{fill:var(--soft);stroke:var(--accent)}.copy-graph .original rect{fill:#e5edff}.copy-graph .unknown rect{stroke-dasharray:4 3}
.copy-graph text{font-size:13px;fill:var(--fg)}.copy-graph .edge{fill:none;stroke:var(--muted);stroke-width:1.5}.copy-graph .arrowhead{fill:var(--muted)}
.copy-graph .edge-label{font-size:11px;fill:var(--muted)}
.entity-groups{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}
table{border-collapse:collapse;width:100%}td,th{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
del{background:#fde7e5}ins{background:#e3f4e8;text-decoration:none}
.article{border-top:1px solid var(--line);padding-top:.5rem;margin-top:1.5rem}
.article .text{max-width:46rem;overflow-wrap:anywhere}
mark{background:none;border-radius:3px}
mark.hl-entity{background:#e5edff}mark.hl-quote{background:#fff2c6}mark.hl-date{background:#e3f4e8;box-shadow:inset 0 -2px var(--ok)}
mark.hl-quote.hl-entity{background:#f7e3a1}
.legend{font-size:.8em}
.messages{font-size:.9em;color:var(--muted)}
.sev.warning{color:var(--one)}.sev.error{color:var(--bad)}
table.stories td:nth-child(n+2){white-space:nowrap}
.hits li{margin:.6rem 0}
@media (max-width:40rem){
 body{font-size:15px}
 .conflict .sides{grid-template-columns:1fr}
 header.site form{margin-left:0;width:100%}header.site form input{flex:1}
 table.stories td:nth-child(4),table.stories th:nth-child(4){display:none}
 td,th{padding:.25rem .3rem}
}
`;
