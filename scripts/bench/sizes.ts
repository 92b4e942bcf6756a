/** Gzip (level 9) sizes of what a built page or worker loads, following its imports. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipKB(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  return Math.round((bytes / 1024) * 100) / 100;
}

/** A JS file and every module it imports, transitively (static and dynamic imports). */
export function withImports(root: string, file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = source.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g);
  for (const [, specifier] of specifiers) {
    if (!specifier) continue;
    const target = specifier.startsWith('/')
      ? join(root, specifier)
      : normalize(join(dirname(file), specifier));
    withImports(root, target, into);
  }
  return into;
}

export function fileKB(path: string): number {
  return Math.round((statSync(path).size / 1024) * 100) / 100;
}
