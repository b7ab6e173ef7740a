// Records every Content-Security-Policy violation on the strict page, for the test that loads it.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
