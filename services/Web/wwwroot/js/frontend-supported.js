// GOV.UK Frontend styles its components for script only when the browser can run its modules.
document.body.classList.add('js-enabled', ...('noModule' in HTMLScriptElement.prototype ? ['govuk-frontend-supported'] : []));
