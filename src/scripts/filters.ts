/**
 * Overview filters. The URL is the state: `?status=off-track&owner=Growth`;
 * a parameter may repeat or hold a comma list (`?status=off-track,at-risk`),
 * meaning "any of". Different parameters combine with "and".
 */
const FIELDS = ['category', 'type', 'owner', 'status'] as const;
type Field = (typeof FIELDS)[number];
type Selection = Record<Field, string[]>;

function readSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection = {} as Selection;
  for (const field of FIELDS) {
    selection[field] = params
      .getAll(field)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  }
  return selection;
}

function matches(card: HTMLElement, selection: Selection): boolean {
  const values: Record<Field, string[]> = {
    category: [card.dataset['category'] ?? ''],
    type: (card.dataset['types'] ?? '').split(' ').filter(Boolean),
    owner: [card.dataset['owner'] ?? ''],
    status: [card.dataset['status'] ?? ''],
  };
  return FIELDS.every((field) => {
    const wanted = selection[field];
    return wanted.length === 0 || values[field].some((value) => wanted.includes(value));
  });
}

function apply(form: HTMLFormElement, selection: Selection): void {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-filterable] .card')];
  let shown = 0;
  for (const card of cards) {
    const visible = matches(card, selection);
    const item = card.closest('li') ?? card;
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    group.hidden = group.querySelector('li:not([hidden]) .card') === null;
  }
  const summary = form.querySelector('[data-filter-summary]');
  const filtered = FIELDS.some((field) => selection[field].length > 0);
  if (summary) summary.textContent = filtered ? `${shown} of ${cards.length} KPIs shown` : '';
}

function syncForm(form: HTMLFormElement, selection: Selection): void {
  for (const field of FIELDS) {
    const select = form.elements.namedItem(field);
    if (!(select instanceof HTMLSelectElement)) continue;
    const wanted = selection[field];
    // A select holds one value; a combined URL keeps its list and the select shows "All".
    const single = wanted.length === 1 ? wanted[0]! : '';
    if (single && ![...select.options].some((option) => option.value === single)) {
      select.add(new Option(single, single));
    }
    select.value = single;
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

  let selection = readSelection(window.location.search);
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
    selection = readSelection('');
    writeUrl(selection);
    window.setTimeout(() => apply(form, selection));
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  // The status counts filter in place instead of reloading the page.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-filter-status]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      selection = { ...readSelection(''), status: [link.dataset['filterStatus'] ?? ''] };
      syncForm(form, selection);
      writeUrl(selection);
      apply(form, selection);
    });
  }
}
