// Type-checked only (npm run typecheck): Sugam's elements in a TypeScript React 19 project, through the generated
// @sugam/components/react declarations. Each @ts-expect-error proves a mistake is caught.
import type {} from '@sugam/components/react';
import type { TableColumn } from '@sugam/components/table';

const columns: TableColumn[] = [{ key: 'district', label: 'District', rowHeader: true }];

export function ApplicationForm({ onChoose }: { onChoose: (value: string) => void }) {
  return (
    <form>
      <sugam-text-field name="applicant" label="Full name" required size="lg" />
      <sugam-checkbox name="consent" label="I agree" checked />
      <sugam-button type="submit" variant="solid" intent="primary">
        Apply
      </sugam-button>
      <sugam-menu label="Download" onsugam-select={(event) => onChoose(event.detail.value)}>
        <sugam-menu-item value="pdf">PDF</sugam-menu-item>
      </sugam-menu>
      <sugam-table
        caption="Districts"
        columns={columns}
        rows={[{ district: 'Pune' }]}
        selectable
        onsugam-selection-change={(event) => console.log(event.detail.selected)}
      />
      {/* @ts-expect-error: not one of the button's variants */}
      <sugam-button variant="big">No</sugam-button>
      {/* @ts-expect-error: `selected` is a list of row keys */}
      <sugam-table selected="Pune" />
      {/* @ts-expect-error: the menu's event detail has no `label` */}
      <sugam-menu onsugam-select={(event) => event.detail.label} />
    </form>
  );
}
