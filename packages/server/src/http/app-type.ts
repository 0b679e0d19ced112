import type { hc } from 'hono/client';
import type { apiRoutes } from './api';

/**
 * The API's routes as a type, for Hono's typed client: `hc<AppType>('/')` in the web. Import it with
 * `import type` only; nothing of the server runs in the browser.
 */
export type AppType = typeof apiRoutes;

/**
 * The client's type, by name: a module that exports `hc<AppType>(…)` annotates it with this, since its
 * inferred type names server files a declaration cannot point to (TS2742).
 */
export type ApiClient = ReturnType<typeof hc<AppType>>;
