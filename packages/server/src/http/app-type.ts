import type { apiRoutes } from './api';

/**
 * The API's routes as a type, for Hono's typed client: `hc<AppType>('/')` in the web. Import it with
 * `import type` only; nothing of the server runs in the browser.
 */
export type AppType = typeof apiRoutes;
