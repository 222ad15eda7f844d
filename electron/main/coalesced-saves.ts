// Saves of one document, one at a time, with the ones asked for meanwhile folded into one. Two
// quick Saves used to run side by side: the second was checked against the hash from before the
// first had finished, and reported a false "changed by another program". Here a save starts
// only once the previous one is done (so it reads the hash that save left), and of several
// asked for meanwhile only the newest text is written; every caller gets that save's answer.

interface Waiting<Request, Answer> {
  request: Request;
  callers: { resolve(answer: Answer): void; reject(error: unknown): void }[];
}

export class CoalescedSaves<Request, Answer> {
  readonly #running = new Map<string, { next: Waiting<Request, Answer> | null }>();

  constructor(private readonly save: (key: string, request: Request) => Promise<Answer>) {}

  /** Saves `request` for document `key` now, or after the save in progress (replacing any request still waiting). */
  run(key: string, request: Request): Promise<Answer> {
    const running = this.#running.get(key);
    if (running !== undefined) {
      return new Promise((resolve, reject) => {
        const callers = running.next?.callers ?? [];
        callers.push({ resolve, reject });
        running.next = { request, callers };
      });
    }
    const state = { next: null as Waiting<Request, Answer> | null };
    this.#running.set(key, state);
    const done = this.save(key, request);
    void done.then(
      () => this.#startNext(key, state),
      () => this.#startNext(key, state),
    );
    return done;
  }

  #startNext(key: string, state: { next: Waiting<Request, Answer> | null }): void {
    this.#running.delete(key);
    const next = state.next;
    if (next === null) return;
    this.run(key, next.request).then(
      (answer) => next.callers.forEach((c) => c.resolve(answer)),
      (error: unknown) => next.callers.forEach((c) => c.reject(error)),
    );
  }
}
