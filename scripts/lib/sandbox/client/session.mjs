// @ts-check
// One spec file's run of the learner's code: its child (a new one after a crash, none after a
// time-out), the file's time limit, the modules the spec imported and the stand-ins for their exports.
import { loopGuardMessage, timeLimitSeconds } from '../../core/time-limit.ts';
import { ProtocolError } from '../wire/intrinsics.mjs';
import { readGuardFacts } from '../guard-clock.mjs';
import { adoptPrototype, lang, Link, stale, t } from './link.mjs';
import { ChildGone, config } from './relay.mjs';

const MAX_CHILDREN_PER_FILE = 3;

export class Session {
  constructor(/** @type {string} */ file) {
    this.file = file;
    this.limitMs = timeLimitSeconds() * 1000;
    this.usedMs = 0;
    this.epoch = 1;
    this.depth = 0;
    this.spawns = 0;
    /** @type {string | undefined} */ this.tree = undefined;
    /** @type {Link | undefined} */ this.link = undefined;
    /** @type {Error | undefined} a time-out: every later call fails at once */
    this.failure = undefined;
    /** @type {Error | undefined} the last crash, for when no new child may be started */
    this.lastCrash = undefined;
    /** @type {string[]} modules the spec imported, in order (a new child imports them again) */
    this.modules = [];
    /** @type {Map<string, { names: string[], values: unknown[] }>} */ this.exports = new Map();
    /** @type {Map<string, Function>} */ this.stubs = new Map();
    /** @type {WeakMap<object, { m: string, n: string }>} */ this.stubIds = new WeakMap();
    /** @type {{ rounds: number, grownBytes: number } | undefined} what the child's loop guard saw, once it stopped the code */
    this.guardFacts = undefined;
  }

  remainingMs() {
    return Math.max(0, this.limitMs - this.usedMs);
  }

  /** The live child, started (again) if needed, with the spec's modules imported. */
  ensureLink() {
    if (this.failure) throw this.failure;
    if (this.link && !this.link.dead) return this.link;
    if (this.spawns >= MAX_CHILDREN_PER_FILE) throw this.lastCrash ?? this.failure ?? new Error('no child');
    if (this.tree === undefined) throw new Error('no tree chosen');
    this.spawns += 1;
    let link;
    try {
      link = new Link(this, /** @type {{ code: string, source: string }} */ (config().trees[this.tree]));
    } catch (error) {
      if (error instanceof ChildGone) {
        this.lastCrash = this.gone(/** @type {Link} */ ({ dead: undefined }), error);
        throw this.lastCrash;
      }
      throw error;
    }
    this.link = link;
    this.request(link, { kind: 'hello', guard: loopGuardMessage(this.limitMs, t), lang, code: link.tree.code }, {});
    for (const m of this.modules) this.loadInto(link, m);
    return link;
  }

  loadInto(/** @type {Link} */ link, /** @type {string} */ m) {
    if (link.loaded.has(m)) return /** @type {{ names: string[], values: unknown[] }} */ (this.exports.get(m));
    const result = /** @type {{ names: string[], values: unknown[] }} */ (this.request(link, { kind: 'import', module: m }, {}));
    link.loaded.add(m);
    if (!this.exports.has(m)) this.exports.set(m, result);
    return result;
  }

  /** A module of the learner's tree, for a proxy module: its exports, as stand-ins. */
  importModule(/** @type {string} */ tree, /** @type {string} */ m) {
    if (this.tree !== undefined && this.tree !== tree) throw new Error(`one spec file imports from two trees (${this.tree}, ${tree})`);
    this.tree = tree;
    if (!this.modules.includes(m)) this.modules.push(m);
    const link = this.ensureLink();
    return this.loadInto(link, m);
  }

  /**
   * Send a request to the child and return its answer. At the top (the spec calling the learner),
   * the child learns how much of the file's time is left; a nested request (a spec callback calling
   * the learner again) goes to the same child.
   * @param {Link} link
   * @param {{ kind: string, [key: string]: unknown }} request
   * @param {{ fields?: string[], lists?: string[] }} encode
   */
  request(link, request, encode) {
    if (this.failure) throw this.failure;
    if (link.dead) throw stale(link);
    if (this.depth === 0 && this.remainingMs() <= 0) throw this.timedOut();
    this.depth += 1;
    try {
      return link.peer.request(this.depth === 1 ? { ...request, deadlineMs: this.remainingMs() } : request, encode);
    } catch (error) {
      if (error instanceof ChildGone) throw this.gone(link, error);
      if (error instanceof ProtocolError) {
        link.stop('protocol');
        throw this.gone(link, new ChildGone('protocol'));
      }
      throw this.withGuardWords(error);
    } finally {
      this.depth -= 1;
    }
  }

