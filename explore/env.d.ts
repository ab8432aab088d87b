// The reference optimizers, where the repository has solutions/ (explore/vite.config.ts).
declare module 'virtual:kata-reference' {
  export const reference:
    | Record<string, new (options: Record<string, number>) => { step(params: readonly number[], grads: readonly number[]): number[] }>
    | undefined;
}
