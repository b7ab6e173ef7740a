/** Puppeteer drives Debian's Firefox ESR in the tests; it must never try to download a browser of its own. */
module.exports = { skipDownload: true };
