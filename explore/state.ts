// The page's state lives in its address, so that a set-up can be shared as a link (as TensorFlow
// Playground does): panel, optimizer, hyper-parameters, step, epoch, features, language.
export function param(name: string, fallback: string): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

export function numberParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return new URLSearchParams(location.search).has(name) && Number.isFinite(value) ? value : fallback;
}

/** Change some parameters without reloading; `rerender` draws again. */
export function setParams(values: Record<string, string | number | undefined>, rerender?: () => void): void {
  const search = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) search.delete(k);
    else search.set(k, String(v));
  }
  history.replaceState(null, '', `${location.pathname}?${search.toString()}`);
  rerender?.();
}
