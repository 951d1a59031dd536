/**
 * Overview filters. The URL is the state: `?status=off-track&owner=Growth`;
 * a parameter may repeat or hold a comma list (`?status=off-track,at-risk`),
 * meaning "any of". Different parameters combine with "and". A value the
 * form does not offer (`?status=bogus`) is ignored. Every element marked
 * `data-filter-item` (the cards and the KPIs listed by goal) is filtered, and
 * a `data-filter-group` with nothing left to show is hidden.
 */
const FIELDS = ['category', 'type', 'owner', 'status'] as const;
type Field = (typeof FIELDS)[number];
type Selection = Record<Field, string[]>;

const emptySelection = (): Selection => ({ category: [], type: [], owner: [], status: [] });

/** The values each select offers, the only ones a selection may hold. */
function offered(form: HTMLFormElement): Record<Field, Set<string>> {
  const values = {} as Record<Field, Set<string>>;
  for (const field of FIELDS) {
    const select = form.elements.namedItem(field);
    const options = select instanceof HTMLSelectElement ? [...select.options] : [];
    values[field] = new Set(options.map((option) => option.value).filter(Boolean));
  }
  return values;
}

function readSelection(search: string, form: HTMLFormElement): Selection {
  const params = new URLSearchParams(search);
  const known = offered(form);
  const selection = emptySelection();
  for (const field of FIELDS) {
    const values = params
      .getAll(field)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim());
    selection[field] = [...new Set(values)].filter((value) => known[field].has(value));
  }
  return selection;
}

function matches(item: HTMLElement, selection: Selection): boolean {
  const values: Record<Field, string[]> = {
    category: [item.dataset['category'] ?? ''],
    type: (item.dataset['types'] ?? '').split(' ').filter(Boolean),
    owner: [item.dataset['owner'] ?? ''],
    status: [item.dataset['status'] ?? ''],
  };
  return FIELDS.every((field) => {
    const wanted = selection[field];
    return wanted.length === 0 || values[field].some((value) => wanted.includes(value));
  });
}

function apply(form: HTMLFormElement, selection: Selection): void {
  const filtered = FIELDS.some((field) => selection[field].length > 0);
  const all = new Set<string>();
  const shown = new Set<string>();
  for (const item of document.querySelectorAll<HTMLElement>('[data-filter-item]')) {
    const visible = matches(item, selection);
    (item.closest('li') ?? item).hidden = !visible;
    const id = item.dataset['kpi'] ?? '';
    all.add(id);
    if (visible) shown.add(id);
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    const left = [...group.querySelectorAll<HTMLElement>('[data-filter-item]')].some(
      (item) => !(item.closest('li') ?? item).hidden,
    );
    group.hidden = filtered && !left;
  }
  const summary = form.querySelector('[data-filter-summary]');
  if (summary) summary.textContent = filtered ? `${shown.size} of ${all.size} KPIs shown` : '';
  markStatusLinks(selection);
}

/** The status count matching the filter reads as the current one. */
function markStatusLinks(selection: Selection): void {
  const only = selection.status.length === 1 ? selection.status[0] : undefined;
  const others = FIELDS.some((field) => field !== 'status' && selection[field].length > 0);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-filter-status]')) {
    const current = !others && link.dataset['filterStatus'] === only;
    if (current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

function syncForm(form: HTMLFormElement, selection: Selection): void {
  for (const field of FIELDS) {
    const select = form.elements.namedItem(field);
    if (!(select instanceof HTMLSelectElement)) continue;
    // A select holds one value; a combined URL keeps its list and the select shows "All".
    const wanted = selection[field];
    select.value = wanted.length === 1 ? wanted[0]! : '';
  }
}

function writeUrl(selection: Selection): void {
  const params = new URLSearchParams(window.location.search);
  for (const field of FIELDS) {
    params.delete(field);
    if (selection[field].length > 0) params.set(field, selection[field].join(','));
  }
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

export function startFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  if (!form) return;
  form.hidden = false;

  let selection = readSelection(window.location.search, form);
  syncForm(form, selection);
  apply(form, selection);

  form.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement)) return;
    selection = { ...selection, [select.name]: select.value ? [select.value] : [] };
    writeUrl(selection);
    apply(form, selection);
  });
  form.addEventListener('reset', () => {
    selection = emptySelection();
    writeUrl(selection);
    window.setTimeout(() => apply(form, selection));
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  // The status counts filter in place instead of reloading the page.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-filter-status]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const search = new URL(link.href).search;
      selection = readSelection(search, form);
      syncForm(form, selection);
      writeUrl(selection);
      apply(form, selection);
    });
  }
}
