// One static import per lazy locale so every bundler can split each locale into its own chunk
// and a page downloads only the locales it shows. English is bundled in i18n.ts.
type Resource = Record<string, unknown>;
type Loader = () => Promise<{ default: Resource }>;

export const loaders: Record<string, Loader> = {
  hi: () => import('../locales/hi/sugam.json', { with: { type: 'json' } }),
};
