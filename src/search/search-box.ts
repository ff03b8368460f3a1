// The search box's behaviour, loaded the first time a reader opens search (Search.astro holds the
// markup and the button). It drives Pagefind's own module, /pagefind/pagefind.js, as Pagefind
// wrote it: queries go through findPages (document numbers, questions) and results are drawn
// here, with the page's title and excerpt only (ADR 10).
import { foldVietnamese } from '../lib/numbers.ts';
import { findPages, meaningfulWords, preloadTerm, type Hit, type Outcome } from '../lib/search-relaxed.ts';

/** Filter names, each with its values and how many pages have them. */
type FilterCounts = Record<string, Record<string, number>>;
interface SubResult {
  url: string;
  title: string;
  locations: number[];
}
interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
interface Result extends Hit {
  data: () => Promise<PageData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: object) => Promise<void>;
  search: (term: string, options?: object) => Promise<{ results: Result[] } | null>;
  filters: () => Promise<FilterCounts>;
}

/** Results drawn at a time: about a phone's first screen; each costs one small download. */
const PAGE_SIZE = 5;
/** Pause after the last keystroke before searching; the index is fetched while the reader types. */
const DEBOUNCE_MS = 200;

const fold = (text: string) => foldVietnamese(text).toLowerCase();

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: object = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

export async function start(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const list = root.querySelector<HTMLOListElement>('ol.results')!;
  const more = root.querySelector<HTMLButtonElement>('button.more')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('details.filters')!;

  let pagefind: Pagefind;
  try {
    pagefind = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
    // On the page itself: the index is small, and a worker would cost another download. Pagefind
    // adds to a page's score for query words in its title (weight 5); the official name of a
    // document or agency weighs more, so that it comes before pages whose own titles mention it.
    await pagefind.options({ noWorker: true, excerptLength: 20, ranking: { metaWeights: { name: 8 } } });
  } catch (error) {
    status.textContent = strings['search.failed'];
    throw error;
  }

  // Filters, folded under one summary so that results start near the top of a phone's screen.
  const selected = new Map<string, Set<string>>();
  const facets = await pagefind.filters();
  for (const [name, values] of Object.entries(facets)) {
    const fieldset = element('fieldset', {}, element('legend', { textContent: name }));
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b))) {
      const box = element('input', { type: 'checkbox', value });
      box.addEventListener('change', () => {
        const chosen = selected.get(name) ?? new Set();
        if (box.checked) chosen.add(value);
        else chosen.delete(value);
        selected.set(name, chosen);
        schedule(0);
      });
      fieldset.append(element('label', {}, box, ` ${value}`));
    }
    filterBox.lastElementChild!.append(fieldset);
  }
  filterBox.hidden = Object.keys(facets).length === 0;

  const filterOptions = () => {
    const filters: Record<string, { any: string[] }> = {};
    for (const [name, values] of selected) if (values.size > 0) filters[name] = { any: [...values] };
    return { filters };
  };

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The latest query's outcome, its words folded, and how many of its results are drawn. */
  let shown: { outcome: Outcome<Result>; folded: string[]; drawn: number } = {
    outcome: { results: [], complete: 0, words: [] },
    folded: [],
    drawn: 0,
  };

  async function draw(upTo: number, my: number) {
    const { outcome, folded } = shown;
    const next = outcome.results.slice(shown.drawn, upTo);
    const pages = await Promise.all(next.map((r) => r.data()));
    if (my !== generation) return;
    pages.forEach((page, i) => {
      const { matched } = next[i];
      const item = element('li', {}, element('a', { href: page.url, textContent: page.meta.title ?? page.url }));
      const excerpt = element('p');
      excerpt.innerHTML = page.excerpt; // Pagefind's text, escaped, with <mark> around the words found
      item.append(excerpt);
      if (matched !== undefined) {
        item.append(
          element('p', {
            className: 'matched',
            textContent: fill(strings['search.matched'], { matched, total: outcome.words.length }),
          }),
        );
      }
      // Sections whose heading names a word of the query (a glossary term, say), not the page's
      // own title; headings every page has ("Nội dung", "Cần chuẩn bị gì") would only be noise,
      // so a short word ("co", "can") does not count.
      const named = (title: string) =>
        title !== page.meta.title &&
        fold(title)
          .split(/[^\p{L}\p{N}]+/u)
          .some((w) => folded.includes(w));
      const parts = (page.sub_results ?? []).filter((s) => s.url !== page.url && named(s.title));
      const top = parts.sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
      if (top.length > 0)
        item.append(
          element('ul', {}, ...top.map((s) => element('li', {}, element('a', { href: s.url, textContent: s.title })))),
        );
      list.append(item);
    });
    shown.drawn = upTo;
    more.hidden = shown.drawn >= outcome.results.length;
  }

  async function run(my: number) {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const options = filterOptions();
    // Said only when a search is slow (the first one fetches the engine and the index).
    const slow = setTimeout(() => my === generation && (status.textContent = strings['search.searching']), 500);
    const outcome = await findPages(query, async (term) => (await pagefind.search(term, options))?.results ?? []);
    clearTimeout(slow);
    if (my !== generation) return;
    shown = {
      outcome,
      folded: meaningfulWords(query)
        .map(fold)
        .filter((w) => w.length > 3),
      drawn: 0,
    };
    list.replaceChildren();
    await draw(PAGE_SIZE, my);
    if (my !== generation) return;
    list.removeAttribute('aria-busy');
    const n = outcome.results.length;
    const partial = n > outcome.complete;
    const sentences = [
      fill(strings[n === 0 ? 'search.none' : n === 1 ? 'search.resultsOne' : 'search.results'], { count: n, query }),
    ];
    if (partial) sentences.push(strings[outcome.complete === 0 ? 'search.partialOnly' : 'search.partialAfter']);
    status.textContent = sentences.join(' ');
  }

  function schedule(delay = DEBOUNCE_MS) {
    const my = ++generation;
    clearTimeout(timer);
    list.setAttribute('aria-busy', 'true');
    const term = input.value.trim();
    if (term) void pagefind.preload(preloadTerm(term), filterOptions());
    timer = setTimeout(() => void run(my), delay);
  }

  input.addEventListener('input', () => schedule());
  more.addEventListener('click', () => {
    const first = shown.drawn;
    void draw(shown.drawn + PAGE_SIZE, generation).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  // Enter opens the first result; the arrow keys move between the box and the results.
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll('a')];
    const at = stops.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)].focus();
  });
  if (input.value.trim()) schedule(0);
}
