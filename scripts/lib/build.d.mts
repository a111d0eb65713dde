// Types of build.mjs, plain ESM shared by npm start, npm test, the e2e server and the benches.
export declare const root: string;
export declare const nextBin: string;
export declare function nextStartArgs(port: number | string): string[];
export declare function needsBuild(): boolean;
export declare function ensureBuild(): void;
export declare const SERVER_MALLOC_ENV: Readonly<Record<string, string>>;
export declare function nextStartEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
