import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Code, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/*
 * `## Will it hurt? {#will-it-hurt}`: an id written at the end of a heading.
 * MDX would read the braces as a JavaScript expression (and fail on "#"), so
 * this construct claims `{#...}` at the end of a line before MDX sees it. The
 * marker becomes a `headingAnchor` node that the article step turns into the
 * heading's id.
 */

export type HeadingAnchor = { type: 'headingAnchor'; id: string };

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    headingAnchor: 'headingAnchor';
    headingAnchorId: 'headingAnchorId';
    headingAnchorMarker: 'headingAnchorMarker';
  }
}

const LEFT_BRACE = 123;
const RIGHT_BRACE = 125;
const HASH = 35;

const isIdChar = (code: Code) =>
  code !== null && ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45);
// micromark codes below -2 are line endings; null is the end of the file.
const endsLine = (code: Code) => code === null || code < -2;

function tokenizeAnchor(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // micromark consumes a character only inside a token of its own, so each brace and the hash get one.
  const marker = (code: Code) => {
    effects.enter('headingAnchorMarker');
    effects.consume(code);
    effects.exit('headingAnchorMarker');
  };
  const idChar: State = (code) => {
    if (isIdChar(code)) {
      effects.consume(code);
      return idChar;
    }
    if (code !== RIGHT_BRACE) return nok(code);
    effects.exit('headingAnchorId');
    marker(code);
    effects.exit('headingAnchor');
    return (next: Code) => (endsLine(next) ? ok(next) : nok(next));
  };
  const firstIdChar: State = (code) => {
    if (!isIdChar(code)) return nok(code);
    effects.enter('headingAnchorId');
    effects.consume(code);
    return idChar;
  };
  const hash: State = (code) => {
    if (code !== HASH) return nok(code);
    marker(code);
    return firstIdChar;
  };
  return (code) => {
    effects.enter('headingAnchor');
    marker(code);
    return hash;
  };
}

export function anchorSyntax(): Extension {
  return { text: { [LEFT_BRACE]: { name: 'headingAnchor', tokenize: tokenizeAnchor, add: 'before' } } };
}

export function anchorFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      headingAnchor(this: CompileContext, token: Token) {
        this.enter({ type: 'headingAnchor', id: '' } as never, token);
      },
    },
    exit: {
      headingAnchorId(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1] as unknown as HeadingAnchor;
        node.id = this.sliceSerialize(token);
      },
      headingAnchor(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
