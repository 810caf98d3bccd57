/**
 * Counts which components rendered in each React commit, through the hook React offers its
 * DevTools. Must be imported before react-dom (tests/component/setup.ts does so first).
 *
 * A fiber rendered in a commit if it is new to that commit's tree (reused subtrees keep the very
 * same fiber objects) and React flagged it with PerformedWork.
 */
interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  memoizedProps: Record<string, unknown> | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

const PERFORMED_WORK = 1;
const FUNCTION_COMPONENT = 0;
const MEMO_COMPONENT = 14;
const SIMPLE_MEMO_COMPONENT = 15;

export interface RenderRecord {
  component: string;
  props: Record<string, unknown> | null;
}

let recording: RenderRecord[] | null = null;
let previousTree = new WeakSet<Fiber>();

function componentName(type: unknown): string {
  if (typeof type === 'function') return type.name;
  if (typeof type === 'object' && type !== null && 'type' in type) return componentName(type.type);
  return '?';
}

function onCommit(root: { current: Fiber }) {
  const tree = new WeakSet<Fiber>();
  const visit = (fiber: Fiber | null) => {
    for (let node = fiber; node !== null; node = node.sibling) {
      tree.add(node);
      const isComponent = [FUNCTION_COMPONENT, MEMO_COMPONENT, SIMPLE_MEMO_COMPONENT].includes(node.tag);
      if (recording && isComponent && !previousTree.has(node) && (node.flags & PERFORMED_WORK) !== 0) {
        recording.push({ component: componentName(node.type), props: node.memoizedProps });
      }
      visit(node.child);
    }
  };
  visit(root.current.child);
  previousTree = tree;
}

Object.assign(globalThis, {
  __REACT_DEVTOOLS_GLOBAL_HOOK__: {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => onCommit(root),
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
  },
});

/** Runs `action` and returns every component render React committed meanwhile. */
export async function recordRenders(action: () => Promise<void> | void): Promise<RenderRecord[]> {
  recording = [];
  try {
    await action();
    return recording;
  } finally {
    recording = null;
  }
}
