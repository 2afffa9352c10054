// warta's page: filters, a map of event places, a timeline per day and quad class, an event
// table and an article view. Plain JS, no build step. Every text from the data goes into the page
// through textContent or attribute setters, never as markup.
'use strict';

const I18N = {
  id: {
    subtitle: 'Peristiwa politik dari berita', actor: 'Aktor', actor_ph: 'mis. FRA, IDNGOV', quad: 'Kelas',
    all: 'semua', q1: '1 kerja sama verbal', q2: '2 kerja sama material', q3: '3 konflik verbal',
    q4: '4 konflik material', code: 'Kode', from: 'Dari', to: 'Sampai', text: 'Teks', text_ph: 'kata dalam artikel',
    apply: 'Terapkan', reset: 'Hapus filter', map: 'Peta tempat peristiwa', timeline: 'Peristiwa per hari',
    events: 'Peristiwa', date: 'Tanggal', source: 'Pelaku', event: 'Peristiwa', target: 'Sasaran', place: 'Tempat',
    mentions: 'Sebutan', prev: '‹ Sebelumnya', next: 'Berikutnya ›', article: 'Artikel', close: 'Tutup',
    k_actor: 'aktor', k_event: 'kata peristiwa', k_time: 'waktu', k_place: 'tempat', of: 'dari',
    none: 'Tidak ada peristiwa untuk filter ini.', near: 'dekat', docs: 'artikel', evs: 'peristiwa',
    article_events: 'Peristiwa dalam artikel ini', tl_hint: 'Batang bertumpuk menurut kelas; klik batang untuk menyaring hari itu.', published: 'terbit', lang: 'bahasa', events_on: 'peristiwa pada',
    credit: 'Peta: Natural Earth (domain publik) lewat paket npm world-atlas. Tempat: GeoNames (CC BY 4.0). Kode peristiwa: CAMEO.',
  },
  en: {
    subtitle: 'Political events from the news', actor: 'Actor', actor_ph: 'e.g. FRA, IDNGOV', quad: 'Class',
    all: 'all', q1: '1 verbal cooperation', q2: '2 material cooperation', q3: '3 verbal conflict',
    q4: '4 material conflict', code: 'Code', from: 'From', to: 'To', text: 'Text', text_ph: 'words in the articles',
    apply: 'Apply', reset: 'Clear filters', map: 'Map of event places', timeline: 'Events per day',
    events: 'Events', date: 'Date', source: 'Source', event: 'Event', target: 'Target', place: 'Place',
    mentions: 'Mentions', prev: '‹ Previous', next: 'Next ›', article: 'Article', close: 'Close',
    k_actor: 'actor', k_event: 'event word', k_time: 'time', k_place: 'place', of: 'of',
    none: 'No events for these filters.', near: 'near', docs: 'articles', evs: 'events',
    article_events: 'Events in this article', tl_hint: 'Bars stacked by quad class; click a bar to filter to that day.', published: 'published', lang: 'language', events_on: 'events on',
    credit: 'Map: Natural Earth (public domain) via the npm package world-atlas. Places: GeoNames (CC BY 4.0). Event codes: CAMEO.',
  },
};

const PAGE = 25;
const state = { lang: 'id', offset: 0, total: 0, article: null };

const $ = (id) => document.getElementById(id);
const t = (k) => (I18N[state.lang] && I18N[state.lang][k]) || I18N.en[k] || k;
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, props, ...kids) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.setAttribute('class', v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  for (const c of kids) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function setLang(lang) {
  state.lang = I18N[lang] ? lang : 'id';
  document.documentElement.lang = state.lang;
  try { localStorage.setItem('warta.lang', state.lang); } catch (_) { /* private mode */ }
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll('[data-i18n-ph]')) e.placeholder = t(e.dataset.i18nPh);
  for (const b of document.querySelectorAll('.lang button')) b.classList.toggle('on', b.dataset.lang === state.lang);
  renderLegend();
  loadStats();
  loadAll(false);
  if (state.article !== null) openArticle(state.article);
}

function filterParams() {
  const p = new URLSearchParams();
  for (const name of ['actor', 'quad', 'code', 'from', 'to', 'text', 'near']) {
    const v = $('f-' + name).value.trim();
    if (v) p.set(name, v);
  }
  if (p.has('near')) p.set('radius_km', '5');
  return p;
}

function showError(msg) {
  const e = $('error');
  e.textContent = msg || '';
  e.hidden = !msg;
}

async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && body.error.message) || r.status + ' ' + r.statusText);
  return body;
}

const x = (lon) => (lon + 180) * 2;
const y = (lat) => (90 - lat) * 2;

async function loadMap() {
  const txt = await (await fetch('/assets/world.svgpaths')).text();
  const doc = new DOMParser().parseFromString('<svg xmlns="' + SVG + '">' + txt + '</svg>', 'image/svg+xml');
  const g = $('countries');
  for (const p of doc.querySelectorAll('path')) g.append(document.importNode(p, true));
}

