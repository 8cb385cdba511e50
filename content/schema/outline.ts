import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';

/*
 * What the MDX compile finds in an article, exported by every compiled module
 * beside its component and front matter, so nothing reads the file again.
 */

/** A heading with the id it carries on the page. `explicit` is false when the id was made from the wording. */
export type Heading = { id: string; text: string; depth: number; explicit: boolean };

export type FaqItem = { question: string; answer: string };

/** One h2 section: its id, heading and the words in it (component labels included), for site search and checks. */
export type Section = {
  id: string;
  title: string;
  text: string;
  /** The same words as sentences, as the reading-grade rule reads them. */
  prose: string;
  /** Names of the components the section uses. */
  components: string[];
};

export type Outline = {
  /** The h2 headings, for "On this page". */
  toc: Heading[];
  /** Every heading at every level. */
  headings: Heading[];
  /** Sentences before the first h2. */
  intro: string;
  sections: Section[];
  terms: string[];
  faqs: FaqItem[];
  /** Titles of the <Step> elements, for MedicalProcedure.howPerformed. */
  steps: string[];
  /**
   * Data the body names by id: doses, durations, shared rules, shared text and
   * the registry keys of its <Cite src> (in order), so the page lists their sources.
   */
  refs: { doses: string[]; durations: string[]; safetyRules: string[]; sharedTexts: string[]; cites: string[] };
  /** Paragraphs and table cells that state a number with no citation in the same block, for the build's check. */
  uncited: { line: number; text: string }[];
  /** Internal link targets ("/risks/", "/procedures/myelogram/#risks"). */
  links: string[];
  /** Names of every component used, in order of first use. */
  components: string[];
  helpCards: number;
};

/** A compiled article module: its component, the validated front matter and its outline. */
export type ArticleModule<Meta> = {
  default: ComponentType<{ components?: MDXComponents }>;
  metadata: Meta;
  outline: Outline;
  /** The first 12 hex digits of the file's sha256, which a translation records as the version it came from. */
  contentHash: string;
};
