// The ALTCHA widget's "external" build bundles no worker: register the SHA-256 one from our own
// origin, so that the Content-Security-Policy needs neither blob: workers nor inline code.
globalThis.$altcha.algorithms.set('SHA-256', () => new Worker('/lib/altcha/sha.js'));
