// Loaded first by the CSP test pages: records every Content-Security-Policy violation.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample});
});
