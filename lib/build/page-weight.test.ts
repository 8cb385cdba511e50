import { moduleGraph } from './page-weight';

const files: Record<string, string> = {
  '/i/mount-A.js': 'import{a as r}from"./chunk-R.js";const l={s:()=>import("./chunk-S.js"),c:()=>import("./chunk-C.js")};',
  '/i/chunk-R.js': 'export const a=1;',
  '/i/chunk-S.js': 'import{b}from"./chunk-Z.js";x("div",{"data-island":"search"});',
  '/i/chunk-C.js': 'import{q}from"./chunk-Q.js";x("div",{"data-island":"clinic-builder"});',
  '/i/chunk-Z.js': 'export const b=2;',
  '/i/chunk-Q.js': 'export const q=3;',
};

describe('moduleGraph', () => {
  it('counts the entry, its imports and only the chunks of the islands on the page', () => {
    expect(moduleGraph((f) => files[f], '/i/mount-A.js', ['search']).sort()).toEqual(
      ['/i/chunk-R.js', '/i/chunk-S.js', '/i/chunk-Z.js', '/i/mount-A.js'].sort(),
    );
    expect(moduleGraph((f) => files[f], '/i/mount-A.js', ['clinic-builder'])).toContain('/i/chunk-Q.js');
  });
});
