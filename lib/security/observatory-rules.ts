/** CSP directives whose sources the Observatory checks for unsafe values. */
export const CSP_DIRECTIVES_SCORED = ['default-src', 'script-src', 'style-src', 'object-src', 'connect-src'];
