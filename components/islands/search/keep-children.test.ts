import { keepChildren } from './keep-children';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keepChildren', () => {
  it('adds and removes parts around a focused button without taking it out, so the focus stays on it', () => {
    document.body.innerHTML = '<div><p id="a"></p><button id="b" type="button">More</button><p id="c"></p></div>';
    const parent = document.querySelector('div')!;
    const [a, button, c] = [...parent.children];
    const added = document.createElement('ol');
    (button as HTMLButtonElement).focus();
    const removed = vi.fn();
    new MutationObserver((records) => records.forEach((r) => r.removedNodes.forEach((node) => removed(node)))).observe(parent, { childList: true });
    keepChildren(parent, [a, added, button]);
    expect([...parent.children]).toEqual([a, added, button]);
    expect(button).toHaveFocus();
    expect(c.isConnected).toBe(false);
    return new Promise<void>((resolve) =>
      queueMicrotask(() => {
        expect(removed.mock.calls.map(([node]) => node)).toEqual([c]);
        resolve();
      }),
    );
  });

  it('puts parts in the order given', () => {
    document.body.innerHTML = '<ul><li>1</li><li>2</li></ul>';
    const list = document.querySelector('ul')!;
    const [first, second] = [...list.children];
    keepChildren(list, [second, first]);
    expect(list).toHaveTextContent('21');
  });
});
