// @vitest-environment node
import fs from 'node:fs';
import { fieldTables, withFieldTables } from '@/lib/content/field-table';

describe('the README front matter tables', () => {
  it('say what the schemas say (npm run readme:fields rewrites them)', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(withFieldTables(readme)).toBe(readme);
  });

  it('list every field with its description and whether it is required', () => {
    const { article, procedure } = fieldTables();
    expect(article).toContain('| `title` | yes | The page heading and the start of the browser title |');
    expect(article).toContain('| `navTitle` | no |');
    expect(procedure).toContain('| `glance.dose` | yes |');
    expect(procedure).not.toContain('`title`');
  });
});
