import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../../errors.ts';
import { mappingFileSchema } from './mapping-file.ts';
import { ObjectMapping } from './object-mapping.ts';

/** The compiled mappings of one backend, by object name. */
export class MappingSet {
  readonly #mappings: Map<string, ObjectMapping>;
  readonly directory: string;

  constructor(directory: string, mappings: Map<string, ObjectMapping>) {
    this.directory = directory;
    this.#mappings = mappings;
  }

  /** The mapping of one object; a missing file stops start-up with a message saying which. */
  require(object: string): ObjectMapping {
    const mapping = this.#mappings.get(object);
    if (!mapping) {
      throw new ConfigurationError(`No mapping file for '${object}' in ${this.directory}`);
    }
    return mapping;
  }

  /** The objects this set maps. */
  objects(): string[] {
    return [...this.#mappings.keys()];
  }
}

/**
 * Reads, validates and compiles every `*.yaml` mapping file of one backend in a directory; a bad
 * file throws a ConfigurationError naming the file and the field.
 */
export function loadMappings(
  directory: string,
  backend: 'rfc' | 'odata',
  timeZone: string,
): MappingSet {
  const mappings = new Map<string, ObjectMapping>();
  let names: string[];
  try {
    names = readdirSync(directory)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch (error) {
    throw new ConfigurationError(`Cannot read the mappings directory ${directory}`, {
      cause: error,
    });
  }

  for (const name of names) {
    const file = join(directory, name);
    const definition = parseMappingFile(file);
    if (definition.backend !== backend) continue;
    if (mappings.has(definition.object)) {
      throw new ConfigurationError(
        `Mapping file ${file}: a second mapping for '${definition.object}'`,
      );
    }
    mappings.set(definition.object, new ObjectMapping(file, definition, timeZone));
  }
  return new MappingSet(directory, mappings);
}

function parseMappingFile(file: string) {
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(`Mapping file ${file} is not valid YAML: ${reason}`, {
      cause: error,
    });
  }

  const result = mappingFileSchema.safeParse(document);
  if (result.success) return result.data;

  const details = result.error.issues
    .map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`)
    .join('\n');
  throw new ConfigurationError(`Mapping file ${file} is not valid:\n${details}`);
}