function renderLegend() {
  const l = $('legend');
  l.replaceChildren();
  for (const q of [1, 2, 3, 4]) l.append(el('span', {}, el('i', { class: 'q' + q }), t('q' + q)));
}

function renderPlaces(places) {
  const g = $('markers');
  g.replaceChildren();
  // Big circles first so small ones stay clickable on top.
  const sorted = [...places].sort((a, b) => b.mentions - a.mentions);
  for (const p of sorted) {
    const r = Math.min(16, 2.5 + 2.2 * Math.sqrt(p.mentions));
    const c = el('svg:circle', {
      class: 'marker q' + p.quad_class, cx: x(p.lon).toFixed(2), cy: y(p.lat).toFixed(2), r: r.toFixed(2),
      'data-lat': p.lat, 'data-lon': p.lon, 'data-place': p.place || '', 'data-mentions': p.mentions,
      'data-quad': p.quad_class,
      onclick: () => { $('f-near').value = p.lat + ',' + p.lon; state.offset = 0; loadAll(true); },
    });
    c.append(el('svg:title', { text: (p.place || '?') + (p.country ? ' (' + p.country + ')' : '') + ': '
      + p.events + ' ' + t('evs') + ', ' + p.mentions + ' ' + t('mentions').toLowerCase() }));
    g.append(c);
  }
  const near = $('f-near').value;
  const chip = $('near-chip');
  chip.hidden = !near;
  chip.textContent = near ? t('near') + ' ' + near + ' ×' : '';
}

