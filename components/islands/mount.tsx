import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/*
 * The browser entry for every interactive page, bundled by scripts/postbuild.ts.
 * Each island is a separate chunk, loaded only by the page that shows it. The
 * server's HTML stays on screen until the island renders the same markup over
 * it, so the page is readable before (and without) this script.
 */
const loaders: Record<string, () => Promise<ComponentType<Record<string, unknown>>>> = {
  search: () => import('./SiteSearch').then((m) => m.SiteSearch as ComponentType<Record<string, unknown>>),
  'clinic-builder': () =>
    import('./ClinicLinkBuilder').then((m) => m.ClinicLinkBuilder as unknown as ComponentType<Record<string, unknown>>),
  appointment: () =>
    import('./AppointmentInstructions').then(
      (m) => m.AppointmentInstructions as unknown as ComponentType<Record<string, unknown>>,
    ),
};

export const islandNames = Object.keys(loaders);

function propsOf(name: string): Record<string, unknown> {
  const data = document.querySelector(`script[type="application/json"][data-island-props="${name}"]`);
  return data?.textContent ? (JSON.parse(data.textContent) as Record<string, unknown>) : {};
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Typed = { name: string; value: string; focused: boolean };

/** What the reader typed, or where they were, before the script arrived. */
function snapshot(root: HTMLElement): Typed[] {
  return [...root.querySelectorAll<Field>('input[name], textarea[name], select[name]')]
    .map((field) => ({ name: field.name, value: field.value, focused: field === document.activeElement }))
    .filter((typed) => typed.value || typed.focused);
}

/**
 * Puts it back into the island's own fields, through the native value setter
 * and an input event, so React's onChange sees it as typing.
 */
function restore(root: HTMLElement, typed: Typed[]) {
  for (const { name, value, focused } of typed) {
    const field = root.querySelector<Field>(`[name="${CSS.escape(name)}"]`);
    if (!field) continue;
    if (value && field.value !== value) {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
      setter?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (focused) field.focus();
  }
}

export async function mountIslands() {
  const roots = document.querySelectorAll<HTMLElement>('[data-island-root]');
  await Promise.all(
    [...roots].map(async (root) => {
      const name = root.dataset.islandRoot ?? '';
      const load = loaders[name];
      if (!load) return;
      const Island = await load();
      const typed = snapshot(root);
      const reactRoot = createRoot(root);
      flushSync(() => reactRoot.render(<Island {...propsOf(name)} />));
      restore(root, typed);
    }),
  );
}

if (typeof document !== 'undefined' && document.querySelector('[data-island-root]')) void mountIslands();
