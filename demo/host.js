// The careers site's own code: it listens to the kit's events (here it only logs them; a real site might count
// progress in its own analytics). The kit itself sends nothing anywhere.
for (const type of ['onward-step-change', 'onward-checklist-change', 'onward-feedback-action', 'onward-path-progress']) {
  document.addEventListener(type, (event) => console.info(`[careers site] ${type}`, event.detail));
}
