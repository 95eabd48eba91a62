/**
 * A browser stand-in for `eventemitter2`, which json-rules-engine extends but only uses for
 * `on` and `emitAsync`. The real library is about a quarter of the engine's bundle; this keeps
 * the same behaviour for those calls (listeners run in order, `emitAsync` waits for them all).
 * Bundlers alias `eventemitter2` to this file for the widget; Node keeps the real library.
 *
 * It is a plain constructor function, not a class: the engine is compiled to ES5 and calls
 * its parent constructor with `.call(this)`, which an ES class refuses.
 */
type Listener = (...args: unknown[]) => unknown;

interface Emitter {
  _kbListeners?: Map<string, Listener[]>;
}

function listeners(self: Emitter, event: string): Listener[] {
  self._kbListeners ??= new Map();
  return self._kbListeners.get(event) ?? [];
}

export function EventEmitter2(this: Emitter): void {
  this._kbListeners = new Map();
}

const proto = {
  on(this: Emitter, event: string, listener: Listener) {
    listeners(this, event);
    this._kbListeners?.set(event, [...listeners(this, event), listener]);
    return this;
  },
  off(this: Emitter, event: string, listener: Listener) {
    this._kbListeners?.set(
      event,
      listeners(this, event).filter((l) => l !== listener),
    );
    return this;
  },
  removeAllListeners(this: Emitter, event?: string) {
    if (event === undefined) this._kbListeners?.clear();
    else this._kbListeners?.delete(event);
    return this;
  },
  emit(this: Emitter, event: string, ...args: unknown[]) {
    const all = listeners(this, event);
    for (const listener of all) listener.apply(this, args);
    return all.length > 0;
  },
  emitAsync(this: Emitter, event: string, ...args: unknown[]) {
    return Promise.all(listeners(this, event).map((listener) => listener.apply(this, args)));
  },
};

Object.assign(EventEmitter2.prototype, proto, {
  addListener(this: Emitter, event: string, listener: Listener) {
    return proto.on.call(this, event, listener);
  },
  removeListener(this: Emitter, event: string, listener: Listener) {
    return proto.off.call(this, event, listener);
  },
});

export default EventEmitter2;
