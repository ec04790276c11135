// Analysis runs here, off the page's main thread, so the page never freezes.
import { Analyzer } from "../js/browser.js";

const analyzer = new Analyzer();

self.onmessage = (e) => {
  const { id, text } = e.data;
  try {
    const analysis = analyzer.analyze(text);
    self.postMessage({ id, analysis });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
self.postMessage({ ready: true });
