import type { AdviceChoice, AppointmentData, AppointmentPageData } from '@/lib/clinic/appointment-data';
import { FIELDS, type ClinicInstructions } from '@/lib/clinic/fields';
import { decodeFragment, encodeFragment, fragmentVersion } from '@/lib/clinic/fragment';
import { formatIsoDate, formatLocalDate } from '@/lib/clinic/dates';
import { shortUrl, telHref } from '@/lib/clinic/link';
import type { qrDrawer } from '@/lib/clinic/qr';
import { localeOfLang } from '@/lib/i18n/page-locale';
import { fill } from '@/lib/i18n/fill';
import type { PatientScriptStrings as PatientStrings } from '@/lib/i18n/patient-script';
import type { Locale } from '@/lib/site-map/pages';
import { primaryButton } from '../buttons';
import { copyOf, one } from '../dom';
import { followFragment } from './clinic-fragment';

type Drawer = { draw: Awaited<ReturnType<typeof qrDrawer>>; widthClass: (modules: number) => string; imageClass: string };

/** An address that wraps only after a "/", so it can still be typed from paper. */
function writeAddress(target: Element, address: string) {
  target.textContent = '';
  address.split('/').forEach((part, index) => {
    if (index) target.append('/', document.createElement('wbr'));
    target.append(part);
  });
}

/** The clinic's instructions and the link to their page, every answer set as text, never as markup. */
function personal(island: Element, data: ClinicInstructions, page: AppointmentPageData, origin: string, strings: PatientStrings): DocumentFragment {
  const copy = copyOf(island, 'personal');
  const href = page.href;
  one(copy, '#clinic-instructions').textContent = fill(strings.instructionsFrom, { clinic: data.clinic ?? strings.yourClinic });
  const pageRow = one(copy, '[data-field="page"]');
  one(pageRow, 'dt').textContent = page.kind === 'procedure' ? strings.yourTestLabel : strings.readThisGuideLabel;
  const pageLink = one<HTMLAnchorElement>(pageRow, 'a');
  pageLink.href = href;
  pageLink.textContent = page.title;
  writeAddress(one(copy, '[data-field="address"] dd'), shortUrl(origin, href));
  for (const field of FIELDS) {
    const row = copy.querySelector(`[data-field="${field.name}"]`);
    if (!row) continue;
    const value = data[field.name];
    if (!value) {
      row.remove();
      continue;
    }
    const cell = one(row, 'dd');
    const tel = field.name === 'phone' ? telHref(value) : undefined;
    if (tel) {
      const link = one<HTMLAnchorElement>(cell, 'a');
      link.href = tel;
      link.textContent = value;
    } else cell.textContent = value;
  }
  // A text node, not an element, so the heading's name reads as one phrase: "Your test: Barium swallow".
  one(copy, '[data-slot="your-page-label"]').replaceWith(page.kind === 'procedure' ? strings.yourTestHeading : strings.readThisGuideHeading);
  const yourLink = one<HTMLAnchorElement>(copy, '#your-page a');
  yourLink.href = href;
  yourLink.textContent = page.title;
  const summary = one(copy, '[data-slot="summary"]');
  if (page.summary) summary.textContent = page.summary;
  else summary.remove();
  return copy;
}

/** Shows the chosen children of a list, in the chosen order, and hides the rest. */
function pick(list: Element | null | undefined, all: Element[], chosen: (Element | undefined)[]) {
  if (!list) return;
  for (const item of all) (item as HTMLElement).hidden = true;
  for (const item of chosen) {
    if (!item) continue;
    (item as HTMLElement).hidden = false;
    list.append(item);
  }
}

/**
 * The advice already on the page, holding every test's items: shows those of
 * one test (or of the general advice), in its order, and hides the rest.
 */
function adviceShower(island: Element) {
  const checklist = island.querySelector('.appointment-checklist ul');
  const items = [...(checklist?.children ?? [])];
  const cards = [...island.querySelectorAll<HTMLElement>('.when-to-get-help .care-card')];
  const ruleList = island.querySelector<HTMLElement>('.when-to-get-help [data-rule]')?.parentElement;
  const rules = [...(ruleList?.querySelectorAll('[data-rule]') ?? [])];
  const generalNote = island.querySelector<HTMLElement>('[data-slot="general-advice"]');

  return (choice: AdviceChoice, title?: string) => {
    if (generalNote) generalNote.hidden = title !== undefined;
    pick(checklist, items, choice.c.map((i) => items[i]));
    for (const card of cards) {
      const list = card.querySelector('ul');
      const signs = [...(list?.querySelectorAll('li[data-sign]') ?? [])];
      const chosen = choice.s.flatMap((id) => signs.filter((sign) => sign.getAttribute('data-sign') === id));
      pick(list, signs, chosen);
      card.hidden = !chosen.length;
    }
    if (ruleList) {
      pick(ruleList, rules, choice.r.map((id) => rules.find((rule) => rule.getAttribute('data-rule') === id)));
      ruleList.hidden = !choice.r.length;
    }
  };
}

