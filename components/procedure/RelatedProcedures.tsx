import { LinkList } from '@/components/layout/LinkList';

type Props = { items: { href: string; title: string }[] };

/** Links to tests that are often confused with, or done with, this one. */
export function RelatedProcedures({ items }: Props) {
  return <LinkList as="nav" id="related-tests" heading="Related tests" items={items} className="related-tests mt-10" />;
}
