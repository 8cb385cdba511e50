/*
 * What the island tests import as "@testing-library/react" (an alias in
 * vitest.config.ts): the same queries from @testing-library/dom, with render,
 * act and cleanup done by Preact, the runtime the islands ship with.
 */
import { configure, getQueriesForElement, prettyDOM } from '@testing-library/dom';
import { render as preactRender, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export * from '@testing-library/dom';
export { act };

// Events are dispatched inside act(), so the render they cause is on screen when the call returns.
// Waiting (findBy, waitFor) is not: Preact renders and runs effects on its own schedule meanwhile.
configure({
  eventWrapper: (dispatch) => {
    let result: unknown;
    act(() => {
      result = dispatch();
    });
    return result as never;
  },
});

const mounted = new Set<HTMLElement>();

export function render(ui: ComponentChild, { container }: { container?: HTMLElement } = {}) {
  const target = container ?? document.body.appendChild(document.createElement('div'));
  act(() => preactRender(ui, target));
  mounted.add(target);
  return {
    container: target,
    baseElement: document.body,
    rerender: (next: ComponentChild) => act(() => preactRender(next, target)),
    unmount: () => act(() => preactRender(null, target)),
    debug: () => console.log(prettyDOM(target)),
    ...getQueriesForElement(target),
  };
}

export function cleanup() {
  for (const target of mounted) {
    act(() => preactRender(null, target));
    target.remove();
  }
  mounted.clear();
}
