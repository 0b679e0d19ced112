import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { onSessionExpired } from '../api/client';

/** The dialog's form is loaded only when a session ends: the first load of every screen goes without it. */
const SignInAgainDialog = lazy(() => import('./sign-in-again-dialog'));

/**
 * When the session ends mid-work (expired, signed out elsewhere), asks for the password over the
 * page, so what the user typed stays where it is; the refused request is then sent again, or fails
 * as it was refused if the user declines.
 */
export function SessionExpiry() {
  const [open, setOpen] = useState(false);
  const pending = useRef<{ resolve: () => void; reject: (err: Error) => void } | null>(null);

  useEffect(() => {
    onSessionExpired(
      () =>
        new Promise<void>((resolve, reject) => {
          pending.current = { resolve, reject };
          setOpen(true);
        }),
    );
    return () => onSessionExpired(null);
  }, []);

  const close = (outcome: 'signed-in' | 'declined') => {
    setOpen(false);
    if (outcome === 'signed-in') pending.current?.resolve();
    else pending.current?.reject(new Error('declined'));
    pending.current = null;
  };

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SignInAgainDialog onSignedIn={() => close('signed-in')} onDeclined={() => close('declined')} />
    </Suspense>
  );
}
