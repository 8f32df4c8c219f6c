// Google's documented card limits (https://developers.google.com/workspace/add-ons/concepts/cards), and paging that
// keeps every list inside them.
import type { CardView } from './card-model';

export const MAX_SECTIONS = 100;
export const MAX_WIDGETS_PER_SECTION = 100;

export interface Page<T> {
  items: T[];
  /** 0-based page shown (clamped to the last page). */
  page: number;
  pages: number;
  total: number;
  /** 1-based positions of the first and last item shown (0 and 0 when empty). */
  from: number;
  to: number;
}

/** One page of `items`; a forged or stale page number shows the nearest real page instead of an empty card. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Number.isInteger(page) ? Math.min(Math.max(page, 0), pages - 1) : 0;
  const slice = items.slice(p * size, p * size + size);
  return {
    items: slice,
    page: p,
    pages,
    total: items.length,
    from: slice.length ? p * size + 1 : 0,
    to: p * size + slice.length,
  };
}

/** A page number from an untrusted parameter: digits only, else 0. */
export function pageParam(value: string | undefined): number {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : 0;
}

/** Every way `view` breaks the limits (empty when it keeps them); tests call it on every screen. */
export function limitProblems(view: CardView): string[] {
  const problems: string[] = [];
  if (view.sections.length === 0) problems.push('a card needs at least one section');
  if (view.sections.length > MAX_SECTIONS) problems.push(`${view.sections.length} sections (at most ${MAX_SECTIONS})`);
  view.sections.forEach((s, i) => {
    if (s.widgets.length === 0) problems.push(`section ${i} is empty`);
    if (s.widgets.length > MAX_WIDGETS_PER_SECTION) problems.push(`section ${i} has ${s.widgets.length} widgets (at most ${MAX_WIDGETS_PER_SECTION})`);
  });
  return problems;
}
