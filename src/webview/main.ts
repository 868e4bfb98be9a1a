// The preview's client script, running inside the webview: renders the articles, follows the editor, reports back.
import { articleAtLine } from '../core/preview/viewModel';
import type { PreviewContent, PreviewState, RenderedArticle, ToWebviewMessage } from '../extension/preview/previewMessages';
import { patchChildren } from './patch';
import { renderContent, renderToolbar } from './render';
import { ScrollSync } from './scrollSync';
import { readInitialData } from './settings';
import { vscode } from './vscodeApi';

const initial = readInitialData();
const strings = initial.strings;
const root = document.getElementById('preview') as HTMLElement;
const toolbar = document.getElementById('toolbar') as HTMLElement;

// State saved by an earlier page of the same preview (hidden and shown again) wins over the renderer's.
const saved = vscode.getState();
let state: PreviewState = saved && saved.resource === initial.state.resource ? { ...initial.state, line: saved.line ?? initial.state.line } : initial.state;
let content: PreviewContent = initial.content;
let activeLine: number | undefined = content.selectedLine;

function saveState(update: Partial<PreviewState>): void {
  state = { ...state, ...update };
  vscode.setState(state);
}

const scrollSync = new ScrollSync(root, () => toolbar.offsetHeight, (line) => {
  saveState({ line });
  vscode.postMessage({ type: 'revealLine', source: state.resource, line });
});

function highlightActiveArticle(): void {
  const active = activeLine === undefined ? null : articleAtLine(content.model, activeLine);
  for (const element of root.querySelectorAll<HTMLElement>('article.article')) {
    element.classList.toggle('is-active', active !== null && element.dataset.index === String(active.index));
  }
}

/** Reads back what the DOM now shows, so the extension (and its tests) see what a person sees. */
function reportRender(): void {
  const articles: RenderedArticle[] = [...root.querySelectorAll<HTMLElement>('article.article')].map((element) => ({
    index: Number(element.dataset.index),
    headline: element.querySelector('.headline:not(.untitled)')?.textContent ?? '',
    bylineNames: [...element.querySelectorAll('.chip-name')].map((chip) => chip.textContent ?? ''),
    openIssues: Number(element.querySelector('.issues')?.getAttribute('data-count') ?? 0),
    text: element.textContent ?? '',
  }));
  const furniture = [...root.querySelectorAll('.furniture-text')].map((item) => item.textContent ?? '');
  const messages = [...root.querySelectorAll('.message')].map((item) => item.textContent ?? '');
  vscode.postMessage({ type: 'didRender', source: state.resource, version: content.version, articles, furniture, messages });
}

function render(): void {
  patchChildren(toolbar, renderToolbar(content, strings));
  patchChildren(root, renderContent(content, strings));
  scrollSync.invalidate();
  highlightActiveArticle();
  reportRender();
}

function onMessage(message: ToWebviewMessage): void {
  // A preview re-pointed at another document may still receive messages meant for the old one.
  if (message.source !== state.resource) return;
  switch (message.type) {
    case 'updateContent':
      if (message.version < content.version) return;
      content = { version: message.version, model: message.model, selectedLine: message.selectedLine, error: message.error, notice: message.notice };
      if (message.selectedLine !== undefined) activeLine = message.selectedLine;
      render();
      break;
    case 'updateView':
      saveState({ line: message.line });
      scrollSync.scrollToLine(message.line);
      break;
    case 'updateSelection':
      activeLine = message.line;
      highlightActiveArticle();
      break;
    case 'updateLock':
      saveState({ locked: message.locked });
      break;
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => onMessage(event.data));

toolbar.addEventListener('click', (event) => {
  if ((event.target as Element | null)?.closest('#export-button')) vscode.postMessage({ type: 'exportArticles', source: state.resource });
});

function revealSourceOf(target: HTMLElement | null | undefined): void {
  if (!target) return;
  const startLine = Number(target.dataset.line);
  const endLine = Number(target.dataset.endLine ?? target.dataset.line);
  vscode.postMessage({ type: 'didClick', source: state.resource, startLine, endLine });
}

root.addEventListener('click', (event) => {
  // Selecting text to copy it is not a request to jump to the source.
  if (!window.getSelection()?.isCollapsed) return;
  revealSourceOf((event.target as Element | null)?.closest<HTMLElement>('[data-line]'));
});

root.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.matches('article.article')) revealSourceOf(event.target);
});

render();
saveState({});
const startLine = state.line;
if (startLine !== undefined && startLine > 0) {
  // Measure block positions only once the stylesheet has laid the page out.
  const scrollToStart = () => {
    scrollSync.invalidate();
    scrollSync.scrollToLine(startLine);
  };
  if (document.readyState === 'complete') scrollToStart();
  else window.addEventListener('load', scrollToStart, { once: true });
}
