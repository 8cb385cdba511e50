import { options } from 'preact';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

// Preact runs effects after the next frame; React runs them before the next input event. Running them as
// soon as a render is done keeps React's order, so what the reader typed before the script arrived is
// applied after an island's own start-up effects and never overwritten by them.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);

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
 * and an input event, so the component's onChange sees it as typing (its
 * state starts empty, as the server's HTML did).
 */
function restore(root: HTMLElement, typed: Typed[]) {
  for (const { name, value, focused } of typed) {
    const field = root.querySelector<Field>(`[name="${CSS.escape(name)}"]`);
    if (!field) continue;
    if (value) {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
      setter?.call(field, value);
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
    if (field !== document.activeElement && focused) field.focus();
  }
}

/**
 * Renders a component island over the markup the server wrote for it. In the
 * browser bundle "react-dom/client" is preact/compat, whose render adopts the
 * server's elements where they match and corrects their attributes (rather
 * than trusting them, as hydration does), so nothing is replaced and focus stays.
 */
export async function renderIsland(root: HTMLElement, Island: ComponentType<Record<string, unknown>>, props: Record<string, unknown>) {
  const typed = snapshot(root);
  const island = createRoot(root);
  flushSync(() => island.render(<Island {...props} />));
  await new Promise((resolve) => setTimeout(resolve));
  restore(root, typed);
}