function isDayFacts(value: unknown): value is { facts: string[] } {
  const facts = (value as { facts?: unknown } | null)?.facts;
  return Array.isArray(facts) && facts.every((fact) => typeof fact === 'string');
}

/**
 * The linked test's day facts (how long it takes, pain relief, getting ready),
 * fetched from its own small file so the page does not carry every test's.
 * The box shows once they arrive; if they cannot load, it stays hidden, as it
 * is for the general advice, and the test's own page has them. Each text is
 * set as text.
 */
function dayShower(island: Element, strings: PatientStrings) {
  const day = island.querySelector<HTMLElement>('.on-the-day');
  const facts = [...(day?.querySelectorAll<HTMLElement>('dl > div') ?? [])];
  let page: AppointmentPageData | undefined;
  return (shown: AppointmentPageData | undefined): Promise<void> => {
    page = shown;
    if (!day) return Promise.resolve();
    day.hidden = true;
    if (!shown?.day) return Promise.resolve();
    one(day, '#on-the-day').textContent = fill(strings.onTheDayOf, { test: shown.title });
    return fetch(shown.day)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
      .then((body: unknown) => {
        if (page !== shown || !isDayFacts(body)) return;
        facts.forEach((fact, i) => {
          fact.hidden = !body.facts[i];
          one(fact, 'dd').textContent = body.facts[i] ?? '';
        });
        day.hidden = !body.facts.some(Boolean);
      })
      .catch(() => undefined);
  };
}

type SourceEntry = { publisher: string; title: string; url: string; lang?: string };

function isSourceList(value: unknown): value is { sources: SourceEntry[] } {
  const sources = (value as { sources?: unknown } | null)?.sources;
  return (
    Array.isArray(sources) &&
    sources.every(
      (s) => typeof s?.publisher === 'string' && typeof s?.title === 'string' && typeof s?.url === 'string' && /^https:\/\//.test(s.url),
    )
  );
}

/**
 * The Sources list. The page holds the general advice's sources; a test's own
 * (a dozen of the site's 70 or so) are fetched from a file the build wrote
 * when the reader opens the list, and written in as text.
 */
function sourcesShower(island: Element, strings: PatientStrings, locale: Locale) {
  const details = island.querySelector<HTMLDetailsElement>('.sources details');
  const summary = details?.querySelector('summary');
  const list = details?.querySelector('ol');
  if (!details || !summary || !list) return () => {};
  const general = { summary: summary.textContent ?? '', items: [...list.children] };
  let page: AppointmentPageData | undefined;
  let loaded: Promise<void> | undefined;

  const item = (text: string) => {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  };
  // A message in place of the list is not a numbered source.
  const message = (text: string) => {
    const li = item(text);
    li.className = 'list-none';
    return li;
  };

  function load(shown: AppointmentPageData, href: string) {
    list!.replaceChildren(message(strings.sourcesLoading));
    loaded = fetch(href)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
      .then((body: unknown) => {
        if (!isSourceList(body)) throw new Error('not a list of sources');
        if (page !== shown) return;
        list!.replaceChildren(
          ...body.sources.map((source) => {
            const li = item(`${source.publisher}: `);
            const a = document.createElement('a');
            a.href = source.url;
            a.rel = 'noreferrer';
            a.textContent = source.title;
            const lang = source.lang ?? 'en';
            if (lang !== locale) {
              a.lang = lang;
              a.hreflang = lang;
            }
            li.append(a);
            return li;
          }),
        );
      })
      .catch(() => {
        if (page !== shown) return;
        loaded = undefined;
        const li = message(strings.sourcesFailed);
        const a = document.createElement('a');
        a.href = `${shown.href}#sources`;
        a.textContent = shown.title;
        li.append(a, '.');
        list!.replaceChildren(li);
      });
  }

  details.addEventListener('toggle', () => {
    if (details.open && page?.sources && !loaded) load(page, page.sources.href);
  });

  return (shown: AppointmentPageData | undefined) => {
    page = shown;
    loaded = undefined;
    if (!shown?.sources) {
      summary.textContent = general.summary;
      list.replaceChildren(...general.items);
      return;
    }
    summary.textContent = shown.sources.summary;
    list.replaceChildren();
    if (details.open) load(shown, shown.sources.href);
  };
}

/**
 * Starts the appointment page. The page's HTML already holds the general
 * advice and inert templates; this reads the clinic's link from the address
 * after "#", checks it with the one schema, and shows the clinic's words
 * first, then shows the linked test's own advice. A link it cannot read fully shows
 * a kind notice instead, and nothing from it. The QR code for the handout is
 * drawn only when the page is printed, so a patient reading on a phone never
 * downloads the QR code library.
 */
