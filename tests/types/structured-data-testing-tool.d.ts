/** The parts of structured-data-testing-tool (CommonJS, with no types) the browser suite uses. */
declare module 'structured-data-testing-tool' {
  export type StructuredDataTest = {
    test: string;
    description?: string;
    group?: string;
    passed?: boolean;
  };
  export type StructuredDataResult = {
    passed: StructuredDataTest[];
    failed: StructuredDataTest[];
    warnings: StructuredDataTest[];
    schemas: string[];
  };
  const tool: {
    structuredDataTest(
      input: string,
      options: { presets?: unknown[]; schemas?: string[] },
    ): Promise<StructuredDataResult>;
  };
  export default tool;
}

declare module 'structured-data-testing-tool/presets.js' {
  const presets: { Google: unknown };
  export default presets;
}
