import { EmptyState, type EmptyStateProps } from './empty-state';
import { ErrorAlert } from './error-alert';
import { SignInPrompt } from './sign-in-prompt';
import { Skeleton } from './skeleton';

interface ListStatesProps {
  signedIn: boolean;
  /** What a signed-out visitor is told (the list is theirs, so it needs a sign-in). */
  signInMessage: string;
  list: { data: { items: unknown[] } | undefined; error: unknown; loading: boolean; reload: () => Promise<void> };
  /** Said to screen readers while the skeleton stands in. */
  loadingLabel: string;
  rows?: number;
  /** What an empty list says, and the next step it offers. */
  empty: EmptyStateProps;
}

/**
 * Everything a personal list shows besides its rows: a sign-in prompt, a failed load with retry,
 * grey rows while it first loads, and once it is known to be empty, what will appear there and
 * what to do next — so no list of the app is ever a bare "暂无".
 */
export function ListStates({ signedIn, signInMessage, list, loadingLabel, rows = 3, empty }: ListStatesProps) {
  return (
    <>
      {!signedIn && <SignInPrompt message={signInMessage} />}
      <ErrorAlert error={list.error} onRetry={() => void list.reload()} inline />
      {list.loading && !list.data && <Skeleton rows={rows} label={loadingLabel} />}
      {list.data?.items.length === 0 && <EmptyState {...empty} />}
    </>
  );
}