export function enhanceAppointment(root: HTMLElement, props: Record<string, unknown>): void {
  const { pages, general, origin, path, siteName, strings } = props as unknown as AppointmentData;
  // The page's language is the server's <html lang>: one script serves both editions, and its link stays on this edition.
  const locale: Locale = localeOfLang(document.documentElement.lang);
  const slugs = pages.map((p) => p.slug);
  const island = one(root, '[data-island="appointment"]');
  const status = one(island, '[role="status"]');
  const showAdvice = adviceShower(island);
  const showDay = dayShower(island, strings);
  const showSources = sourcesShower(island, strings, locale);
  // The link to the other edition carries the same instructions, so a patient (or the clinic's staff) can read them in either language.
  const otherEdition = document.querySelector<HTMLAnchorElement>('a.language-link');
  const otherEditionPath = otherEdition?.getAttribute('href')?.split('#')[0];
  let added: ChildNode[] = [];
  let link: string | undefined;
  let drawer: Promise<Drawer> | undefined;
  let filing: { page: AppointmentPageData; version: string; line?: Element } | undefined;

  const loadDrawer = () =>
    (drawer ??= Promise.all([import('@/lib/clinic/qr'), import('../qr-print-width')]).then(async ([qr, width]) => ({
      draw: await qr.qrDrawer(),
      widthClass: width.printWidthClass,
      imageClass: width.QR_IMAGE_CLASS,
    })));

  function drawQr({ draw, widthClass, imageClass }: Drawer) {
    const slot = island.querySelector('[data-slot="qr"]');
    if (!slot || !link || slot.querySelector(`[data-qr-value="${CSS.escape(link)}"]`)) return;
    const qr = draw(link);
    const box = document.createElement('div');
    box.className = 'qr-code';
    box.dataset.qrValue = link;
    const image = document.createElement('img');
    image.src = qr.svg;
    image.alt = strings.qrAlt;
    image.className = `${imageClass} w-[30mm] ${widthClass(qr.modules)}`;
    box.append(image);
    slot.replaceChildren(box);
  }

  /** Draws the code now if the library is here (as it must be within "beforeprint"), or as soon as it is. */
  function prepareForPrint(): Promise<void> {
    if (filing?.line) filing.line.textContent = printedLine(filing.page, filing.version);
    if (!link) return Promise.resolve();
    return loadDrawer().then(drawQr);
  }

  function printedLine(page: AppointmentPageData, version: string): string {
    const reviewed = page.lastReviewed
      ? ` · ${fill(page.kind === 'procedure' ? strings.testReviewed : strings.guideReviewed, { date: formatIsoDate(page.lastReviewed, strings.dateLocale) })}`
      : '';
    const printed = fill(strings.printedOn, { date: formatLocalDate(new Date(), strings.dateLocale) });
    return `${printed}${reviewed} · ${fill(strings.reference, { slug: page.slug, version })}`;
  }

  function show(fragment: string) {
    if (otherEdition && otherEditionPath) otherEdition.setAttribute('href', `${otherEditionPath}${fragment}`);
    for (const node of added) node.remove();
    added = [];
    link = undefined;
    filing = undefined;
    status.replaceChildren();
    showAdvice(general);
    void showDay(undefined);
    showSources(undefined);
    const result = decodeFragment(fragment, slugs);
    if (!result.ok) {
      if (result.reason === 'empty') return;
      const notice = copyOf(island, 'notice');
      const box = one<HTMLElement>(notice, 'div');
      box.dataset.reason = result.reason;
      one(box, 'p').textContent = result.reason === 'incomplete' ? strings.incomplete : strings.unreadable;
      status.append(notice);
      return;
    }
    const page = pages.find((p) => p.slug === result.data.page);
    if (!page) return;
    const copy = personal(island, result.data, page, origin, strings);
    const version = fragmentVersion(fragment) ?? '';
    one(copy, '[data-slot="made-by"]').textContent = fill(strings.madeBy, { site: siteName, address: origin });
    const line = one(copy, '[data-slot="printed"]');
    line.textContent = printedLine(page, version);
    filing = { page, version, line };
    // The page's own path comes with its data, so the site map stays out of the patient's download.
    link = `${origin}${path}#${encodeFragment(result.data)}`;
    added = [...copy.childNodes];
    status.after(copy);
    if (page.advice) showAdvice(page.advice, page.title);
    void showDay(page);
    showSources(page);
  }

  const button = document.createElement('button');
  button.type = 'button';
  button.className = primaryButton;
  button.textContent = strings.print;
  // Someone about to print: fetch the QR code library so the code is ready in time.
  button.addEventListener('pointerenter', () => void (link && loadDrawer()));
  button.addEventListener('focus', () => void (link && loadDrawer()));
  button.addEventListener('click', () => void prepareForPrint().then(() => window.print()));
  one(island, '[data-slot="print"]').append(button);
  // Ctrl or Cmd is pressed before P: start loading then, so the code is usually drawn in time.
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && link) void loadDrawer();
  });
  window.addEventListener('beforeprint', () => void prepareForPrint());
  followFragment(show);
}
