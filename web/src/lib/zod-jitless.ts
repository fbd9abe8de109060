// The server's CSP forbids eval. zod (which the shared frequency contract in domain/ uses) probes for eval
// when a schema is built, and the browser reports that probe as a CSP violation; `jitless` skips it.
// Import this before any module that builds zod schemas.
import { z } from 'zod';

z.config({ jitless: true });
