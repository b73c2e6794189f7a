import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { EARLY_DOWNLOAD_KEY, OTHER_DATA_ATTRIBUTE } from '../src/data/early-download.ts'
import { MAP_PICTURE_PATH } from '../src/domain/page-path.ts'
import { EARLY_INPUT_KEY, HELD_CLICK_TARGETS } from '../src/early-input.ts'

/**
 * Content first (issue #9): the prerendered page, its stylesheet and the picture of the map paint
 * before any code is asked for. Until then the code would share a slow phone's connection with
 * them (135 KB against a 10 KB picture), and Lighthouse's simulated load counted all of it
 * before the largest paint: LCP 2.3–3.0 s with the code requested at once, 0.8 s after the
 * first paint. On a fast connection the first paint comes some 30 ms after the HTML, about
 * when the browser would have started the code anyway.
 *
 * The built HTML's module script and module preloads go, unchanged, into an inert <template>
 * (browsers neither fetch nor run what a template holds); this script copies them into the
 * head after the frame that paints the page with its picture of the map (a picture still
 * decoding at the first paint made the largest paint, and so Lighthouse's LCP, wait for the
 * code in one run of two). Copies, because a script the parser made inside
 * a template would not run if moved. The 1 s timer covers background tabs, which paint no
 * frames until shown. scripts/check-size.mjs still reads the tags from the template.
 */
export const CODE_TEMPLATE_ID = 'tm-code'

/** On the loader's own tag: the built dataset worker's address, relative like the page's links. */
export const WORKER_SRC_ATTRIBUTE = 'data-worker-src'

/** The dataset worker's file among the built ones (src/data/parse-off-thread.ts names it). */
const DATASET_WORKER_FILE = /(?:^|\/)dataset\.worker-[\w-]+\.js$/

/** The prerendered picture of the map (src/app/MapRegion.tsx), which paints before the code. */
const PICTURE = `img[src$="${MAP_PICTURE_PATH}"]`

/**
 * `?data=` (someone else's file, src/state/view-state.ts): the file is asked for at once, for
 * startDownload to take over (src/data/early-download.ts), if the app could fetch it too (its
 * own site, or https: — the CSP's connect-src), and the code loads as soon as the HTML is
 * parsed: the prerendered tour is not what this reader came for (it is hidden meanwhile).
 * A file that answers starts the dataset worker here too (its built address is the script's
 * WORKER_SRC_ATTRIBUTE), which checks features from the first bytes while the app's code still
 * downloads and runs: at 10 000 the file is in some 300 ms before the entry has run. The worker's
 * messages wait in `heard` until parse-off-thread.ts adopts it; the loader sends it every chunk.
 */
const earlyData = `var ws=d.currentScript&&d.currentScript.getAttribute('${WORKER_SRC_ATTRIBUTE}'),q=new URLSearchParams(location.search).get('data'),other=q!==null&&q.trim()!=='';if(other)document.documentElement.setAttribute('${OTHER_DATA_ATTRIBUTE}','');if(other)try{var u=new URL(q,location.href);if(u.origin===location.origin||u.protocol==='https:'){var e={url:q,controller:new AbortController(),chunks:[],done:false,wake:function(){}};e.response=fetch(q,{signal:e.controller.signal}).then(function(r){if(r.body){var k=null;if(r.ok&&ws&&typeof Worker==='function')try{k={worker:new Worker(ws,{type:'module'}),heard:[],failed:false};k.worker.onmessage=function(m){k.heard.push(m.data)};k.worker.onerror=function(v){v.preventDefault();k.failed=true};e.worker=k}catch(f){k=null}var b=r.body.getReader();(function read(){b.read().then(function(x){if(x.done)e.done=true;else{if(k&&!k.failed){var c=x.value.slice().buffer;k.worker.postMessage({kind:'bytes',bytes:c},[c])}e.chunks.push(x.value);read()}e.wake()},function(f){e.failure=f;e.wake()})})()}return r});e.response.catch(function(){});window['${EARLY_DOWNLOAD_KEY}']=e}}catch(x){}`

/**
 * Clicks on the prerendered page's controls before it has hydrated are held, not lost: the box
 * is not ticked, no listener sees the click, and src/early-input.ts replays it once the app can
 * act on it. Held until then, including while React hydrates (its listeners are already on the
 * page then): one path for every click.
 */
const holdEarlyClicks = `var h={clicked:[],done:false};window['${EARLY_INPUT_KEY}']=h;window.addEventListener('click',function(v){var c=h.done||!v.target.closest?null:v.target.closest('${HELD_CLICK_TARGETS}');if(c){v.preventDefault();v.stopImmediatePropagation();h.clicked.push(c)}},true)`

export const loadCodeScript = `(function(){${holdEarlyClicks};var d=document,t=d.getElementById('${CODE_TEMPLATE_ID}'),done=false;function go(){if(done||!t)return;done=true;d.head.appendChild(d.importNode(t.content,true))}function painted(){requestAnimationFrame(function(){setTimeout(go,0)})}${earlyData};d.addEventListener('DOMContentLoaded',function(){if(other)return go();var p=d.querySelector('${PICTURE}');if(p&&!p.complete){p.addEventListener('load',painted);p.addEventListener('error',painted)}else painted()});setTimeout(go,1000)})()`

/** For the Content-Security-Policy: the one inline script the page may run. */
export function loadCodeScriptHash(): string {
  return `'sha256-${createHash('sha256').update(loadCodeScript).digest('base64')}'`
}

const codeTag = /\s*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)/g

export function codeAfterFirstPaintPlugin(): Plugin {
  return {
    name: 'tour-map-code-after-first-paint',
    apply: 'build',
    // After Vite and firstViewPreloadsPlugin have added their tags (same order, later plugin).
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const worker = Object.keys(context.bundle ?? {}).find((name) =>
          DATASET_WORKER_FILE.test(name),
        )
        if (worker === undefined) throw new Error('code after first paint: no dataset worker built')
        const tags = [...html.matchAll(codeTag)].map((match) => match[0])
        if (!tags.some((tag) => tag.includes('<script')))
          throw new Error('code after first paint: no module script in index.html')
        const rest = html.replace(codeTag, '')
        return rest.replace(
          '</head>',
          `  <template id="${CODE_TEMPLATE_ID}">${tags.join('')}\n    </template>\n    <script id="tm-load-code" ${WORKER_SRC_ATTRIBUTE}="./${worker}">${loadCodeScript}</script>\n  </head>`,
        )
      },
    },
  }
}
