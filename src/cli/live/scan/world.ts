import { readFile } from 'node:fs/promises';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { InputError } from '../../input-error.js';

// Bundled into dist/cli.js the engine sits beside it; run from source (tests) it is in dist/.
const CANDIDATES = [new URL('./vinkje-engine.js', import.meta.url), new URL('../../../../dist/vinkje-engine.js', import.meta.url)];
const WORLD_NAME = 'vinkje-audit';

let cached: Promise<string> | undefined;

async function firstReadable(): Promise<string> {
  for (const candidate of CANDIDATES) {
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  throw new InputError('dist/vinkje-engine.js: engine bundle not found (run npm run build)');
}

/** The text of dist/vinkje-engine.js, the IIFE that sets `globalThis.vinkje` in the world it runs in. */
export function engineSource(): Promise<string> {
  cached ??= firstReadable();
  return cached;
}

/** The engine's own JavaScript world in one frame: it shares the DOM with the page, but no global, prototype or built-in. */
export interface World {
  session: CDPSession;
  contextId: number;
}

interface RemoteResult {
  result: { value?: unknown; objectId?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

function valueOf<T>(answer: RemoteResult): T {
  const failure = answer.exceptionDetails;
  if (failure) throw new Error(failure.exception?.description?.split('\n')[0] ?? failure.text);
  return answer.result.value as T;
}

// Functions cross into the world as source text, so they must be self-contained (like Playwright's evaluate).
type InWorld = (this: Element, ...args: never[]) => unknown;

/** Calls `fn(...args)` in the world, or with `this` = the element `on` (an object id of that world); returns the value. */
export async function call<T>(world: World, fn: InWorld | ((...args: never[]) => unknown), args: unknown[] = [], on?: string): Promise<T> {
  const target = on ? { objectId: on } : { executionContextId: world.contextId };
  const answer = await world.session.send('Runtime.callFunctionOn', {
    ...target,
    functionDeclaration: fn.toString(),
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  return valueOf<T>(answer as RemoteResult);
}

function listFrameElements(): Element[] {
  const found: Element[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (element.localName === 'iframe' || element.localName === 'frame') found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** The iframe and frame elements of the world's document and its open shadow roots, as object ids of that world. */
export async function frameElements(world: World): Promise<string[]> {
  const list = (await world.session.send('Runtime.callFunctionOn', { functionDeclaration: listFrameElements.toString(), executionContextId: world.contextId })) as RemoteResult;
  if (list.exceptionDetails || !list.result.objectId) return [];
  const { result } = await world.session.send('Runtime.getProperties', { objectId: list.result.objectId, ownProperties: true });
  return result.filter((p) => /^\d+$/.test(p.name) && p.value?.objectId).map((p) => p.value!.objectId!);
}

interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

const frameIds = (tree: FrameTree): string[] => [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frameIds)];

/**
 * Opens an isolated world (`Page.createIsolatedWorld`; the same name gives the same world again)
 * in each frame of a page and runs `source` in it: the engine, or the quiet probe. A frame of
 * another site runs in its own process, so it is reached through its own CDP session.
 */
export class Worlds {
  private readonly outOfProcess = new Map<string, CDPSession>();
  private readonly tried = new WeakSet<Frame>();
  private readonly sessions: CDPSession[] = [];

  private constructor(
    private readonly page: Page,
    private readonly source: string,
    private readonly main: CDPSession,
    private readonly name: string,
  ) {}

  static async open(page: Page, source: string, name = WORLD_NAME): Promise<Worlds> {
    return new Worlds(page, source, await page.context().newCDPSession(page), name);
  }

  /** The world of every frame there is now, in frame-tree order; a frame that cannot have one (gone, mid-navigation) is left out. */
  async all(): Promise<World[]> {
    await this.findOutOfProcessSessions();
    const worlds: World[] = [];
    for (const session of [this.main, ...this.sessions]) {
      const { frameTree } = await session.send('Page.getFrameTree').catch(() => ({ frameTree: null }));
      for (const id of frameTree ? frameIds(frameTree) : []) {
        const world = await this.create(session, id).catch(() => null);
        if (world) worlds.push(world);
      }
    }
    return worlds;
  }

  async top(): Promise<World> {
    const { frameTree } = await this.main.send('Page.getFrameTree');
    return this.create(this.main, frameTree.frame.id);
  }

  /** The world of the frame shown by an iframe element of `parent`; null when it shows none. */
  async child(parent: World, frameElement: string): Promise<World | null> {
    const { node } = await parent.session.send('DOM.describeNode', { objectId: frameElement });
    if (!node.frameId) return null;
    const inProcess = await this.create(parent.session, node.frameId).catch(() => null);
    if (inProcess) return inProcess;
    await this.findOutOfProcessSessions();
    const session = this.outOfProcess.get(node.frameId);
    if (!session) throw new Error('its frame has no session of its own');
    return this.create(session, node.frameId);
  }

  async close(): Promise<void> {
    await Promise.all([this.main, ...this.sessions].map((session) => session.detach().catch(() => undefined)));
  }

  private async create(session: CDPSession, frameId: string): Promise<World> {
    const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId, worldName: this.name, grantUniveralAccess: false });
    const world = { session, contextId: executionContextId };
    valueOf(await session.send('Runtime.evaluate', { expression: this.source, contextId: executionContextId }) as RemoteResult);
    return world;
  }

  /** A session for each frame of another process that appeared since the last look. */
  private async findOutOfProcessSessions(): Promise<void> {
    for (const frame of this.page.frames().slice(1)) {
      if (this.tried.has(frame)) continue;
      this.tried.add(frame);
      const session = await this.page.context().newCDPSession(frame).catch(() => null);
      if (!session) continue;
      this.sessions.push(session);
      const { frameTree } = await session.send('Page.getFrameTree');
      this.outOfProcess.set(frameTree.frame.id, session);
    }
  }
}
