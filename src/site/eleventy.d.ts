/** The slice of Eleventy's programmatic API the build uses (the package ships no type declarations). */
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: import("./eleventy-plugin.js").EleventyConfigLike) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
