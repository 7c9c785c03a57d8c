// The corroboration grid page's stylesheet and script: inline, hashed into the CSP, nothing fetched.
#include "render/multi_html_assets.h"

namespace claimdiff {

std::string_view MultiHtmlStyle() {
  // The pairwise page's Okabe-Ito colours; every state also has its own mark (= ! blank).
  static constexpr std::string_view kStyle = R"css(
:root{--bg:#fff;--fg:#1b1b1b;--muted:#5f5f5f;--line:#d9d9d9;--card:#f7f7f5;
--conflict:#d55e00;--shared:#0072b2;--single:#cc79a7;--del-bg:#fbe3d6;--ins-bg:#d7ecf7;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e8e8e8;--muted:#a0a0a0;--line:#3a3d44;
--card:#20232a;--del-bg:#5a2a14;--ins-bg:#123c57}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1400px;margin:0 auto;padding:1rem 1.25rem 4rem}
h1{font-size:1.4rem;margin:.5rem 0}
.sources{list-style:none;padding:0;margin:.5rem 0 1rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:.4rem 1rem}
.sources li{border-left:4px solid var(--line);padding:.1rem .6rem}.sources .n{font-weight:700;margin-right:.3rem}
.sources .name{font-weight:600;overflow-wrap:anywhere}.sources .meta,.sources .sum{color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
.totals{margin:.25rem 0}.totals strong{color:var(--conflict)}
.controls{position:sticky;top:0;background:var(--bg);padding:.5rem 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;z-index:3}
.controls button{font:inherit;font-size:.9rem;padding:.2rem .7rem;border:1px solid var(--line);border-radius:999px;background:var(--card);color:var(--fg);cursor:pointer}
.controls button[aria-pressed=true]{border-color:var(--fg);font-weight:600}
.controls input{width:3.5rem;font:inherit}.controls .shown{color:var(--muted);font-size:.85rem;margin-left:auto}
table.grid{border-collapse:collapse;width:100%}
.grid th{font-size:.8rem;color:var(--muted);border-bottom:2px solid var(--line);padding:.2rem .3rem;text-align:center;vertical-align:bottom}
.grid th.claim{text-align:left}
.grid td{border-bottom:1px solid var(--line);padding:.25rem .3rem;vertical-align:top}
.grid td.num{color:var(--muted);font-size:.8rem;text-align:right}
.grid td.cell{text-align:center;width:2rem;position:relative}
.grid td.claim-text{overflow-wrap:anywhere}
.cell summary{list-style:none;cursor:pointer;font-weight:700;border-radius:4px;padding:0 .35rem}
.cell summary::-webkit-details-marker{display:none}
.cell.states summary{color:var(--shared);background:color-mix(in srgb,var(--shared) 12%,transparent)}
.cell.contradicts summary{color:#fff;background:var(--conflict)}
.grid tr.contradicted td.claim-text{border-left:4px solid var(--conflict)}
.grid tr.single td.claim-text{border-left:4px solid var(--single)}
.evidence{position:absolute;left:0;top:1.8rem;z-index:2;width:min(36rem,80vw);text-align:left;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;box-shadow:0 4px 14px rgba(0,0,0,.18);font-weight:400}
.evidence .who{font-size:.8rem;color:var(--muted)}
.evidence .vs{border-top:1px solid var(--line);margin-top:.5rem;padding-top:.4rem}
.badge{display:inline-block;border:1.5px solid var(--conflict);color:var(--conflict);border-radius:4px;padding:0 .4rem;font-size:.75rem;font-weight:700;text-transform:uppercase}
.evidence p{margin:.25rem 0}
del{background:var(--del-bg);text-decoration:line-through;text-decoration-thickness:2px}
ins{background:var(--ins-bg);text-decoration:underline;text-decoration-thickness:2px}
.legend{color:var(--muted);font-size:.85rem}
.warnings{border:1px solid var(--conflict);padding:.5rem 1rem;border-radius:6px}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
[hidden]{display:none!important}
)css";
  return kStyle;
}

std::string_view MultiHtmlScript() {
  // Filters: contradicted claims, claims of one source, claims stated by k or more sources. The
  // page is complete without it (every row visible; the controls stay hidden until this runs).
  // #filter=contradicted, #filter=single or #filter=k3 in the URL picks a filter.
  static constexpr std::string_view kScript = R"js(
(function(){
var rows=[].slice.call(document.querySelectorAll('tr.claim'));
var controls=document.getElementById('controls');
var buttons=[].slice.call(controls.querySelectorAll('button[data-filter]'));
var k=document.getElementById('k');
var shown=document.getElementById('shown');
function keep(r,f){
  if(f==='contradicted')return r.getAttribute('data-contradicted')==='1';
  if(f==='single')return r.getAttribute('data-sources')==='1';
  if(f.charAt(0)==='k')return Number(r.getAttribute('data-states'))>=Number(f.slice(1));
  return true;
}
function apply(f){
  var n=0;
  rows.forEach(function(r){r.hidden=!keep(r,f);if(!r.hidden)n++;});
  buttons.forEach(function(b){var mine=b.getAttribute('data-filter');
    b.setAttribute('aria-pressed',String(mine===f||(mine==='k'&&f.charAt(0)==='k')));});
  document.body.setAttribute('data-filter',f);
  shown.textContent=n+' of '+rows.length+' claims shown';
}
buttons.forEach(function(b){b.addEventListener('click',function(){
  var f=b.getAttribute('data-filter');
  apply(f==='k'?'k'+Math.max(1,Number(k.value)||2):f);
});});
k.addEventListener('change',function(){apply('k'+Math.max(1,Number(k.value)||2));});
controls.hidden=false;
var m=/filter=(all|contradicted|single|k[0-9]+)/.exec(location.hash);
if(m&&m[1].charAt(0)==='k')k.value=m[1].slice(1);
apply(m?m[1]:'all');
})();
)js";
  return kScript;
}

}  // namespace claimdiff
