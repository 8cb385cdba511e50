/**
 * html-validate over every built page (tests/e2e/validators.spec.ts), with the
 * recommended preset. Only rules about how React's server renderer spells valid
 * HTML are relaxed; each is named with the reason.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes void elements as <meta/>, <link/>, <input/>: valid HTML syntax, only a style choice.
    'void-style': 'off',
    // React writes some attribute names in camelCase (charSet, dateTime, autoComplete, maxLength):
    // HTML attribute names are case-insensitive, so browsers read them the same.
    'attr-case': 'off',
    // React writes boolean attributes as name="" (hidden="", disabled=""): the same meaning as the bare name.
    'attribute-empty-style': 'off',
    'attribute-boolean-style': 'off',
    // React's useId makes ids such as "_R_34lubtb_": valid HTML ids, only not CSS-identifier style.
    'valid-id': ['error', { relaxed: true }],
    // The steps of a procedure are a named list (<ol aria-label="Steps of a barium swallow">):
    // ARIA 1.2 lets a list carry a name, and screen readers announce it on entering the list.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
