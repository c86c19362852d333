// Progressive enhancement for long operations: while one runs, ask for its status every two seconds and show it
// (the text is in an aria-live region); when it ends, load the page again. Without script, the page has a refresh link.
export function initProgress(root = document) {
  for (const element of root.querySelectorAll('[data-module="app-progress"]')) {
    const bar = element.querySelector('progress');
    const text = element.querySelector('[data-progress-text]');
    if (!bar) continue;
    const timer = setInterval(async () => {
      const response = await fetch(element.dataset.statusUrl, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const status = await response.json();
      if (!status.running) {
        clearInterval(timer);
        window.location.reload();
        return;
      }
      bar.value = Math.round(status.percent);
      text.textContent = status.text;
    }, 2000);
  }
}
