// Reads the initial data the renderer put into the page's one <meta> tag: state, localized strings, first content.
import { PREVIEW_DATA_ELEMENT_ID, type PreviewContent, type PreviewState, type PreviewStrings } from '../extension/preview/previewMessages';

export interface InitialData {
  readonly state: PreviewState;
  readonly strings: PreviewStrings;
  readonly content: PreviewContent;
}

function readJson<T>(element: HTMLElement, key: 'state' | 'strings' | 'content'): T {
  const raw = element.dataset[key];
  if (raw === undefined) throw new Error(`Could not load data for ${key}`);
  return JSON.parse(raw) as T;
}

export function readInitialData(): InitialData {
  const element = document.getElementById(PREVIEW_DATA_ELEMENT_ID);
  if (!element) throw new Error(`Could not find #${PREVIEW_DATA_ELEMENT_ID}`);
  return {
    state: readJson<PreviewState>(element, 'state'),
    strings: readJson<PreviewStrings>(element, 'strings'),
    content: readJson<PreviewContent>(element, 'content'),
  };
}

/** Fills `{0}`, `{1}`… in a localized template. */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : whole));
}
