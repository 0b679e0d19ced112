import type { InferResponseType } from 'hono/client';
import type { client } from './client';

/**
 * The API's answers as the server types them (Hono's typed client over the server's AppType): a
 * field renamed or a closed set changed on the server is a type error here, not a blank on screen.
 */
type Ok<F> = InferResponseType<F, 200>;

export type Me = Ok<typeof client.api.auth.me.$get>;
export type GlobalAbilities = NonNullable<Me['user']['abilities']>;

type AssignmentPage = Ok<typeof client.api.assignments.$get>;
export type ListItem = AssignmentPage['items'][number];
/** Word search grouped by task: the task once, with the units' assignments that matched. */
export type TaskHit = Ok<(typeof client.api.assignments)['by-task']['$get']>['items'][number];
export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export type AssignmentDetail = Ok<(typeof client.api.assignments)[':id']['$get']>;
export type TimelineEvent = AssignmentDetail['timeline'][number];

export type DirectiveView = Ok<(typeof client.api.directives)[':id']['$get']>;
export type DraftTask = DirectiveView['tasks'][number];
export type UnitRef = DraftTask['lead'][number];
export type TaskTarget = DraftTask['targets'][number];
export type PublishPreview = Ok<(typeof client.api.directives)[':id']['publish-preview']['$get']>;
export type DirectiveListItem = Ok<typeof client.api.directives.$get>['items'][number];

export type Dashboard = Ok<typeof client.api.dashboard.$get>;
export type UnitFigures = Dashboard['byUnit'][number];

export type PendingExtension = Ok<typeof client.api.extensions.$get>['items'][number];
export type ObstacleItem = Ok<typeof client.api.obstacles.$get>['items'][number];

export type PeriodicReport = Ok<typeof client.api.reports.$get>;
