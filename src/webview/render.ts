// Builds the preview's DOM from the view model; every piece of page text goes in through textContent, never as HTML.
import type { PreviewArticle, PreviewBlock, PreviewCredit, PreviewFurniture } from '../core/preview/viewModel';
import type { PreviewContent, PreviewStrings } from '../extension/preview/previewMessages';
import { format } from './settings';

type Attributes = Readonly<Record<string, string | number | undefined>>;

/** Creates an element with attributes and children; strings become text nodes. */
function el(tag: string, attributes: Attributes, ...children: (Node | string | null)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Attributes that tie a block to its source lines, for scroll sync and click-to-source. */
function lineAttributes(startLine: number, endLine: number): Attributes {
  return { 'data-line': startLine, 'data-end-line': endLine };
}

const BLOCK_TAGS: Readonly<Record<PreviewBlock['kind'], string>> = {
  kicker: 'p', headline: 'h2', subheadline: 'p', dateline: 'span', byline: 'span', paragraph: 'p', caption: 'p',
};

function renderCredit(credit: PreviewCredit, strings: PreviewStrings): HTMLElement {
  return el('span', { class: `chip chip-${credit.role}`, 'data-key': `${credit.role}:${credit.name}` },
    el('span', { class: 'chip-role' }, strings[credit.role]),
    el('span', { class: 'chip-name' }, credit.name));
}

function renderBlock(block: PreviewBlock, key: string, strings: PreviewStrings): HTMLElement {
  const attributes = { class: `block ${block.kind}`, 'data-key': key, ...lineAttributes(block.startLine, block.endLine) };
  if (block.kind === 'byline' && block.credits && block.credits.length > 0) {
    return el('span', attributes, ...block.credits.map((credit) => renderCredit(credit, strings)));
  }
  return el(BLOCK_TAGS[block.kind], attributes, block.text);
}

function issueBadge(count: number, strings: PreviewStrings): HTMLElement {
  const text = count === 0 ? strings.noOpenIssues : count === 1 ? strings.oneOpenIssue : format(strings.openIssues, count);
  return el('span', { class: count === 0 ? 'issues issues-none' : 'issues issues-open', 'data-count': count }, text);
}

function renderArticle(article: PreviewArticle, strings: PreviewStrings): HTMLElement {
  const counters = new Map<string, number>();
  const keyOf = (kind: string) => {
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    return `${kind}${n}`;
  };
  const header: HTMLElement[] = [];
  const credits: HTMLElement[] = [];
  const body: HTMLElement[] = [];
  const captions: HTMLElement[] = [];
  for (const block of article.blocks) {
    const element = renderBlock(block, keyOf(block.kind), strings);
    if (block.kind === 'dateline' || block.kind === 'byline') credits.push(element);
    else if (block.kind === 'paragraph') body.push(element);
    else if (block.kind === 'caption') captions.push(element);
    else header.push(element);
  }
  if (!article.blocks.some((b) => b.kind === 'headline')) {
    // Kicker and subheadline stay around the placeholder, as around a real headline.
    const at = article.blocks[0]?.kind === 'kicker' ? 1 : 0;
    header.splice(at, 0, el('h2', { class: 'headline untitled', 'data-key': 'untitled' }, strings.untitled));
  }
  // Focusable, so the keyboard can reveal an article's source too (Enter, see main.ts).
  return el('article', { class: 'article', tabindex: 0, 'data-key': `article${article.index}`, 'data-index': article.index, ...lineAttributes(article.startLine, article.endLine) },
    el('div', { class: 'article-meta', 'data-key': 'meta' },
      el('span', { class: 'article-number', title: strings.revealSource }, String(article.index)),
      issueBadge(article.openIssues, strings)),
    el('header', { class: 'article-header', 'data-key': 'header' }, ...header),
    credits.length > 0 ? el('div', { class: 'credits', 'data-key': 'credits' }, ...credits) : null,
    el('div', { class: 'article-body', 'data-key': 'body' }, ...body),
    captions.length > 0 ? el('div', { class: 'captions', 'data-key': 'captions' }, ...captions) : null);
}

function renderFurniture(items: readonly PreviewFurniture[], strings: PreviewStrings): HTMLElement {
  return el('aside', { class: 'furniture', 'data-key': 'furniture' },
    el('span', { class: 'furniture-title' }, strings.furniture),
    ...items.map((item, i) => el('span', { class: `block furniture-item furniture-${item.kind}`, 'data-key': `f${i}`, ...lineAttributes(item.line, item.line) },
      el('span', { class: 'furniture-kind' }, strings.furnitureKinds[item.kind] ?? item.kind),
      el('span', { class: 'furniture-text' }, item.text))));
}

/** The new children of #preview for `content`. */
export function renderContent(content: PreviewContent, strings: PreviewStrings): HTMLElement[] {
  const { model } = content;
  const nodes: HTMLElement[] = [];
  if (content.error !== undefined) nodes.push(el('p', { class: 'message error', 'data-key': 'error' }, format(strings.analysisFailed, content.error)));
  if (model.furniture.length > 0) nodes.push(renderFurniture(model.furniture, strings));
  if (content.notice === 'tooLarge') nodes.push(el('p', { class: 'message notice', 'data-key': 'notice' }, strings.tooLarge));
  if (model.articles.length === 0 && content.error === undefined && content.notice === undefined) nodes.push(el('p', { class: 'message empty', 'data-key': 'empty' }, strings.noArticles));
  for (const article of model.articles) nodes.push(renderArticle(article, strings));
  return nodes;
}

/** The toolbar: article count, total issues and the export button. */
export function renderToolbar(content: PreviewContent, strings: PreviewStrings): HTMLElement[] {
  return [
    el('span', { class: 'summary', 'data-key': 'summary' },
      content.model.articles.length === 1 ? strings.oneArticle : format(strings.articleCount, content.model.articles.length)),
    issueBadge(content.model.totalIssues, strings),
    el('span', { class: 'spacer', 'data-key': 'spacer' }),
    el('button', { type: 'button', id: 'export-button', class: 'button', 'data-key': 'export' }, strings.exportArticles),
  ];
}
