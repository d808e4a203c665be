declare const __APP_VERSION__: string | undefined;

/** The app's version, set by the build from package.json; "dev" when run from source (tests). */
export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
