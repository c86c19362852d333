import { initAll } from '/govuk/govuk-frontend.min.js';
import { initProgress } from '/js/progress.mjs';

initAll();
initProgress();
