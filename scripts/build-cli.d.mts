// Types for scripts/build-cli.mjs, imported by the test setup and the bench.
export declare const cliBundleDir: string;
export declare function cliBundleIsStale(): boolean;
export declare function buildCli(): Promise<void>;
