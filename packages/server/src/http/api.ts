import { Hono } from 'hono';
import type { AppEnv } from './app';
import { accountRoutes } from './routes/account';
import { apiTokenRoutes } from './routes/api-tokens';
import { assignmentRoutes } from './routes/assignments';
import { authRoutes } from './routes/auth';
import { directiveRoutes } from './routes/directives';
import { directoryRoutes } from './routes/directory';
import { healthRoutes } from './routes/health';
import { helpRoutes } from './routes/help';
import { notificationRoutes, settingsRoutes } from './routes/notifications';
import { reportRoutes } from './routes/reports';
import { trackingRoutes } from './routes/tracking';
import { userRoutes } from './routes/users';

/**
 * Every API route, chained so the value's type carries each route's path, input and output: the web's
 * typed client (`hc<AppType>`, app-type.ts) reads it.
 */
export const apiRoutes = new Hono<AppEnv>()
  .basePath('/api')
  .route('/', healthRoutes)
  .route('/', helpRoutes)
  .route('/', authRoutes)
  .route('/', directiveRoutes)
  .route('/', assignmentRoutes)
  .route('/', trackingRoutes)
  .route('/', reportRoutes)
  .route('/', directoryRoutes)
  .route('/', userRoutes)
  .route('/', apiTokenRoutes)
  .route('/', accountRoutes)
  .route('/', notificationRoutes)
  .route('/', settingsRoutes);
