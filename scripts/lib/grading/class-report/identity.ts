// Who a student folder belongs to, for the gradebook's identity column: the folder's name, and where the
// folder is a git repository, its remote (origin first) or else the author of its last commit.
//
// A student's .git is untrusted text: nothing in it is run (no git command: a repository's config can
// name hooks, filters and an fsmonitor program that git would start), no link is followed (every file is
// opened with O_NOFOLLOW after an lstat that must show a regular file, and .git itself must be a real
// folder, not a link nor a `gitdir:` file pointing elsewhere), at most 64 KB are read, and what is shown
// is stripped of credentials (https://user:token@host → https://host) and of control characters.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 64 * 1024;

/** A regular file's text, never through a link; undefined for anything else. Reads at most MAX_BYTES (the end, with `tail`). */
export function readPlainFile(file: string, tail = false): string | undefined {
  let fd: number | undefined;
  try {
    if (!lstatSync(file).isFile()) return undefined;
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const length = Math.min(stat.size, MAX_BYTES);
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, tail ? stat.size - length : 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A URL or a remote spec without its credentials: https://user:token@host/x → https://host/x. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

const printable = (text: string) =>
  text
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    .trim()
    .slice(0, 200);

/** The remote URLs of a git config, origin first. */
export function remotesOf(config: string): string[] {
  const found: { name: string; url: string }[] = [];
  let section: string | undefined;
  for (const line of config.split(/\r?\n/)) {
    const header = /^\s*\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
    if (header) section = header[1];
    else if (/^\s*\[/.test(line)) section = undefined;
    else if (section !== undefined) {
      const url = /^\s*url\s*=\s*(.+?)\s*$/.exec(line);
      if (url) found.push({ name: section, url: url[1]!.replace(/^"(.*)"$/, '$1') });
    }
  }
  return found.sort((a, b) => Number(b.name === 'origin') - Number(a.name === 'origin')).map((r) => printable(withoutCredentials(r.url)));
}

/** "Name <email>" of the last entry of a reflog (logs/HEAD): `old new Name <email> time zone\tmessage`. */
export function lastAuthorOf(reflog: string): string | undefined {
  const lines = reflog.split('\n').filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1];
  const who = last && /^[0-9a-f]{40,64} [0-9a-f]{40,64} (.+?) <([^>]*)> \d+ [+-]\d{4}/.exec(last);
  return who ? printable(`${who[1]} <${who[2]}>`) : undefined;
}

/** What the gradebook says of a student folder besides its name: its remote, or its last author, or ''. */
export function identityOf(folder: string): string {
  const git = join(folder, '.git');
  // Every folder on the way must be a real one (lstat sees a link as a link; O_NOFOLLOW guards only the file itself).
  const realFolder = (dir: string) => {
    try {
      return lstatSync(dir).isDirectory();
    } catch {
      return false;
    }
  };
  if (!realFolder(folder) || !realFolder(git)) return ''; // a link, or a `gitdir:` file: not followed
  const config = readPlainFile(join(git, 'config'));
  const remote = config ? remotesOf(config)[0] : undefined;
  if (remote) return remote;
  const reflog = realFolder(join(git, 'logs')) ? readPlainFile(join(git, 'logs', 'HEAD'), true) : undefined;
  const author = reflog ? lastAuthorOf(reflog) : undefined;
  return author ? `last commit by ${author}` : '';
}
