// The core's message locale for VS Code's display language, and offset ↔ position helpers at the adapter's edge.
import * as vscode from 'vscode';
import type { Locale, TextRange } from '../../core';

/** 'zh-cn' for any Chinese display language (the only translation there is), else 'en'. */
export function coreLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** A core text range (UTF-16 offsets) as an editor range. */
export function toRange(document: vscode.TextDocument, range: TextRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}
