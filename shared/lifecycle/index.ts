// The one lifecycle table: revision states, the transitions between them, the acts users take
// and the words shown for each state. The core, the UI and the CLI read it; nothing else decides.
export * from './revision-states';
export * from './revision-state-facts';
export * from './revision-transitions';
export * from './revision-acts';
