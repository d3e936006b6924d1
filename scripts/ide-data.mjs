// Editor data from the custom-elements manifest: VS Code's HTML custom data and JetBrains' web-types, so an editor
// completes Sugam's tags, attributes and attribute values and shows their documentation.
// Attribute types name aliases (`ButtonVariant`); their values are read from the sources: a union of string
// literals, or `(typeof BUTTON_VARIANTS)[number]` of an `as const` array.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every string-literal alias and `as const` array of string literals in the sources, by name. */
export function readAliases(sourceDir) {
  const arrays = new Map();
  const aliases = new Map();
  for (const file of readdirSync(sourceDir, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(join(sourceDir, file), 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node) => {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer)) {
        const array = node.initializer.expression;
        if (ts.isArrayLiteralExpression(array) && array.elements.every(ts.isStringLiteral)) {
          arrays.set(
            node.name.getText(source),
            array.elements.map((element) => element.text),
          );
        }
      }
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type.getText(source));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const resolve = (text, seen = new Set()) => {
    const values = [];
    for (const part of text.split('|').map((p) => p.trim())) {
      const literal = /^(['"])(.*)\1$/.exec(part);
      const typeofArray = /^\(typeof (\w+)\)\[number\]$/.exec(part);
      if (literal) values.push(literal[2]);
      else if (typeofArray && arrays.has(typeofArray[1])) values.push(...arrays.get(typeofArray[1]));
      else if (aliases.has(part) && !seen.has(part)) {
        const inner = resolve(aliases.get(part), new Set([...seen, part]));
        if (!inner) return undefined;
        values.push(...inner);
      } else if (part !== 'undefined' && part !== 'null') return undefined;
    }
    return values.length > 0 ? values : undefined;
  };
  return resolve;
}

const customElements = (manifest) =>
  manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })),
  );

const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

/** Each element with its attributes read once for both formats: type text, enumerated values, boolean or not. */
const elements = (manifest, resolveValues) =>
  customElements(manifest).map((element) => ({
    element,
    attributes: (element.attributes ?? []).map((attribute) => {
      const type = attribute.type?.text ?? 'string';
      return { attribute, type, values: resolveValues(type), boolean: type === 'boolean' };
    }),
  }));

/** VS Code's `html.customData` file (version 1.1). */
export function vscodeData(manifest, resolveValues) {
  return {
    version: 1.1,
    tags: elements(manifest, resolveValues).map(({ element, attributes }) => ({
      name: element.tagName,
      description: describe(element),
      attributes: attributes.map(({ attribute, values, boolean }) => ({
        name: attribute.name,
        description: [attribute.description, attribute.default ? `Default: \`${attribute.default}\`` : '']
          .filter(Boolean)
          .join('\n\n'),
        ...(boolean ? { valueSet: 'v' } : values ? { values: values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

/** JetBrains' web-types file (WebStorm, IntelliJ IDEA). */
export function webTypes(manifest, resolveValues, pkg) {
  const list = (items) => (items ?? []).map(({ name, description }) => ({ name, description: description ?? '' }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements(manifest, resolveValues).map(({ element, attributes }) => ({
          name: element.tagName,
          description: describe(element),
          attributes: attributes.map(({ attribute, type, values, boolean }) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default ? { default: attribute.default } : {}),
            value: boolean
              ? { type: 'boolean', kind: 'no-value' }
              : { type: values ? values.map((v) => JSON.stringify(v)).join(' | ') : type, kind: 'plain' },
          })),
          slots: list(element.slots),
          events: list(element.events),
          css: { parts: list(element.cssParts), properties: list(element.cssProperties) },
        })),
      },
    },
  };
}

/**
 * React's JSX types for every element (`react.d.ts`): its public properties (React 19 sets them as properties),
 * React's HTML attributes, and `on<event>` props for its custom events, typed from `HTMLElementEventMap`.
 */
export function reactJsx(manifest) {
  const list = customElements(manifest);
  const imports = list.map(
    (element) => `import type { ${element.name} } from '@sugam/components/${element.path.split('/')[3]}';`,
  );
  const entries = list.map((element) => {
    const props = (element.members ?? [])
      .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly && !m.name.startsWith('_'))
      .map((m) => `'${m.name}'`);
    const events = [...new Set((element.events ?? []).map((e) => e.name).filter((name) => name?.includes('-')))];
    const handlers = events.map((name) => `'on${name}'?: (event: SugamEvent<'${name}'>) => void`);
    const picked = props.length > 0 ? [...new Set(props)].join(' | ') : 'never';
    return `      '${element.tagName}': SugamProps<${element.name}, ${picked}>${handlers.length ? ` & { ${handlers.join('; ')} }` : ''};`;
  });
  return `// Generated from custom-elements.json by scripts/ide-data.mjs: Sugam's elements in React's JSX.
// Use it with \`import type {} from '@sugam/components/react';\` once in a TypeScript React project.
import type { HTMLAttributes, Key, ReactNode, Ref } from 'react';
${imports.join('\n')}

type SugamEvent<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent;
/** The element's public properties (React 19 sets them as properties), React's HTML attributes, ref and key. */
type SugamProps<Element, Property extends keyof Element> = Partial<Pick<Element, Property>> &
  Omit<HTMLAttributes<Element>, Property & string> & {
    ref?: Ref<Element>;
    key?: Key;
    class?: string;
    slot?: string;
    children?: ReactNode;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}
