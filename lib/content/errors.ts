import type { z } from 'zod';

/** A content mistake, reported with the file and the field so an author can fix it at once. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Content error in ${file}: field "${field}" ${problem}`);
    this.name = 'ContentError';
  }
}

export function describeIssue(issue: z.core.$ZodIssue): { field: string; problem: string } {
  const field = issue.path.length ? issue.path.join('.') : '(front matter)';
  if (issue.code === 'unrecognized_keys') {
    const prefix = issue.path.length ? `${issue.path.join('.')}.` : '';
    return { field: issue.keys.map((k) => prefix + k).join(', '), problem: 'is not a known field (check the spelling)' };
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return { field, problem: 'is missing' };
  }
  return { field, problem: issue.message.replace(/^Invalid input: /, '') };
}
