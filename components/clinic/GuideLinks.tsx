import { LinkList } from '@/components/layout/LinkList';

type Props = { items: { href: string; title: string }[] };

/** Links to the full guides, for reading before the day. Left off paper, where they cannot be followed. */
export function GuideLinks({ items }: Props) {
  return (
    <LinkList id="full-guides" heading="Read the full guides" items={items} className="full-guides mb-10 print:hidden" />
  );
}
