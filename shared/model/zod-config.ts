// Zod compiles object schemas into faster parsers with `new Function`, first probing whether it
// may. The app's pages forbid eval (the CSP has no 'unsafe-eval'), so in the renderer and its
// worker that probe is a CSP violation on every start, and a policy loosened one day would let
// generated code run. jitless: zod never generates code, anywhere (CLI and main included).
import { z } from 'zod';

z.config({ jitless: true });
