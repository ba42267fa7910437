/**
 * React for the browser tests. React ships CommonJS only, which the test server does not turn
 * into modules. `/test-vendor/react.js` is React and `react-dom` bundled into one ES module with
 * esbuild, as an app's bundler would; it hands its React to the module the server gives for a
 * bare `import 'react'` (the wrapper's), so that there is one React on the page. A test imports
 * `/test-vendor/react.js` before anything that imports `react`.
 */
import {build} from 'esbuild';

let bundled;

/** What `import * as React from 'react'` gets: the vendored React's exports. */
const REACT_MODULE = `const React = globalThis.__testReact;
if (!React) throw new Error('import /test-vendor/react.js before anything that imports react');
export default React;
export const {Children, Component, Fragment, createElement, forwardRef, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} = React;
`;

export function reactVendor() {
  return {
    name: 'react-vendor',
    async serve(context) {
      if (/\/node_modules\/react\/index\.js$/.test(context.path)) return {body: REACT_MODULE, type: 'js'};
      if (context.path !== '/test-vendor/react.js') return undefined;
      bundled ??= build({
        stdin: {
          contents: `import * as React from 'react';
import {createRoot} from 'react-dom/client';
import {flushSync} from 'react-dom';
globalThis.__testReact = React;
export {React, createRoot, flushSync};`,
          resolveDir: process.cwd(),
          loader: 'js',
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: {'process.env.NODE_ENV': '"production"'},
      }).then((result) => result.outputFiles[0].text);
      return {body: await bundled, type: 'js'};
    },
  };
}
