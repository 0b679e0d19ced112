import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { DirectiveView } from '../../api/schema';
import { vi } from '../../text/vi';

/** How long typing pauses before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1500;

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict';

/**
 * Saves a draft as the office works: a pause in editing saves it with the version read (a stale
 * version gets 409 and nothing is overwritten); leaving the screen saves first, and asks before
 * dropping edits that could not be saved; a reload with unsaved edits is warned of by the browser.
 * Validation errors come back keyed by the path of their field ("tasks.3.due.date").
 */
export function useDraftSaver(directive: DirectiveView, body: () => Record<string, unknown>) {
  const version = useRef(directive.version);
  const edits = useRef(0);
  const saving = useRef<Promise<DirectiveView | null> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const [state, setState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);

  const save = useCallback(async (): Promise<DirectiveView | null> => {
    if (timer.current) clearTimeout(timer.current);
    if (saving.current) await saving.current;
    const at = edits.current;
    const run = (async () => {
      setState('saving');
      try {
        const fresh = await api.patch<DirectiveView>(`/api/directives/${directive.id}`, {
          version: version.current,
          ...bodyRef.current(),
        });
        version.current = fresh.version;
        setErrors(new Map());
        setFailure(null);
        setSavedAt(new Date());
        setState(edits.current === at ? 'saved' : 'dirty');
        return fresh;
      } catch (err) {
        const apiError = err instanceof ApiError ? err : null;
        const details = Array.isArray(apiError?.details)
          ? (apiError.details as { path?: string; message?: string }[])
          : [];
        setErrors(new Map(details.filter((d) => d.path).map((d) => [d.path!, d.message ?? ''])));
        const tasks = [
          ...new Set(details.map((d) => /^tasks\.(\d+)\./.exec(d.path ?? '')?.[1]).filter(Boolean)),
        ].map((n) => Number(n) + 1);
        setFailure(details.length ? vi.review.fixFields(tasks) : (err as Error).message);
        setState(apiError?.status === 409 ? 'conflict' : 'failed');
        return null;
      } finally {
        saving.current = null;
      }
    })();
    saving.current = run;
    return run;
  }, [directive.id]);

  /** Call after every edit: the draft is saved once editing pauses. */
  const touched = useCallback(() => {
    edits.current++;
    setState('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), []);

  const unsaved = state !== 'saved';
  useBlocker({
    shouldBlockFn: async () => {
      if (!unsaved) return false;
      if (state !== 'conflict' && (await save())) return false;
      return !window.confirm(vi.review.leaveUnsaved);
    },
    enableBeforeUnload: () => unsaved,
  });

  return { save, touched, state, savedAt, errors, failure, version: () => version.current };
}
