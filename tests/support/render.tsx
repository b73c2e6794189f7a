import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'

/**
 * A fresh QueryClient per test, so no cache leaks between tests. The app decides which failures
 * are retried; the tests only remove the wait between attempts.
 */
export function renderWithQuery(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
}
