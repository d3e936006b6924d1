import { expect } from '@open-wc/testing';
import { BUTTON_SIZES, BUTTON_VARIANTS } from '@sugam/components/button/class';
import { TEXT_FIELD_TYPES } from '@sugam/components/text-field';

interface VsCodeAttribute {
  name: string;
  description: string;
  values?: { name: string }[];
  valueSet?: string;
}
interface WebTypesAttribute {
  name: string;
  value: { type: string; kind: string };
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
}

const json = async <T>(path: string) => (await (await fetch(path)).json()) as T;

describe('editor data (VS Code custom data, JetBrains web-types)', () => {
  let tags: string[];
  let vscode: Map<string, VsCodeAttribute[]>;
  let webTypes: Map<string, WebTypesAttribute[]>;

  before(async () => {
    const manifest = await json<{ modules: { declarations?: Declaration[] }[] }>(
      '/packages/components/custom-elements.json',
    );
    tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    const vs = await json<{ tags: { name: string; attributes: VsCodeAttribute[] }[] }>(
      '/packages/components/vscode.html-custom-data.json',
    );
    vscode = new Map(vs.tags.map((tag) => [tag.name, tag.attributes]));
    const wt = await json<{
      contributions: { html: { elements: { name: string; attributes: WebTypesAttribute[] }[] } };
    }>('/packages/components/web-types.json');
    webTypes = new Map(wt.contributions.html.elements.map((element) => [element.name, element.attributes]));
  });

  it('lists every element of the manifest in both files', () => {
    expect(tags.length).to.be.greaterThan(60);
    expect([...vscode.keys()].sort()).to.deep.equal([...tags].sort());
    expect([...webTypes.keys()].sort()).to.deep.equal([...tags].sort());
  });

  it("offers an enumerated attribute's values, read from the component's own list", () => {
    const values = (tag: string, name: string) =>
      vscode
        .get(tag)!
        .find((a) => a.name === name)!
        .values!.map((v) => v.name);
    expect(values('sugam-button', 'variant')).to.deep.equal([...BUTTON_VARIANTS]);
    expect(values('sugam-button', 'size')).to.deep.equal([...BUTTON_SIZES]);
    expect(values('sugam-text-field', 'type')).to.deep.equal([...TEXT_FIELD_TYPES]);
    const type = webTypes.get('sugam-text-field')!.find((a) => a.name === 'type')!.value.type;
    expect(type).to.equal(TEXT_FIELD_TYPES.map((t) => `"${t}"`).join(' | '));
  });

  it('marks boolean attributes as taking no value, and documents each attribute', () => {
    expect(vscode.get('sugam-text-field')!.find((a) => a.name === 'required')!.valueSet).to.equal('v');
    expect(webTypes.get('sugam-text-field')!.find((a) => a.name === 'required')!.value).to.deep.equal({
      type: 'boolean',
      kind: 'no-value',
    });
    const undocumented = [...vscode].flatMap(([tag, attributes]) =>
      attributes.filter((a) => !a.description).map((a) => `${tag} ${a.name}`),
    );
    expect(undocumented).to.deep.equal([]);
  });
});
