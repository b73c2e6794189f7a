import { use, type ComponentType } from 'react'

/**
 * The component of a part whose code loads on its own (codeOnce): it renders that part's
 * component with the same props, suspending only until the code has arrived. use() of a settled
 * promise does not suspend, so code that is here renders at once.
 */
export function codePart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  return function Part(props: P) {
    const { default: Component } = use(load())
    return <Component {...props} />
  }
}

/**
 * Asks for a part's code when the reader points at or focuses the button that opens it, so that
 * by the click it is usually here and the part opens with the click's own render.
 */
export function preloadOnApproach(load: () => Promise<unknown>) {
  const preload = () => {
    load().catch(() => undefined)
  }
  return { onPointerEnter: preload, onPointerDown: preload, onFocus: preload }
}
