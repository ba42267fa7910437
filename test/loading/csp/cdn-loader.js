// Loads the bundle as a page would from a CDN: from another origin, here the other name of this
// loopback server (localhost ↔ 127.0.0.1), which serves the bundle's files with CORS.
const cdnHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
window.__cdnOrigin = `${location.protocol}//${cdnHost}:${location.port}`;
const script = document.createElement('script');
script.type = 'module';
script.src = `${window.__cdnOrigin}/test-server/cdn/security-timeline.bundle.js`;
document.head.append(script);
