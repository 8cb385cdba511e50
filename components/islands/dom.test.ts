import { one } from './dom';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('one', () => {
  it('names what the page is missing', () => {
    expect(() => one(document, '[data-slot="results"]')).toThrow('the page has no [data-slot="results"]');
  });
});