  /** A call of the learner's code from the spec: on the live child, or on `link` for one of its objects. */
  invoke(
    /** @type {Link | undefined} */ link,
    /** @type {{ kind: string, [key: string]: unknown }} */ request,
    /** @type {{ fields?: string[], lists?: string[] }} */ encode,
  ) {
    const target = link ?? (this.depth > 0 && this.link ? this.link : this.ensureLink());
    if (link && link !== this.link) throw stale(link);
    return this.request(target, request, encode);
  }

  /** The error a call fails with when the child is gone, in the learner's words. */
  gone(/** @type {Link} */ link, /** @type {ChildGone} */ why) {
    link.dead = why.cause;
    const limit = this.limitMs / 1000;
    if (why.cause === 'timeout' || why.cause === 'cpu') return this.timedOut();
    let error;
    if (why.cause === 'memory') {
      error = new RangeError(
        t(
          "ran out of memory — an endless loop that keeps allocating? Your code was stopped at the grader's memory limit.",
          '메모리가 부족합니다 — 계속 메모리를 할당하는 무한 루프일까요? 채점기의 메모리 한도에서 코드를 멈췄습니다.',
        ),
      );
    } else if (why.cause === 'protocol') {
      error = new Error(
        t(
          "your code wrote to the grader's channel, or sent back something the grader cannot read; it was stopped",
          '코드가 채점기의 통신 통로에 쓰거나 채점기가 읽을 수 없는 것을 돌려보내서 멈췄습니다',
        ),
      );
    } else {
      const said = (why.detail.stderr ?? '').trim().split('\n').filter(Boolean).slice(-3).join(' | ').slice(-400);
      const how = `${why.detail.signal ? `signal ${why.detail.signal}` : `exit code ${why.detail.code}`}${said ? `: ${said}` : ''}`;
      error = new Error(
        t(
          `the process running your code was killed (${how}) — a crash in your code? It was started again for the next test.`,
          `코드를 실행하던 프로세스가 죽었습니다 (${how}) — 코드가 비정상 종료했나요? 다음 테스트를 위해 다시 시작했습니다.`,
        ),
      );
    }
    void limit;
    this.lastCrash = error;
    return error;
  }

  /**
   * The child's loop guard stopped the learner's code: its message carries what the guard saw (rounds,
   * memory), and becomes the kata's whole message, memory, slowness or an endless loop told apart.
   */
  withGuardWords(/** @type {unknown} */ error) {
    if (!(error instanceof Error) || typeof error.message !== 'string') return error;
    const seen = readGuardFacts(error.message);
    if (!seen) return error;
    this.guardFacts = seen.facts;
    const message = loopGuardMessage(this.limitMs, t, seen.facts);
    if (typeof error.stack === 'string') error.stack = error.stack.replace(error.message, message);
    error.message = message;
    return error;
  }

  timedOut() {
    this.failure ??= new Error(
      `${loopGuardMessage(this.limitMs, t, this.guardFacts)} ${t('(Your code was stopped; every later check of this exercise fails too.)', '(코드를 멈췄습니다. 이 연습의 이후 검사도 모두 실패합니다.)')}`,
    );
    return this.failure;
  }

  /** The stand-in for the learner's export `n` of module `m`: the same function for the whole file. */
  exportStub(/** @type {string} */ m, /** @type {string} */ n) {
    const key = `${m}\u0000${n}`;
    let stub = this.stubs.get(key);
    if (!stub) {
      const session = this;
      /** @this {unknown} @param {unknown[]} args */
      stub = function (...args) {
        const isNew = new.target !== undefined;
        const made = session.invoke(
          undefined,
          { kind: 'call', fn: { tag: 'export', module: m, name: n }, self: this, args, isNew },
          { fields: ['self'], lists: ['args'] },
        );
        if (isNew && made && typeof made === 'object') adoptPrototype(made, /** @type {Function} */ (stub).prototype);
        return made;
      };
      Object.defineProperty(stub, 'name', { value: n });
      this.stubs.set(key, stub);
      this.stubIds.set(stub, { m, n });
    }
    return stub;
  }

  close() {
    this.link?.stop('stopped');
    this.link = undefined;
  }
}
