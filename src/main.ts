// The bundle's entry: hands the entry-point registry to the global scope (the build adds one top-level function per name).
export { ENTRY_POINTS } from './entrypoints/registry';
