import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

function children(pid: number): number[] {
  try {
    const list = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return list ? list.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Sum of resident memory of a process and all its descendants, in MB. */
function treeRssMb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    total += rssKb(p);
    stack.push(...children(p));
  }
  return total / 1024;
}

/** Runs `astro build` in `cwd` and reports wall time and the peak RSS of its process tree. */
export function timedBuild(
  cwd: string,
  env: Record<string, string>,
  astro: string,
): Promise<{ seconds: number; peakMb: number; log: string }> {
  clearContentCache(cwd);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // process.execPath is the real Node binary, so the process measured is the build itself.
    const child = spawn(process.execPath, [astro, "build"], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssMb(child.pid));
    }, 200);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0)
        reject(new Error(`astro build in ${cwd} failed (${code}):\n${log.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakMb: peak, log });
    });
  });
}

/**
 * Astro caches the content layer per project; a cache from another content folder makes the
 * next build fail on modules that no longer exist. Builds with generated content start clean,
 * and the benchmark clears it again when done so the next ordinary build does too.
 */
export function clearContentCache(root: string): void {
  for (const dir of [".astro", "node_modules/.astro"])
    rmSync(join(root, dir), { recursive: true, force: true });
}

/** Total size of a folder in bytes, and how many files match a pattern in it. */
export function folderStats(dir: string, pattern = /\.html$/): { bytes: number; matching: number } {
  let bytes = 0;
  let matching = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else {
        bytes += st.size;
        if (pattern.test(name)) matching++;
      }
    }
  };
  walk(dir);
  return { bytes, matching };
}

/** Where a build's time went, read from Astro's log: seconds per phase. */
export interface Phases {
  /** Content sync and type generation ("Collecting build info"). */
  content: number;
  /** Vite bundling of the server and client code, the articles' MDX included. */
  bundle: number;
  /** Rendering the pages to HTML. */
  pages: number;
  /** Starlight's Pagefind indexing. */
  search: number;
}

function seconds(text: string): number {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
  if (text.trim().endsWith("ms")) return Number.parseFloat(text) / 1000;
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : Number.NaN;
}

/** Reads the phases of an `astro build` log (ANSI colours removed). */
export function buildPhases(log: string): Phases {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\u001b\[[0-9;]*m/g, "");
  const first = (re: RegExp) => seconds(re.exec(text)?.[1] ?? "");
  return {
    content: first(/\[build\] ✓ Completed in ([^.\n]+(?:\.\d+)?s)\./),
    bundle: [...text.matchAll(/\[vite\] ✓ built in (\S+)/g)].reduce(
      (sum, m) => sum + seconds(m[1] ?? ""),
      0,
    ),
    pages: first(/^\S+ ✓ Completed in ([^\n]+?)\.$/m),
    search: first(/Finished building search index in (\S+?)\.?$/m),
  };
}
