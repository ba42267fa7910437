// Types of the generated validators (see scripts/generate.ts).

/** One failure reported by an ahead-of-time compiled JSON Schema validator (ajv's error shape). */
export interface SchemaError {
  /** JSON Pointer to the offending value, relative to what the validator was given. */
  instancePath: string;
  /**
   * JSON Pointer into the schema to the keyword that failed. Kept only for `pattern` errors and
   * for errors inside an `anyOf`: nothing else reads it (see scripts/generate.ts).
   */
  schemaPath?: string;
  /** The keyword that failed: type, required, pattern, enum, maximum… */
  keyword: string;
  /** Details that depend on the keyword (missingProperty, allowedValues, limit, pattern…). */
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator; after a failed call, `errors` lists every failure. */
export type CompiledValidator = ((data: unknown) => boolean) & {errors?: SchemaError[] | null};

/** The feed document without looking inside its four lists. */
export declare const validateFeedShape: CompiledValidator;
/** One entry of `levels`. */
export declare const validateLevel: CompiledValidator;
/** One entry of `sources`. */
export declare const validateSource: CompiledValidator;
/** One entry of `alerts`. */
export declare const validateAlert: CompiledValidator;
/** One entry of `incidents`. */
export declare const validateIncident: CompiledValidator;
