// Types of the WebAssembly module built from wasm/bindings.cpp (build/wasm/parallax.js).

export interface ParallaxDocument {
  name: string;        // file name or outlet; the report id is this without extension
  text: string;        // the article text
  published?: string;  // "YYYY-MM-DD" if known
}

export interface ParallaxOptions {
  referenceDate?: string;  // "YYYY-MM-DD" for documents with no date of their own
}

export interface ParallaxModule {
  // Returns the JSON report of shared/REPORT.md with UTF-16 offsets, or
  // {"ok": false, "error": "..."}; never throws.
  analyze(documents: ParallaxDocument[], options?: ParallaxOptions): string;
  version(): string;
}

export default function createParallax(): Promise<ParallaxModule>;
