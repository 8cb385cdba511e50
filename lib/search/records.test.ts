import { recordId, recordOf } from './records';

describe('record ids', () => {
  it('name the page and part a record is, and read back the same', () => {
    const id = recordId('en', 12, 3, 9, 'fdb0d0a');
    expect(id).toBe('en_12.3.9.fdb0d0a');
    expect(recordOf(id)).toEqual({ page: 'en_12', part: 3, parts: 9 });
  });

  it('tell two languages\' pages of the same number apart', () => {
    expect(recordOf(recordId('en', 4, 0, 2, 'ab')).page).not.toBe(recordOf(recordId('es', 4, 0, 2, 'ab')).page);
  });

  it('take an id of another shape as a page of one part', () => {
    expect(recordOf('en_fdb0d0a')).toEqual({ page: 'en_fdb0d0a', part: 0, parts: 1 });
  });
});
