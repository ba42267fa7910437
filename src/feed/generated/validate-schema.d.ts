// Types of the generated validator (see scripts/generate.ts).

/** One failure reported by the ahead-of-time compiled JSON Schema validator (ajv's error shape). */
export interface SchemaError {
  /** JSON Pointer to the offending value. */
  instancePath: string;
  /** JSON Pointer into the schema to the keyword that failed. */
  schemaPath: string;
  /** The keyword that failed: type, required, pattern, enum, maximum… */
  keyword: string;
  /** Details that depend on the keyword (missingProperty, allowedValues, limit, pattern…). */
  params: Record<string, unknown>;
  message?: string;
}

/** Checks a value against the feed schema; after a failed call, `errors` lists every failure. */
export declare const validateFeedSchema: ((data: unknown) => boolean) & {errors?: SchemaError[] | null};
