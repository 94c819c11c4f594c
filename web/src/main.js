// Entry point of the page script (bundled to an IIFE by scripts/build-web.mjs). The worker
// source and the examples are embedded at build time as string data.
import { WORKER_SOURCE, EXAMPLES } from 'parallax:embedded';
import { MainController } from './main-controller.js';

const start = () => {
  window.parallaxApp = new MainController({ workerSource: WORKER_SOURCE, examples: EXAMPLES });
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
