import { useEffect, useState } from 'react';
import { vi } from './text/vi';

interface Health {
  status: string;
  engine: string;
  migration: string | null;
}

type State = { kind: 'loading' } | { kind: 'ok'; health: Health } | { kind: 'error' };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    fetch('/api/health')
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((health: Health) => setState({ kind: 'ok', health }))
      .catch(() => setState({ kind: 'error' }));
  }, []);

  return (
    <main
      style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '2rem auto', padding: '0 1rem' }}
    >
      <h1>{vi.appName}</h1>
      <p>{vi.tagline}</p>
      {state.kind === 'loading' && <p>{vi.checking}</p>}
      {state.kind === 'error' && <p role="alert">{vi.unreachable}</p>}
      {state.kind === 'ok' && (
        <p>
          {vi.healthy}: {vi.engine[state.health.engine] ?? state.health.engine}. {vi.migration}:{' '}
          {state.health.migration}
        </p>
      )}
    </main>
  );
}
