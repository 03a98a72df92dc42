import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Every API schema imports zod from here, so `.openapi()` exists before any schema is built.
extendZodWithOpenApi(z);

/** zod with the `.openapi()` method that names schemas and documents parameters. */
export { z };
