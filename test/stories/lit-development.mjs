/**
 * Lit's development build on one test page, as Storybook's dev server loads it: with its
 * dev-mode warnings (an update scheduled after an update, several copies of Lit, …), which
 * Lit's production build, the one the other tests use, leaves out.
 *
 * The dev server resolves Lit's packages to their production modules; an import map on the
 * page sends every one of them to the same module under the package's development/ folder.
 */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

export function litDevelopmentImportMap() {
  const imports = {};
  for (const name of LIT_PACKAGES) {
    const dir = `/node_modules/${name}/`;
    imports[dir] = `${dir}development/`;
    // A development module imports its neighbours relatively: those stay where they are.
    imports[`${dir}development/`] = `${dir}development/`;
  }
  return `<script type="importmap">${JSON.stringify({imports})}</script>`;
}
