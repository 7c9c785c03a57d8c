// The report page's stylesheet and script: inline, hashed into the CSP, nothing fetched.
#include "render/html_assets.h"

namespace claimdiff {

std::string_view HtmlStyle() {
  // Okabe-Ito colours (safe for colour-blind readers; conflict vermillion and only-in-A purple
  // stay apart under deuteranopia), always paired with a non-colour marker: icons, strike-through
  // for deleted words, underline for inserted words, a hatched cell where a side has no sentence.
  static constexpr std::string_view kStyle = R"css(
:root{--bg:#fff;--fg:#1b1b1b;--muted:#5f5f5f;--line:#d9d9d9;--card:#f7f7f5;
--conflict:#d55e00;--shared:#0072b2;--only-a:#cc79a7;--only-b:#009e73;--moved:#56b4e9;
--del-bg:#fbe3d6;--ins-bg:#d7ecf7;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e8e8e8;--muted:#a0a0a0;--line:#3a3d44;
--card:#20232a;--del-bg:#5a2a14;--ins-bg:#123c57}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1200px;margin:0 auto;padding:1rem 1.25rem 4rem}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.sources{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.5rem 0 1rem}
.source{border-left:4px solid var(--line);padding:.25rem .75rem}.source.a{border-color:var(--only-a)}.source.b{border-color:var(--only-b)}
.source .name{font-weight:600;word-break:break-all}.source .meta{font-size:.9rem;word-break:break-word}.source-link{font-weight:400;font-size:.9rem;white-space:nowrap;word-break:normal}.source .count{color:var(--muted);font-size:.9rem}
.bar{width:100%;height:14px;display:block;border-radius:7px;overflow:hidden;margin:.5rem 0}
.bar .conflict{fill:var(--conflict)}.bar .shared{fill:var(--shared)}.bar .only_a{fill:var(--only-a)}.bar .only_b{fill:var(--only-b)}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;list-style:none;padding:0;margin:.25rem 0}
.totals li{white-space:nowrap}.icon{display:inline-block;min-width:1.3em;text-align:center;font-weight:700}
.conflict .icon,.icon.conflict{color:var(--conflict)}.shared .icon,.icon.shared{color:var(--shared)}
.only_a .icon,.icon.only_a{color:var(--only-a)}.only_b .icon,.icon.only_b{color:var(--only-b)}
.controls{position:sticky;top:0;background:var(--bg);padding:.5rem 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;z-index:2}
.controls button{font:inherit;font-size:.9rem;padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px;background:var(--card);color:var(--fg);cursor:pointer}
.controls button[aria-pressed=true]{border-color:var(--fg);font-weight:600}
.controls .hint{color:var(--muted);font-size:.85rem;margin-left:auto}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--conflict);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
.card:target,.row:target{outline:3px solid var(--moved);outline-offset:2px}
.badges{margin:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.5rem}
.badge{display:inline-block;border:1.5px solid var(--conflict);color:var(--conflict);border-radius:4px;padding:0 .45rem;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.reason{font-size:.9rem}.reason q{font-style:italic}
.note .badge{border-color:var(--muted);color:var(--muted)}
mark.why{background:none;color:inherit;font-weight:700;outline:2px solid var(--conflict);outline-offset:1px;border-radius:2px}
table.figures{border-collapse:collapse;margin:0 0 1rem}.figures td,.figures th{text-align:left;padding:.2rem .6rem;border-bottom:1px solid var(--line)}
.figures tr.differ .mark{color:var(--conflict);font-weight:700}.figures .at{color:var(--muted);font-size:.85rem}
#notes ul{padding-left:1.2rem}#notes li{margin:.2rem 0}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side h3{font-size:.8rem;margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.side h3 .label{text-transform:none;letter-spacing:0;font-weight:400;margin-left:.4rem;overflow-wrap:anywhere}
del{background:var(--del-bg);text-decoration:line-through;text-decoration-thickness:2px}
ins{background:var(--ins-bg);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
table.doc{width:100%;border-collapse:collapse;table-layout:fixed}
.doc th{text-align:left;font-size:.85rem;color:var(--muted);border-bottom:2px solid var(--line);padding:.25rem .5rem}
.doc td{vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.doc col.num{width:3.2rem}.doc col.mark{width:2.2rem}
.doc td.num{color:var(--muted);font-size:.8rem;text-align:right;font-variant-numeric:tabular-nums}
.doc td.mark{text-align:center}
.row.conflict td.text{background:color-mix(in srgb,var(--conflict) 8%,transparent)}
.row.only_a td.a,.row.only_b td.b{border-left:3px solid var(--line)}
.row.only_a td.a{border-left-color:var(--only-a)}.row.only_b td.b{border-left-color:var(--only-b)}
.moved-note{display:block;font-size:.8rem;color:var(--muted);margin-top:.2rem}.moved-note a{color:inherit}
.doc td.empty-cell{background:repeating-linear-gradient(135deg,transparent 0 6px,color-mix(in srgb,var(--line) 55%,transparent) 6px 7px)}
.empty{color:var(--muted)}
.warnings{border:1px solid var(--conflict);padding:.5rem 1rem;border-radius:6px}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
.legend{color:var(--muted);font-size:.85rem}
[hidden]{display:none!important}
@media (max-width:700px){.sources,.pair{grid-template-columns:1fr}
table.doc,table.doc tbody,table.doc tr,table.doc td{display:block;width:100%}
table.doc thead,table.doc colgroup{display:none}
.doc tr{border-bottom:2px solid var(--line);padding:.25rem 0}.doc td{border:0}
.doc td.num{text-align:left}.doc td.num:before{content:attr(data-side) " line "}
.doc td.num:empty,.doc td.text.empty-cell{display:none}.doc td.mark{position:absolute;top:.4rem;right:0;width:auto}.controls .hint{display:none}
.doc tr{position:relative}}
@media print{.controls,.card>a{display:none}body{font-size:11pt;print-color-adjust:exact;-webkit-print-color-adjust:exact}.card,.doc tr{break-inside:avoid}
a{color:inherit;text-decoration:none}main{max-width:none}}
)css";
  return kStyle;
}

std::string_view HtmlScript() {
  // Filters and "next conflict". The page is complete without it: every row is visible and the
  // controls stay hidden until this runs. #filter=conflicts (etc.) in the URL picks a filter.
  static constexpr std::string_view kScript = R"js(
(function(){
var rows=[].slice.call(document.querySelectorAll('[data-kind]'));
var controls=document.getElementById('controls');
var buttons=[].slice.call(controls.querySelectorAll('button[data-filter]'));
function apply(kind){
  rows.forEach(function(r){r.hidden=!(kind==='all'||r.getAttribute('data-kind')===kind);});
  buttons.forEach(function(b){b.setAttribute('aria-pressed',String(b.getAttribute('data-filter')===kind));});
  document.body.setAttribute('data-filter',kind);
  var cards=document.getElementById('conflicts');
  if(cards)cards.hidden=!(kind==='all'||kind==='conflict');
}
var conflicts=[].slice.call(document.querySelectorAll('.row[data-kind=conflict]'));
var at=-1;
function jump(step){
  if(!conflicts.length)return;
  if(document.body.getAttribute('data-filter')!=='conflict'&&document.body.getAttribute('data-filter')!=='all')apply('all');
  at=(at+step+conflicts.length)%conflicts.length;
  conflicts[at].scrollIntoView({block:'center'});
  location.replace('#'+conflicts[at].id);
}
buttons.forEach(function(b){b.addEventListener('click',function(){apply(b.getAttribute('data-filter'));});});
document.getElementById('next-conflict').addEventListener('click',function(){jump(1);});
document.addEventListener('keydown',function(e){
  if(e.altKey||e.ctrlKey||e.metaKey||/input|textarea|select/i.test(e.target.tagName))return;
  if(e.key==='n'||e.key==='j')jump(1);else if(e.key==='p'||e.key==='k')jump(-1);
});
controls.hidden=false;
var m=/filter=(all|conflict|shared|only_a|only_b)/.exec(location.hash);
apply(m?m[1]:'all');
})();
)js";
  return kScript;
}

}  // namespace claimdiff
