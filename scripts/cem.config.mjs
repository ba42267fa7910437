/**
 * Analyzer settings for custom-elements.json (used by scripts/analyze.mjs).
 */

/**
 * The analyzer takes a field's default from its initializer, and keeps a named constant as its
 * name ("DEFAULT_MAX_BYTES"), which tells a reader of the docs nothing. A field's JSDoc
 * `@default` says the value in words instead, and wins here.
 */
const jsDocDefaults = {
  name: 'jsdoc-default-wins',
  analyzePhase({ts, node, moduleDoc}) {
    if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
    const tag = ts.getJSDocTags(node).find((candidate) => candidate.tagName.getText() === 'default');
    const comment = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
    if (!comment) return;
    (moduleDoc.jsDocDefaults ??= []).push({className: node.parent.name.getText(), field: node.name.getText(), value: comment});
  },
  packageLinkPhase({customElementsManifest}) {
    const defaults = customElementsManifest.modules.flatMap((module) => module.jsDocDefaults ?? []);
    // A subclass lists the fields it inherits as its own (with `inheritedFrom`): they get the default too.
    const declaredIn = (declaration, item, className) => declaration.name === className || item.inheritedFrom?.name === className;
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const {className, field, value} of defaults) {
          for (const member of declaration.members ?? [])
            if (member.name === field && declaredIn(declaration, member, className)) member.default = value;
          for (const attribute of declaration.attributes ?? [])
            if (attribute.fieldName === field && declaredIn(declaration, attribute, className)) attribute.default = value;
        }
      }
    }
    for (const module of customElementsManifest.modules) delete module.jsDocDefaults;
  },
};

/**
 * An attribute is either absent or set: the `| undefined` of an optional field belongs to its
 * property. Without it, Storybook gives the attribute a text control rather than a JSON editor.
 */
const attributesAreNeverUndefined = {
  name: 'attributes-are-never-undefined',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.type?.text) attribute.type.text = attribute.type.text.replace(/ \| undefined$/, '');
        }
      }
    }
  },
};

/**
 * The manifest describes what a page may use. Private and protected members are the element's
 * own; listed, they would fill Storybook's docs table with handlers and caches.
 */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name),
        );
        if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
        // Internal reactive state (`state: true`) has no attribute, though the analyzer lists one.
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    }
  },
};

export default {plugins: [jsDocDefaults, attributesAreNeverUndefined, publicMembersOnly]};
