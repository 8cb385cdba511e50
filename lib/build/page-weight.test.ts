import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageWeight } from './page-weight';

describe('pageWeight', () => {
  it('adds up the HTML, its stylesheets, the scripts the metafile names and any inline script', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    fs.mkdirSync(path.join(dir, 'search'));
    fs.writeFileSync(path.join(dir, 'a.css'), 'body{color:red}');
    fs.writeFileSync(path.join(dir, 'm.js'), 'console.log(1)');
    fs.writeFileSync(
      path.join(dir, 'search', 'index.html'),
      '<html><head><link rel="stylesheet" href="/a.css"></head><body><script type="importmap">{}</script><script type="application/json">{}</script></body></html>',
    );
    const weight = pageWeight(dir, '/search/', ['/m.js']);
    expect(weight.css.raw).toBe(15);
    expect(weight.js.raw).toBe('console.log(1)'.length + 2);
    expect(weight.requests).toBe(3);
  });
});
