// npm run explore's server: vite's dev server for explore/ (its vite.config.ts holds the plugins), on
// localhost and a free port. `target` is the tree whose code the page runs (exercises/ by default).
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { root } from '../core/curriculum.ts';

export interface Explorer {
  url: string;
  close(): Promise<void>;
}

export async function startExplore(options: { target?: string; port?: number; lang?: 'en' | 'ko' } = {}): Promise<Explorer> {
  const { createServer } = await import('vite');
  const port0 = options.port ?? (await freePort());
  // explore/vite.config.ts reads the tree from KATA_TARGET while vite loads it; this process's own
  // setting (verify's, say) is put back right after.
  const before = process.env.KATA_TARGET;
  process.env.KATA_TARGET = resolve(options.target ?? join(root, 'exercises'));
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer({
      configFile: join(root, 'explore', 'vite.config.ts'),
      configLoader: 'runner',
      server: { port: port0, strictPort: false },
    });
  } finally {
    if (before === undefined) delete process.env.KATA_TARGET;
    else process.env.KATA_TARGET = before;
  }
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}/${options.lang === 'ko' ? '?lang=ko' : ''}`, close: () => server.close() };
}

/** A port nobody listens on now (the system picks it). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 5173));
    });
  });
}