function dayNum(s) { return Math.round(Date.parse(s + 'T00:00:00Z') / 86400000); }
function dayStr(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

function renderTimeline(days) {
  const svg = $('timeline');
  svg.replaceChildren();
  const full = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  for (const id of ['t-first', 't-mid', 't-last']) $(id).textContent = '';
  if (!full.length) return;
  const first = dayNum(full[0].date);
  const last = dayNum(full[full.length - 1].date);
  const n = last - first + 1;
  const per = new Map();
  for (const d of full) {
    const k = d.date;
    if (!per.has(k)) per.set(k, [0, 0, 0, 0, 0]);
    per.get(k)[d.quad_class] += d.events;
  }
  let max = 1;
  for (const v of per.values()) max = Math.max(max, v[1] + v[2] + v[3] + v[4]);
  const W = 720, H = 140;
  const w = W / n;
  for (const [date, v] of per) {
    const i = dayNum(date) - first;
    let top = H;
    for (const q of [1, 2, 3, 4]) {
      if (!v[q]) continue;
      const h = Math.max(1, (v[q] / max) * (H - 10));
      top -= h;
      const r = el('svg:rect', {
        class: 'bar q' + q, x: (i * w + w * 0.1).toFixed(2), y: top.toFixed(2), width: Math.max(2, w * 0.8).toFixed(2),
        height: h.toFixed(2), 'data-day': date, 'data-quad': q, 'data-events': v[q],
        onclick: () => { $('f-from').value = date; $('f-to').value = date; state.offset = 0; loadAll(true); },
      });
      r.append(el('svg:title', { text: date + ': ' + v[q] + ' ' + t('evs') + ' (' + t('q' + q) + ')' }));
      svg.append(r);
    }
  }
  $('t-first').textContent = dayStr(first);
  if (n > 2) $('t-mid').textContent = dayStr(first + Math.floor((n - 1) / 2));
  $('t-last').textContent = dayStr(last);
}

function actorLink(code, name) {
  if (!code || code === '---') return el('span', { text: code || '' });
  return el('a', {
    class: 'actor-link', text: code, title: name || code, 'data-actor': code,
    onclick: (ev) => { ev.stopPropagation(); filterActor(code); },
  });
}

function filterActor(code) {
  $('f-actor').value = code;
  state.offset = 0;
  loadAll(true);
}

function renderEvents(res) {
  const tb = document.querySelector('#events tbody');
  tb.replaceChildren();
  state.total = res.total;
  const shown = res.events.length;
  $('count').textContent = shown
    ? '(' + (res.offset + 1) + '–' + (res.offset + shown) + ' ' + t('of') + ' ' + res.total + ')' : '';
  if (!shown) tb.append(el('tr', {}, el('td', { colspan: 6, text: t('none') })));
  for (const e of res.events) {
    tb.append(el('tr', { 'data-id': e.id, onclick: () => openEvent(e.id) },
      el('td', { text: (e.date || '–') + (e.date_from_text ? '' : '*') }),
      el('td', {}, actorLink(e.source, e.source_name)),
      el('td', {}, el('span', { class: 'q q' + e.quad_class }), e.code + ' ' + e.event_name),
      el('td', {}, actorLink(e.target, e.target_name)),
      el('td', { text: e.place || '–' }),
      el('td', { text: String(e.num_mentions) })));
  }
  $('prev').disabled = res.offset === 0;
  $('next').disabled = res.next_offset === null || res.next_offset === undefined;
}

async function loadEvents() {
  const p = filterParams();
  p.set('limit', PAGE);
  p.set('offset', state.offset);
  renderEvents(await getJSON('/api/v1/events?' + p));
}

async function loadAll(resetArticle) {
  const p = filterParams();
  try {
    showError('');
    const [places, days] = await Promise.all([
      getJSON('/api/v1/places?' + p), getJSON('/api/v1/timeline?' + p), loadEvents()]);
    renderPlaces(places.places);
    renderTimeline(days.days);
    document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
  } catch (err) {
    showError(err.message);
  }
  if (resetArticle) { /* keep the open article: it is still a valid view */ }
}

async function loadStats() {
  try {
    const s = await getJSON('/api/v1/stats');
    $('stats').textContent = s.documents + ' ' + t('docs') + ' · ' + s.events + ' ' + t('evs');
  } catch (_) { /* not essential */ }
}

async function openEvent(id) {
  try {
    const e = await getJSON('/api/v1/events/' + encodeURIComponent(id));
    if (e.mentions && e.mentions.length) openArticle(e.mentions[0].article, e.mentions[0].sentence);
  } catch (err) {
    showError(err.message);
  }
}

function highlightPlace(lat, lon) {
  for (const m of document.querySelectorAll('.marker')) {
    const hit = Math.abs(Number(m.dataset.lat) - lat) < 0.01 && Math.abs(Number(m.dataset.lon) - lon) < 0.01;
    m.classList.toggle('hit', hit);
  }
}

async function openArticle(id, sentence) {
  let a;
  try {
    a = await getJSON('/api/v1/articles/' + encodeURIComponent(id));
  } catch (err) {
    showError(err.message);
    return;
  }
  state.article = id;
  if (location.hash !== '#article=' + id) history.replaceState(null, '', '#article=' + id);
  const box = $('article');
  box.replaceChildren();
  box.dataset.id = id;
  box.append(el('h3', { text: a.title || a.doc_id }));
  box.append(el('div', { class: 'meta', text: [a.source, a.published && t('published') + ' ' + a.published,
    t('lang') + ' ' + a.lang, a.url].filter(Boolean).join(' · ') }));
  for (const s of a.sentences) {
    const p = el('p', { 'data-sentence': s.index });
    for (const seg of s.segments) {
      if (!seg.kind) { p.append(document.createTextNode(seg.text)); continue; }
      const m = el('mark', { class: seg.kind, text: seg.text, title: seg.value || '' });
      if (seg.kind === 'actor' && seg.value && seg.value !== '---') {
        m.dataset.actor = seg.value;
        m.addEventListener('click', () => filterActor(seg.value));
      } else if (seg.kind === 'place' && seg.lat !== undefined) {
        m.dataset.lat = seg.lat;
        m.dataset.lon = seg.lon;
        m.addEventListener('click', () => highlightPlace(seg.lat, seg.lon));
      }
      p.append(m);
    }
    box.append(p);
  }
  if (a.events.length) {
    box.append(el('h4', { text: t('article_events') }));
    const ul = el('ul');
    for (const e of a.events) {
      ul.append(el('li', { 'data-event': e.id }, el('span', { class: 'q q' + e.quad_class }), ' ', actorLink(e.source),
        ' ' + e.code + ' ' + e.event_name + ' ', actorLink(e.target), e.place ? ' @ ' + e.place : ''));
    }
    box.append(ul);
  }
  $('article-panel').hidden = false;
  if (sentence !== undefined) {
    const target = box.querySelector('p[data-sentence="' + sentence + '"]');
    if (target) target.scrollIntoView({ block: 'nearest' });
  }
}

function closeArticle() {
  state.article = null;
  $('article-panel').hidden = true;
  history.replaceState(null, '', location.pathname);
}

document.addEventListener('DOMContentLoaded', async () => {
  for (const b of document.querySelectorAll('.lang button')) b.addEventListener('click', () => setLang(b.dataset.lang));
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.offset = 0; loadAll(true); });
  $('clear-filters').addEventListener('click', () => { $('filters').reset(); $('f-near').value = ''; state.offset = 0; loadAll(true); });
  $('near-chip').addEventListener('click', () => { $('f-near').value = ''; state.offset = 0; loadAll(true); });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents().catch((e) => showError(e.message)); });
  $('next').addEventListener('click', () => { state.offset += PAGE; loadEvents().catch((e) => showError(e.message)); });
  $('close-article').addEventListener('click', closeArticle);
  let lang = 'id';
  try { lang = localStorage.getItem('warta.lang') || (navigator.language || 'id').slice(0, 2); } catch (_) { /* default */ }
  await loadMap().catch((e) => showError(e.message));
  setLang(lang === 'en' ? 'en' : 'id');
  openFromHash();
  window.addEventListener('hashchange', openFromHash);
});

function openFromHash() {
  const m = /^#article=(\d+)$/.exec(location.hash);
  if (m && Number(m[1]) !== state.article) openArticle(Number(m[1]));
}
