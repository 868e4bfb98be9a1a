// Hovers: a byline's parsed names and roles, and a broken number's repaired value.
import * as vscode from 'vscode';
import { hoverTargetAt } from '../../core/editor/hover';
import { LANGUAGE_ID, type PageModelService } from '../pageModelService';
import { toRange } from '../util/locale';

export class PageHoverProvider implements vscode.HoverProvider {
  constructor(private readonly pageModels: PageModelService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.pageModels.requestAnalysis(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const target = hoverTargetAt(analysis, document.offsetAt(position));
    if (!target) return undefined;
    const markdown = new vscode.MarkdownString();
    if (target.kind === 'number') {
      markdown.appendMarkdown(`**${vscode.l10n.t('Broken number')}**\n\n`);
      markdown.appendMarkdown(vscode.l10n.t('Written: {0}', code(target.original)) + '  \n');
      markdown.appendMarkdown(vscode.l10n.t('Repaired: {0}', code(target.repaired)));
    } else {
      const { byline } = target;
      markdown.appendMarkdown(`**${vscode.l10n.t('Byline')}** ${code(byline.text)}\n\n`);
      const rows: [string, readonly string[]][] = [
        [vscode.l10n.t('Reporters'), byline.reporters],
        [vscode.l10n.t('Correspondents'), byline.correspondents],
        [vscode.l10n.t('Authors'), byline.authors],
      ];
      const listed = rows.filter(([, names]) => names.length > 0);
      if (listed.length === 0) markdown.appendMarkdown(vscode.l10n.t('No names recognised.'));
      for (const [role, names] of listed) markdown.appendMarkdown(`- ${role}: ${names.map(code).join('、')}\n`);
    }
    return new vscode.Hover(markdown, toRange(document, target.range));
  }
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

/** Registers the hover provider. */
export function registerHovers(pageModels: PageModelService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(LANGUAGE_ID, new PageHoverProvider(pageModels));
}
