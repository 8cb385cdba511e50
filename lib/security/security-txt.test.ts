import { securityTxt } from './security-txt';

describe('security.txt', () => {
  it('names a contact, the canonical address and an expiry a year after the build (RFC 9116)', () => {
    const text = securityTxt(new Date('2026-12-01T12:00:00.000Z'), 'security@example.org', 'https://example.org');
    expect(text).toBe(
      'Contact: mailto:security@example.org\nExpires: 2027-12-01T12:00:00Z\nPreferred-Languages: en\nCanonical: https://example.org/.well-known/security.txt\n',
    );
  });
});
