import { Children, cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';

type Element = ReactElement<{ children?: ReactNode }>;

const elements = (children: ReactNode) => Children.toArray(children).filter(isValidElement) as Element[];
const tagOf = (element: Element) => (typeof element.type === 'string' ? element.type : '');

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement(node)) return textOf((node as Element).props.children);
  return '';
}

/** The column headings of a table's first header row. */
function headingsOf(sections: Element[]): string[] {
  const head = sections.find((s) => tagOf(s) === 'thead');
  const row = head ? elements(head.props.children)[0] : undefined;
  return row ? elements(row.props.children).map((cell) => textOf(cell.props.children).trim()) : [];
}

/**
 * A table written in an article. A table of three or more columns cannot keep
 * whole words on a phone, so there each row becomes a short block, every cell
 * after the first labelled with its column heading (app/globals.css). The
 * labels come from the header row, so the article's Markdown stays a plain table.
 */
export function Table({ children, className = '', ...props }: ComponentProps<'table'>) {
  const sections = elements(children);
  const headings = headingsOf(sections);
  if (headings.length < 3) {
    return (
      <table className={className} {...props}>
        {children}
      </table>
    );
  }
  const labelled = sections.map((section) =>
    tagOf(section) === 'tbody'
      ? cloneElement(
          section,
          {},
          elements(section.props.children).map((row) =>
            cloneElement(
              row,
              {},
              elements(row.props.children).map((cell, i) => cloneElement(cell as ReactElement<Record<string, unknown>>, { 'data-label': headings[i] })),
            ),
          ),
        )
      : section,
  );
  return (
    <table className={`stack-table ${className}`.trim()} {...props}>
      {labelled}
    </table>
  );
}
