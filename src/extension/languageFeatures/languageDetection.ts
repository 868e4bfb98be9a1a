// Switches opened .txt files to the page-dump language when their content looks like one, or when a configured pattern matches.
import * as vscode from 'vscode';
import { looksLikePageDump } from '../../core/editor/detect';
import { LANGUAGE_ID } from '../pageModelService';
import { Disposable } from '../util/dispose';

/** Lines handed to the detector: more than enough for its 64 k-character sample of a page dump. */
const DETECTION_LINES = 4000;

/** Decides each opened document's language once per session, so a user's own choice is never overridden. */
export class LanguageDetector extends Disposable {
  /** Documents already decided (by us or by the user): switching a language closes and reopens a document. */
  readonly #decided = new Set<string>();

  constructor() {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => void this.examine(doc)));
    for (const doc of vscode.workspace.textDocuments) void this.examine(doc);
  }

  /** Records that the user chose a language for `uri`, so detection leaves it alone. */
  markDecided(uri: vscode.Uri): void {
    this.#decided.add(uri.toString());
  }

  /** Switches `document` to the page-dump language if it should be one; resolves to whether it did. */
  async examine(document: vscode.TextDocument): Promise<boolean> {
    const key = document.uri.toString();
    if (this.#decided.has(key) || document.languageId === LANGUAGE_ID) return false;
    this.#decided.add(key);
    if (!this.#shouldSwitch(document)) return false;
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    return true;
  }

  #shouldSwitch(document: vscode.TextDocument): boolean {
    const config = vscode.workspace.getConfiguration('newsdump', document);
    const patterns = config.get<string[]>('detect.filePatterns', []);
    if (patterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
    if (!config.get<boolean>('detect.enabled', true) || document.languageId !== 'plaintext') return false;
    if (!/\.txt$/iu.test(document.uri.path) && !document.isUntitled) return false;
    // The detector reads only the head of a file; never copy a huge document's whole text for it.
    const head = new vscode.Range(0, 0, Math.min(document.lineCount, DETECTION_LINES), 0);
    return looksLikePageDump(document.getText(head));
  }
}

/** Registers content detection; the detector is the disposable (the language commands tell it the user's choice). */
export function registerLanguageDetection(): LanguageDetector {
  return new LanguageDetector();
}
