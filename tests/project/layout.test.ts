import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layout promised in docs/CONTRIBUTING.md, checked from the imports themselves: src/ has floors
 * that only look down, the kernel imports nothing of ours, only the app knows the capability list,
 * capabilities sit on the runtime and below, and nothing imports itself in a circle.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * src/ floors, lowest first; a file may import its own folder and the floors below. Folders on one
 * floor stand side by side and do not import each other: the desk is an entry point like the adapters.
 */
const FLOORS = [['src/kernel'], ['src/db'], ['src/services'], ['src/outbox'], ['src/runtime'], ['src/adapters', 'src/desk'], ['src/ops']] as const;
const TOP = ['src/app.ts', 'src/main.ts', 'src/tools'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

/** Every relative import of a file (static, side-effect and dynamic), resolved to a project path. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  const found = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;
  for (const m of text.matchAll(found)) {
    const spec = m[3] ?? m[4]!;
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts');
    edges.push({ to: target, typeOnly: m[2] !== undefined });
  }
  return edges;
}

const folderOf = (file: string): string | undefined => FLOORS.flat().find((f) => file.startsWith(`${f}/`));
const floorOf = (file: string): number => FLOORS.findIndex((floor) => floor.some((f) => file.startsWith(`${f}/`)));
const isTop = (file: string) => TOP.some((t) => file === t || file.startsWith(`${t}/`));

const all = [...files('src'), ...files('commands')];
const graph = new Map(all.map((f) => [f, importsOf(f)]));

describe('the layout holds', () => {
  it('reads the imports it checks (the checker itself works)', () => {
    expect(graph.get('src/app.ts')!.map((e) => e.to)).toContain('commands/index.ts');
    expect(graph.get('src/runtime/dispatcher.ts')!.map((e) => e.to)).toContain('src/runtime/policy.ts');
  });

  it('every import resolves to a file of the project', () => {
    const missing = [...graph].flatMap(([from, edges]) => edges.filter((e) => !graph.has(e.to)).map((e) => `${from} → ${e.to}`));
    expect(missing).toEqual([]);
  });

  it('the kernel imports nothing of ours but the kernel', () => {
    const bad = [...graph]
      .filter(([from]) => from.startsWith('src/kernel/'))
      .flatMap(([from, edges]) => edges.filter((e) => !e.to.startsWith('src/kernel/')).map((e) => `${from} → ${e.to}`));
    expect(bad).toEqual([]);
  });

  it('src/ floors only look down (kernel → db → services → outbox → runtime → adapters | desk → ops → app)', () => {
    const bad = [...graph].flatMap(([from, edges]) => {
      if (!from.startsWith('src/') || isTop(from)) return [];
      const floor = floorOf(from);
      if (floor < 0) return [`${from} is on no floor`];
      const sideways = (to: string) => floorOf(to) === floor && folderOf(to) !== folderOf(from);
      return edges
        .filter((e) => e.to.startsWith('src/') && (isTop(e.to) || floorOf(e.to) > floor || sideways(e.to)))
        .map((e) => `${from} → ${e.to}`);
    });
    expect(bad).toEqual([]);
  });

  it('nothing under src/ imports commands/ but the app', () => {
    const bad = [...graph]
      .filter(([from]) => from.startsWith('src/') && from !== 'src/app.ts')
      .flatMap(([from, edges]) => edges.filter((e) => e.to.startsWith('commands/')).map((e) => `${from} → ${e.to}`));
    expect(bad).toEqual([]);
  });

  it('capabilities stand on the runtime and below, and only the app imports the list of them', () => {
    const runtime = FLOORS.findIndex((floor) => floor.some((f) => f === 'src/runtime'));
    const bad = [...graph]
      .filter(([from]) => from.startsWith('commands/'))
      .flatMap(([from, edges]) =>
        edges
          .filter((e) => (e.to.startsWith('src/') && (isTop(e.to) || floorOf(e.to) > runtime)) || e.to === 'commands/index.ts')
          .map((e) => `${from} → ${e.to}`),
      );
    expect(bad).toEqual([]);
  });

  // Type-only imports are erased when the code runs (a command's type names the context that runs
  // it, and the context names the registry of commands); what loads in a circle is what is checked.
  it('no import circle among the modules that load', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const { to } of (graph.get(file) ?? []).filter((e) => !e.typeOnly)) {
        if (state.get(to) === 'open') circles.push([...path.slice(path.indexOf(to)), to].join(' → '));
        else if (!state.has(to) && graph.has(to)) visit(to);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it('SQL lives only in store/ folders, src/services, the outbox and the db folder', () => {
    const sql = /\.(?:prepare|pragma)\(|\.exec\(\s*[`'"]|\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b/;
    const allowed = (f: string) => /\/store\//.test(f) || /^src\/(?:services|outbox|db)\//.test(f);
    const bad = all.filter((f) => !allowed(f) && sql.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(bad).toEqual([]);
  });
});
