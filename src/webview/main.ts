// The preview's client script, running inside the webview. (Filled in by the Preview issue.)
export {};
