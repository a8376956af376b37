/** Messages that ask the background to open one of Limber's own pages. */
import type { RoutineId } from '../../knowledge/types';

export interface PagesProtocol {
  /** Opens article.html, at `#<anchor>` when given (a section id or `term-<conceptId>`). */
  'page/open-article': { request: { anchor?: string }; response: { ok: boolean } };
  /** Opens the guided break page on a routine, or on one stretch ("Try it now"). */
  'page/open-break': { request: { routineId?: RoutineId; stretchId?: string }; response: { ok: boolean } };
}
export const PAGES_MESSAGES = ['page/open-article', 'page/open-break'] as const satisfies readonly (keyof PagesProtocol)[];
