// Builds the preview's HTML page: strict CSP with a fresh nonce, media/ resources only, and one escaped <meta> of initial data.
import * as vscode from 'vscode';
import { createNonce, escapeAttribute } from './html';
import { PREVIEW_DATA_ELEMENT_ID, type PreviewContent, type PreviewState, type PreviewStrings } from './previewMessages';

export class PreviewRenderer {
  readonly #mediaRoot: vscode.Uri;

  constructor(extensionUri: vscode.Uri) {
    this.#mediaRoot = vscode.Uri.joinPath(extensionUri, 'media');
  }

  /** Scripts on, forms off, and nothing readable but the extension's media/ folder (the page text travels in messages). */
  webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableForms: false, localResourceRoots: [this.#mediaRoot] };
  }

  /** The whole page; every dynamic value is inside one attribute-escaped JSON payload, never in the markup. */
  renderDocument(webview: vscode.Webview, state: PreviewState, content: PreviewContent): string {
    const nonce = createNonce();
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.#mediaRoot, 'preview.js'));
    const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(this.#mediaRoot, 'preview.css'));
    const csp = [
      `default-src 'none'`,
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `base-uri 'none'`,
      `form-action 'none'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="${PREVIEW_DATA_ELEMENT_ID}" data-state="${escapeAttribute(JSON.stringify(state))}" data-strings="${escapeAttribute(JSON.stringify(previewStrings()))}" data-content="${escapeAttribute(JSON.stringify(content))}">
<link rel="stylesheet" href="${escapeAttribute(styleUri.toString())}">
</head>
<body>
<div id="toolbar" class="toolbar"></div>
<main id="preview"></main>
<script nonce="${nonce}" src="${escapeAttribute(scriptUri.toString())}"></script>
</body>
</html>`;
  }
}

/** The client's UI strings, localized here so the webview holds no text of its own. */
export function previewStrings(): PreviewStrings {
  return {
    furniture: vscode.l10n.t('Page furniture'),
    noArticles: vscode.l10n.t('No articles found on this page.'),
    untitled: vscode.l10n.t('(no headline)'),
    openIssues: vscode.l10n.t('{0} open issues'),
    oneOpenIssue: vscode.l10n.t('1 open issue'),
    noOpenIssues: vscode.l10n.t('No open issues'),
    exportArticles: vscode.l10n.t('Export articles'),
    articleCount: vscode.l10n.t('{0} articles'),
    oneArticle: vscode.l10n.t('1 article'),
    reporter: vscode.l10n.t('Reporter'),
    correspondent: vscode.l10n.t('Correspondent'),
    author: vscode.l10n.t('Author'),
    revealSource: vscode.l10n.t('Click to show the source lines'),
    analysisFailed: vscode.l10n.t('This page could not be analysed: {0}'),
    tooLarge: vscode.l10n.t('This text is too large to preview as articles; its problems are still listed in the Problems panel.'),
    furnitureKinds: {
      masthead: vscode.l10n.t('Masthead'),
      section: vscode.l10n.t('Section'),
      'page-header': vscode.l10n.t('Page header'),
      ad: vscode.l10n.t('Advertisement'),
      jump: vscode.l10n.t('Continued'),
      other: vscode.l10n.t('Other'),
    },
  };
}
