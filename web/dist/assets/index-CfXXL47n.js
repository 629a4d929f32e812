var e = Object.create,
  t = Object.defineProperty,
  n = Object.getOwnPropertyDescriptor,
  r = Object.getOwnPropertyNames,
  i = Object.getPrototypeOf,
  a = Object.prototype.hasOwnProperty,
  o = (e, t) => () => (t || (e((t = { exports: {} }).exports, t, t.exports), (e = null)), t.exports),
  s = (e, i, o, s) => {
    if ((i && typeof i == `object`) || typeof i == `function`)
      for (var c = r(i), l = 0, u = c.length, d; l < u; l++)
        (d = c[l]),
          !a.call(e, d) &&
            d !== o &&
            t(e, d, { get: ((e) => i[e]).bind(null, d), enumerable: !(s = n(i, d)) || s.enumerable });
    return e;
  },
  c = (n, r, o) => (
    (o = n == null ? {} : e(i(n))),
    s(
      r || !n || !n.__esModule || !a.call(n, `default`) ? t(o, `default`, { value: n, enumerable: !0 }) : o,
      n,
    )
  );
(() => {
  const e = document.createElement(`link`).relList;
  if (e && e.supports && e.supports(`modulepreload`)) return;
  for (const e of document.querySelectorAll(`link[rel="modulepreload"]`)) n(e);
  new MutationObserver((e) => {
    for (const t of e)
      if (t.type === `childList`)
        for (const e of t.addedNodes) e.tagName === `LINK` && e.rel === `modulepreload` && n(e);
  }).observe(document, { childList: !0, subtree: !0 });
  function t(e) {
    const t = {};
    return (
      e.integrity && (t.integrity = e.integrity),
      e.referrerPolicy && (t.referrerPolicy = e.referrerPolicy),
      (t.credentials =
        e.crossOrigin === `use-credentials`
          ? `include`
          : e.crossOrigin === `anonymous`
            ? `omit`
            : `same-origin`),
      t
    );
  }
  function n(e) {
    if (e.ep) return;
    e.ep = !0;
    const n = t(e);
    fetch(e.href, n);
  }
})();
var l = o((e, t) => {
    (() => {
      function n(e, t) {
        Object.defineProperty(a.prototype, e, {
          get: () => {
            console.warn(`%s(...) is deprecated in plain JavaScript React classes. %s`, t[0], t[1]);
          },
        });
      }
      function r(e) {
        return typeof e != `object` || !e
          ? null
          : ((e = (ye && e[ye]) || e[`@@iterator`]), typeof e == `function` ? e : null);
      }
      function i(e, t) {
        e = ((e = e.constructor) && (e.displayName || e.name)) || `ReactClass`;
        var n = e + `.` + t;
        be[n] ||
          (console.error(
            "Can't call %s on a component that is not yet mounted. This is a no-op, but it might indicate a bug in your application. Instead, assign to `this.state` directly or define a `state = {};` class property with the desired state in the %s component.",
            t,
            e,
          ),
          (be[n] = !0));
      }
      function a(e, t, n) {
        (this.props = e), (this.context = t), (this.refs = Ce), (this.updater = n || xe);
      }
      function o() {}
      function s(e, t, n) {
        (this.props = e), (this.context = t), (this.refs = Ce), (this.updater = n || xe);
      }
      function c() {}
      function l(e) {
        return `` + e;
      }
      function u(e) {
        try {
          l(e);
          var t = !1;
        } catch {
          t = !0;
        }
        if (t) {
          t = console;
          var n = t.error,
            r =
              (typeof Symbol == `function` && Symbol.toStringTag && e[Symbol.toStringTag]) ||
              e.constructor.name ||
              `Object`;
          return (
            n.call(
              t,
              `The provided key is an unsupported type %s. This value must be coerced to a string before using it here.`,
              r,
            ),
            l(e)
          );
        }
      }
      function d(e) {
        if (e == null) return null;
        if (typeof e == `function`) return e.$$typeof === Ee ? null : e.displayName || e.name || null;
        if (typeof e == `string`) return e;
        switch (e) {
          case A:
            return `Fragment`;
          case ue:
            return `Profiler`;
          case le:
            return `StrictMode`;
          case pe:
            return `Suspense`;
          case me:
            return `SuspenseList`;
          case _e:
            return `Activity`;
          case ve:
            return `ViewTransition`;
        }
        if (typeof e == `object`)
          switch (
            (typeof e.tag == `number` &&
              console.error(
                `Received an unexpected object in getComponentNameFromType(). This is likely a bug in React. Please file an issue.`,
              ),
            e.$$typeof)
          ) {
            case ce:
              return `Portal`;
            case de:
              return e.displayName || `Context`;
            case j:
              return (e._context.displayName || `Context`) + `.Consumer`;
            case fe:
              var t = e.render;
              return (
                (e = e.displayName),
                (e ||=
                  ((e = t.displayName || t.name || ``), e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)),
                e
              );
            case he:
              return ((t = e.displayName || null), t === null ? d(e.type) || `Memo` : t);
            case ge:
              (t = e._payload), (e = e._init);
              try {
                return d(e(t));
              } catch {}
          }
        return null;
      }
      function f(e) {
        if (e === A) return `<>`;
        if (typeof e == `object` && e && e.$$typeof === ge) return `<...>`;
        try {
          var t = d(e);
          return t ? `<` + t + `>` : `<...>`;
        } catch {
          return `<...>`;
        }
      }
      function p() {
        var e = M.A;
        return e === null ? null : e.getOwner();
      }
      function m() {
        return Error(`react-stack-top-frame`);
      }
      function h(e) {
        if (N.call(e, `key`)) {
          var t = Object.getOwnPropertyDescriptor(e, `key`).get;
          if (t && t.isReactWarning) return !1;
        }
        return e.key !== void 0;
      }
      function g(e, t) {
        function n() {
          Oe ||
            ((Oe = !0),
            console.error(
              '%s: `key` is not a prop. Trying to access it will result in `undefined` being returned. If you need to access the same value within the child component, you should pass it as a different prop. (https://react.dev/link/special-props)',
              t,
            ));
        }
        (n.isReactWarning = !0), Object.defineProperty(e, 'key', { get: n, configurable: !0 });
      }
      function _() {
        var e = d(this.type);
        return (
          Ae[e] ||
            ((Ae[e] = !0),
            console.error(
              `Accessing element.ref was removed in React 19. ref is now a regular prop. It will be removed from the JSX Element type in a future release.`,
            )),
          (e = this.props.ref),
          e === void 0 ? null : e
        );
      }
      function v(e, t, n, r, i, a) {
        var o = n.ref;
        return (
          (e = { $$typeof: k, type: e, key: t, props: n, _owner: r }),
          (o === void 0 ? null : o) === null
            ? Object.defineProperty(e, 'ref', { enumerable: !1, value: null })
            : Object.defineProperty(e, 'ref', { enumerable: !1, get: _ }),
          (e._store = {}),
          Object.defineProperty(e._store, 'validated', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: 0,
          }),
          Object.defineProperty(e, '_debugInfo', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: null,
          }),
          Object.defineProperty(e, '_debugStack', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: i,
          }),
          Object.defineProperty(e, '_debugTask', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: a,
          }),
          Object.freeze && (Object.freeze(e.props), Object.freeze(e)),
          e
        );
      }
      function y(e, t) {
        return (
          (t = v(e.type, t, e.props, e._owner, e._debugStack, e._debugTask)),
          e._store && (t._store.validated = e._store.validated),
          t
        );
      }
      function b(e) {
        x(e)
          ? e._store && (e._store.validated = 1)
          : typeof e == `object` &&
            e &&
            e.$$typeof === ge &&
            (e._payload.status === `fulfilled`
              ? x(e._payload.value) && e._payload.value._store && (e._payload.value._store.validated = 1)
              : e._store && (e._store.validated = 1));
      }
      function x(e) {
        return typeof e == `object` && !!e && e.$$typeof === k;
      }
      function S(e) {
        var t = { '=': `=0`, ':': `=2` };
        return `$` + e.replace(/[=:]/g, (e) => t[e]);
      }
      function ee(e, t) {
        return typeof e == `object` && e && e.key != null ? (u(e.key), S(`` + e.key)) : t.toString(36);
      }
      function C(e) {
        switch (e.status) {
          case `fulfilled`:
            return e.value;
          case `rejected`:
            throw e.reason;
          default:
            switch (
              (typeof e.status == `string`
                ? e.then(c, c)
                : ((e.status = `pending`),
                  e.then(
                    (t) => {
                      e.status === `pending` && ((e.status = `fulfilled`), (e.value = t));
                    },
                    (t) => {
                      e.status === `pending` && ((e.status = `rejected`), (e.reason = t));
                    },
                  )),
              e.status)
            ) {
              case `fulfilled`:
                return e.value;
              case `rejected`:
                throw e.reason;
            }
        }
        throw e;
      }
      function w(e, t, n, i, a) {
        var o = typeof e;
        (o === `undefined` || o === `boolean`) && (e = null);
        var s = !1;
        if (e === null) s = !0;
        else
          switch (o) {
            case `bigint`:
            case `string`:
            case `number`:
              s = !0;
              break;
            case `object`:
              switch (e.$$typeof) {
                case k:
                case ce:
                  s = !0;
                  break;
                case ge:
                  return ((s = e._init), w(s(e._payload), t, n, i, a));
              }
          }
        if (s) {
          (s = e), (a = a(s));
          var c = i === `` ? `.` + ee(s, 0) : i;
          return (
            Te(a)
              ? ((n = ``), c != null && (n = c.replace(Ne, `$&/`) + `/`), w(a, t, n, ``, (e) => e))
              : a != null &&
                (x(a) &&
                  (a.key != null && ((s && s.key === a.key) || u(a.key)),
                  (n = y(
                    a,
                    n +
                      (a.key == null || (s && s.key === a.key) ? `` : (`` + a.key).replace(Ne, `$&/`) + `/`) +
                      c,
                  )),
                  i !== `` &&
                    s != null &&
                    x(s) &&
                    s.key == null &&
                    s._store &&
                    !s._store.validated &&
                    (n._store.validated = 2),
                  (a = n)),
                t.push(a)),
            1
          );
        }
        if (((s = 0), (c = i === `` ? `.` : i + `:`), Te(e)))
          for (var l = 0; l < e.length; l++) (i = e[l]), (o = c + ee(i, l)), (s += w(i, t, n, o, a));
        else if (((l = r(e)), typeof l == `function`))
          for (
            l === e.entries &&
              (Me ||
                console.warn(
                  `Using Maps as children is not supported. Use an array of keyed ReactElements instead.`,
                ),
              (Me = !0)),
              e = l.call(e),
              l = 0;
            !(i = e.next()).done;
          )
            (i = i.value), (o = c + ee(i, l++)), (s += w(i, t, n, o, a));
        else if (o === `object`) {
          if (typeof e.then == `function`) return w(C(e), t, n, i, a);
          throw (
            (t = String(e)),
            Error(
              `Objects are not valid as a React child (found: ` +
                (t === `[object Object]` ? `object with keys {` + Object.keys(e).join(`, `) + `}` : t) +
                `). If you meant to render a collection of children, use an array instead.`,
            )
          );
        }
        return s;
      }
      function T(e, t, n) {
        if (e == null) return e;
        var r = [],
          i = 0;
        return (w(e, r, ``, ``, (e) => t.call(n, e, i++)), r);
      }
      function te(e) {
        if (e._status === -1) {
          var t = null,
            n = null,
            r = e._ioInfo;
          r != null &&
            ((r.start = r.end = performance.now()),
            (r.value = new Promise((e, r) => {
              (t = e), (n = r);
            }))),
            (r = e._result);
          var i = r();
          if (
            (i.then(
              (n) => {
                if (e._status === 0 || e._status === -1) {
                  (e._status = 1), (e._result = n);
                  var r = e._ioInfo;
                  if (r != null) {
                    r.end = performance.now();
                    var a = n?.default;
                    t(a), (r.value.status = `fulfilled`), (r.value.value = a);
                  }
                  i.status === void 0 && ((i.status = `fulfilled`), (i.value = n));
                }
              },
              (t) => {
                if (e._status === 0 || e._status === -1) {
                  (e._status = 2), (e._result = t);
                  var r = e._ioInfo;
                  r != null &&
                    ((r.end = performance.now()),
                    r.value.then(c, c),
                    n(t),
                    (r.value.status = `rejected`),
                    (r.value.reason = t)),
                    i.status === void 0 && ((i.status = `rejected`), (i.reason = t));
                }
              },
            ),
            (r = e._ioInfo),
            r != null)
          ) {
            var a = i.displayName;
            typeof a == `string` && (r.name = a);
          }
          e._status === -1 && ((e._status = 0), (e._result = i));
        }
        if (e._status === 1)
          return (
            (r = e._result),
            r === void 0 &&
              console.error(
                `lazy: Expected the result of a dynamic import() call. Instead received: %s

Your code should look like: 
  const MyComponent = lazy(() => import('./MyComponent'))

Did you accidentally put curly braces around the import?`,
                r,
              ),
            `default` in r ||
              console.error(
                `lazy: Expected the result of a dynamic import() call. Instead received: %s

Your code should look like: 
  const MyComponent = lazy(() => import('./MyComponent'))`,
                r,
              ),
            r.default
          );
        throw e._result;
      }
      function E() {
        var e = M.H;
        return (
          e === null &&
            console.error(`Invalid hook call. Hooks can only be called inside of the body of a function component. This could happen for one of the following reasons:
1. You might have mismatching versions of React and the renderer (such as React DOM)
2. You might be breaking the Rules of Hooks
3. You might have more than one copy of React in the same app
See https://react.dev/link/invalid-hook-call for tips about how to debug and fix this problem.`),
          e
        );
      }
      function ne() {
        M.asyncTransitions--;
      }
      function re(e) {
        var t = M.T,
          n = {};
        (n.types = t === null ? null : t.types), (n._updatedFibers = new Set()), (M.T = n);
        try {
          var r = e(),
            i = M.S;
          i !== null && i(n, r),
            typeof r == `object` &&
              r &&
              typeof r.then == `function` &&
              (M.asyncTransitions++, r.then(ne, ne), r.then(c, Pe));
        } catch (e) {
          Pe(e);
        } finally {
          t === null &&
            n._updatedFibers &&
            ((e = n._updatedFibers.size),
            n._updatedFibers.clear(),
            10 < e &&
              console.warn(
                `Detected a large number of updates inside startTransition. If this is due to a subscription please re-write it to use React provided hooks. Otherwise concurrent mode guarantees are off the table.`,
              )),
            t !== null &&
              n.types !== null &&
              (t.types !== null &&
                t.types !== n.types &&
                console.error(
                  `We expected inner Transitions to have transferred the outer types set and that you cannot add to the outer Transition while inside the inner.This is a bug in React.`,
                ),
              (t.types = n.types)),
            (M.T = t);
        }
      }
      function D(e) {
        var t = M.T;
        if (t !== null) {
          var n = t.types;
          n === null ? (t.types = [e]) : n.indexOf(e) === -1 && n.push(e);
        } else
          M.asyncTransitions === 0 &&
            console.error(
              'addTransitionType can only be called inside a `startTransition()` callback. It must be associated with a specific Transition.',
            ),
            re(D.bind(null, e));
      }
      function O(e) {
        if (Ie === null)
          try {
            var n = (`require` + Math.random()).slice(0, 7);
            Ie = (t && t[n]).call(t, `timers`).setImmediate;
          } catch {
            Ie = (e) => {
              !1 === Fe &&
                ((Fe = !0),
                typeof MessageChannel > `u` &&
                  console.error(
                    `This browser does not have a MessageChannel implementation, so enqueuing tasks via await act(async () => ...) will fail. Please file an issue at https://github.com/facebook/react/issues if you encounter this warning.`,
                  ));
              var t = new MessageChannel();
              (t.port1.onmessage = e), t.port2.postMessage(void 0);
            };
          }
        return Ie(e);
      }
      function ie(e) {
        return 1 < e.length && typeof AggregateError == `function` ? AggregateError(e) : e[0];
      }
      function ae(e, t) {
        t !== Le - 1 &&
          console.error(
            `You seem to have overlapping act() calls, this is not supported. Be sure to await previous act() calls before making a new one. `,
          ),
          (Le = t);
      }
      function oe(e, t, n) {
        var r = M.actQueue;
        if (r !== null) {
          if (r.length !== 0)
            try {
              se(r), O(() => oe(e, t, n));
              return;
            } catch (e) {
              M.thrownErrors.push(e);
            }
          else M.actQueue = null;
        }
        0 < M.thrownErrors.length ? ((r = ie(M.thrownErrors)), (M.thrownErrors.length = 0), n(r)) : t(e);
      }
      function se(e) {
        if (!ze) {
          ze = !0;
          var t = 0;
          try {
            for (; t < e.length; t++) {
              var n = e[t];
              do {
                M.didUsePromise = !1;
                var r = n(!1);
                if (r !== null) {
                  if (M.didUsePromise) {
                    (e[t] = n), e.splice(0, t);
                    return;
                  }
                  n = r;
                } else break;
              } while (1);
            }
            e.length = 0;
          } catch (n) {
            e.splice(0, t + 1), M.thrownErrors.push(n);
          } finally {
            ze = !1;
          }
        }
      }
      typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart == `function` &&
        __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart(Error());
      var k = Symbol.for(`react.transitional.element`),
        ce = Symbol.for(`react.portal`),
        A = Symbol.for(`react.fragment`),
        le = Symbol.for(`react.strict_mode`),
        ue = Symbol.for(`react.profiler`),
        j = Symbol.for(`react.consumer`),
        de = Symbol.for(`react.context`),
        fe = Symbol.for(`react.forward_ref`),
        pe = Symbol.for(`react.suspense`),
        me = Symbol.for(`react.suspense_list`),
        he = Symbol.for(`react.memo`),
        ge = Symbol.for(`react.lazy`),
        _e = Symbol.for(`react.activity`),
        ve = Symbol.for(`react.view_transition`),
        ye = Symbol.iterator,
        be = {},
        xe = {
          isMounted: () => !1,
          enqueueForceUpdate: (e) => {
            i(e, `forceUpdate`);
          },
          enqueueReplaceState: (e) => {
            i(e, `replaceState`);
          },
          enqueueSetState: (e) => {
            i(e, `setState`);
          },
        },
        Se = Object.assign,
        Ce = {};
      Object.freeze(Ce),
        (a.prototype.isReactComponent = {}),
        (a.prototype.setState = function (e, t) {
          if (typeof e != `object` && typeof e != `function` && e != null)
            throw Error(
              `takes an object of state variables to update or a function which returns an object of state variables.`,
            );
          this.updater.enqueueSetState(this, e, t, `setState`);
        }),
        (a.prototype.forceUpdate = function (e) {
          this.updater.enqueueForceUpdate(this, e, `forceUpdate`);
        });
      var we = {
        isMounted: [
          `isMounted`,
          `Instead, make sure to clean up subscriptions and pending requests in componentWillUnmount to prevent memory leaks.`,
        ],
        replaceState: [
          `replaceState`,
          `Refactor your code to use setState instead (see https://github.com/facebook/react/issues/3236).`,
        ],
      };
      for (Ve in we) Object.hasOwn(we, Ve) && n(Ve, we[Ve]);
      (o.prototype = a.prototype),
        (we = s.prototype = new o()),
        (we.constructor = s),
        Se(we, a.prototype),
        (we.isPureReactComponent = !0);
      var Te = Array.isArray,
        Ee = Symbol.for(`react.client.reference`),
        M = {
          H: null,
          A: null,
          T: null,
          S: null,
          actQueue: null,
          asyncTransitions: 0,
          isBatchingLegacy: !1,
          didScheduleLegacyUpdate: !1,
          didUsePromise: !1,
          thrownErrors: [],
          getCurrentStack: null,
          recentlyCreatedOwnerStacks: 0,
        },
        N = Object.prototype.hasOwnProperty,
        De = console.createTask ? console.createTask : () => null;
      we = { react_stack_bottom_frame: (e) => e() };
      var Oe,
        ke,
        Ae = {},
        P = we.react_stack_bottom_frame.bind(we, m)(),
        je = De(f(m)),
        Me = !1,
        Ne = /\/+/g,
        Pe =
          typeof reportError == `function`
            ? reportError
            : (e) => {
                if (typeof window == `object` && typeof window.ErrorEvent == `function`) {
                  var t = new window.ErrorEvent(`error`, {
                    bubbles: !0,
                    cancelable: !0,
                    message:
                      typeof e == `object` && e && typeof e.message == `string`
                        ? String(e.message)
                        : String(e),
                    error: e,
                  });
                  if (!window.dispatchEvent(t)) return;
                } else if (typeof process == `object` && typeof process.emit == `function`) {
                  process.emit(`uncaughtException`, e);
                  return;
                }
                console.error(e);
              },
        Fe = !1,
        Ie = null,
        Le = 0,
        Re = !1,
        ze = !1,
        Be =
          typeof queueMicrotask == `function`
            ? (e) => {
                queueMicrotask(() => queueMicrotask(e));
              }
            : O;
      we = Object.freeze({ __proto__: null, c: (e) => E().useMemoCache(e) });
      var Ve = {
        map: T,
        forEach: (e, t, n) => {
          T(
            e,
            function () {
              t.apply(this, arguments);
            },
            n,
          );
        },
        count: (e) => {
          var t = 0;
          return (
            T(e, () => {
              t++;
            }),
            t
          );
        },
        toArray: (e) => T(e, (e) => e) || [],
        only: (e) => {
          if (!x(e)) throw Error(`React.Children.only expected to receive a single React element child.`);
          return e;
        },
      };
      (e.Activity = _e),
        (e.Children = Ve),
        (e.Component = a),
        (e.Fragment = A),
        (e.Profiler = ue),
        (e.PureComponent = s),
        (e.StrictMode = le),
        (e.Suspense = pe),
        (e.ViewTransition = ve),
        (e.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = M),
        (e.__COMPILER_RUNTIME = we),
        (e.act = (e) => {
          var t = M.actQueue,
            n = Le;
          Le++;
          var r = (M.actQueue = t === null ? [] : t),
            i = !1;
          try {
            var a = e();
          } catch (e) {
            M.thrownErrors.push(e);
          }
          if (0 < M.thrownErrors.length)
            throw (ae(t, n), (e = ie(M.thrownErrors)), (M.thrownErrors.length = 0), e);
          if (typeof a == `object` && a && typeof a.then == `function`) {
            var o = a;
            return (
              Be(() => {
                i ||
                  Re ||
                  ((Re = !0),
                  console.error(
                    `You called act(async () => ...) without await. This could lead to unexpected testing behaviour, interleaving multiple act calls and mixing their scopes. You should - await act(async () => ...);`,
                  ));
              }),
              {
                then: (e, a) => {
                  (i = !0),
                    o.then(
                      (i) => {
                        if ((ae(t, n), n === 0)) {
                          try {
                            se(r), O(() => oe(i, e, a));
                          } catch (e) {
                            M.thrownErrors.push(e);
                          }
                          if (0 < M.thrownErrors.length) {
                            var o = ie(M.thrownErrors);
                            (M.thrownErrors.length = 0), a(o);
                          }
                        } else e(i);
                      },
                      (e) => {
                        ae(t, n),
                          0 < M.thrownErrors.length &&
                            ((e = ie(M.thrownErrors)), (M.thrownErrors.length = 0)),
                          a(e);
                      },
                    );
                },
              }
            );
          }
          var s = a;
          if (
            (ae(t, n),
            n === 0 &&
              (se(r),
              r.length !== 0 &&
                Be(() => {
                  i ||
                    Re ||
                    ((Re = !0),
                    console.error(
                      'A component suspended inside an `act` scope, but the `act` call was not awaited. When testing React components that depend on asynchronous data, you must await the result:\n\nawait act(() => ...)',
                    ));
                }),
              (M.actQueue = null)),
            0 < M.thrownErrors.length)
          )
            throw ((e = ie(M.thrownErrors)), (M.thrownErrors.length = 0), e);
          return {
            then: (e, t) => {
              (i = !0), n === 0 ? ((M.actQueue = r), O(() => oe(s, e, t))) : e(s);
            },
          };
        }),
        (e.addTransitionType = D),
        (e.cache = (e) =>
          function () {
            return e.apply(null, arguments);
          }),
        (e.cacheSignal = () => null),
        (e.captureOwnerStack = () => {
          var e = M.getCurrentStack;
          return e === null ? null : e();
        }),
        (e.cloneElement = function (e, t, n) {
          if (e == null) throw Error(`The argument must be a React element, but you passed ` + e + `.`);
          var r = Se({}, e.props),
            i = e.key,
            a = e._owner;
          if (t != null) {
            var o;
            a: {
              if (
                N.call(t, `ref`) &&
                (o = Object.getOwnPropertyDescriptor(t, `ref`).get) &&
                o.isReactWarning
              ) {
                o = !1;
                break a;
              }
              o = t.ref !== void 0;
            }
            for (s in (o && (a = p()), h(t) && (u(t.key), (i = `` + t.key)), t))
              !N.call(t, s) ||
                s === `key` ||
                s === `__self` ||
                s === `__source` ||
                (s === `ref` && t.ref === void 0) ||
                (r[s] = t[s]);
          }
          var s = arguments.length - 2;
          if (s === 1) r.children = n;
          else if (1 < s) {
            o = Array(s);
            for (var c = 0; c < s; c++) o[c] = arguments[c + 2];
            r.children = o;
          }
          for (r = v(e.type, i, r, a, e._debugStack, e._debugTask), i = 2; i < arguments.length; i++)
            b(arguments[i]);
          return r;
        }),
        (e.createContext = (e) => (
          (e = {
            $$typeof: de,
            _currentValue: e,
            _currentValue2: e,
            _threadCount: 0,
            Provider: null,
            Consumer: null,
          }),
          (e.Provider = e),
          (e.Consumer = { $$typeof: j, _context: e }),
          (e._currentRenderer = null),
          (e._currentRenderer2 = null),
          e
        )),
        (e.createElement = function (e, t, n) {
          for (var r = 2; r < arguments.length; r++) b(arguments[r]);
          var i;
          r = {};
          var a = null;
          if (t != null)
            for (i in (ke ||
              !(`__self` in t) ||
              `key` in t ||
              ((ke = !0),
              console.warn(
                `Your app (or one of its dependencies) is using an outdated JSX transform. Update to the modern JSX transform for faster performance: https://react.dev/link/new-jsx-transform`,
              )),
            h(t) && (u(t.key), (a = `` + t.key)),
            t))
              N.call(t, i) && i !== `key` && i !== `__self` && i !== `__source` && (r[i] = t[i]);
          var o = arguments.length - 2;
          if (o === 1) r.children = n;
          else if (1 < o) {
            for (var s = Array(o), c = 0; c < o; c++) s[c] = arguments[c + 2];
            Object.freeze && Object.freeze(s), (r.children = s);
          }
          if (e && e.defaultProps) for (i in ((o = e.defaultProps), o)) r[i] === void 0 && (r[i] = o[i]);
          return (
            a && g(r, typeof e == `function` ? e.displayName || e.name || `Unknown` : e),
            (i = 1e4 > M.recentlyCreatedOwnerStacks++)
              ? ((s = Error.stackTraceLimit),
                (Error.stackTraceLimit = 10),
                (o = Error(`react-stack-top-frame`)),
                (Error.stackTraceLimit = s))
              : (o = P),
            v(e, a, r, p(), o, i ? De(f(e)) : je)
          );
        }),
        (e.createRef = () => {
          var e = { current: null };
          return (Object.seal(e), e);
        }),
        (e.forwardRef = (e) => {
          e != null && e.$$typeof === he
            ? console.error(
                'forwardRef requires a render function but received a `memo` component. Instead of forwardRef(memo(...)), use memo(forwardRef(...)).',
              )
            : typeof e == `function`
              ? e.length !== 0 &&
                e.length !== 2 &&
                console.error(
                  `forwardRef render functions accept exactly two parameters: props and ref. %s`,
                  e.length === 1
                    ? `Did you forget to use the ref parameter?`
                    : `Any additional parameter will be undefined.`,
                )
              : console.error(
                  `forwardRef requires a render function but was given %s.`,
                  e === null ? `null` : typeof e,
                ),
            e != null &&
              e.defaultProps != null &&
              console.error(
                `forwardRef render functions do not support defaultProps. Did you accidentally pass a React component?`,
              );
          var t = { $$typeof: fe, render: e },
            n;
          return (
            Object.defineProperty(t, 'displayName', {
              enumerable: !1,
              configurable: !0,
              get: () => n,
              set: (t) => {
                (n = t),
                  e.name ||
                    e.displayName ||
                    (Object.defineProperty(e, 'name', { value: t }), (e.displayName = t));
              },
            }),
            t
          );
        }),
        (e.isValidElement = x),
        (e.lazy = (e) => {
          e = { _status: -1, _result: e };
          var t = { $$typeof: ge, _payload: e, _init: te },
            n = {
              name: `lazy`,
              start: -1,
              end: -1,
              value: null,
              owner: null,
              debugStack: Error(`react-stack-top-frame`),
              debugTask: console.createTask ? console.createTask(`lazy()`) : null,
            };
          return ((e._ioInfo = n), (t._debugInfo = [{ awaited: n }]), t);
        }),
        (e.memo = (e, t) => {
          e ??
            console.error(
              `memo: The first argument must be a component. Instead received: %s`,
              e === null ? `null` : typeof e,
            ),
            (t = { $$typeof: he, type: e, compare: t === void 0 ? null : t });
          var n;
          return (
            Object.defineProperty(t, 'displayName', {
              enumerable: !1,
              configurable: !0,
              get: () => n,
              set: (t) => {
                (n = t),
                  e.name ||
                    e.displayName ||
                    (Object.defineProperty(e, 'name', { value: t }), (e.displayName = t));
              },
            }),
            t
          );
        }),
        (e.startTransition = re),
        (e.unstable_useCacheRefresh = () => E().useCacheRefresh()),
        (e.use = (e) => E().use(e)),
        (e.useActionState = (e, t, n) => E().useActionState(e, t, n)),
        (e.useCallback = (e, t) => E().useCallback(e, t)),
        (e.useContext = (e) => {
          var t = E();
          return (
            e.$$typeof === j &&
              console.error(
                `Calling useContext(Context.Consumer) is not supported and will cause bugs. Did you mean to call useContext(Context) instead?`,
              ),
            t.useContext(e)
          );
        }),
        (e.useDebugValue = (e, t) => E().useDebugValue(e, t)),
        (e.useDeferredValue = (e, t) => E().useDeferredValue(e, t)),
        (e.useEffect = (e, t) => (
          e ??
            console.warn(
              `React Hook useEffect requires an effect callback. Did you forget to pass a callback to the hook?`,
            ),
          E().useEffect(e, t)
        )),
        (e.useEffectEvent = (e) => E().useEffectEvent(e)),
        (e.useId = () => E().useId()),
        (e.useImperativeHandle = (e, t, n) => E().useImperativeHandle(e, t, n)),
        (e.useInsertionEffect = (e, t) => (
          e ??
            console.warn(
              `React Hook useInsertionEffect requires an effect callback. Did you forget to pass a callback to the hook?`,
            ),
          E().useInsertionEffect(e, t)
        )),
        (e.useLayoutEffect = (e, t) => (
          e ??
            console.warn(
              `React Hook useLayoutEffect requires an effect callback. Did you forget to pass a callback to the hook?`,
            ),
          E().useLayoutEffect(e, t)
        )),
        (e.useMemo = (e, t) => E().useMemo(e, t)),
        (e.useOptimistic = (e, t) => E().useOptimistic(e, t)),
        (e.useReducer = (e, t, n) => E().useReducer(e, t, n)),
        (e.useRef = (e) => E().useRef(e)),
        (e.useState = (e) => E().useState(e)),
        (e.useSyncExternalStore = (e, t, n) => E().useSyncExternalStore(e, t, n)),
        (e.useTransition = () => E().useTransition()),
        (e.version = `19.3.1`),
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
          typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop == `function` &&
          __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop(Error());
    })();
  }),
  u = o((e, t) => {
    t.exports = l();
  }),
  d = c(u(), 1),
  f = d.createContext(!1),
  p = () => d.useContext(f);
f.Provider;
var m = o((e) => {
    (() => {
      function t(e) {
        if (e == null) return null;
        if (typeof e == `function`) return e.$$typeof === re ? null : e.displayName || e.name || null;
        if (typeof e == `string`) return e;
        switch (e) {
          case v:
            return `Fragment`;
          case b:
            return `Profiler`;
          case y:
            return `StrictMode`;
          case C:
            return `Suspense`;
          case w:
            return `SuspenseList`;
          case E:
            return `Activity`;
          case ne:
            return `ViewTransition`;
        }
        if (typeof e == `object`)
          switch (
            (typeof e.tag == `number` &&
              console.error(
                `Received an unexpected object in getComponentNameFromType(). This is likely a bug in React. Please file an issue.`,
              ),
            e.$$typeof)
          ) {
            case _:
              return `Portal`;
            case S:
              return e.displayName || `Context`;
            case x:
              return (e._context.displayName || `Context`) + `.Consumer`;
            case ee:
              var n = e.render;
              return (
                (e = e.displayName),
                (e ||=
                  ((e = n.displayName || n.name || ``), e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)),
                e
              );
            case T:
              return ((n = e.displayName || null), n === null ? t(e.type) || `Memo` : n);
            case te:
              (n = e._payload), (e = e._init);
              try {
                return t(e(n));
              } catch {}
          }
        return null;
      }
      function n(e) {
        return `` + e;
      }
      function r(e) {
        try {
          n(e);
          var t = !1;
        } catch {
          t = !0;
        }
        if (t) {
          t = console;
          var r = t.error,
            i =
              (typeof Symbol == `function` && Symbol.toStringTag && e[Symbol.toStringTag]) ||
              e.constructor.name ||
              `Object`;
          return (
            r.call(
              t,
              `The provided key is an unsupported type %s. This value must be coerced to a string before using it here.`,
              i,
            ),
            n(e)
          );
        }
      }
      function i(e) {
        if (e === v) return `<>`;
        if (typeof e == `object` && e && e.$$typeof === te) return `<...>`;
        try {
          var n = t(e);
          return n ? `<` + n + `>` : `<...>`;
        } catch {
          return `<...>`;
        }
      }
      function a() {
        var e = D.A;
        return e === null ? null : e.getOwner();
      }
      function o() {
        return Error(`react-stack-top-frame`);
      }
      function s(e) {
        if (O.call(e, `key`)) {
          var t = Object.getOwnPropertyDescriptor(e, `key`).get;
          if (t && t.isReactWarning) return !1;
        }
        return e.key !== void 0;
      }
      function c(e, t) {
        function n() {
          oe ||
            ((oe = !0),
            console.error(
              '%s: `key` is not a prop. Trying to access it will result in `undefined` being returned. If you need to access the same value within the child component, you should pass it as a different prop. (https://react.dev/link/special-props)',
              t,
            ));
        }
        (n.isReactWarning = !0), Object.defineProperty(e, 'key', { get: n, configurable: !0 });
      }
      function l() {
        var e = t(this.type);
        return (
          se[e] ||
            ((se[e] = !0),
            console.error(
              `Accessing element.ref was removed in React 19. ref is now a regular prop. It will be removed from the JSX Element type in a future release.`,
            )),
          (e = this.props.ref),
          e === void 0 ? null : e
        );
      }
      function d(e, t, n, r, i, a) {
        var o = n.ref;
        return (
          (e = { $$typeof: g, type: e, key: t, props: n, _owner: r }),
          (o === void 0 ? null : o) === null
            ? Object.defineProperty(e, 'ref', { enumerable: !1, value: null })
            : Object.defineProperty(e, 'ref', { enumerable: !1, get: l }),
          (e._store = {}),
          Object.defineProperty(e._store, 'validated', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: 0,
          }),
          Object.defineProperty(e, '_debugInfo', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: null,
          }),
          Object.defineProperty(e, '_debugStack', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: i,
          }),
          Object.defineProperty(e, '_debugTask', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: a,
          }),
          Object.freeze && (Object.freeze(e.props), Object.freeze(e)),
          e
        );
      }
      function f(e, n, i, o, l, u) {
        var f = n.children;
        if (f !== void 0) {
          if (o) {
            if (ie(f)) {
              for (o = 0; o < f.length; o++) p(f[o]);
              Object.freeze && Object.freeze(f);
            } else
              console.error(
                `React.jsx: Static children should always be an array. You are likely explicitly calling React.jsxs or React.jsxDEV. Use the Babel transform instead.`,
              );
          } else p(f);
        }
        if (O.call(n, `key`)) {
          f = t(e);
          var m = Object.keys(n).filter((e) => e !== `key`);
          (o = 0 < m.length ? `{key: someKey, ` + m.join(`: ..., `) + `: ...}` : `{key: someKey}`),
            A[f + o] ||
              ((m = 0 < m.length ? `{` + m.join(`: ..., `) + `: ...}` : `{}`),
              console.error(
                `A props object containing a "key" prop is being spread into JSX:
  let props = %s;
  <%s {...props} />
React keys must be passed directly to JSX without using spread:
  let props = %s;
  <%s key={someKey} {...props} />`,
                o,
                f,
                m,
                f,
              ),
              (A[f + o] = !0));
        }
        if (
          ((f = null), i !== void 0 && (r(i), (f = `` + i)), s(n) && (r(n.key), (f = `` + n.key)), `key` in n)
        )
          for (var h in ((i = {}), n)) h !== `key` && (i[h] = n[h]);
        else i = n;
        return (
          f && c(i, typeof e == `function` ? e.displayName || e.name || `Unknown` : e), d(e, f, i, a(), l, u)
        );
      }
      function p(e) {
        m(e)
          ? e._store && (e._store.validated = 1)
          : typeof e == `object` &&
            e &&
            e.$$typeof === te &&
            (e._payload.status === `fulfilled`
              ? m(e._payload.value) && e._payload.value._store && (e._payload.value._store.validated = 1)
              : e._store && (e._store.validated = 1));
      }
      function m(e) {
        return typeof e == `object` && !!e && e.$$typeof === g;
      }
      var h = u(),
        g = Symbol.for(`react.transitional.element`),
        _ = Symbol.for(`react.portal`),
        v = Symbol.for(`react.fragment`),
        y = Symbol.for(`react.strict_mode`),
        b = Symbol.for(`react.profiler`),
        x = Symbol.for(`react.consumer`),
        S = Symbol.for(`react.context`),
        ee = Symbol.for(`react.forward_ref`),
        C = Symbol.for(`react.suspense`),
        w = Symbol.for(`react.suspense_list`),
        T = Symbol.for(`react.memo`),
        te = Symbol.for(`react.lazy`),
        E = Symbol.for(`react.activity`),
        ne = Symbol.for(`react.view_transition`),
        re = Symbol.for(`react.client.reference`),
        D = h.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
        O = Object.prototype.hasOwnProperty,
        ie = Array.isArray,
        ae = console.createTask ? console.createTask : () => null;
      h = { react_stack_bottom_frame: (e) => e() };
      var oe,
        se = {},
        k = h.react_stack_bottom_frame.bind(h, o)(),
        ce = ae(i(o)),
        A = {};
      (e.Fragment = v),
        (e.jsx = (e, t, n) => {
          var r = 1e4 > D.recentlyCreatedOwnerStacks++;
          if (r) {
            var a = Error.stackTraceLimit;
            Error.stackTraceLimit = 10;
            var o = Error(`react-stack-top-frame`);
            Error.stackTraceLimit = a;
          } else o = k;
          return f(e, t, n, !1, o, r ? ae(i(e)) : ce);
        }),
        (e.jsxs = (e, t, n) => {
          var r = 1e4 > D.recentlyCreatedOwnerStacks++;
          if (r) {
            var a = Error.stackTraceLimit;
            Error.stackTraceLimit = 10;
            var o = Error(`react-stack-top-frame`);
            Error.stackTraceLimit = a;
          } else o = k;
          return f(e, t, n, !0, o, r ? ae(i(e)) : ce);
        });
    })();
  }),
  h = o((e, t) => {
    t.exports = m();
  })(),
  g = d.createContext(void 0),
  _ = (e) => {
    const t = d.useContext(g);
    if (e) return e;
    if (!t) throw Error(`No QueryClient set, use QueryClientProvider to set one`);
    return t;
  },
  v = ({ client: e, children: t }) => (
    d.useEffect(
      () => (
        e.mount(),
        () => {
          e.unmount();
        }
      ),
      [e],
    ),
    (0, h.jsx)(g.Provider, { value: e, children: t })
  );
function y() {
  let e = !1;
  return {
    clearReset: () => {
      e = !1;
    },
    reset: () => {
      e = !0;
    },
    isReset: () => e,
  };
}
var b = d.createContext(y()),
  x = () => d.useContext(b),
  S = class {
    constructor() {
      (this.listeners = new Set()), (this.subscribe = this.subscribe.bind(this));
    }
    subscribe(e) {
      return (
        this.listeners.add(e),
        this.onSubscribe(),
        () => {
          this.listeners.delete(e), this.onUnsubscribe();
        }
      );
    }
    hasListeners() {
      return this.listeners.size > 0;
    }
    onSubscribe() {}
    onUnsubscribe() {}
  },
  ee = new (class extends S {
    #e;
    #t;
    #n;
    constructor() {
      super(),
        (this.#n = (e) => {
          if (typeof window < `u` && window.addEventListener) {
            const t = () => e();
            return (
              window.addEventListener(`visibilitychange`, t, !1),
              () => {
                window.removeEventListener(`visibilitychange`, t);
              }
            );
          }
        });
    }
    onSubscribe() {
      this.#t || this.setEventListener(this.#n);
    }
    onUnsubscribe() {
      this.hasListeners() || (this.#t?.(), (this.#t = void 0));
    }
    setEventListener(e) {
      (this.#n = e),
        this.#t?.(),
        (this.#t = e((e) => {
          typeof e == `boolean` ? this.setFocused(e) : this.onFocus();
        }));
    }
    setFocused(e) {
      this.#e !== e && ((this.#e = e), this.onFocus());
    }
    onFocus() {
      const e = this.isFocused();
      this.listeners.forEach((t) => {
        t(e);
      });
    }
    isFocused() {
      return typeof this.#e == `boolean` ? this.#e : globalThis.document?.visibilityState !== `hidden`;
    }
  })(),
  C = {
    setTimeout: (e, t) => setTimeout(e, t),
    clearTimeout: (e) => clearTimeout(e),
    setInterval: (e, t) => setInterval(e, t),
    clearInterval: (e) => clearInterval(e),
  },
  w = new (class {
    #e = C;
    #t = !1;
    setTimeoutProvider(e) {
      this.#t &&
        e !== this.#e &&
        console.error(
          `[timeoutManager]: Switching provider after calls to previous provider might result in unexpected behavior.`,
          { previous: this.#e, provider: e },
        ),
        (this.#e = e),
        (this.#t = !1);
    }
    setTimeout(e, t) {
      return ((this.#t = !0), this.#e.setTimeout(e, t));
    }
    clearTimeout(e) {
      this.#e.clearTimeout(e);
    }
    setInterval(e, t) {
      return ((this.#t = !0), this.#e.setInterval(e, t));
    }
    clearInterval(e) {
      this.#e.clearInterval(e);
    }
  })();
function T(e) {
  setTimeout(e, 0);
}
var te = typeof window > `u` || `Deno` in globalThis;
function E() {}
function ne(e, t) {
  return typeof e == `function` ? e(t) : e;
}
function re(e) {
  return typeof e == `number` && e >= 0 && e !== 1 / 0;
}
function D(e, t) {
  return Math.max(e + (t || 0) - Date.now(), 0);
}
function O(e, t) {
  return typeof e == `function` ? e(t) : e;
}
function ie(e, t) {
  const { type: n = `all`, exact: r, fetchStatus: i, predicate: a, queryKey: o, stale: s } = e;
  if (o) {
    if (r) {
      if (t.queryHash !== oe(o, t.options)) return !1;
    } else if (!k(t.queryKey, o)) return !1;
  }
  if (n !== `all`) {
    const e = t.isActive();
    if ((n === `active` && !e) || (n === `inactive` && e)) return !1;
  }
  return !((typeof s == `boolean` && t.isStale() !== s) || (i && i !== t.state.fetchStatus) || (a && !a(t)));
}
function ae(e, t) {
  const { exact: n, status: r, predicate: i, mutationKey: a } = e;
  if (a) {
    if (!t.options.mutationKey) return !1;
    if (n) {
      if (se(t.options.mutationKey) !== se(a)) return !1;
    } else if (!k(t.options.mutationKey, a)) return !1;
  }
  return !((r && t.state.status !== r) || (i && !i(t)));
}
function oe(e, t) {
  return (t?.queryKeyHashFn || se)(e);
}
function se(e) {
  return JSON.stringify(e, (e, t) =>
    j(t)
      ? Object.keys(t)
          .sort()
          .reduce((e, n) => ((e[n] = t[n]), e), {})
      : t,
  );
}
function k(e, t) {
  if (e === t) return !0;
  if (typeof e != typeof t) return !1;
  if (e && t && typeof e == `object` && typeof t == `object`) {
    if (Array.isArray(e) !== Array.isArray(t)) return !1;
    if (Array.isArray(e) && Array.isArray(t)) {
      if (t.length > e.length) return !1;
      for (let n = 0; n < t.length; n++) if (!k(e[n], t[n])) return !1;
      return !0;
    }
    const n = Object.keys(t);
    for (const r of n) if (!k(e[r], t[r])) return !1;
    return !0;
  }
  return !1;
}
var ce = Object.prototype.hasOwnProperty;
function A(e, t, n = 0) {
  if (e === t) return e;
  if (n > 500) return t;
  const r = ue(e) && ue(t);
  if (!r && !(j(e) && j(t))) return t;
  let i = (r ? e : Object.keys(e)).length,
    a = r ? t : Object.keys(t),
    o = a.length,
    s = r ? Array(o) : {},
    c = 0;
  for (let l = 0; l < o; l++) {
    const o = r ? l : a[l],
      u = e[o],
      d = t[o];
    if (u === d) {
      (s[o] = u), (r ? l < i : ce.call(e, o)) && c++;
      continue;
    }
    if (u === null || d === null || typeof u != `object` || typeof d != `object`) {
      s[o] = d;
      continue;
    }
    const f = A(u, d, n + 1);
    (s[o] = f), f === u && c++;
  }
  return i === o && c === i ? e : s;
}
function le(e, t) {
  if (!t || Object.keys(e).length !== Object.keys(t).length) return !1;
  for (const n of Object.keys(e)) if (!ce.call(t, n) || e[n] !== t[n]) return !1;
  return !0;
}
function ue(e) {
  return Array.isArray(e) && e.length === Object.keys(e).length;
}
function j(e) {
  if (!de(e)) return !1;
  const t = Object.getPrototypeOf(e),
    n = t?.constructor;
  if (n === void 0) return !0;
  if (typeof n != `function`) return !1;
  const r = n.prototype;
  return !(!de(r) || !Object.hasOwn(r, `isPrototypeOf`) || t !== Object.prototype);
}
function de(e) {
  return Object.prototype.toString.call(e) === `[object Object]`;
}
function fe(e) {
  return new Promise((t) => {
    w.setTimeout(t, e);
  });
}
function pe(e, t, n) {
  if (typeof n.structuralSharing == `function`) return n.structuralSharing(e, t);
  if (n.structuralSharing !== !1)
    try {
      return A(e, t);
    } catch (e) {
      throw (
        console.error(
          `Structural sharing requires data to be JSON serializable. To fix this, turn off structuralSharing or return JSON-serializable data from your queryFn. [${n.queryHash}]: ${e}`,
        ),
        e
      );
    }
  return t;
}
function me(e, t, n, r) {
  const i = r ? [t, ...e] : [...e, t];
  return n && i.length > n ? (r ? i.slice(0, n) : i.slice(-n)) : i;
}
var he = Symbol();
function ge(e, t) {
  return (
    e.queryFn === he &&
      console.error(
        `Attempted to invoke queryFn when set to skipToken. This is likely a configuration error. Query hash: '${e.queryHash}'`,
      ),
    !e.queryFn && t?.initialPromise
      ? () => t.initialPromise
      : !e.queryFn || e.queryFn === he
        ? () => Promise.reject(Error(`Missing queryFn: '${e.queryHash}'`))
        : e.queryFn
  );
}
function _e(e, t) {
  return typeof e == `function` ? e(...t) : !!e;
}
var ve = Symbol();
function ye(e, t, n, r) {
  let i = !1,
    a;
  return (
    Object.defineProperties(e, {
      [ve]: { value: r },
      signal: {
        enumerable: !0,
        get: () => (
          (a ??= t()), i || ((i = !0), a.aborted ? n() : a.addEventListener(`abort`, n, { once: !0 })), a
        ),
      },
    }),
    e
  );
}
var be = () => te,
  xe = () => be();
function Se(e) {
  return {
    onFetch: (t, n) => {
      let r = t.options,
        i = t.fetchOptions?.meta?.fetchMore?.direction,
        a = t.state.data?.pages || [],
        o = t.state.data?.pageParams || [],
        s = { pages: [], pageParams: [] },
        c = 0,
        l = async () => {
          let n = !1,
            l = t,
            u = (e) => {
              ye(
                e,
                () => t.signal,
                () => (n = !0),
                l[ve],
              );
            },
            d = ge(t.options, t.fetchOptions),
            f = async (e, r, i) => {
              if (n) return Promise.reject(t.signal.reason);
              if (r == null && e.pages.length) return Promise.resolve(e);
              const a = (() => {
                  const e = {
                    client: t.client,
                    queryKey: t.queryKey,
                    pageParam: r,
                    direction: i ? `backward` : `forward`,
                    meta: t.options.meta,
                  };
                  return (u(e), e);
                })(),
                o = await d(a),
                { maxPages: s } = t.options;
              return { pages: me(e.pages, o, s, i), pageParams: me(e.pageParams, r, s, i) };
            };
          if (i && a.length) {
            const e = i === `backward`,
              t = e ? we : Ce,
              n = { pages: a, pageParams: o };
            s = await f(n, t(r, n), e);
          } else {
            const t = e ?? a.length;
            do {
              const e = c === 0 ? (o[0] === void 0 ? r.initialPageParam : o[0]) : Ce(r, s);
              if (c > 0 && e == null) break;
              (s = await f(s, e)), c++;
            } while (c < t);
          }
          return s;
        };
      t.fetchFn = t.options.persister
        ? () =>
            t.options.persister?.(
              l,
              { client: t.client, queryKey: t.queryKey, meta: t.options.meta, signal: t.signal },
              n,
            )
        : l;
    },
  };
}
function Ce(e, { pages: t, pageParams: n }) {
  const r = t.length - 1;
  return t.length > 0 ? e.getNextPageParam(t[r], t, n[r], n) : void 0;
}
function we(e, { pages: t, pageParams: n }) {
  return t.length > 0 ? e.getPreviousPageParam?.(t[0], t, n[0], n) : void 0;
}
var Te = T;
function Ee() {
  let e = [],
    t = 0,
    n = (e) => {
      e();
    },
    r = (e) => {
      e();
    },
    i = Te,
    a = (r) => {
      t
        ? e.push(r)
        : i(() => {
            n(r);
          });
    },
    o = () => {
      const t = e;
      (e = []),
        t.length &&
          i(() => {
            r(() => {
              t.forEach((e) => {
                n(e);
              });
            });
          });
    };
  return {
    batch: (e) => {
      let n;
      t++;
      try {
        n = e();
      } finally {
        t--, t || o();
      }
      return n;
    },
    batchCalls:
      (e) =>
      (...t) => {
        a(() => {
          e(...t);
        });
      },
    schedule: a,
    setNotifyFunction: (e) => {
      n = e;
    },
    setBatchNotifyFunction: (e) => {
      r = e;
    },
    setScheduler: (e) => {
      i = e;
    },
  };
}
var M = Ee(),
  N = class {
    #e;
    destroy() {
      this.clearGcTimeout();
    }
    scheduleGc() {
      this.clearGcTimeout(),
        re(this.gcTime) &&
          (this.#e = w.setTimeout(() => {
            this.optionalRemove();
          }, this.gcTime));
    }
    updateGcTime(e) {
      this.gcTime = Math.max(this.gcTime || 0, e ?? (xe() ? 1 / 0 : 3e5));
    }
    clearGcTimeout() {
      this.#e !== void 0 && (w.clearTimeout(this.#e), (this.#e = void 0));
    }
  },
  De = new (class extends S {
    #e = !0;
    #t;
    #n;
    constructor() {
      super(),
        (this.#n = (e) => {
          if (typeof window < `u` && window.addEventListener) {
            const t = () => e(!0),
              n = () => e(!1);
            return (
              window.addEventListener(`online`, t, !1),
              window.addEventListener(`offline`, n, !1),
              () => {
                window.removeEventListener(`online`, t), window.removeEventListener(`offline`, n);
              }
            );
          }
        });
    }
    onSubscribe() {
      this.#t || this.setEventListener(this.#n);
    }
    onUnsubscribe() {
      this.hasListeners() || (this.#t?.(), (this.#t = void 0));
    }
    setEventListener(e) {
      (this.#n = e), this.#t?.(), (this.#t = e(this.setOnline.bind(this)));
    }
    setOnline(e) {
      this.#e !== e &&
        ((this.#e = e),
        this.listeners.forEach((t) => {
          t(e);
        }));
    }
    isOnline() {
      return this.#e;
    }
  })();
function Oe(e) {
  return Math.min(1e3 * 2 ** e, 3e4);
}
function ke(e) {
  return (e ?? `online`) !== `online` || De.isOnline();
}
var Ae = class extends Error {
  constructor(e) {
    super(`CancelledError`), (this.revert = e?.revert), (this.silent = e?.silent);
  }
};
function P(e) {
  let t = !1,
    n = 0,
    r,
    i = `pending`,
    a,
    o,
    s = new Promise((e, t) => {
      (a = e), (o = t);
    });
  s.catch(E);
  const c = () => i !== `pending`,
    l = (t) => {
      if (!c()) {
        const n = new Ae(t);
        h(n), e.onCancel?.(n);
      }
    },
    u = () => {
      t = !0;
    },
    d = () => {
      t = !1;
    },
    f = () => ee.isFocused() && (e.networkMode === `always` || De.isOnline()) && e.canRun(),
    p = () => ke(e.networkMode) && e.canRun(),
    m = (e) => {
      c() || (r?.(), (i = `resolved`), a(e));
    },
    h = (e) => {
      c() || (r?.(), (i = `rejected`), o(e));
    },
    g = (t) =>
      new Promise((n) => {
        (r = (e) => {
          (c() || t()) && n(e);
        }),
          e.onPause?.();
      }).then(() => {
        (r = void 0), c() || e.onContinue?.();
      }),
    _ = () => {
      if (c()) return;
      let r,
        i = n === 0 ? e.initialPromise : void 0;
      try {
        r = i ?? e.fn();
      } catch (e) {
        r = Promise.reject(e);
      }
      Promise.resolve(r)
        .then(m)
        .catch((r) => {
          if (c()) return;
          const i = e.retry ?? (xe() ? 0 : 3),
            a = e.retryDelay ?? Oe,
            o = typeof a == `function` ? a(n, r) : a,
            s = i === !0 || (typeof i == `number` && n < i) || (typeof i == `function` && i(n, r));
          t || !s
            ? h(r)
            : (n++,
              e.onFail?.(n, r),
              fe(o)
                .then(() => (c() || f() ? void 0 : g(f)))
                .then(() => {
                  t ? h(r) : _();
                }));
        });
    };
  return {
    promise: s,
    status: () => i,
    cancel: l,
    continue: () => (r?.(), s),
    cancelRetry: u,
    continueRetry: d,
    canStart: p,
    start: () => (p() ? _() : g(p).then(_), s),
  };
}
var je = class extends N {
  #e;
  #t;
  #n;
  #r;
  #i;
  #a;
  #o;
  #s;
  #c;
  constructor(e) {
    super(),
      (this.#c = !1),
      (this.#s = e.defaultOptions),
      this.setOptions(e.options),
      (this.observers = []),
      (this.#i = e.client),
      (this.#r = this.#i.getQueryCache()),
      (this.queryKey = e.queryKey),
      (this.queryHash = e.queryHash),
      (this.#t = Pe(this.options)),
      (this.state = e.state ?? this.#t),
      this.scheduleGc();
  }
  get meta() {
    return this.options.meta;
  }
  get queryType() {
    return this.#e;
  }
  get promise() {
    return this.#a?.promise;
  }
  setOptions(e) {
    if (
      ((this.options = { ...this.#s, ...e }),
      e?._type && (this.#e = e._type),
      this.updateGcTime(this.options.gcTime),
      this.state && this.state.data === void 0)
    ) {
      const e = Pe(this.options);
      e.data !== void 0 && (this.setState(Ne(e.data, e.dataUpdatedAt)), (this.#t = e));
    }
  }
  optionalRemove() {
    !this.observers.length && this.state.fetchStatus === `idle` && this.#r.remove(this);
  }
  setData(e, t) {
    const n = pe(this.state.data, e, this.options);
    return (this.#u({ data: n, type: `success`, dataUpdatedAt: t?.updatedAt, manual: t?.manual }), n);
  }
  setState(e) {
    this.#u({ type: `setState`, state: e });
  }
  cancel(e) {
    const t = this.#a?.promise;
    return (this.#a?.cancel(e), t ? t.then(E).catch(E) : Promise.resolve());
  }
  destroy() {
    this.cancel({ silent: !0 }), super.destroy();
  }
  get resetState() {
    return this.#t;
  }
  reset() {
    this.destroy(), this.setState(this.resetState);
  }
  isActive() {
    return this.observers.some((e) => O(e.options.enabled, this) !== !1);
  }
  isDisabled() {
    return this.getObserversCount() > 0 ? !this.isActive() : this.options.queryFn === he || !this.isFetched();
  }
  isFetched() {
    return this.state.dataUpdateCount + this.state.errorUpdateCount > 0;
  }
  isStatic() {
    return (
      this.state.data !== void 0 &&
      this.getObserversCount() > 0 &&
      this.observers.some((e) => O(e.options.staleTime, this) === `static`)
    );
  }
  isStale() {
    return this.getObserversCount() > 0
      ? this.observers.some((e) => e.getCurrentResult().isStale)
      : this.state.data === void 0 || this.state.isInvalidated;
  }
  isStaleByTime(e = 0) {
    return this.state.data === void 0
      ? !0
      : e === `static`
        ? !1
        : this.state.isInvalidated
          ? !0
          : !D(this.state.dataUpdatedAt, e);
  }
  onFocus() {
    this.observers.find((e) => e.shouldFetchOnWindowFocus())?.refetch({ cancelRefetch: !1 }),
      this.#a?.continue();
  }
  onOnline() {
    this.observers.find((e) => e.shouldFetchOnReconnect())?.refetch({ cancelRefetch: !1 }),
      this.#a?.continue();
  }
  addObserver(e) {
    this.observers.includes(e) ||
      (this.observers.push(e),
      this.clearGcTimeout(),
      this.#r.notify({ type: `observerAdded`, query: this, observer: e }));
  }
  removeObserver(e) {
    const t = this.observers.indexOf(e);
    t !== -1 &&
      (this.observers.splice(t, 1),
      this.observers.length ||
        (this.#a &&
          (this.#c || (this.state.fetchStatus === `paused` && this.state.status === `pending`)
            ? this.#a.cancel({ revert: !0 })
            : this.#a.cancelRetry()),
        this.#l()),
      this.#r.notify({ type: `observerRemoved`, query: this, observer: e }));
  }
  getObserversCount() {
    return this.observers.length;
  }
  invalidate() {
    this.state.isInvalidated || this.#u({ type: `invalidate` });
  }
  async fetch(e, t) {
    if (this.state.fetchStatus !== `idle` && this.#a?.status() !== `rejected`) {
      if (this.state.data !== void 0 && t?.cancelRefetch) this.cancel({ silent: !0 });
      else if (this.#a && this.#o) return (this.#a.continueRetry(), this.#o);
    }
    if ((e && this.setOptions(e), !this.options.queryFn)) {
      const e = this.observers.find((e) => e.options.queryFn);
      e && this.setOptions(e.options);
    }
    Array.isArray(this.options.queryKey) ||
      console.error(
        `As of v4, queryKey needs to be an Array. If you are using a string like 'repoData', please change it to an Array, e.g. ['repoData']`,
      );
    const n = new AbortController(),
      r = (e) => {
        Object.defineProperties(e, {
          [ve]: { value: n.signal, enumerable: !0 },
          signal: { enumerable: !0, get: () => ((this.#c = !0), n.signal) },
        });
      },
      i = () => {
        const e = ge(this.options, t),
          n = (() => {
            const e = { client: this.#i, queryKey: this.queryKey, meta: this.meta };
            return (r(e), e);
          })();
        return ((this.#c = !1), this.options.persister ? this.options.persister(e, n, this) : e(n));
      },
      a = (() => {
        const e = {
          fetchOptions: t,
          options: this.options,
          queryKey: this.queryKey,
          client: this.#i,
          state: this.state,
          fetchFn: i,
        };
        return (r(e), e);
      })();
    (this.#e === `infinite` ? Se(this.options.pages) : this.options.behavior)?.onFetch(a, this),
      (this.#n = this.state),
      (this.state.fetchStatus === `idle` || this.state.fetchMeta !== a.fetchOptions?.meta) &&
        this.#u({ type: `fetch`, meta: a.fetchOptions?.meta });
    const o = (this.#a = P({
        initialPromise: t?.initialPromise,
        fn: a.fetchFn,
        onCancel: (e) => {
          e instanceof Ae && e.revert && this.setState({ ...this.#n, fetchStatus: `idle` }), n.abort();
        },
        onFail: (e, t) => {
          this.#u({ type: `failed`, failureCount: e, error: t });
        },
        onPause: () => {
          this.#u({ type: `pause` });
        },
        onContinue: () => {
          this.#u({ type: `continue` });
        },
        retry: a.options.retry,
        retryDelay: a.options.retryDelay,
        networkMode: a.options.networkMode,
        canRun: () => !0,
      })),
      s = (async () => {
        try {
          const e = await o.promise;
          if (e === void 0)
            throw (
              console.error(
                `Query data cannot be undefined. Please make sure to return a value other than undefined from your query function. Affected query key: ${this.queryHash}`,
              ),
              Error(`${this.queryHash} data is undefined`)
            );
          return (
            this.setData(e),
            this.#r.config.onSuccess?.(e, this),
            this.#r.config.onSettled?.(e, this.state.error, this),
            e
          );
        } catch (e) {
          if (e instanceof Ae) {
            if (e.silent) {
              if (this.#a !== o && this.#o) return this.#o;
              throw e;
            }
            if (e.revert) {
              if (this.state.data === void 0) throw e;
              return this.state.data;
            }
          }
          throw (
            this.#u({ type: `error`, error: e }),
            this.#r.config.onError?.(e, this),
            this.#r.config.onSettled?.(this.state.data, e, this),
            e
          );
        } finally {
          this.#a === o && ((this.#a = void 0), (this.#o = void 0)), this.#l();
        }
      })();
    return ((this.#o = s), o.start(), s);
  }
  #l() {
    this.#r.get(this.queryHash) === this && this.scheduleGc();
  }
  #u(e) {
    const t = (t) => {
      switch (e.type) {
        case `failed`:
          return { ...t, fetchFailureCount: e.failureCount, fetchFailureReason: e.error };
        case `pause`:
          return { ...t, fetchStatus: `paused` };
        case `continue`:
          return { ...t, fetchStatus: `fetching` };
        case `fetch`:
          return { ...t, ...Me(t.data, this.options), fetchMeta: e.meta ?? null };
        case `success`: {
          const n = {
            ...t,
            ...Ne(e.data, e.dataUpdatedAt),
            dataUpdateCount: t.dataUpdateCount + 1,
            ...(!e.manual && { fetchStatus: `idle`, fetchFailureCount: 0, fetchFailureReason: null }),
          };
          return ((this.#n = e.manual ? n : void 0), n);
        }
        case `error`: {
          const n = e.error;
          return {
            ...t,
            error: n,
            errorUpdateCount: t.errorUpdateCount + 1,
            errorUpdatedAt: Date.now(),
            fetchFailureCount: t.fetchFailureCount + 1,
            fetchFailureReason: n,
            fetchStatus: `idle`,
            status: `error`,
            isInvalidated: !0,
          };
        }
        case `invalidate`:
          return { ...t, isInvalidated: !0 };
        case `setState`:
          return { ...t, ...e.state };
      }
    };
    (this.state = t(this.state)),
      M.batch(() => {
        this.observers.slice().forEach((e) => {
          e.onQueryUpdate();
        }),
          this.#r.notify({ query: this, type: `updated`, action: e });
      });
  }
};
function Me(e, t) {
  return {
    fetchFailureCount: 0,
    fetchFailureReason: null,
    fetchStatus: ke(t.networkMode) ? `fetching` : `paused`,
    ...(e === void 0 && { error: null, status: `pending` }),
  };
}
function Ne(e, t) {
  return { data: e, dataUpdatedAt: t ?? Date.now(), error: null, isInvalidated: !1, status: `success` };
}
function Pe(e) {
  const t = typeof e.initialData == `function` ? e.initialData() : e.initialData,
    n = t !== void 0,
    r = n
      ? typeof e.initialDataUpdatedAt == `function`
        ? e.initialDataUpdatedAt()
        : e.initialDataUpdatedAt
      : 0;
  return {
    data: t,
    dataUpdateCount: 0,
    dataUpdatedAt: n ? (r ?? Date.now()) : 0,
    error: null,
    errorUpdateCount: 0,
    errorUpdatedAt: 0,
    fetchFailureCount: 0,
    fetchFailureReason: null,
    fetchMeta: null,
    isInvalidated: !1,
    status: n ? `success` : `pending`,
    fetchStatus: `idle`,
  };
}
var Fe = class extends S {
  #e;
  #t = void 0;
  #n = void 0;
  #r = void 0;
  #i;
  #a;
  #o;
  #s;
  #c;
  #l;
  #u;
  #d;
  #f;
  #p = new Set();
  constructor(e, t) {
    super(), (this.options = t), (this.#e = e), (this.#a = null), this.bindMethods(), this.setOptions(t);
  }
  bindMethods() {
    this.refetch = this.refetch.bind(this);
  }
  onSubscribe() {
    this.listeners.size === 1 &&
      (this.#t.addObserver(this), Le(this.#t, this.options) ? this.#m() : this.updateResult(), this.#y());
  }
  onUnsubscribe() {
    this.hasListeners() || this.destroy();
  }
  shouldFetchOnReconnect() {
    return Re(this.#t, this.options, this.options.refetchOnReconnect);
  }
  shouldFetchOnWindowFocus() {
    return Re(this.#t, this.options, this.options.refetchOnWindowFocus);
  }
  destroy() {
    (this.listeners = new Set()), this.#b(), this.#x(), this.#t.removeObserver(this);
  }
  setOptions(e) {
    const t = this.options,
      n = this.#t;
    if (
      ((this.options = this.#e.defaultQueryOptions(e)),
      this.options.enabled !== void 0 &&
        typeof this.options.enabled != `boolean` &&
        typeof this.options.enabled != `function` &&
        typeof O(this.options.enabled, this.#t) != `boolean`)
    )
      throw Error(`Expected enabled to be a boolean or a callback that returns a boolean`);
    this.#S(),
      this.#t.setOptions(this.options),
      t._defaulted &&
        !le(this.options, t) &&
        this.#e.getQueryCache().notify({ type: `observerOptionsUpdated`, query: this.#t, observer: this });
    const r = this.hasListeners();
    r && ze(this.#t, n, this.options, t) && this.#m(),
      this.updateResult(),
      r &&
        (this.#t !== n ||
          O(this.options.enabled, this.#t) !== O(t.enabled, this.#t) ||
          O(this.options.staleTime, this.#t) !== O(t.staleTime, this.#t)) &&
        this.#g();
    const i = this.#_();
    r &&
      (this.#t !== n || O(this.options.enabled, this.#t) !== O(t.enabled, this.#t) || i !== this.#f) &&
      this.#v(i);
  }
  getOptimisticResult(e) {
    const t = this.#e.getQueryCache().build(this.#e, e),
      n = this.createResult(t, e);
    return (le(this.getCurrentResult(), n) || ((this.#r = n), (this.#i = e)), n);
  }
  getCurrentResult() {
    return this.#r;
  }
  trackResult(e, t) {
    return new Proxy(e, { get: (e, n) => (this.trackProp(n), t?.(n), Reflect.get(e, n)) });
  }
  trackProp(e) {
    this.#p.add(e);
  }
  getCurrentQuery() {
    return this.#t;
  }
  refetch({ ...e } = {}) {
    return this.fetch({ ...e });
  }
  fetchOptimistic(e) {
    let t = this.#e.defaultQueryOptions(e),
      n = this.#e.getQueryCache().build(this.#e, t),
      r = () => {},
      i,
      a = new Promise((e) => {
        (i = e),
          (r = this.#e.getQueryCache().subscribe((i) => {
            i.type === `updated` &&
              i.query.queryHash === n.queryHash &&
              n.state.data !== void 0 &&
              (r(), e(this.createResult(n, t)));
          }));
      });
    return Promise.race([
      n
        .fetch(t)
        .then(() => {
          const e = this.createResult(n, t);
          return (i?.(e), e);
        })
        .finally(() => {
          r();
        }),
      a,
    ]);
  }
  fetch(e) {
    return this.#m({ ...e, cancelRefetch: e.cancelRefetch ?? !0 }).then(() => (this.updateResult(), this.#r));
  }
  #m(e) {
    this.#S();
    let t = this.#t.fetch(this.options, e);
    return (e?.throwOnError || (t = t.catch(E)), t);
  }
  #h(e) {
    return !xe() && O(this.options.enabled, this.#t) !== !1 && re(e);
  }
  #g() {
    this.#b();
    const e = O(this.options.staleTime, this.#t);
    if (this.#r.isStale || !this.#h(e)) return;
    const t = D(this.#r.dataUpdatedAt, e) + 1;
    this.#u = w.setTimeout(() => {
      this.#r.isStale || this.updateResult();
    }, t);
  }
  #_() {
    return O(this.options.refetchInterval, this.#t) ?? !1;
  }
  #v(e) {
    this.#x(),
      (this.#f = e),
      this.#f !== 0 &&
        this.#h(this.#f) &&
        (this.#d = w.setInterval(() => {
          (this.options.refetchIntervalInBackground || ee.isFocused()) && this.#m();
        }, this.#f));
  }
  #y() {
    this.#g(), this.#v(this.#_());
  }
  #b() {
    this.#u !== void 0 && (w.clearTimeout(this.#u), (this.#u = void 0));
  }
  #x() {
    this.#d !== void 0 && (w.clearInterval(this.#d), (this.#d = void 0));
  }
  createResult(e, t) {
    let n = this.#t,
      r = this.options,
      i = this.#r,
      a = this.#i,
      o = e === n ? this.#n : e.state,
      { state: s } = e,
      c = { ...s },
      l = !1,
      u;
    if (t._optimisticResults) {
      const i = this.hasListeners(),
        a = !i && Le(e, t),
        o = i && ze(e, n, t, r);
      (a || o) && (c = { ...c, ...Me(s.data, e.options) }),
        t._optimisticResults === `isRestoring` && (c.fetchStatus = `idle`);
    }
    let { error: d, errorUpdatedAt: f, status: p } = c;
    u = c.data;
    let m = !1;
    if (t.placeholderData !== void 0 && u === void 0 && p === `pending`) {
      let e,
        n = i?.isPlaceholderData && t.placeholderData === a?.placeholderData;
      n
        ? ((e = i.data), (m = !0))
        : (e =
            typeof t.placeholderData == `function`
              ? t.placeholderData(this.#l?.state.data, this.#l)
              : t.placeholderData),
        (n || e !== void 0) &&
          ((p = `success`), (u = pe(t.select && !m ? this.#s : i?.data, e, t)), (l = !0));
    }
    if (t.select && u !== void 0 && !m) {
      if (u === this.#s && t.select === this.#o) u = this.#c;
      else
        try {
          (this.#o = t.select),
            (this.#s = u),
            (u = t.select(u)),
            (u = pe(i?.data, u, t)),
            (this.#c = u),
            (this.#a = null);
        } catch (e) {
          this.#a = e;
        }
    } else u === void 0 && ((this.#s = void 0), (this.#a = null));
    this.#a &&
      ((d = this.#a),
      (u = this.#c),
      (f = i?.error === d ? i.errorUpdatedAt : Date.now()),
      (p = `error`),
      (l = !1));
    const h = c.fetchStatus === `fetching`,
      g = p === `pending`,
      _ = p === `error`,
      v = g && h,
      y = u !== void 0;
    return {
      status: p,
      fetchStatus: c.fetchStatus,
      isPending: g,
      isSuccess: p === `success`,
      isError: _,
      isInitialLoading: v,
      isLoading: v,
      data: u,
      dataUpdatedAt: c.dataUpdatedAt,
      error: d,
      errorUpdatedAt: f,
      failureCount: c.fetchFailureCount,
      failureReason: c.fetchFailureReason,
      errorUpdateCount: c.errorUpdateCount,
      isFetched: e.isFetched(),
      isFetchedAfterMount: c.dataUpdateCount > o.dataUpdateCount || c.errorUpdateCount > o.errorUpdateCount,
      isFetching: h,
      isRefetching: h && !g,
      isLoadingError: _ && !y,
      isPaused: c.fetchStatus === `paused`,
      isPlaceholderData: l,
      isRefetchError: _ && y,
      isStale: Be(e, t),
      refetch: this.refetch,
      isEnabled: O(t.enabled, e) !== !1,
    };
  }
  updateResult() {
    const e = this.#r,
      t = this.createResult(this.#t, this.options);
    if (((this.#i = this.options), this.#t.state.data !== void 0 && (this.#l = this.#t), le(t, e))) return;
    this.#r = t;
    const n = (() => {
      if (!e) return !0;
      const { notifyOnChangeProps: t } = this.options,
        n = typeof t == `function` ? t() : t;
      if (n === `all` || (!n && !this.#p.size) || (this.options.throwOnError && this.#r.error !== e.error))
        return !0;
      for (const t of n ?? this.#p) if (this.#r[t] !== e[t]) return !0;
      return !1;
    })();
    M.batch(() => {
      n &&
        this.listeners.forEach((e) => {
          e(this.#r);
        }),
        this.#e.getQueryCache().notify({ query: this.#t, type: `observerResultsUpdated` });
    });
  }
  #S() {
    const e = this.#e.getQueryCache().build(this.#e, this.options);
    if (e === this.#t) return;
    const t = this.#t;
    (this.#t = e), (this.#n = e.state), this.hasListeners() && (t?.removeObserver(this), e.addObserver(this));
  }
  onQueryUpdate() {
    this.updateResult(), this.hasListeners() && this.#y();
  }
};
function Ie(e, t) {
  return (
    O(t.enabled, e) !== !1 &&
    e.state.data === void 0 &&
    (e.state.status !== `error` || O(t.retryOnMount, e) !== !1)
  );
}
function Le(e, t) {
  return Ie(e, t) || (e.state.data !== void 0 && Re(e, t, t.refetchOnMount));
}
function Re(e, t, n) {
  if (O(t.enabled, e) !== !1 && O(t.staleTime, e) !== `static`) {
    const r = O(n, e);
    return r === `always` || (r !== !1 && Be(e, t));
  }
  return !1;
}
function ze(e, t, n, r) {
  return (e !== t || O(r.enabled, e) === !1) && (!n.suspense || e.state.status !== `error`) && Be(e, n);
}
function Be(e, t) {
  return O(t.enabled, e) !== !1 && e.isStaleByTime(O(t.staleTime, e));
}
var Ve = class extends N {
  #e;
  #t;
  #n;
  #r;
  constructor(e) {
    super(),
      (this.#e = e.client),
      (this.mutationId = e.mutationId),
      (this.#n = e.mutationCache),
      (this.#t = []),
      (this.state = e.state || He()),
      this.setOptions(e.options),
      this.scheduleGc();
  }
  setOptions(e) {
    (this.options = e), this.updateGcTime(this.options.gcTime);
  }
  get meta() {
    return this.options.meta;
  }
  addObserver(e) {
    this.#t.includes(e) ||
      (this.#t.push(e),
      this.clearGcTimeout(),
      this.#n.notify({ type: `observerAdded`, mutation: this, observer: e }));
  }
  removeObserver(e) {
    (this.#t = this.#t.filter((t) => t !== e)),
      this.#n.has(this) && this.scheduleGc(),
      this.#n.notify({ type: `observerRemoved`, mutation: this, observer: e });
  }
  optionalRemove() {
    this.#t.length || (this.state.status === `pending` ? this.scheduleGc() : this.#n.remove(this));
  }
  continue() {
    return (
      this.#r?.continue() ??
      (this.state.status === `pending` ? this.execute(this.state.variables) : Promise.resolve())
    );
  }
  async execute(e) {
    const t = () => {
        this.#i({ type: `continue` });
      },
      n = { client: this.#e, meta: this.options.meta, mutationKey: this.options.mutationKey },
      r = (this.#r = P({
        fn: () =>
          this.options.mutationFn
            ? this.options.mutationFn(e, n)
            : Promise.reject(Error(`No mutationFn found`)),
        onFail: (e, t) => {
          this.#i({ type: `failed`, failureCount: e, error: t });
        },
        onPause: () => {
          this.#i({ type: `pause` });
        },
        onContinue: t,
        retry: this.options.retry ?? 0,
        retryDelay: this.options.retryDelay,
        networkMode: this.options.networkMode,
        canRun: () => this.#n.canRun(this),
      })),
      i = this.state.status === `pending`,
      a = !r.canStart();
    try {
      if (i) t();
      else {
        this.#i({ type: `pending`, variables: e, isPaused: a }),
          this.#n.config.onMutate && (await this.#n.config.onMutate(e, this, n));
        const t = await this.options.onMutate?.(e, n);
        t !== this.state.context && this.#i({ type: `pending`, context: t, variables: e, isPaused: a });
      }
      this.state.isPaused && r.canStart() && t();
      const o = await r.start();
      return (
        await this.#n.config.onSuccess?.(o, e, this.state.context, this, n),
        await this.options.onSuccess?.(o, e, this.state.context, n),
        await this.#n.config.onSettled?.(o, null, this.state.variables, this.state.context, this, n),
        await this.options.onSettled?.(o, null, e, this.state.context, n),
        this.#i({ type: `success`, data: o }),
        o
      );
    } catch (t) {
      try {
        await this.#n.config.onError?.(t, e, this.state.context, this, n);
      } catch (e) {
        Promise.reject(e);
      }
      try {
        await this.options.onError?.(t, e, this.state.context, n);
      } catch (e) {
        Promise.reject(e);
      }
      try {
        await this.#n.config.onSettled?.(void 0, t, this.state.variables, this.state.context, this, n);
      } catch (e) {
        Promise.reject(e);
      }
      try {
        await this.options.onSettled?.(void 0, t, e, this.state.context, n);
      } catch (e) {
        Promise.reject(e);
      }
      throw (this.#i({ type: `error`, error: t }), t);
    } finally {
      this.#r === r && (this.#r = void 0), this.#n.runNext(this);
    }
  }
  #i(e) {
    const t = (t) => {
      switch (e.type) {
        case `failed`:
          return { ...t, failureCount: e.failureCount, failureReason: e.error };
        case `pause`:
          return { ...t, isPaused: !0 };
        case `continue`:
          return { ...t, isPaused: !1 };
        case `pending`:
          return {
            ...t,
            context: e.context,
            data: void 0,
            failureCount: 0,
            failureReason: null,
            error: null,
            isPaused: e.isPaused,
            status: `pending`,
            variables: e.variables,
            submittedAt: Date.now(),
          };
        case `success`:
          return {
            ...t,
            data: e.data,
            failureCount: 0,
            failureReason: null,
            error: null,
            status: `success`,
            isPaused: !1,
          };
        case `error`:
          return {
            ...t,
            data: void 0,
            error: e.error,
            failureCount: t.failureCount + 1,
            failureReason: e.error,
            isPaused: !1,
            status: `error`,
          };
      }
    };
    (this.state = t(this.state)),
      M.batch(() => {
        this.#t.forEach((t) => {
          t.onMutationUpdate(e);
        }),
          this.#n.notify({ mutation: this, type: `updated`, action: e });
      });
  }
};
function He() {
  return {
    context: void 0,
    data: void 0,
    error: null,
    failureCount: 0,
    failureReason: null,
    isPaused: !1,
    status: `idle`,
    variables: void 0,
    submittedAt: 0,
  };
}
var Ue = class extends S {
  #e;
  #t;
  #n;
  constructor(e = {}) {
    super(), (this.config = e), (this.#e = new Set()), (this.#t = new Map()), (this.#n = 0);
  }
  build(e, t, n) {
    const r = new Ve({
      client: e,
      mutationCache: this,
      mutationId: ++this.#n,
      options: e.defaultMutationOptions(t),
      state: n,
    });
    return (this.add(r), r);
  }
  add(e) {
    this.#e.add(e);
    const t = We(e);
    if (typeof t == `string`) {
      const n = this.#t.get(t);
      n ? n.push(e) : this.#t.set(t, [e]);
    }
    this.notify({ type: `added`, mutation: e });
  }
  remove(e) {
    if (this.#e.delete(e)) {
      e.destroy();
      const t = We(e);
      if (typeof t == `string`) {
        const n = this.#t.get(t);
        if (n) {
          if (n.length > 1) {
            const t = n.indexOf(e);
            t !== -1 && n.splice(t, 1);
          } else n[0] === e && this.#t.delete(t);
        }
      }
    }
    this.notify({ type: `removed`, mutation: e });
  }
  has(e) {
    return this.#e.has(e);
  }
  canRun(e) {
    const t = We(e);
    if (typeof t == `string`) {
      const n = this.#t.get(t)?.find((e) => e.state.status === `pending`);
      return !n || n === e;
    }
    return !0;
  }
  runNext(e) {
    const t = We(e);
    return typeof t == `string`
      ? (this.#t
          .get(t)
          ?.find((t) => t !== e && t.state.isPaused)
          ?.continue() ?? Promise.resolve())
      : Promise.resolve();
  }
  clear() {
    M.batch(() => {
      const e = this.getAll();
      this.#e.clear(),
        this.#t.clear(),
        e.forEach((e) => e.destroy()),
        e.forEach((e) => {
          this.notify({ type: `removed`, mutation: e });
        });
    });
  }
  getAll() {
    return Array.from(this.#e);
  }
  find(e) {
    const t = { exact: !0, ...e };
    return this.getAll().find((e) => ae(t, e));
  }
  findAll(e = {}) {
    return this.getAll().filter((t) => ae(e, t));
  }
  notify(e) {
    M.batch(() => {
      this.listeners.forEach((t) => {
        t(e);
      });
    });
  }
  resumePausedMutations() {
    const e = this.getAll().filter((e) => e.state.isPaused);
    return M.batch(() => Promise.all(e.map((e) => e.continue().catch(E))));
  }
};
function We(e) {
  return e.options.scope?.id;
}
var Ge = class extends S {
    #e;
    constructor(e = {}) {
      super(), (this.config = e), (this.#e = new Map());
    }
    build(e, t, n) {
      let r = t.queryKey,
        i = t.queryHash ?? oe(r, t),
        a = this.get(i);
      return (
        a ||
          ((a = new je({
            client: e,
            queryKey: r,
            queryHash: i,
            options: e.defaultQueryOptions(t),
            state: n,
            defaultOptions: e.getQueryDefaults(r),
          })),
          this.add(a)),
        a
      );
    }
    add(e) {
      this.#e.has(e.queryHash) || (this.#e.set(e.queryHash, e), this.notify({ type: `added`, query: e }));
    }
    remove(e) {
      this.#e.get(e.queryHash) === e &&
        (e.destroy(), this.#e.delete(e.queryHash), this.notify({ type: `removed`, query: e }));
    }
    clear() {
      M.batch(() => {
        this.getAll().forEach((e) => {
          this.remove(e);
        });
      });
    }
    get(e) {
      return this.#e.get(e);
    }
    getAll() {
      return [...this.#e.values()];
    }
    find(e) {
      const t = { exact: !0, ...e };
      return this.getAll().find((e) => ie(t, e));
    }
    findAll(e = {}) {
      const t = this.getAll();
      return Object.keys(e).length > 0 ? t.filter((t) => ie(e, t)) : t;
    }
    notify(e) {
      M.batch(() => {
        this.listeners.forEach((t) => {
          t(e);
        });
      });
    }
    onFocus() {
      M.batch(() => {
        this.getAll().forEach((e) => {
          e.onFocus();
        });
      });
    }
    onOnline() {
      M.batch(() => {
        this.getAll().forEach((e) => {
          e.onOnline();
        });
      });
    }
  },
  Ke = class {
    #e;
    #t;
    #n;
    #r;
    #i;
    #a;
    #o;
    #s;
    constructor(e = {}) {
      (this.#e = e.queryCache || new Ge()),
        (this.#t = e.mutationCache || new Ue()),
        (this.#n = e.defaultOptions || {}),
        (this.#r = new Map()),
        (this.#i = new Map()),
        (this.#a = 0);
    }
    mount() {
      this.#a++,
        this.#a === 1 &&
          ((this.#o = ee.subscribe(async (e) => {
            e && (await this.resumePausedMutations(), this.#e.onFocus());
          })),
          (this.#s = De.subscribe(async (e) => {
            e && (await this.resumePausedMutations(), this.#e.onOnline());
          })));
    }
    unmount() {
      this.#a--, this.#a === 0 && (this.#o?.(), (this.#o = void 0), this.#s?.(), (this.#s = void 0));
    }
    isFetching(e) {
      return this.#e.findAll({ ...e, fetchStatus: `fetching` }).length;
    }
    isMutating(e) {
      return this.#t.findAll({ ...e, status: `pending` }).length;
    }
    getQueryData(e) {
      const t = this.defaultQueryOptions({ queryKey: e });
      return this.#e.get(t.queryHash)?.state.data;
    }
    ensureQueryData(e) {
      const t = this.defaultQueryOptions(e),
        n = this.#e.build(this, t),
        r = n.state.data;
      return r === void 0
        ? this.fetchQuery(e)
        : (e.revalidateIfStale && n.isStaleByTime(O(t.staleTime, n)) && this.prefetchQuery(t),
          Promise.resolve(r));
    }
    getQueriesData(e) {
      return this.#e.findAll(e).map(({ queryKey: e, state: t }) => [e, t.data]);
    }
    setQueryData(e, t, n) {
      const r = this.defaultQueryOptions({ queryKey: e }),
        i = this.#e.get(r.queryHash)?.state.data,
        a = ne(t, i);
      if (a !== void 0) return this.#e.build(this, r).setData(a, { ...n, manual: !0 });
    }
    setQueriesData(e, t, n) {
      return M.batch(() => this.#e.findAll(e).map(({ queryKey: e }) => [e, this.setQueryData(e, t, n)]));
    }
    getQueryState(e) {
      const t = this.defaultQueryOptions({ queryKey: e });
      return this.#e.get(t.queryHash)?.state;
    }
    removeQueries(e) {
      const t = this.#e;
      M.batch(() => {
        t.findAll(e).forEach((e) => {
          t.remove(e);
        });
      });
    }
    resetQueries(e, t) {
      const n = this.#e;
      return M.batch(() => {
        const r = n.findAll(e),
          i = new Set(r);
        return (
          r.forEach((e) => {
            e.reset();
          }),
          this.refetchQueries({ type: `active`, predicate: (e) => i.has(e) }, t)
        );
      });
    }
    cancelQueries(e, t = {}) {
      const n = { revert: !0, ...t },
        r = M.batch(() => this.#e.findAll(e).map((e) => e.cancel(n)));
      return Promise.all(r).then(E).catch(E);
    }
    invalidateQueries(e, t = {}) {
      return M.batch(
        () => (
          this.#e.findAll(e).forEach((e) => {
            e.invalidate();
          }),
          e?.refetchType === `none`
            ? Promise.resolve()
            : this.refetchQueries({ ...e, type: e?.refetchType ?? e?.type ?? `active` }, t)
        ),
      );
    }
    refetchQueries(e, t = {}) {
      const n = { ...t, cancelRefetch: t.cancelRefetch ?? !0 },
        r = M.batch(() =>
          this.#e
            .findAll(e)
            .filter((e) => !e.isDisabled() && !e.isStatic())
            .map((e) => {
              let t = e.fetch(void 0, n),
                r = e.state.fetchStatus === `paused`;
              return ((!n.throwOnError || r) && (t = t.catch(E)), r ? Promise.resolve() : t);
            }),
        );
      return Promise.all(r).then(E);
    }
    async query(e) {
      const t = this.defaultQueryOptions(e);
      t.retry === void 0 && (t.retry = !1);
      const n = this.#e.build(this, t),
        r = n.isStaleByTime(O(t.staleTime, n)) ? await n.fetch(t) : n.state.data,
        i = t.select;
      return i ? i(r) : r;
    }
    fetchQuery(e) {
      const t = this.defaultQueryOptions(e);
      t.retry === void 0 && (t.retry = !1);
      const n = this.#e.build(this, t);
      return n.isStaleByTime(O(t.staleTime, n)) ? n.fetch(t) : Promise.resolve(n.state.data);
    }
    prefetchQuery(e) {
      return this.fetchQuery(e).then(E).catch(E);
    }
    infiniteQuery(e) {
      return ((e._type = `infinite`), this.query(e));
    }
    fetchInfiniteQuery(e) {
      return ((e._type = `infinite`), this.fetchQuery(e));
    }
    prefetchInfiniteQuery(e) {
      return this.fetchInfiniteQuery(e).then(E).catch(E);
    }
    ensureInfiniteQueryData(e) {
      return ((e._type = `infinite`), this.ensureQueryData(e));
    }
    resumePausedMutations() {
      return De.isOnline() ? this.#t.resumePausedMutations() : Promise.resolve();
    }
    getQueryCache() {
      return this.#e;
    }
    getMutationCache() {
      return this.#t;
    }
    getDefaultOptions() {
      return this.#n;
    }
    setDefaultOptions(e) {
      this.#n = e;
    }
    setQueryDefaults(e, t) {
      this.#r.set(se(e), { queryKey: e, defaultOptions: t });
    }
    getQueryDefaults(e) {
      const t = [...this.#r.values()],
        n = {};
      return (
        t.forEach((t) => {
          k(e, t.queryKey) && Object.assign(n, t.defaultOptions);
        }),
        n
      );
    }
    setMutationDefaults(e, t) {
      this.#i.set(se(e), { mutationKey: e, defaultOptions: t });
    }
    getMutationDefaults(e) {
      const t = [...this.#i.values()],
        n = {};
      return (
        t.forEach((t) => {
          k(e, t.mutationKey) && Object.assign(n, t.defaultOptions);
        }),
        n
      );
    }
    defaultQueryOptions(e) {
      if (e._defaulted) return e;
      const t = { ...this.#n.queries, ...this.getQueryDefaults(e.queryKey), ...e, _defaulted: !0 };
      return (
        (t.queryHash ||= oe(t.queryKey, t)),
        t.refetchOnReconnect === void 0 && (t.refetchOnReconnect = t.networkMode !== `always`),
        t.throwOnError === void 0 && (t.throwOnError = !!t.suspense),
        !t.networkMode && t.persister && (t.networkMode = `offlineFirst`),
        t.queryFn === he && (t.enabled = !1),
        t
      );
    }
    defaultMutationOptions(e) {
      return e?._defaulted
        ? e
        : {
            ...this.#n.mutations,
            ...(e?.mutationKey && this.getMutationDefaults(e.mutationKey)),
            ...e,
            _defaulted: !0,
          };
    }
    clear() {
      this.#e.clear(), this.#t.clear();
    }
  },
  qe = (e, t, n) => {
    const r =
      n?.state.status === `error` && typeof e.throwOnError == `function`
        ? _e(e.throwOnError, [n.state.error, n])
        : e.throwOnError;
    (e.suspense || r) && (t.isReset() || (e.retryOnMount = !1));
  },
  Je = (e) => {
    d.useEffect(() => {
      e.clearReset();
    }, [e]);
  },
  Ye = ({ result: e, errorResetBoundary: t, throwOnError: n, query: r, suspense: i }) =>
    e.isError && !t.isReset() && !e.isFetching && r && ((i && e.data === void 0) || _e(n, [e.error, r])),
  Xe = (e) => {
    if (e.suspense) {
      const t = 1e3,
        n = (e) => (e === `static` ? e : Math.max(e ?? t, t)),
        r = e.staleTime;
      (e.staleTime = typeof r == `function` ? (...e) => n(r(...e)) : n(r)),
        typeof e.gcTime == `number` && (e.gcTime = Math.max(e.gcTime, t));
    }
  },
  Ze = (e, t) => e?.suspense && t.isPending,
  Qe = (e, t, n) =>
    t.fetchOptimistic(e).catch(() => {
      n.clearReset();
    });
function $e(e, t, n) {
  if (typeof e != `object` || Array.isArray(e))
    throw Error(
      `Bad argument type. Starting with v5, only the "Object" form is allowed when calling query related functions. Please use the error stack to find the culprit call. More info here: https://tanstack.com/query/latest/docs/react/guides/migrating-to-v5#supports-a-single-signature-one-object`,
    );
  const r = p(),
    i = x(),
    a = _(n),
    o = a.defaultQueryOptions(e),
    s = a.getQueryCache().get(o.queryHash);
  o.queryFn ||
    console.error(
      `[${o.queryHash}]: No queryFn was passed as an option, and no default queryFn was found. The queryFn parameter is only optional when using a default queryFn. More info here: https://tanstack.com/query/latest/docs/framework/react/guides/default-query-function`,
    );
  const c = e.subscribed !== !1;
  (o._optimisticResults = r ? `isRestoring` : c ? `optimistic` : void 0), Xe(o), qe(o, i, s), Je(i);
  const [l] = d.useState(() => new t(a, o)),
    u = l.getOptimisticResult(o);
  d.useEffect(() => {
    l.setOptions(o);
  }, [o, l]);
  const f = !r && c;
  if (
    (d.useSyncExternalStore(
      d.useCallback(
        (e) => {
          const t = f ? l.subscribe(M.batchCalls(e)) : E;
          return (l.updateResult(), t);
        },
        [l, f],
      ),
      () => l.getCurrentResult(),
      () => l.getCurrentResult(),
    ),
    Ze(o, u))
  )
    throw Qe(o, l, i);
  if (Ye({ result: u, errorResetBoundary: i, throwOnError: o.throwOnError, query: s, suspense: o.suspense }))
    throw u.error;
  return o.notifyOnChangeProps ? u : l.trackResult(u);
}
function et(e, t) {
  return $e(e, Fe, t);
}
var tt = o((e) => {
    (() => {
      function t() {
        if (((x = !1), w)) {
          var t = e.unstable_now();
          E = t;
          var n = !0;
          try {
            a: {
              (y = !1), b && ((b = !1), ee(T), (T = -1)), (v = !0);
              var a = _;
              try {
                b: {
                  for (o(t), g = r(p); g !== null && !(g.expirationTime > t && c()); ) {
                    var u = g.callback;
                    if (typeof u == `function`) {
                      (g.callback = null), (_ = g.priorityLevel);
                      var d = u(g.expirationTime <= t);
                      if (((t = e.unstable_now()), typeof d == `function`)) {
                        (g.callback = d), o(t), (n = !0);
                        break b;
                      }
                      g === r(p) && i(p), o(t);
                    } else i(p);
                    g = r(p);
                  }
                  if (g !== null) n = !0;
                  else {
                    var f = r(m);
                    f !== null && l(s, f.startTime - t), (n = !1);
                  }
                }
                break a;
              } finally {
                (g = null), (_ = a), (v = !1);
              }
              n = void 0;
            }
          } finally {
            n ? ne() : (w = !1);
          }
        }
      }
      function n(e, t) {
        var n = e.length;
        e.push(t);
        for (; 0 < n; ) {
          var r = (n - 1) >>> 1,
            i = e[r];
          if (0 < a(i, t)) (e[r] = t), (e[n] = i), (n = r);
          else break;
        }
      }
      function r(e) {
        return e.length === 0 ? null : e[0];
      }
      function i(e) {
        if (e.length === 0) return null;
        var t = e[0],
          n = e.pop();
        if (n !== t) {
          e[0] = n;
          for (var r = 0, i = e.length, o = i >>> 1; r < o; ) {
            var s = 2 * (r + 1) - 1,
              c = e[s],
              l = s + 1,
              u = e[l];
            if (0 > a(c, n))
              l < i && 0 > a(u, c) ? ((e[r] = u), (e[l] = n), (r = l)) : ((e[r] = c), (e[s] = n), (r = s));
            else if (l < i && 0 > a(u, n)) (e[r] = u), (e[l] = n), (r = l);
            else break;
          }
        }
        return t;
      }
      function a(e, t) {
        var n = e.sortIndex - t.sortIndex;
        return n === 0 ? e.id - t.id : n;
      }
      function o(e) {
        for (var t = r(m); t !== null; ) {
          if (t.callback === null) i(m);
          else if (t.startTime <= e) i(m), (t.sortIndex = t.expirationTime), n(p, t);
          else break;
          t = r(m);
        }
      }
      function s(e) {
        if (((b = !1), o(e), !y)) {
          if (r(p) !== null) (y = !0), w || ((w = !0), ne());
          else {
            var t = r(m);
            t !== null && l(s, t.startTime - e);
          }
        }
      }
      function c() {
        return x ? !0 : !(e.unstable_now() - E < te);
      }
      function l(t, n) {
        T = S(() => {
          t(e.unstable_now());
        }, n);
      }
      if (
        (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
          typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart == `function` &&
          __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart(Error()),
        (e.unstable_now = void 0),
        typeof performance == `object` && typeof performance.now == `function`)
      ) {
        var u = performance;
        e.unstable_now = () => u.now();
      } else {
        var d = Date,
          f = d.now();
        e.unstable_now = () => d.now() - f;
      }
      var p = [],
        m = [],
        h = 1,
        g = null,
        _ = 3,
        v = !1,
        y = !1,
        b = !1,
        x = !1,
        S = typeof setTimeout == `function` ? setTimeout : null,
        ee = typeof clearTimeout == `function` ? clearTimeout : null,
        C = typeof setImmediate < `u` ? setImmediate : null,
        w = !1,
        T = -1,
        te = 5,
        E = -1;
      if (typeof C == `function`)
        var ne = () => {
          C(t);
        };
      else if (typeof MessageChannel < `u`) {
        var re = new MessageChannel(),
          D = re.port2;
        (re.port1.onmessage = t),
          (ne = () => {
            D.postMessage(null);
          });
      } else
        ne = () => {
          S(t, 0);
        };
      (e.unstable_IdlePriority = 5),
        (e.unstable_ImmediatePriority = 1),
        (e.unstable_LowPriority = 4),
        (e.unstable_NormalPriority = 3),
        (e.unstable_Profiling = null),
        (e.unstable_UserBlockingPriority = 2),
        (e.unstable_cancelCallback = (e) => {
          e.callback = null;
        }),
        (e.unstable_forceFrameRate = (e) => {
          0 > e || 125 < e
            ? console.error(
                `forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`,
              )
            : (te = 0 < e ? Math.floor(1e3 / e) : 5);
        }),
        (e.unstable_getCurrentPriorityLevel = () => _),
        (e.unstable_next = (e) => {
          switch (_) {
            case 1:
            case 2:
            case 3:
              var t = 3;
              break;
            default:
              t = _;
          }
          var n = _;
          _ = t;
          try {
            return e();
          } finally {
            _ = n;
          }
        }),
        (e.unstable_requestPaint = () => {
          x = !0;
        }),
        (e.unstable_runWithPriority = (e, t) => {
          switch (e) {
            case 1:
            case 2:
            case 3:
            case 4:
            case 5:
              break;
            default:
              e = 3;
          }
          var n = _;
          _ = e;
          try {
            return t();
          } finally {
            _ = n;
          }
        }),
        (e.unstable_scheduleCallback = (t, i, a) => {
          var o = e.unstable_now();
          switch (
            (typeof a == `object` && a
              ? ((a = a.delay), (a = typeof a == `number` && 0 < a ? o + a : o))
              : (a = o),
            t)
          ) {
            case 1:
              var c = -1;
              break;
            case 2:
              c = 250;
              break;
            case 5:
              c = 1073741823;
              break;
            case 4:
              c = 1e4;
              break;
            default:
              c = 5e3;
          }
          return (
            (c = a + c),
            (t = { id: h++, callback: i, priorityLevel: t, startTime: a, expirationTime: c, sortIndex: -1 }),
            a > o
              ? ((t.sortIndex = a),
                n(m, t),
                r(p) === null && t === r(m) && (b ? (ee(T), (T = -1)) : (b = !0), l(s, a - o)))
              : ((t.sortIndex = c), n(p, t), y || v || ((y = !0), w || ((w = !0), ne()))),
            t
          );
        }),
        (e.unstable_shouldYield = c),
        (e.unstable_wrapCallback = (e) => {
          var t = _;
          return function () {
            var n = _;
            _ = t;
            try {
              return e.apply(this, arguments);
            } finally {
              _ = n;
            }
          };
        }),
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
          typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop == `function` &&
          __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop(Error());
    })();
  }),
  nt = o((e, t) => {
    t.exports = tt();
  }),
  rt = o((e) => {
    (() => {
      function t() {}
      function n(e) {
        return `` + e;
      }
      function r(e, t, r) {
        var i = 3 < arguments.length && arguments[3] !== void 0 ? arguments[3] : null;
        if (i == null) i = null;
        else if (i === p) i = p;
        else {
          try {
            n(i);
            var a = !1;
          } catch {
            a = !0;
          }
          a &&
            (console.error(
              `The provided key is an unsupported type %s. This value must be coerced to a string before using it here.`,
              (typeof Symbol == `function` && Symbol.toStringTag && i[Symbol.toStringTag]) ||
                i.constructor.name ||
                `Object`,
            ),
            n(i)),
            (i = `` + i);
        }
        return { $$typeof: d, key: i, children: e, containerInfo: t, implementation: r };
      }
      function i(e, t) {
        if (e === `font`) return ``;
        if (typeof t == `string`) return t === `use-credentials` ? t : ``;
      }
      function a(e) {
        return e === null
          ? '`null`'
          : e === void 0
            ? '`undefined`'
            : e === ``
              ? `an empty string`
              : `something with type "` + typeof e + `"`;
      }
      function o(e) {
        return e === null
          ? '`null`'
          : e === void 0
            ? '`undefined`'
            : e === ``
              ? `an empty string`
              : typeof e == `string`
                ? JSON.stringify(e)
                : typeof e == `number`
                  ? '`' + e + '`'
                  : `something with type "` + typeof e + `"`;
      }
      function s() {
        var e = m.H;
        return (
          e === null &&
            console.error(`Invalid hook call. Hooks can only be called inside of the body of a function component. This could happen for one of the following reasons:
1. You might have mismatching versions of React and the renderer (such as React DOM)
2. You might be breaking the Rules of Hooks
3. You might have more than one copy of React in the same app
See https://react.dev/link/invalid-hook-call for tips about how to debug and fix this problem.`),
          e
        );
      }
      typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart == `function` &&
        __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart(Error());
      var c = u(),
        l = {
          d: {
            f: t,
            r: () => {
              throw Error(
                `Invalid form element. requestFormReset must be passed a form that was rendered by React.`,
              );
            },
            D: t,
            C: t,
            L: t,
            m: t,
            X: t,
            S: t,
            M: t,
          },
          p: 0,
          findDOMNode: null,
        },
        d = Symbol.for(`react.portal`),
        f = Symbol.for(`react.recoverable`),
        p = Symbol.for(`react.optimistic_key`),
        m = c.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
      (typeof Map == `function` &&
        Map.prototype != null &&
        typeof Map.prototype.forEach == `function` &&
        typeof Set == `function` &&
        Set.prototype != null &&
        typeof Set.prototype.clear == `function` &&
        typeof Set.prototype.forEach == `function`) ||
        console.error(
          `React depends on Map and Set built-in types. Make sure that you load a polyfill in older browsers. https://reactjs.org/link/react-polyfills`,
        ),
        (e.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = l),
        (e.browser = (e) => ({ $$typeof: f, _reason: e })),
        (e.createPortal = function (e, t) {
          var n = 2 < arguments.length && arguments[2] !== void 0 ? arguments[2] : null;
          if (!t || (t.nodeType !== 1 && t.nodeType !== 9 && t.nodeType !== 11))
            throw Error(`Target container is not a DOM element.`);
          return r(e, t, null, n);
        }),
        (e.flushSync = (e) => {
          var t = m.T,
            n = l.p;
          try {
            if (((m.T = null), (l.p = 2), e)) return e();
          } finally {
            (m.T = t),
              (l.p = n),
              l.d.f() &&
                console.error(
                  `flushSync was called from inside a lifecycle method. React cannot flush when React is already rendering. Consider moving this call to a scheduler task or micro task.`,
                );
          }
        }),
        (e.preconnect = (e, t) => {
          typeof e == `string` && e
            ? t != null && typeof t != `object`
              ? console.error(
                  'ReactDOM.preconnect(): Expected the `options` argument (second) to be an object but encountered %s instead. The only supported option at this time is `crossOrigin` which accepts a string.',
                  o(t),
                )
              : t != null &&
                typeof t.crossOrigin != `string` &&
                console.error(
                  'ReactDOM.preconnect(): Expected the `crossOrigin` option (second argument) to be a string but encountered %s instead. Try removing this option or passing a string value instead.',
                  a(t.crossOrigin),
                )
            : console.error(
                'ReactDOM.preconnect(): Expected the `href` argument (first) to be a non-empty string but encountered %s instead.',
                a(e),
              ),
            typeof e == `string` &&
              (t
                ? ((t = t.crossOrigin),
                  (t = typeof t == `string` ? (t === `use-credentials` ? t : ``) : void 0))
                : (t = null),
              l.d.C(e, t));
        }),
        (e.prefetchDNS = function (e) {
          if (typeof e != `string` || !e)
            console.error(
              'ReactDOM.prefetchDNS(): Expected the `href` argument (first) to be a non-empty string but encountered %s instead.',
              a(e),
            );
          else if (1 < arguments.length) {
            var t = arguments[1];
            typeof t == `object` && Object.hasOwn(t, `crossOrigin`)
              ? console.error(
                  'ReactDOM.prefetchDNS(): Expected only one argument, `href`, but encountered %s as a second argument instead. This argument is reserved for future options and is currently disallowed. It looks like the you are attempting to set a crossOrigin property for this DNS lookup hint. Browsers do not perform DNS queries using CORS and setting this attribute on the resource hint has no effect. Try calling ReactDOM.prefetchDNS() with just a single string argument, `href`.',
                  o(t),
                )
              : console.error(
                  'ReactDOM.prefetchDNS(): Expected only one argument, `href`, but encountered %s as a second argument instead. This argument is reserved for future options and is currently disallowed. Try calling ReactDOM.prefetchDNS() with just a single string argument, `href`.',
                  o(t),
                );
          }
          typeof e == `string` && l.d.D(e);
        }),
        (e.preinit = (e, t) => {
          if (
            (typeof e == `string` && e
              ? typeof t != `object` || !t
                ? console.error(
                    'ReactDOM.preinit(): Expected the `options` argument (second) to be an object with an `as` property describing the type of resource to be preinitialized but encountered %s instead.',
                    o(t),
                  )
                : t.as !== `style` &&
                  t.as !== `script` &&
                  console.error(
                    'ReactDOM.preinit(): Expected the `as` property in the `options` argument (second) to contain a valid value describing the type of resource to be preinitialized but encountered %s instead. Valid values for `as` are "style" and "script".',
                    o(t.as),
                  )
              : console.error(
                  'ReactDOM.preinit(): Expected the `href` argument (first) to be a non-empty string but encountered %s instead.',
                  a(e),
                ),
            typeof e == `string` && t && typeof t.as == `string`)
          ) {
            var n = t.as,
              r = i(n, t.crossOrigin),
              s = typeof t.integrity == `string` ? t.integrity : void 0,
              c = typeof t.fetchPriority == `string` ? t.fetchPriority : void 0;
            n === `style`
              ? l.d.S(e, typeof t.precedence == `string` ? t.precedence : void 0, {
                  crossOrigin: r,
                  integrity: s,
                  fetchPriority: c,
                })
              : n === `script` &&
                l.d.X(e, {
                  crossOrigin: r,
                  integrity: s,
                  fetchPriority: c,
                  nonce: typeof t.nonce == `string` ? t.nonce : void 0,
                });
          }
        }),
        (e.preinitModule = (e, t) => {
          var n = ``;
          if (
            ((typeof e == `string` && e) || (n += ' The `href` argument encountered was ' + a(e) + `.`),
            t !== void 0 && typeof t != `object`
              ? (n += ' The `options` argument encountered was ' + a(t) + `.`)
              : t &&
                `as` in t &&
                t.as !== `script` &&
                (n += ' The `as` option encountered was ' + o(t.as) + `.`),
            n)
          )
            console.error(
              'ReactDOM.preinitModule(): Expected up to two arguments, a non-empty `href` string and, optionally, an `options` object with a valid `as` property.%s',
              n,
            );
          else
            switch (((n = t && typeof t.as == `string` ? t.as : `script`), n)) {
              case `script`:
                break;
              default:
                (n = o(n)),
                  console.error(
                    'ReactDOM.preinitModule(): Currently the only supported "as" type for this function is "script" but received "%s" instead. This warning was generated for `href` "%s". In the future other module types will be supported, aligning with the import-attributes proposal. Learn more here: (https://github.com/tc39/proposal-import-attributes)',
                    n,
                    e,
                  );
            }
          typeof e == `string` &&
            (typeof t == `object` && t
              ? (t.as == null || t.as === `script`) &&
                ((n = i(t.as, t.crossOrigin)),
                l.d.M(e, {
                  crossOrigin: n,
                  integrity: typeof t.integrity == `string` ? t.integrity : void 0,
                  nonce: typeof t.nonce == `string` ? t.nonce : void 0,
                  fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
                }))
              : (t ?? l.d.M(e)));
        }),
        (e.preload = (e, t) => {
          var n = ``;
          if (
            ((typeof e == `string` && e) || (n += ' The `href` argument encountered was ' + a(e) + `.`),
            typeof t != `object` || !t
              ? (n += ' The `options` argument encountered was ' + a(t) + `.`)
              : (typeof t.as == `string` && t.as) ||
                (n += ' The `as` option encountered was ' + a(t.as) + `.`),
            n &&
              console.error(
                'ReactDOM.preload(): Expected two arguments, a non-empty `href` string and an `options` object with an `as` property valid for a `<link rel="preload" as="..." />` tag.%s',
                n,
              ),
            typeof e == `string` && typeof t == `object` && t && typeof t.as == `string`)
          ) {
            n = t.as;
            var r = i(n, t.crossOrigin);
            l.d.L(e, n, {
              crossOrigin: r,
              integrity: typeof t.integrity == `string` ? t.integrity : void 0,
              nonce: typeof t.nonce == `string` ? t.nonce : void 0,
              type: typeof t.type == `string` ? t.type : void 0,
              fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
              referrerPolicy: typeof t.referrerPolicy == `string` ? t.referrerPolicy : void 0,
              imageSrcSet: typeof t.imageSrcSet == `string` ? t.imageSrcSet : void 0,
              imageSizes: typeof t.imageSizes == `string` ? t.imageSizes : void 0,
              media: typeof t.media == `string` ? t.media : void 0,
            });
          }
        }),
        (e.preloadModule = (e, t) => {
          var n = ``;
          (typeof e == `string` && e) || (n += ' The `href` argument encountered was ' + a(e) + `.`),
            t !== void 0 && typeof t != `object`
              ? (n += ' The `options` argument encountered was ' + a(t) + `.`)
              : t &&
                `as` in t &&
                typeof t.as != `string` &&
                (n += ' The `as` option encountered was ' + a(t.as) + `.`),
            n &&
              console.error(
                'ReactDOM.preloadModule(): Expected two arguments, a non-empty `href` string and, optionally, an `options` object with an `as` property valid for a `<link rel="modulepreload" as="..." />` tag.%s',
                n,
              ),
            typeof e == `string` &&
              (t
                ? ((n = i(t.as, t.crossOrigin)),
                  l.d.m(e, {
                    as: typeof t.as == `string` && t.as !== `script` ? t.as : void 0,
                    crossOrigin: n,
                    integrity: typeof t.integrity == `string` ? t.integrity : void 0,
                    nonce: typeof t.nonce == `string` ? t.nonce : void 0,
                    fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
                  }))
                : l.d.m(e));
        }),
        (e.requestFormReset = (e) => {
          l.d.r(e);
        }),
        (e.unstable_batchedUpdates = (e, t) => e(t)),
        (e.useFormState = (e, t, n) => s().useFormState(e, t, n)),
        (e.useFormStatus = () => s().useHostTransitionStatus()),
        (e.version = `19.3.1`),
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
          typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop == `function` &&
          __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop(Error());
    })();
  }),
  it = o((e, t) => {
    t.exports = rt();
  }),
  at = o((e) => {
    (() => {
      function t(e, t) {
        for (e = e.memoizedState; e !== null && 0 < t; ) (e = e.next), t--;
        return e;
      }
      function n(e, t, r, i) {
        if (r >= t.length) return i;
        var a = t[r],
          o = Gm(e) ? e.slice() : B({}, e);
        return ((o[a] = n(e[a], t, r + 1, i)), o);
      }
      function r(e, t, n) {
        if (t.length !== n.length) console.warn(`copyWithRename() expects paths of the same length`);
        else {
          for (var r = 0; r < n.length - 1; r++)
            if (t[r] !== n[r]) {
              console.warn(`copyWithRename() expects paths to be the same except for the deepest key`);
              return;
            }
          return i(e, t, n, 0);
        }
      }
      function i(e, t, n, r) {
        var a = t[r],
          o = Gm(e) ? e.slice() : B({}, e);
        return (
          r + 1 === t.length
            ? ((o[n[r]] = o[a]), Gm(o) ? o.splice(a, 1) : delete o[a])
            : (o[a] = i(e[a], t, n, r + 1)),
          o
        );
      }
      function a(e, t, n) {
        var r = t[n],
          i = Gm(e) ? e.slice() : B({}, e);
        return n + 1 === t.length
          ? (Gm(i) ? i.splice(r, 1) : delete i[r], i)
          : ((i[r] = a(e[r], t, n + 1)), i);
      }
      function o() {
        return !1;
      }
      function s() {
        return null;
      }
      function c() {
        console.error(
          `Do not call Hooks inside useEffect(...), useMemo(...), or other built-in Hooks. You can only call Hooks at the top level of your React function. For more information, see https://react.dev/link/rules-of-hooks`,
        );
      }
      function l() {
        console.error(
          `Context can only be read while React is rendering. In classes, you can read it in the render method or getDerivedStateFromProps. In function components, you can read it directly in the function body, but not inside Hooks like useReducer() or useMemo().`,
        );
      }
      function d() {}
      function f() {}
      function p(e) {
        var t = [];
        return (
          e.forEach((e) => {
            t.push(e);
          }),
          t.sort().join(`, `)
        );
      }
      function m(e, t, n, r) {
        return new Mr(e, t, n, r);
      }
      function h(e, t) {
        e.context === Lv && (Jp(e.current, 2, t, e, null, null), au());
      }
      function g(e, t) {
        if (Rv !== null) {
          var n = t.staleFamilies;
          (t = t.updatedFamilies), Iu(), jr(e.current, t, n), au();
        }
      }
      function _(e) {
        Rv = e;
      }
      function v(e) {
        return !(!e || (e.nodeType !== 1 && e.nodeType !== 9 && e.nodeType !== 11));
      }
      function y(e) {
        for (var t = e, n = t; n && !n.alternate; ) (t = n), t.flags & 4098 && (e = t.return), (n = t.return);
        for (; t.return; ) t = t.return;
        return t.tag === 3 ? e : null;
      }
      function b(e) {
        if (e.tag === 13) {
          var t = e.memoizedState;
          if ((t === null && ((e = e.alternate), e !== null && (t = e.memoizedState)), t !== null))
            return t.dehydrated;
        }
        return null;
      }
      function x(e) {
        if (e.tag === 31) {
          var t = e.memoizedState;
          if ((t === null && ((e = e.alternate), e !== null && (t = e.memoizedState)), t !== null))
            return t.dehydrated;
        }
        return null;
      }
      function S(e) {
        if (y(e) !== e) throw Error(`Unable to find node on an unmounted component.`);
      }
      function ee(e) {
        var t = e.alternate;
        if (!t) {
          if (((t = y(e)), t === null)) throw Error(`Unable to find node on an unmounted component.`);
          return t === e ? e : null;
        }
        for (var n = e, r = t; ; ) {
          var i = n.return;
          if (i === null) break;
          var a = i.alternate;
          if (a === null) {
            if (((r = i.return), r !== null)) {
              n = r;
              continue;
            }
            break;
          }
          if (i.child === a.child) {
            for (a = i.child; a; ) {
              if (a === n) return (S(i), e);
              if (a === r) return (S(i), t);
              a = a.sibling;
            }
            throw Error(`Unable to find node on an unmounted component.`);
          }
          if (n.return !== r.return) (n = i), (r = a);
          else {
            for (var o = !1, s = i.child; s; ) {
              if (s === n) {
                (o = !0), (n = i), (r = a);
                break;
              }
              if (s === r) {
                (o = !0), (r = i), (n = a);
                break;
              }
              s = s.sibling;
            }
            if (!o) {
              for (s = a.child; s; ) {
                if (s === n) {
                  (o = !0), (n = a), (r = i);
                  break;
                }
                if (s === r) {
                  (o = !0), (r = a), (n = i);
                  break;
                }
                s = s.sibling;
              }
              if (!o)
                throw Error(
                  `Child was not found in either parent set. This indicates a bug in React related to the return pointer. Please file an issue.`,
                );
            }
          }
          if (n.alternate !== r)
            throw Error(
              `Return fibers should always be each others' alternates. This error is likely caused by a bug in React. Please file an issue.`,
            );
        }
        if (n.tag !== 3) throw Error(`Unable to find node on an unmounted component.`);
        return n.stateNode.current === n ? e : t;
      }
      function C(e) {
        var t = e.tag;
        if (t === 5 || t === 26 || t === 27 || t === 6) return e;
        for (e = e.child; e !== null; ) {
          if (((t = C(e)), t !== null)) return t;
          e = e.sibling;
        }
        return null;
      }
      function w(e, t, n, r, i) {
        T(e.child, !1, t, n, r, i);
      }
      function T(e, t, n, r, i, a) {
        for (; e !== null; ) {
          if (
            ((e.tag === 5 || e.tag === 27 || e.tag === 6) && n(e, r, i, a)) ||
            ((e.tag !== 22 || e.memoizedState === null) &&
              (t || (e.tag !== 5 && e.tag !== 27)) &&
              T(e.child, t, n, r, i, a))
          )
            return !0;
          e = e.sibling;
        }
        return !1;
      }
      function te(e) {
        for (e = e.return; e !== null; ) {
          if (e.tag === 3 || e.tag === 5 || e.tag === 27) return e;
          e = e.return;
        }
        return null;
      }
      function E(e) {
        var t = !1;
        for (
          e = e.return;
          e !== null && (e.tag === 4 && (t = !0), e.tag !== 3 && e.tag !== 5 && e.tag !== 27);
        )
          e = e.return;
        return t;
      }
      function ne(e) {
        var t = [null, null],
          n = te(e);
        return (n === null || re(t, e, n.child, { foundSelf: !1 }), t);
      }
      function re(e, t, n, r) {
        for (; n !== null; ) {
          if (n === t) r.foundSelf = !0;
          else if (n.tag === 5 || n.tag === 27 || n.tag === 6) {
            if (r.foundSelf) return ((e[1] = n), !0);
            e[0] = n;
          } else if ((n.tag !== 22 || n.memoizedState === null) && re(e, t, n.child, r)) return !0;
          n = n.sibling;
        }
        return !1;
      }
      function D(e) {
        switch (e.tag) {
          case 5:
          case 27:
          case 6:
            return e.stateNode;
          case 3:
            return e.stateNode.containerInfo;
          default:
            throw Error(`Expected to find a host node. This is a bug in React.`);
        }
      }
      function O(e, t, n) {
        return e === n || (e === t && ((Cm = e), !0));
      }
      function ie(e, t, n) {
        return e === n ? ((wm = e), !1) : e === t && (wm !== null && (Cm = e), !0);
      }
      function ae(e) {
        if (e === null) return null;
        do e = e === null ? null : e.return;
        while (e && e.tag !== 5 && e.tag !== 27 && e.tag !== 3);
        return e || null;
      }
      function oe(e, t, n) {
        for (var r = 0, i = e; i; i = n(i)) r++;
        i = 0;
        for (var a = t; a; a = n(a)) i++;
        for (; 0 < r - i; ) (e = n(e)), r--;
        for (; 0 < i - r; ) (t = n(t)), i--;
        for (; r--; ) {
          if (e === t || (t !== null && e === t.alternate)) return e;
          (e = n(e)), (t = n(t));
        }
        return null;
      }
      function se(e) {
        return typeof e != `object` || !e
          ? null
          : ((e = (Um && e[Um]) || e[`@@iterator`]), typeof e == `function` ? e : null);
      }
      function k(e) {
        if (e == null) return null;
        if (typeof e == `function`) return e.$$typeof === Wm ? null : e.displayName || e.name || null;
        if (typeof e == `string`) return e;
        switch (e) {
          case Om:
            return `Fragment`;
          case Am:
            return `Profiler`;
          case km:
            return `StrictMode`;
          case Pm:
            return `Suspense`;
          case Fm:
            return `SuspenseList`;
          case Rm:
            return `Activity`;
          case Vm:
            return `ViewTransition`;
        }
        if (typeof e == `object`)
          switch (
            (typeof e.tag == `number` &&
              console.error(
                `Received an unexpected object in getComponentNameFromType(). This is likely a bug in React. Please file an issue.`,
              ),
            e.$$typeof)
          ) {
            case Dm:
              return `Portal`;
            case Mm:
              return e.displayName || `Context`;
            case jm:
              return (e._context.displayName || `Context`) + `.Consumer`;
            case Nm:
              var t = e.render;
              return (
                (e = e.displayName),
                (e ||=
                  ((e = t.displayName || t.name || ``), e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)),
                e
              );
            case Im:
              return ((t = e.displayName || null), t === null ? k(e.type) || `Memo` : t);
            case Lm:
              (t = e._payload), (e = e._init);
              try {
                return k(e(t));
              } catch {}
          }
        return null;
      }
      function ce(e) {
        return typeof e.tag == `number` ? A(e) : typeof e.name == `string` ? e.name : null;
      }
      function A(e) {
        var t = e.type;
        switch (e.tag) {
          case 31:
            return `Activity`;
          case 24:
            return `Cache`;
          case 9:
            return (t._context.displayName || `Context`) + `.Consumer`;
          case 10:
            return t.displayName || `Context`;
          case 18:
            return `DehydratedFragment`;
          case 11:
            return (
              (e = t.render),
              (e = e.displayName || e.name || ``),
              t.displayName || (e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)
            );
          case 7:
            return `Fragment`;
          case 26:
          case 27:
          case 5:
            return t;
          case 4:
            return `Portal`;
          case 3:
            return `Root`;
          case 6:
            return `Text`;
          case 16:
            return k(t);
          case 8:
            return t === km ? `StrictMode` : `Mode`;
          case 22:
            if (e.return !== null) return A(e.return);
            break;
          case 12:
            return `Profiler`;
          case 21:
            return `Scope`;
          case 13:
            return `Suspense`;
          case 19:
            return `SuspenseList`;
          case 25:
            return `TracingMarker`;
          case 30:
            return `ViewTransition`;
          case 1:
          case 0:
          case 14:
          case 15:
            if (typeof t == `function`) return t.displayName || t.name || null;
            if (typeof t == `string`) return t;
            break;
          case 29:
            if (((t = e._debugInfo), t != null)) {
              for (var n = t.length - 1; 0 <= n; n--) if (typeof t[n].name == `string`) return t[n].name;
            }
            if (e.return !== null) return A(e.return);
        }
        return null;
      }
      function le(e) {
        return { current: e };
      }
      function ue(e, t) {
        0 > Xm
          ? console.error(`Unexpected pop.`)
          : (t !== Ym[Xm] && console.error(`Unexpected Fiber popped.`),
            (e.current = Jm[Xm]),
            (Jm[Xm] = null),
            (Ym[Xm] = null),
            Xm--);
      }
      function j(e, t, n) {
        Xm++, (Jm[Xm] = e.current), (Ym[Xm] = n), (e.current = t);
      }
      function de(e) {
        return (
          e === null &&
            console.error(
              `Expected host context to exist. This error is likely caused by a bug in React. Please file an issue.`,
            ),
          e
        );
      }
      function fe(e, t) {
        j($m, t, e), j(Qm, e, e), j(Zm, null, e);
        var n = t.nodeType;
        switch (n) {
          case 9:
          case 11:
            (n = n === 9 ? `#document` : `#fragment`),
              (t = (t = t.documentElement) && (t = t.namespaceURI) ? Kd(t) : _T);
            break;
          default:
            if (((n = t.tagName), (t = t.namespaceURI))) (t = Kd(t)), (t = qd(t, n));
            else
              switch (n) {
                case `svg`:
                  t = vT;
                  break;
                case `math`:
                  t = yT;
                  break;
                default:
                  t = _T;
              }
        }
        (n = n.toLowerCase()),
          (n = Zt(null, n)),
          (n = { context: t, ancestorInfo: n }),
          ue(Zm, e),
          j(Zm, n, e);
      }
      function pe(e) {
        ue(Zm, e), ue(Qm, e), ue($m, e);
      }
      function me() {
        return de(Zm.current);
      }
      function he(e) {
        var t = e.memoizedState;
        t !== null && (($T._currentValue = t.memoizedState), j(eh, e, e)), (t = de(Zm.current));
        var n = e.type,
          r = qd(t.context, n);
        (n = Zt(t.ancestorInfo, n)),
          (r = { context: r, ancestorInfo: n }),
          t !== r && (j(Qm, e, e), j(Zm, r, e));
      }
      function ge(e) {
        Qm.current === e && (ue(Zm, e), ue(Qm, e)), eh.current === e && (ue(eh, e), ($T._currentValue = QT));
      }
      function _e() {}
      function ve() {
        if (th === 0) {
          (nh = console.log),
            (rh = console.info),
            (ih = console.warn),
            (ah = console.error),
            (oh = console.group),
            (sh = console.groupCollapsed),
            (ch = console.groupEnd);
          var e = { configurable: !0, enumerable: !0, value: _e, writable: !0 };
          Object.defineProperties(console, {
            info: e,
            log: e,
            warn: e,
            error: e,
            group: e,
            groupCollapsed: e,
            groupEnd: e,
          });
        }
        th++;
      }
      function ye() {
        if ((th--, th === 0)) {
          var e = { configurable: !0, enumerable: !0, writable: !0 };
          Object.defineProperties(console, {
            log: B({}, e, { value: nh }),
            info: B({}, e, { value: rh }),
            warn: B({}, e, { value: ih }),
            error: B({}, e, { value: ah }),
            group: B({}, e, { value: oh }),
            groupCollapsed: B({}, e, { value: sh }),
            groupEnd: B({}, e, { value: ch }),
          });
        }
        0 > th &&
          console.error(`disabledDepth fell below zero. This is a bug in React. Please file an issue.`);
      }
      function be(e) {
        var t = Error.prepareStackTrace;
        if (
          ((Error.prepareStackTrace = void 0),
          (e = e.stack),
          (Error.prepareStackTrace = t),
          e.startsWith(`Error: react-stack-top-frame
`) && (e = e.slice(29)),
          (t = e.indexOf(`
`)),
          t !== -1 && (e = e.slice(t + 1)),
          (t = e.indexOf(`react_stack_bottom_frame`)),
          t !== -1 &&
            (t = e.lastIndexOf(
              `
`,
              t,
            )),
          t !== -1)
        )
          e = e.slice(0, t);
        else return ``;
        return e;
      }
      function xe(e) {
        if (lh === void 0)
          try {
            throw Error();
          } catch (e) {
            var t = e.stack.trim().match(/\n( *(at )?)/);
            (lh = (t && t[1]) || ``),
              (uh =
                -1 <
                e.stack.indexOf(`
    at`)
                  ? ` (<anonymous>)`
                  : -1 < e.stack.indexOf(`@`)
                    ? `@unknown:0:0`
                    : ``);
          }
        return (
          `
` +
          lh +
          e +
          uh
        );
      }
      function Se(e, t) {
        if (!e || dh) return ``;
        var n = fh.get(e);
        if (n !== void 0) return n;
        (dh = !0), (n = Error.prepareStackTrace), (Error.prepareStackTrace = void 0);
        var r = null;
        (r = V.H), (V.H = null), ve();
        try {
          var i = {
            DetermineComponentFrameRoot: () => {
              try {
                if (t) {
                  var n = () => {
                    throw Error();
                  };
                  if (
                    (Object.defineProperty(n.prototype, 'props', {
                      set: () => {
                        throw Error();
                      },
                    }),
                    typeof Reflect == `object` && Reflect.construct)
                  ) {
                    try {
                      Reflect.construct(n, []);
                    } catch (e) {
                      var r = e;
                    }
                    Reflect.construct(e, [], n);
                  } else {
                    try {
                      n.call();
                    } catch (e) {
                      r = e;
                    }
                    n = !1;
                    try {
                      var i = Object.getOwnPropertyDescriptor(e.prototype, `props`);
                      Object.defineProperty(e.prototype, 'props', {
                        configurable: !0,
                        set: () => {
                          throw Error();
                        },
                      }),
                        (n = !0),
                        new e();
                    } finally {
                      n &&
                        (i === void 0
                          ? delete e.prototype.props
                          : Object.defineProperty(e.prototype, 'props', i));
                    }
                  }
                } else {
                  try {
                    throw Error();
                  } catch (e) {
                    r = e;
                  }
                  (n = e()) && typeof n.catch == `function` && n.catch(() => {});
                }
              } catch (e) {
                if (e && r && typeof e.stack == `string`) return [e.stack, r.stack];
              }
              return [null, null];
            },
          };
          i.DetermineComponentFrameRoot.displayName = `DetermineComponentFrameRoot`;
          var a = Object.getOwnPropertyDescriptor(i.DetermineComponentFrameRoot, `name`);
          a &&
            a.configurable &&
            Object.defineProperty(i.DetermineComponentFrameRoot, 'name', {
              value: `DetermineComponentFrameRoot`,
            });
          var o = i.DetermineComponentFrameRoot(),
            s = o[0],
            c = o[1];
          if (s && c) {
            var l = s.split(`
`),
              u = c.split(`
`);
            for (o = a = 0; a < l.length && !l[a].includes(`DetermineComponentFrameRoot`); ) a++;
            for (; o < u.length && !u[o].includes(`DetermineComponentFrameRoot`); ) o++;
            if (a === l.length || o === u.length)
              for (a = l.length - 1, o = u.length - 1; 1 <= a && 0 <= o && l[a] !== u[o]; ) o--;
            for (; 1 <= a && 0 <= o; a--, o--)
              if (l[a] !== u[o]) {
                if (a !== 1 || o !== 1)
                  do
                    if ((a--, o--, 0 > o || l[a] !== u[o])) {
                      var d =
                        `
` + l[a].replace(` at new `, ` at `);
                      return (
                        e.displayName &&
                          d.includes(`<anonymous>`) &&
                          (d = d.replace(`<anonymous>`, e.displayName)),
                        typeof e == `function` && fh.set(e, d),
                        d
                      );
                    }
                  while (1 <= a && 0 <= o);
                break;
              }
          }
        } finally {
          (dh = !1), (V.H = r), ye(), (Error.prepareStackTrace = n);
        }
        return (
          (l = (l = e ? e.displayName || e.name : ``) ? xe(l) : ``), typeof e == `function` && fh.set(e, l), l
        );
      }
      function Ce(e, t) {
        switch (e.tag) {
          case 26:
          case 27:
          case 5:
            return xe(e.type);
          case 16:
            return xe(`Lazy`);
          case 13:
            return e.child !== t && t !== null ? xe(`Suspense Fallback`) : xe(`Suspense`);
          case 19:
            return xe(`SuspenseList`);
          case 0:
          case 15:
            return Se(e.type, !1);
          case 11:
            return Se(e.type.render, !1);
          case 1:
            return Se(e.type, !0);
          case 31:
            return xe(`Activity`);
          case 30:
            return xe(`ViewTransition`);
          default:
            return ``;
        }
      }
      function we(e) {
        try {
          var t = ``,
            n = null;
          do {
            t += Ce(e, n);
            var r = e._debugInfo;
            if (r)
              for (var i = r.length - 1; 0 <= i; i--) {
                var a = r[i];
                if (typeof a.name == `string`) {
                  var o = t;
                  a: {
                    var s = a.name,
                      c = a.env,
                      l = a.debugLocation;
                    if (l != null) {
                      var u = be(l),
                        d = u.lastIndexOf(`
`),
                        f = d === -1 ? u : u.slice(d + 1);
                      if (f.indexOf(s) !== -1) {
                        var p =
                          `
` + f;
                        break a;
                      }
                    }
                    p = xe(s + (c ? ` [` + c + `]` : ``));
                  }
                  t = o + p;
                }
              }
            (n = e), (e = e.return);
          } while (e);
          return t;
        } catch (e) {
          return (
            `
Error generating stack: ` +
            e.message +
            `
` +
            e.stack
          );
        }
      }
      function Te(e) {
        return (e = e ? e.displayName || e.name : ``) ? xe(e) : ``;
      }
      function Ee() {
        if (ph === null) return null;
        var e = ph._debugOwner;
        return e == null ? null : ce(e);
      }
      function M() {
        if (ph === null) return ``;
        var e = ph;
        try {
          var t = ``;
          switch ((e.tag === 6 && (e = e.return), e.tag)) {
            case 26:
            case 27:
            case 5:
              t += xe(e.type);
              break;
            case 13:
              t += xe(`Suspense`);
              break;
            case 19:
              t += xe(`SuspenseList`);
              break;
            case 31:
              t += xe(`Activity`);
              break;
            case 30:
              t += xe(`ViewTransition`);
              break;
            case 0:
            case 15:
            case 1:
              e._debugOwner || t !== `` || (t += Te(e.type));
              break;
            case 11:
              e._debugOwner || t !== `` || (t += Te(e.type.render));
          }
          for (; e; )
            if (typeof e.tag == `number`) {
              var n = e;
              e = n._debugOwner;
              var r = n._debugStack;
              if (e && r) {
                var i = be(r);
                i !== `` &&
                  (t +=
                    `
` + i);
              }
            } else if (e.debugStack != null) {
              var a = e.debugStack;
              (e = e.owner) &&
                a &&
                (t +=
                  `
` + be(a));
            } else break;
          var o = t;
        } catch (e) {
          o =
            `
Error generating stack: ` +
            e.message +
            `
` +
            e.stack;
        }
        return o;
      }
      function N(e, t, n, r, i, a, o) {
        var s = ph;
        De(e);
        try {
          return e !== null && e._debugTask
            ? e._debugTask.run(t.bind(null, n, r, i, a, o))
            : t(n, r, i, a, o);
        } finally {
          De(s);
        }
        throw Error(`runWithFiberInDEV should never be called in production. This is a bug in React.`);
      }
      function De(e) {
        (V.getCurrentStack = e === null ? null : M), (mh = !1), (ph = e);
      }
      function Oe(e) {
        return (
          (typeof Symbol == `function` && Symbol.toStringTag && e[Symbol.toStringTag]) ||
          e.constructor.name ||
          `Object`
        );
      }
      function ke(e) {
        try {
          return (Ae(e), !1);
        } catch {
          return !0;
        }
      }
      function Ae(e) {
        return `` + e;
      }
      function P(e, t) {
        if (ke(e))
          return (
            console.error(
              'The provided `%s` attribute is an unsupported type %s. This value must be coerced to a string before using it here.',
              t,
              Oe(e),
            ),
            Ae(e)
          );
      }
      function je(e, t) {
        if (ke(e))
          return (
            console.error(
              'The provided `%s` CSS property is an unsupported type %s. This value must be coerced to a string before using it here.',
              t,
              Oe(e),
            ),
            Ae(e)
          );
      }
      function Me(e) {
        if (ke(e))
          return (
            console.error(
              `Form field values (value, checked, defaultValue, or defaultChecked props) must be strings, not %s. This value must be coerced to a string before using it here.`,
              Oe(e),
            ),
            Ae(e)
          );
      }
      function Ne(e) {
        if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ > `u`) return !1;
        var t = __REACT_DEVTOOLS_GLOBAL_HOOK__;
        if (t.isDisabled) return !0;
        if (!t.supportsFiber)
          return (
            console.error(
              `The installed version of React DevTools is too old and will not work with the current version of React. Please update React DevTools. https://react.dev/link/react-devtools`,
            ),
            !0
          );
        try {
          (kh = t.inject(e)), (Ah = t);
        } catch (e) {
          console.error(`React instrumentation encountered an error: %o.`, e);
        }
        return !!t.checkDCE;
      }
      function Pe(e) {
        if ((typeof Dh == `function` && Oh(e), Ah && typeof Ah.setStrictMode == `function`))
          try {
            Ah.setStrictMode(kh, e);
          } catch (e) {
            jh || ((jh = !0), console.error(`React instrumentation encountered an error: %o`, e));
          }
      }
      function Fe(e) {
        return ((e >>>= 0), e === 0 ? 32 : (31 - ((Ph(e) / Fh) | 0)) | 0);
      }
      function Ie(e) {
        var t = e & 42;
        if (t !== 0) return t;
        switch (e & -e) {
          case 1:
            return 1;
          case 2:
            return 2;
          case 4:
            return 4;
          case 8:
            return 8;
          case 16:
            return 16;
          case 32:
            return 32;
          case 64:
            return 64;
          case 128:
            return 128;
          case 256:
          case 512:
          case 1024:
          case 2048:
          case 4096:
          case 8192:
          case 16384:
          case 32768:
          case 65536:
          case 131072:
            return e & -e;
          case 262144:
          case 524288:
          case 1048576:
          case 2097152:
            return e & 3932160;
          case 4194304:
          case 8388608:
          case 16777216:
          case 33554432:
            return e & 62914560;
          case 67108864:
            return 67108864;
          case 134217728:
            return 134217728;
          case 268435456:
            return 268435456;
          case 536870912:
            return 536870912;
          case 1073741824:
            return 0;
          default:
            return (console.error(`Should have found matching lanes. This is a bug in React.`), e);
        }
      }
      function Le(e, t, n) {
        var r = e.pendingLanes;
        if (r === 0) return 0;
        var i = 0,
          a = e.suspendedLanes,
          o = e.pingedLanes;
        e = e.warmLanes;
        var s = r & 134217727;
        return (
          s === 0
            ? ((s = r & ~a),
              s === 0 ? (o === 0 ? n || ((n = r & ~e), n !== 0 && (i = Ie(n))) : (i = Ie(o))) : (i = Ie(s)))
            : ((r = s & ~a),
              r === 0
                ? ((o &= s), o === 0 ? n || ((n = s & ~e), n !== 0 && (i = Ie(n))) : (i = Ie(o)))
                : (i = Ie(r))),
          i === 0
            ? 0
            : t !== 0 &&
                t !== i &&
                (t & a) === 0 &&
                ((a = i & -i), (n = t & -t), a >= n || (a === 32 && n & 4194048))
              ? t
              : i
        );
      }
      function Re(e, t) {
        return (e.pendingLanes & ~(e.suspendedLanes & ~e.pingedLanes) & t) === 0;
      }
      function ze(e, t) {
        t & 8 && (t |= t & 32);
        var n = e.entangledLanes;
        if (n !== 0)
          for (e = e.entanglements, n &= t; 0 < n; ) {
            var r = 31 - Nh(n),
              i = 1 << r;
            (t |= e[r]), (n &= ~i);
          }
        return t;
      }
      function Be(e, t) {
        switch (e) {
          case 1:
          case 2:
          case 4:
          case 8:
          case 64:
            return t + 250;
          case 16:
          case 32:
          case 128:
          case 256:
          case 512:
          case 1024:
          case 2048:
          case 4096:
          case 8192:
          case 16384:
          case 32768:
          case 65536:
          case 131072:
          case 262144:
          case 524288:
          case 1048576:
          case 2097152:
            return t + 5e3;
          case 4194304:
          case 8388608:
          case 16777216:
          case 33554432:
            return -1;
          case 67108864:
          case 134217728:
          case 268435456:
          case 536870912:
          case 1073741824:
            return -1;
          default:
            return (console.error(`Should have found matching lanes. This is a bug in React.`), -1);
        }
      }
      function Ve() {
        var e = Rh;
        return ((Rh <<= 1), !(Rh & 62914560) && (Rh = 4194304), e);
      }
      function He(e) {
        for (var t = [], n = 0; 31 > n; n++) t.push(e);
        return t;
      }
      function Ue(e, t) {
        (e.pendingLanes |= t),
          t !== 268435456 && ((e.suspendedLanes = 0), (e.pingedLanes = 0), (e.warmLanes = 0));
      }
      function We(e, t, n, r, i, a) {
        var o = e.pendingLanes;
        (e.pendingLanes = n),
          (e.suspendedLanes = 0),
          (e.pingedLanes = 0),
          (e.warmLanes = 0),
          (e.expiredLanes &= n),
          (e.entangledLanes &= n),
          (e.errorRecoveryDisabledLanes &= n),
          (e.shellSuspendCounter = 0);
        var s = e.entanglements,
          c = e.expirationTimes,
          l = e.hiddenUpdates;
        for (n = o & ~n; 0 < n; ) {
          var u = 31 - Nh(n),
            d = 1 << u;
          (s[u] = 0), (c[u] = -1);
          var f = l[u];
          if (f !== null)
            for (l[u] = null, u = 0; u < f.length; u++) {
              var p = f[u];
              p !== null && (p.lane &= -536870913);
            }
          n &= ~d;
        }
        r !== 0 && Ge(e, r, 0), a !== 0 && i === 0 && e.tag !== 0 && (e.suspendedLanes |= a & ~(o & ~t));
      }
      function Ge(e, t, n) {
        (e.pendingLanes |= t), (e.suspendedLanes &= ~t);
        var r = 31 - Nh(t);
        (e.entangledLanes |= t), (e.entanglements[r] = e.entanglements[r] | 1073741824 | (n & 261930));
      }
      function Ke(e, t) {
        var n = (e.entangledLanes |= t);
        for (e = e.entanglements; n; ) {
          var r = 31 - Nh(n),
            i = 1 << r;
          (i & t) | (e[r] & t) && (e[r] |= t), (n &= ~i);
        }
      }
      function qe(e, t) {
        var n = t & -t;
        return ((n = n & 42 ? 1 : Je(n)), (n & (e.suspendedLanes | t)) === 0 ? n : 0);
      }
      function Je(e) {
        switch (e) {
          case 2:
            e = 1;
            break;
          case 8:
            e = 4;
            break;
          case 32:
            e = 16;
            break;
          case 256:
          case 512:
          case 1024:
          case 2048:
          case 4096:
          case 8192:
          case 16384:
          case 32768:
          case 65536:
          case 131072:
          case 262144:
          case 524288:
          case 1048576:
          case 2097152:
          case 4194304:
          case 8388608:
          case 16777216:
          case 33554432:
            e = 128;
            break;
          case 268435456:
            e = 134217728;
            break;
          default:
            e = 0;
        }
        return e;
      }
      function Ye(e, t, n) {
        if (Mh)
          for (e = e.pendingUpdatersLaneMap; 0 < n; ) {
            var r = 31 - Nh(n),
              i = 1 << r;
            e[r].add(t), (n &= ~i);
          }
      }
      function Xe(e, t) {
        if (Mh)
          for (var n = e.pendingUpdatersLaneMap, r = e.memoizedUpdaters; 0 < t; ) {
            var i = 31 - Nh(t);
            (e = 1 << i),
              (i = n[i]),
              0 < i.size &&
                (i.forEach((e) => {
                  var t = e.alternate;
                  (t !== null && r.has(t)) || r.add(e);
                }),
                i.clear()),
              (t &= ~e);
          }
      }
      function Ze(e) {
        return ((e &= -e), zh !== 0 && zh < e ? (Bh !== 0 && Bh < e ? (e & 134217727 ? Vh : Hh) : Bh) : zh);
      }
      function Qe() {
        var e = Km.p;
        return e === 0 ? ((e = window.event), e === void 0 ? Vh : am(e.type)) : e;
      }
      function $e(e, t) {
        var n = Km.p;
        try {
          return ((Km.p = e), t());
        } finally {
          Km.p = n;
        }
      }
      function et(e) {
        delete e[Wh], delete e[Gh], delete e[Jh], delete e[Yh];
      }
      function tt(e) {
        var t;
        if ((t = e[Wh])) return t;
        for (var n = e.parentNode; n; ) {
          if ((t = n[Kh] || n[Wh])) {
            if (((n = t.alternate), t.child !== null || (n !== null && n.child !== null)))
              for (e = sp(e); e !== null; ) {
                if ((n = e[Wh])) return n;
                e = sp(e);
              }
            return t;
          }
          (e = n), (n = e.parentNode);
        }
        return null;
      }
      function rt(e) {
        if ((e = e[Wh] || e[Kh])) {
          var t = e.tag;
          if (t === 5 || t === 6 || t === 13 || t === 31 || t === 26 || t === 27 || t === 3) return e;
        }
        return null;
      }
      function at(e) {
        var t = e.tag;
        if (t === 5 || t === 26 || t === 27 || t === 6) return e.stateNode;
        throw Error(`getNodeFromInstance: Invalid argument.`);
      }
      function ot(e) {
        var t = e[Xh];
        return ((t ||= e[Xh] = { hoistableStyles: new Map(), hoistableScripts: new Map() }), t);
      }
      function st(e) {
        e[Zh] = !0;
      }
      function ct(e) {
        e[Qh] = void 0;
      }
      function lt(e, t) {
        ut(e, t), ut(e + `Capture`, t);
      }
      function ut(e, t) {
        eg[e] &&
          console.error(
            'EventRegistry: More than one plugin attempted to publish the same registration name, `%s`.',
            e,
          ),
          (eg[e] = t);
        var n = e.toLowerCase();
        for (tg[n] = e, e === `onDoubleClick` && (tg.ondblclick = e), e = 0; e < t.length; e++) $h.add(t[e]);
      }
      function dt(e, t) {
        ng[t.type] ||
          t.onChange ||
          t.onInput ||
          t.readOnly ||
          t.disabled ||
          t.value == null ||
          console.error(
            e === `select`
              ? 'You provided a `value` prop to a form field without an `onChange` handler. This will render a read-only field. If the field should be mutable use `defaultValue`. Otherwise, set `onChange`.'
              : 'You provided a `value` prop to a form field without an `onChange` handler. This will render a read-only field. If the field should be mutable use `defaultValue`. Otherwise, set either `onChange` or `readOnly`.',
          ),
          t.onChange ||
            t.readOnly ||
            t.disabled ||
            t.checked == null ||
            console.error(
              'You provided a `checked` prop to a form field without an `onChange` handler. This will render a read-only field. If the field should be mutable use `defaultChecked`. Otherwise, set either `onChange` or `readOnly`.',
            );
      }
      function ft(e) {
        return hh.call(ag, e)
          ? !0
          : hh.call(ig, e)
            ? !1
            : rg.test(e)
              ? (ag[e] = !0)
              : ((ig[e] = !0), console.error('Invalid attribute name: `%s`', e), !1);
      }
      function pt() {
        var e = og;
        return ((og = !1), e);
      }
      function mt(e, t, n) {
        if (ft(t)) {
          if (!e.hasAttribute(t)) {
            switch (typeof n) {
              case `symbol`:
              case `object`:
                return n;
              case `function`:
                return n;
              case `boolean`:
                if (!1 === n) return n;
            }
            return n === void 0 ? void 0 : null;
          }
          return (
            (e = t.toLowerCase() === `nonce` ? e.nonce : e.getAttribute(t)),
            (e === `` && !0 === n) || (P(n, t), e === `` + n ? n : e)
          );
        }
      }
      function ht(e, t, n) {
        if (ft(t)) {
          if (n === null) e.removeAttribute(t);
          else {
            switch (typeof n) {
              case `undefined`:
              case `function`:
              case `symbol`:
                e.removeAttribute(t);
                return;
              case `boolean`:
                var r = t.toLowerCase().slice(0, 5);
                if (r !== `data-` && r !== `aria-`) {
                  e.removeAttribute(t);
                  return;
                }
            }
            P(n, t), e.setAttribute(t, n);
          }
        }
      }
      function gt(e, t, n) {
        if (n === null) e.removeAttribute(t);
        else {
          switch (typeof n) {
            case `undefined`:
            case `function`:
            case `symbol`:
            case `boolean`:
              e.removeAttribute(t);
              return;
          }
          P(n, t), e.setAttribute(t, n);
        }
      }
      function _t(e, t, n, r) {
        if (r === null) e.removeAttribute(n);
        else {
          switch (typeof r) {
            case `undefined`:
            case `function`:
            case `symbol`:
            case `boolean`:
              e.removeAttribute(n);
              return;
          }
          P(r, n), e.setAttributeNS(t, n, r);
        }
      }
      function F(e) {
        switch (typeof e) {
          case `bigint`:
          case `boolean`:
          case `number`:
          case `string`:
          case `undefined`:
            return e;
          case `object`:
            return (Me(e), e);
          default:
            return ``;
        }
      }
      function vt(e) {
        var t = e.type;
        return (e = e.nodeName) && e.toLowerCase() === `input` && (t === `checkbox` || t === `radio`);
      }
      function yt(e, t, n) {
        var r = Object.getOwnPropertyDescriptor(e.constructor.prototype, t);
        if (
          !Object.hasOwn(e, t) &&
          r !== void 0 &&
          typeof r.get == `function` &&
          typeof r.set == `function`
        ) {
          var i = r.get,
            a = r.set;
          return (
            Object.defineProperty(e, t, {
              configurable: !0,
              get: function () {
                return i.call(this);
              },
              set: function (e) {
                Me(e), (n = `` + e), a.call(this, e);
              },
            }),
            Object.defineProperty(e, t, { enumerable: r.enumerable }),
            {
              getValue: () => n,
              setValue: (e) => {
                Me(e), (n = `` + e);
              },
              stopTracking: () => {
                (e._valueTracker = null), delete e[t];
              },
            }
          );
        }
      }
      function bt(e) {
        if (!e._valueTracker) {
          var t = vt(e) ? `checked` : `value`;
          e._valueTracker = yt(e, t, `` + e[t]);
        }
      }
      function xt(e) {
        if (!e) return !1;
        var t = e._valueTracker;
        if (!t) return !0;
        var n = t.getValue(),
          r = ``;
        return (
          e && (r = vt(e) ? (e.checked ? `true` : `false`) : e.value), (e = r), e !== n && (t.setValue(e), !0)
        );
      }
      function St(e) {
        return e.replace(sg, (e) => `\\` + e.charCodeAt(0).toString(16) + ` `);
      }
      function Ct(e, t) {
        t.checked === void 0 ||
          t.defaultChecked === void 0 ||
          lg ||
          (console.error(
            `%s contains an input of type %s with both checked and defaultChecked props. Input elements must be either controlled or uncontrolled (specify either the checked prop, or the defaultChecked prop, but not both). Decide between using a controlled or uncontrolled input element and remove one of these props. More info: https://react.dev/link/controlled-components`,
            Ee() || `A component`,
            t.type,
          ),
          (lg = !0)),
          t.value === void 0 ||
            t.defaultValue === void 0 ||
            cg ||
            (console.error(
              `%s contains an input of type %s with both value and defaultValue props. Input elements must be either controlled or uncontrolled (specify either the value prop, or the defaultValue prop, but not both). Decide between using a controlled or uncontrolled input element and remove one of these props. More info: https://react.dev/link/controlled-components`,
              Ee() || `A component`,
              t.type,
            ),
            (cg = !0));
      }
      function wt(e, t, n, r, i, a, o, s) {
        (e.name = ``),
          o != null && typeof o != `function` && typeof o != `symbol` && typeof o != `boolean`
            ? (P(o, `type`), (e.type = o))
            : e.removeAttribute(`type`),
          t == null
            ? (o !== `submit` && o !== `reset`) || e.removeAttribute(`value`)
            : o === `number`
              ? ((t === 0 && e.value === ``) || e.value != t) && (e.value = `` + F(t))
              : e.value !== `` + F(t) && (e.value = `` + F(t)),
          t == null
            ? n == null
              ? r != null && e.removeAttribute(`value`)
              : Et(e, F(n))
            : o === `number` && e.value == t
              ? Et(e, F(e.value))
              : Et(e, F(t)),
          i == null && a != null && (e.defaultChecked = !!a),
          i != null && (e.checked = i && typeof i != `function` && typeof i != `symbol`),
          s != null && typeof s != `function` && typeof s != `symbol` && typeof s != `boolean`
            ? (P(s, `name`), (e.name = `` + F(s)))
            : e.removeAttribute(`name`);
      }
      function Tt(e, t, n, r, i, a, o, s) {
        if (
          (a != null &&
            typeof a != `function` &&
            typeof a != `symbol` &&
            typeof a != `boolean` &&
            (P(a, `type`), (e.type = a)),
          t != null || n != null)
        ) {
          if (!((a !== `submit` && a !== `reset`) || t != null)) {
            bt(e);
            return;
          }
          (n = n == null ? `` : `` + F(n)),
            (t = t == null ? n : `` + F(t)),
            s || t === e.value || (e.value = t),
            (e.defaultValue = t);
        }
        (r ??= i),
          (r = typeof r != `function` && typeof r != `symbol` && !!r),
          (e.checked = s ? e.checked : !!r),
          (e.defaultChecked = !!r),
          o != null &&
            typeof o != `function` &&
            typeof o != `symbol` &&
            typeof o != `boolean` &&
            (P(o, `name`), (e.name = o)),
          bt(e);
      }
      function Et(e, t) {
        e.defaultValue !== `` + t && (e.defaultValue = `` + t);
      }
      function Dt(e, t) {
        t.value ??
          (typeof t.children == `object` && t.children !== null
            ? xm.Children.forEach(t.children, (e) => {
                e == null ||
                  typeof e == `string` ||
                  typeof e == `number` ||
                  typeof e == `bigint` ||
                  dg ||
                  ((dg = !0),
                  console.error(
                    'Cannot infer the option value of complex children. Pass a `value` prop or use a plain string as children to <option>.',
                  ));
              })
            : t.dangerouslySetInnerHTML == null ||
              fg ||
              ((fg = !0),
              console.error(
                'Pass a `value` prop if you set dangerouslyInnerHTML so React knows which value should be selected.',
              ))),
          t.selected == null ||
            ug ||
            (console.error(
              'Use the `defaultValue` or `value` props on <select> instead of setting `selected` on <option>.',
            ),
            (ug = !0));
      }
      function Ot() {
        var e = Ee();
        return e
          ? `

Check the render method of \`` +
              e +
              '`.'
          : ``;
      }
      function kt(e, t, n, r) {
        if (((e = e.options), t)) {
          t = {};
          for (var i = 0; i < n.length; i++) t[`$` + n[i]] = !0;
          for (n = 0; n < e.length; n++)
            (i = Object.hasOwn(t, `$` + e[n].value)),
              e[n].selected !== i && (e[n].selected = i),
              i && r && (e[n].defaultSelected = !0);
        } else {
          for (n = `` + F(n), t = null, i = 0; i < e.length; i++) {
            if (e[i].value === n) {
              (e[i].selected = !0), r && (e[i].defaultSelected = !0);
              return;
            }
            t !== null || e[i].disabled || (t = e[i]);
          }
          t !== null && (t.selected = !0);
        }
      }
      function At(e, t) {
        for (e = 0; e < mg.length; e++) {
          var n = mg[e];
          if (t[n] != null) {
            var r = Gm(t[n]);
            t.multiple && !r
              ? console.error(
                  'The `%s` prop supplied to <select> must be an array if `multiple` is true.%s',
                  n,
                  Ot(),
                )
              : !t.multiple &&
                r &&
                console.error(
                  'The `%s` prop supplied to <select> must be a scalar value if `multiple` is false.%s',
                  n,
                  Ot(),
                );
          }
        }
        t.value === void 0 ||
          t.defaultValue === void 0 ||
          pg ||
          (console.error(
            `Select elements must be either controlled or uncontrolled (specify either the value prop, or the defaultValue prop, but not both). Decide between using a controlled or uncontrolled select element and remove one of these props. More info: https://react.dev/link/controlled-components`,
          ),
          (pg = !0));
      }
      function jt(e, t) {
        t.value === void 0 ||
          t.defaultValue === void 0 ||
          hg ||
          (console.error(
            `%s contains a textarea with both value and defaultValue props. Textarea elements must be either controlled or uncontrolled (specify either the value prop, or the defaultValue prop, but not both). Decide between using a controlled or uncontrolled textarea and remove one of these props. More info: https://react.dev/link/controlled-components`,
            Ee() || `A component`,
          ),
          (hg = !0)),
          t.children != null &&
            t.value == null &&
            console.error(
              'Use the `defaultValue` or `value` props instead of setting children on <textarea>.',
            );
      }
      function Mt(e, t, n) {
        t != null && ((t = `` + F(t)), t !== e.value && (e.value = t), n == null)
          ? e.defaultValue !== t && (e.defaultValue = t)
          : (e.defaultValue = n == null ? `` : `` + F(n));
      }
      function Nt(e, t, n, r) {
        if (t == null) {
          if (r != null) {
            if (n != null) throw Error('If you supply `defaultValue` on a <textarea>, do not pass children.');
            if (Gm(r)) {
              if (1 < r.length) throw Error(`<textarea> can only have at most one child.`);
              r = r[0];
            }
            n = r;
          }
          (n ??= ``), (t = n);
        }
        (n = F(t)),
          (e.defaultValue = n),
          (r = e.textContent),
          r === n && r !== `` && r !== null && (e.value = r),
          bt(e);
      }
      function Pt(e, t) {
        return e.serverProps === void 0 &&
          e.serverTail.length === 0 &&
          e.children.length === 1 &&
          3 < e.distanceFromLeaf &&
          e.distanceFromLeaf > 15 - t
          ? Pt(e.children[0], t)
          : e;
      }
      function Ft(e) {
        return `  ` + `  `.repeat(e);
      }
      function It(e) {
        return `+ ` + `  `.repeat(e);
      }
      function Lt(e) {
        return `- ` + `  `.repeat(e);
      }
      function Rt(e) {
        switch (e.tag) {
          case 26:
          case 27:
          case 5:
            return e.type;
          case 16:
            return `Lazy`;
          case 31:
            return `Activity`;
          case 13:
            return `Suspense`;
          case 19:
            return `SuspenseList`;
          case 0:
          case 15:
            return ((e = e.type), e.displayName || e.name || null);
          case 11:
            return ((e = e.type.render), e.displayName || e.name || null);
          case 1:
            return ((e = e.type), e.displayName || e.name || null);
          default:
            return null;
        }
      }
      function zt(e, t) {
        return gg.test(e)
          ? ((e = JSON.stringify(e)),
            e.length > t - 2 ? (8 > t ? `{"..."}` : `{` + e.slice(0, t - 7) + `..."}`) : `{` + e + `}`)
          : e.length > t
            ? 5 > t
              ? `{"..."}`
              : e.slice(0, t - 3) + `...`
            : e;
      }
      function Bt(e, t, n) {
        var r = 120 - 2 * n;
        if (t === null)
          return (
            It(n) +
            zt(e, r) +
            `
`
          );
        if (typeof t == `string`) {
          for (var i = 0; i < t.length && i < e.length && t.charCodeAt(i) === e.charCodeAt(i); i++);
          return (
            i > r - 8 && 10 < i && ((e = `...` + e.slice(i - 8)), (t = `...` + t.slice(i - 8))),
            It(n) +
              zt(e, r) +
              `
` +
              Lt(n) +
              zt(t, r) +
              `
`
          );
        }
        return (
          Ft(n) +
          zt(e, r) +
          `
`
        );
      }
      function Vt(e) {
        return Object.prototype.toString.call(e).replace(/^\[object (.*)\]$/, (e, t) => t);
      }
      function Ht(e, t) {
        switch (typeof e) {
          case `string`:
            return (
              (e = JSON.stringify(e)), e.length > t ? (5 > t ? `"..."` : e.slice(0, t - 4) + `..."`) : e
            );
          case `object`:
            if (e === null) return `null`;
            if (Gm(e)) return `[...]`;
            if (e.$$typeof === Em) return (t = k(e.type)) ? `<` + t + `>` : `<...>`;
            var n = Vt(e);
            if (n === `Object`) {
              for (var r in ((n = ``), (t -= 2), e))
                if (Object.hasOwn(e, r)) {
                  var i = JSON.stringify(r);
                  if (
                    (i !== `"` + r + `"` && (r = i),
                    (t -= r.length - 2),
                    (i = Ht(e[r], 15 > t ? t : 15)),
                    (t -= i.length),
                    0 > t)
                  ) {
                    n += n === `` ? `...` : `, ...`;
                    break;
                  }
                  n += (n === `` ? `` : `,`) + r + `:` + i;
                }
              return `{` + n + `}`;
            }
            return n;
          case `function`:
            return (t = e.displayName || e.name) ? `function ` + t : `function`;
          default:
            return String(e);
        }
      }
      function Ut(e, t) {
        return typeof e != `string` || gg.test(e)
          ? `{` + Ht(e, t - 2) + `}`
          : e.length > t - 2
            ? 5 > t
              ? `"..."`
              : `"` + e.slice(0, t - 5) + `..."`
            : `"` + e + `"`;
      }
      function Wt(e, t, n) {
        var r = 120 - n.length - e.length,
          i = [],
          a;
        for (a in t)
          if (Object.hasOwn(t, a) && a !== `children`) {
            var o = Ut(t[a], 120 - n.length - a.length - 1);
            (r -= a.length + o.length + 2), i.push(a + `=` + o);
          }
        return i.length === 0
          ? n +
              `<` +
              e +
              `>
`
          : 0 < r
            ? n +
              `<` +
              e +
              ` ` +
              i.join(` `) +
              `>
`
            : n +
              `<` +
              e +
              `
` +
              n +
              `  ` +
              i.join(
                `
` +
                  n +
                  `  `,
              ) +
              `
` +
              n +
              `>
`;
      }
      function Gt(e, t, n) {
        var r = ``,
          i = B({}, t),
          a;
        for (a in e)
          if (Object.hasOwn(e, a)) {
            delete i[a];
            var o = 120 - 2 * n - a.length - 2,
              s = Ht(e[a], o);
            Object.hasOwn(t, a)
              ? ((o = Ht(t[a], o)),
                (r +=
                  It(n) +
                  a +
                  `: ` +
                  s +
                  `
`),
                (r +=
                  Lt(n) +
                  a +
                  `: ` +
                  o +
                  `
`))
              : (r +=
                  It(n) +
                  a +
                  `: ` +
                  s +
                  `
`);
          }
        for (var c in i)
          Object.hasOwn(i, c) &&
            ((e = Ht(i[c], 120 - 2 * n - c.length - 2)),
            (r +=
              Lt(n) +
              c +
              `: ` +
              e +
              `
`));
        return r;
      }
      function Kt(e, t, n, r) {
        var i = ``,
          a = new Map();
        for (l in n) Object.hasOwn(n, l) && a.set(l.toLowerCase(), l);
        if (a.size === 1 && a.has(`children`)) i += Wt(e, t, Ft(r));
        else {
          for (var o in t)
            if (Object.hasOwn(t, o) && o !== `children`) {
              var s = 120 - 2 * (r + 1) - o.length - 1,
                c = a.get(o.toLowerCase());
              if (c !== void 0) {
                a.delete(o.toLowerCase());
                var l = t[o];
                c = n[c];
                var u = Ut(l, s);
                (s = Ut(c, s)),
                  typeof l == `object` &&
                  l &&
                  typeof c == `object` &&
                  c &&
                  Vt(l) === `Object` &&
                  Vt(c) === `Object` &&
                  (2 < Object.keys(l).length ||
                    2 < Object.keys(c).length ||
                    -1 < u.indexOf(`...`) ||
                    -1 < s.indexOf(`...`))
                    ? (i +=
                        Ft(r + 1) +
                        o +
                        `={{
` +
                        Gt(l, c, r + 2) +
                        Ft(r + 1) +
                        `}}
`)
                    : ((i +=
                        It(r + 1) +
                        o +
                        `=` +
                        u +
                        `
`),
                      (i +=
                        Lt(r + 1) +
                        o +
                        `=` +
                        s +
                        `
`));
              } else
                i +=
                  Ft(r + 1) +
                  o +
                  `=` +
                  Ut(t[o], s) +
                  `
`;
            }
          a.forEach((e) => {
            if (e !== `children`) {
              var t = 120 - 2 * (r + 1) - e.length - 1;
              i +=
                Lt(r + 1) +
                e +
                `=` +
                Ut(n[e], t) +
                `
`;
            }
          }),
            (i =
              i === ``
                ? Ft(r) +
                  `<` +
                  e +
                  `>
`
                : Ft(r) +
                  `<` +
                  e +
                  `
` +
                  i +
                  Ft(r) +
                  `>
`);
        }
        return (
          (e = n.children),
          (t = t.children),
          typeof e == `string` || typeof e == `number` || typeof e == `bigint`
            ? ((a = ``),
              (typeof t == `string` || typeof t == `number` || typeof t == `bigint`) && (a = `` + t),
              (i += Bt(a, `` + e, r + 1)))
            : (typeof t == `string` || typeof t == `number` || typeof t == `bigint`) &&
              (i = e == null ? i + Bt(`` + t, null, r + 1) : i + Bt(`` + t, void 0, r + 1)),
          i
        );
      }
      function qt(e, t) {
        var n = Rt(e);
        if (n === null) {
          for (n = ``, e = e.child; e; ) (n += qt(e, t)), (e = e.sibling);
          return n;
        }
        return (
          Ft(t) +
          `<` +
          n +
          `>
`
        );
      }
      function Jt(e, t) {
        var n = Pt(e, t);
        if (n !== e && (e.children.length !== 1 || e.children[0] !== n))
          return (
            Ft(t) +
            `...
` +
            Jt(n, t + 1)
          );
        n = ``;
        var r = e.fiber._debugInfo;
        if (r)
          for (var i = 0; i < r.length; i++) {
            var a = r[i].name;
            typeof a == `string` &&
              ((n +=
                Ft(t) +
                `<` +
                a +
                `>
`),
              t++);
          }
        if (((r = ``), (i = e.fiber.pendingProps), e.fiber.tag === 6)) (r = Bt(i, e.serverProps, t)), t++;
        else if (((a = Rt(e.fiber)), a !== null)) {
          if (e.serverProps === void 0) {
            r = t;
            var o = 120 - 2 * r - a.length - 2,
              s = ``;
            for (l in i)
              if (Object.hasOwn(i, l) && l !== `children`) {
                var c = Ut(i[l], 15);
                if (((o -= l.length + c.length + 2), 0 > o)) {
                  s += ` ...`;
                  break;
                }
                s += ` ` + l + `=` + c;
              }
            (r =
              Ft(r) +
              `<` +
              a +
              s +
              `>
`),
              t++;
          } else
            e.serverProps === null
              ? ((r = Wt(a, i, It(t))), t++)
              : typeof e.serverProps == `string`
                ? console.error(
                    `Should not have matched a non HostText fiber to a Text node. This is a bug in React.`,
                  )
                : ((r = Kt(a, i, e.serverProps, t)), t++);
        }
        var l = ``;
        for (i = e.fiber.child, a = 0; i && a < e.children.length; )
          (o = e.children[a]), o.fiber === i ? ((l += Jt(o, t)), a++) : (l += qt(i, t)), (i = i.sibling);
        for (
          i &&
            0 < e.children.length &&
            (l +=
              Ft(t) +
              `...
`),
            i = e.serverTail,
            e.serverProps === null && t--,
            e = 0;
          e < i.length;
          e++
        )
          (a = i[e]),
            (l =
              typeof a == `string`
                ? l +
                  (Lt(t) +
                    zt(a, 120 - 2 * t) +
                    `
`)
                : l + Wt(a.type, a.props, Lt(t)));
        return n + r + l;
      }
      function Yt(e) {
        try {
          return (
            `

` + Jt(e, 0)
          );
        } catch {
          return ``;
        }
      }
      function Xt(e, t, n) {
        for (var r = t, i = null, a = 0; r; )
          r === e && (a = 0),
            (i = {
              fiber: r,
              children: i === null ? [] : [i],
              serverProps: r === t ? n : r === e ? null : void 0,
              serverTail: [],
              distanceFromLeaf: a,
            }),
            a++,
            (r = r.return);
        return i === null ? `` : Yt(i).replaceAll(/^[+-]/gm, `>`);
      }
      function Zt(e, t) {
        var n = B({}, e || xg),
          r = { tag: t };
        return (
          vg.indexOf(t) !== -1 &&
            ((n.aTagInScope = null), (n.buttonTagInScope = null), (n.nobrTagInScope = null)),
          yg.indexOf(t) !== -1 && (n.pTagInButtonScope = null),
          _g.indexOf(t) !== -1 &&
            t !== `address` &&
            t !== `div` &&
            t !== `p` &&
            ((n.listItemTagAutoclosing = null), (n.dlItemTagAutoclosing = null)),
          (n.current = r),
          t === `form` && (n.formTag = r),
          t === `a` && (n.aTagInScope = r),
          t === `button` && (n.buttonTagInScope = r),
          t === `nobr` && (n.nobrTagInScope = r),
          t === `p` && (n.pTagInButtonScope = r),
          t === `li` && (n.listItemTagAutoclosing = r),
          (t === `dd` || t === `dt`) && (n.dlItemTagAutoclosing = r),
          t === `#document` || t === `html` ? (n.containerTagInScope = null) : (n.containerTagInScope ||= r),
          e !== null || (t !== `#document` && t !== `html` && t !== `body`)
            ? !0 === n.implicitRootScope && (n.implicitRootScope = !1)
            : (n.implicitRootScope = !0),
          n
        );
      }
      function Qt(e, t, n) {
        switch (t) {
          case `tr`:
            return e === `th` || e === `td` || e === `style` || e === `script` || e === `template`;
          case `tbody`:
          case `thead`:
          case `tfoot`:
            return e === `tr` || e === `style` || e === `script` || e === `template`;
          case `colgroup`:
            return e === `col` || e === `template`;
          case `table`:
            return (
              e === `caption` ||
              e === `colgroup` ||
              e === `tbody` ||
              e === `tfoot` ||
              e === `thead` ||
              e === `style` ||
              e === `script` ||
              e === `template`
            );
          case `head`:
            return (
              e === `base` ||
              e === `basefont` ||
              e === `bgsound` ||
              e === `link` ||
              e === `meta` ||
              e === `title` ||
              e === `noscript` ||
              e === `noframes` ||
              e === `style` ||
              e === `script` ||
              e === `template`
            );
          case `html`:
            if (n) break;
            return e === `head` || e === `body` || e === `frameset`;
          case `frameset`:
            return e === `frame`;
          case `#document`:
            if (!n) return e === `html`;
        }
        switch (e) {
          case `h1`:
          case `h2`:
          case `h3`:
          case `h4`:
          case `h5`:
          case `h6`:
            return t !== `h1` && t !== `h2` && t !== `h3` && t !== `h4` && t !== `h5` && t !== `h6`;
          case `rp`:
          case `rt`:
            return bg.indexOf(t) === -1;
          case `caption`:
          case `col`:
          case `colgroup`:
          case `input`:
            return t !== `select`;
          case `frameset`:
          case `frame`:
          case `tbody`:
          case `td`:
          case `tfoot`:
          case `th`:
          case `thead`:
          case `tr`:
            return t == null;
          case `head`:
            return n || t === null;
          case `html`:
            return (n && t === `#document`) || t === null;
          case `body`:
            return (n && (t === `#document` || t === `html`)) || t === null;
        }
        return !0;
      }
      function $t(e, t) {
        switch (e) {
          case `address`:
          case `article`:
          case `aside`:
          case `blockquote`:
          case `center`:
          case `details`:
          case `dialog`:
          case `dir`:
          case `div`:
          case `dl`:
          case `fieldset`:
          case `figcaption`:
          case `figure`:
          case `footer`:
          case `header`:
          case `hgroup`:
          case `main`:
          case `menu`:
          case `nav`:
          case `ol`:
          case `p`:
          case `section`:
          case `summary`:
          case `ul`:
          case `pre`:
          case `listing`:
          case `table`:
          case `hr`:
          case `xmp`:
          case `h1`:
          case `h2`:
          case `h3`:
          case `h4`:
          case `h5`:
          case `h6`:
            return t.pTagInButtonScope;
          case `form`:
            return t.formTag || t.pTagInButtonScope;
          case `li`:
            return t.listItemTagAutoclosing;
          case `dd`:
          case `dt`:
            return t.dlItemTagAutoclosing;
          case `button`:
            return t.buttonTagInScope;
          case `a`:
            return t.aTagInScope;
          case `nobr`:
            return t.nobrTagInScope;
        }
        return null;
      }
      function en(e, t) {
        for (; e; ) {
          switch (e.tag) {
            case 5:
            case 26:
            case 27:
              if (e.type === t) return e;
          }
          e = e.return;
        }
        return null;
      }
      function tn(e, t) {
        t ||= xg;
        var n = t.current;
        if (
          ((t = (n = Qt(e, n && n.tag, t.implicitRootScope) ? null : n) ? null : $t(e, t)), (t = n || t), !t)
        )
          return !0;
        var r = t.tag;
        if (((t = String(!!n) + `|` + e + `|` + r), Sg[t])) return !1;
        Sg[t] = !0;
        var i = (t = ph) ? en(t.return, r) : null,
          a = t !== null && i !== null ? Xt(i, t, null) : ``,
          o = `<` + e + `>`;
        return (
          n
            ? ((n = ``),
              r === `table` &&
                e === `tr` &&
                (n += ` Add a <tbody>, <thead> or <tfoot> to your code to match the DOM tree generated by the browser.`),
              console.error(
                `In HTML, %s cannot be a child of <%s>.%s
This will cause a hydration error.%s`,
                o,
                r,
                n,
                a,
              ))
            : console.error(
                `In HTML, %s cannot be a descendant of <%s>.
This will cause a hydration error.%s`,
                o,
                r,
                a,
              ),
          t &&
            ((e = t.return),
            i === null ||
              e === null ||
              (i === e && e._debugOwner === t._debugOwner) ||
              N(i, () => {
                console.error(
                  `<%s> cannot contain a nested %s.
See this log for the ancestor stack trace.`,
                  r,
                  o,
                );
              })),
          !1
        );
      }
      function nn(e, t, n) {
        if (n || Qt(`#text`, t, !1)) return !0;
        if (((n = `#text|` + t), Sg[n])) return !1;
        Sg[n] = !0;
        var r = (n = ph) ? en(n, t) : null;
        return (
          (n = n !== null && r !== null ? Xt(r, n, n.tag === 6 ? null : { children: null }) : ``),
          /\S/.test(e)
            ? console.error(
                `In HTML, text nodes cannot be a child of <%s>.
This will cause a hydration error.%s`,
                t,
                n,
              )
            : console.error(
                `In HTML, whitespace text nodes cannot be a child of <%s>. Make sure you don't have any extra whitespace between tags on each line of your source code.
This will cause a hydration error.%s`,
                t,
                n,
              ),
          !1
        );
      }
      function rn(e, t) {
        if (t) {
          var n = e.firstChild;
          if (n && n === e.lastChild && n.nodeType === 3) {
            n.nodeValue = t;
            return;
          }
        }
        e.textContent = t;
      }
      function an(e) {
        return e.replace(Og, (e, t) => t.toUpperCase());
      }
      function on(e, t, n) {
        var r = t.indexOf(`--`) === 0;
        r ||
          (-1 < t.indexOf(`-`)
            ? (Object.hasOwn(Ag, t) && Ag[t]) ||
              ((Ag[t] = !0),
              console.error(`Unsupported style property %s. Did you mean %s?`, t, an(t.replace(Dg, `ms-`))))
            : Eg.test(t)
              ? (Object.hasOwn(Ag, t) && Ag[t]) ||
                ((Ag[t] = !0),
                console.error(
                  `Unsupported vendor-prefixed style property %s. Did you mean %s?`,
                  t,
                  t.charAt(0).toUpperCase() + t.slice(1),
                ))
              : !kg.test(n) ||
                (Object.hasOwn(jg, n) && jg[n]) ||
                ((jg[n] = !0),
                console.error(
                  `Style property values shouldn't contain a semicolon. Try "%s: %s" instead.`,
                  t,
                  n.replace(kg, ``),
                )),
          typeof n == `number` &&
            (isNaN(n)
              ? Mg ||
                ((Mg = !0), console.error('`NaN` is an invalid value for the `%s` css style property.', t))
              : isFinite(n) ||
                Ng ||
                ((Ng = !0),
                console.error('`Infinity` is an invalid value for the `%s` css style property.', t)))),
          n == null || typeof n == `boolean` || n === ``
            ? r
              ? e.setProperty(t, ``)
              : t === `float`
                ? (e.cssFloat = ``)
                : (e[t] = ``)
            : r
              ? e.setProperty(t, n)
              : typeof n != `number` || n === 0 || Pg.has(t)
                ? t === `float`
                  ? (e.cssFloat = n)
                  : (je(n, t), (e[t] = (`` + n).trim()))
                : (e[t] = n + `px`);
      }
      function sn(e, t, n) {
        if (t != null && typeof t != `object`)
          throw Error(
            "The `style` prop expects a mapping from style properties to values, not a string. For example, style={{marginRight: spacing + 'em'}} when using JSX.",
          );
        if ((t && Object.freeze(t), (e = e.style), n != null)) {
          if (t) {
            var r = {};
            if (n) {
              for (var i in n)
                if (Object.hasOwn(n, i) && !Object.hasOwn(t, i))
                  for (var a = Cg[i] || [i], o = 0; o < a.length; o++) r[a[o]] = i;
            }
            for (var s in t)
              if (Object.hasOwn(t, s) && (!n || n[s] !== t[s]))
                for (i = Cg[s] || [s], a = 0; a < i.length; a++) r[i[a]] = s;
            for (var c in ((s = {}), t)) for (i = Cg[c] || [c], a = 0; a < i.length; a++) s[i[a]] = c;
            for (var l in ((c = {}), r))
              if (((i = r[l]), (a = s[l]) && i !== a && ((o = i + `,` + a), !c[o]))) {
                (c[o] = !0), (o = console);
                var u = t[i];
                o.error.call(
                  o,
                  `%s a style property during rerender (%s) when a conflicting property is set (%s) can lead to styling bugs. To avoid this, don't mix shorthand and non-shorthand properties for the same value; instead, replace the shorthand with separate values.`,
                  u == null || typeof u == `boolean` || u === `` ? `Removing` : `Updating`,
                  i,
                  a,
                );
              }
          }
          for (var d in n)
            !Object.hasOwn(n, d) ||
              (t != null && Object.hasOwn(t, d)) ||
              (d.indexOf(`--`) === 0 ? e.setProperty(d, ``) : d === `float` ? (e.cssFloat = ``) : (e[d] = ``),
              (og = !0));
          for (var f in t) (l = t[f]), Object.hasOwn(t, f) && n[f] !== l && (on(e, f, l), (og = !0));
        } else for (r in t) Object.hasOwn(t, r) && on(e, r, t[r]);
      }
      function cn(e) {
        if (e.indexOf(`-`) === -1) return !1;
        switch (e) {
          case `annotation-xml`:
          case `color-profile`:
          case `font-face`:
          case `font-face-src`:
          case `font-face-uri`:
          case `font-face-format`:
          case `font-face-name`:
          case `missing-glyph`:
            return !1;
          default:
            return !0;
        }
      }
      function ln(e) {
        return Lg.get(e) || e;
      }
      function un(e, t) {
        if (hh.call(Bg, t) && Bg[t]) return !0;
        if (Hg.test(t)) {
          if (((e = `aria-` + t.slice(4).toLowerCase()), (e = Object.hasOwn(zg, e) ? e : null), e == null))
            return (
              console.error(
                'Invalid ARIA attribute `%s`. ARIA attributes follow the pattern aria-* and must be lowercase.',
                t,
              ),
              (Bg[t] = !0)
            );
          if (t !== e)
            return (console.error('Invalid ARIA attribute `%s`. Did you mean `%s`?', t, e), (Bg[t] = !0));
        }
        if (Vg.test(t)) {
          if (((e = t.toLowerCase()), (e = Object.hasOwn(zg, e) ? e : null), e == null))
            return ((Bg[t] = !0), !1);
          t !== e && (console.error('Unknown ARIA attribute `%s`. Did you mean `%s`?', t, e), (Bg[t] = !0));
        }
        return !0;
      }
      function dn(e, t) {
        var n = [],
          r;
        for (r in t) un(e, r) || n.push(r);
        (t = n.map((e) => '`' + e + '`').join(`, `)),
          n.length === 1
            ? console.error(
                `Invalid aria prop %s on <%s> tag. For details, see https://react.dev/link/invalid-aria-props`,
                t,
                e,
              )
            : 1 < n.length &&
              console.error(
                `Invalid aria props %s on <%s> tag. For details, see https://react.dev/link/invalid-aria-props`,
                t,
                e,
              );
      }
      function fn(e, t, n, r) {
        if (hh.call(Wg, t) && Wg[t]) return !0;
        var i = t.toLowerCase();
        if (i === `onfocusin` || i === `onfocusout`)
          return (
            console.error(
              `React uses onFocus and onBlur instead of onFocusIn and onFocusOut. All React events are normalized to bubble, so onFocusIn and onFocusOut are not needed/supported by React.`,
            ),
            (Wg[t] = !0)
          );
        if (
          typeof n == `function` &&
          ((e === `form` && t === `action`) ||
            (e === `input` && t === `formAction`) ||
            (e === `button` && t === `formAction`))
        )
          return !0;
        if (r != null) {
          if (((e = r.possibleRegistrationNames), Object.hasOwn(r.registrationNameDependencies, t)))
            return !0;
          if (((r = Object.hasOwn(e, i) ? e[i] : null), r != null))
            return (
              console.error('Invalid event handler property `%s`. Did you mean `%s`?', t, r), (Wg[t] = !0)
            );
          if (Gg.test(t))
            return (
              console.error('Unknown event handler property `%s`. It will be ignored.', t), (Wg[t] = !0)
            );
        } else if (Gg.test(t))
          return (
            Kg.test(t) &&
              console.error(
                'Invalid event handler property `%s`. React events use the camelCase naming convention, for example `onClick`.',
                t,
              ),
            (Wg[t] = !0)
          );
        if (qg.test(t) || Jg.test(t)) return !0;
        if (i === `innerhtml`)
          return (
            console.error(
              'Directly setting property `innerHTML` is not permitted. For more information, lookup documentation on `dangerouslySetInnerHTML`.',
            ),
            (Wg[t] = !0)
          );
        if (i === `aria`)
          return (
            console.error(
              'The `aria` attribute is reserved for future use in React. Pass individual `aria-` attributes instead.',
            ),
            (Wg[t] = !0)
          );
        if (i === `is` && n != null && typeof n != `string`)
          return (
            console.error(
              'Received a `%s` for a string attribute `is`. If this is expected, cast the value to a string.',
              typeof n,
            ),
            (Wg[t] = !0)
          );
        if (typeof n == `number` && isNaN(n))
          return (
            console.error(
              'Received NaN for the `%s` attribute. If this is expected, cast the value to a string.',
              t,
            ),
            (Wg[t] = !0)
          );
        if (Object.hasOwn(Rg, i)) {
          if (((i = Rg[i]), i !== t))
            return (console.error('Invalid DOM property `%s`. Did you mean `%s`?', t, i), (Wg[t] = !0));
        } else if (t !== i)
          return (
            console.error(
              'React does not recognize the `%s` prop on a DOM element. If you intentionally want it to appear in the DOM as a custom attribute, spell it as lowercase `%s` instead. If you accidentally passed it from a parent component, remove it from the DOM element.',
              t,
              i,
            ),
            (Wg[t] = !0)
          );
        switch (t) {
          case `dangerouslySetInnerHTML`:
          case `children`:
          case `style`:
          case `suppressContentEditableWarning`:
          case `suppressHydrationWarning`:
          case `defaultValue`:
          case `defaultChecked`:
          case `innerHTML`:
          case `ref`:
            return !0;
          case `innerText`:
          case `textContent`:
            return !0;
        }
        switch (typeof n) {
          case `boolean`:
            switch (t) {
              case `autoFocus`:
              case `checked`:
              case `multiple`:
              case `muted`:
              case `selected`:
              case `contentEditable`:
              case `spellCheck`:
              case `draggable`:
              case `value`:
              case `autoReverse`:
              case `externalResourcesRequired`:
              case `focusable`:
              case `preserveAlpha`:
              case `allowFullScreen`:
              case `async`:
              case `autoPlay`:
              case `controls`:
              case `credentialless`:
              case `default`:
              case `defer`:
              case `disabled`:
              case `disablePictureInPicture`:
              case `disableRemotePlayback`:
              case `formNoValidate`:
              case `hidden`:
              case `loop`:
              case `noModule`:
              case `noValidate`:
              case `open`:
              case `playsInline`:
              case `readOnly`:
              case `required`:
              case `reversed`:
              case `scoped`:
              case `seamless`:
              case `itemScope`:
              case `capture`:
              case `download`:
              case `inert`:
                return !0;
              default:
                return (
                  (i = t.toLowerCase().slice(0, 5)),
                  i === `data-` ||
                    i === `aria-` ||
                    (n
                      ? console.error(
                          'Received `%s` for a non-boolean attribute `%s`.\n\nIf you want to write it to the DOM, pass a string instead: %s="%s" or %s={value.toString()}.',
                          n,
                          t,
                          t,
                          n,
                          t,
                        )
                      : console.error(
                          `Received \`%s\` for a non-boolean attribute \`%s\`.

If you want to write it to the DOM, pass a string instead: %s="%s" or %s={value.toString()}.

If you used to conditionally omit it with %s={condition && value}, pass %s={condition ? value : undefined} instead.`,
                          n,
                          t,
                          t,
                          n,
                          t,
                          t,
                          t,
                        ),
                    (Wg[t] = !0))
                );
            }
          case `function`:
          case `symbol`:
            return ((Wg[t] = !0), !1);
          case `string`:
            if (n === `false` || n === `true`) {
              switch (t) {
                case `checked`:
                case `selected`:
                case `multiple`:
                case `muted`:
                case `allowFullScreen`:
                case `async`:
                case `autoPlay`:
                case `controls`:
                case `credentialless`:
                case `default`:
                case `defer`:
                case `disabled`:
                case `disablePictureInPicture`:
                case `disableRemotePlayback`:
                case `formNoValidate`:
                case `hidden`:
                case `loop`:
                case `noModule`:
                case `noValidate`:
                case `open`:
                case `playsInline`:
                case `readOnly`:
                case `required`:
                case `reversed`:
                case `scoped`:
                case `seamless`:
                case `itemScope`:
                case `inert`:
                  break;
                default:
                  return !0;
              }
              console.error(
                'Received the string `%s` for the boolean attribute `%s`. %s Did you mean %s={%s}?',
                n,
                t,
                n === `false`
                  ? `The browser will interpret it as a truthy value.`
                  : `Although this works, it will not work as expected if you pass the string "false".`,
                t,
                n,
              ),
                (Wg[t] = !0);
            }
        }
        return !0;
      }
      function pn(e, t, n) {
        var r = [],
          i;
        for (i in t) fn(e, i, t[i], n) || r.push(i);
        (t = r.map((e) => '`' + e + '`').join(`, `)),
          r.length === 1
            ? console.error(
                `Invalid value for prop %s on <%s> tag. Either remove it from the element, or pass a string or number value to keep it in the DOM. For details, see https://react.dev/link/attribute-behavior `,
                t,
                e,
              )
            : 1 < r.length &&
              console.error(
                `Invalid values for props %s on <%s> tag. Either remove them from the element, or pass a string or number value to keep them in the DOM. For details, see https://react.dev/link/attribute-behavior `,
                t,
                e,
              );
      }
      function mn(e) {
        return Yg.test(`` + e)
          ? `javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')`
          : e;
      }
      function hn() {}
      function gn(e) {
        return (
          (e = e.target || e.srcElement || window),
          e.correspondingUseElement && (e = e.correspondingUseElement),
          e.nodeType === 3 ? e.parentNode : e
        );
      }
      function _n(e) {
        var t = rt(e);
        if (t && (e = t.stateNode)) {
          var n = e[Gh] || null;
          switch (((e = t.stateNode), t.type)) {
            case `input`:
              if (
                (wt(e, n.value, n.defaultValue, n.defaultValue, n.checked, n.defaultChecked, n.type, n.name),
                (t = n.name),
                n.type === `radio` && t != null)
              ) {
                for (n = e; n.parentNode; ) n = n.parentNode;
                for (
                  P(t, `name`),
                    n = n.querySelectorAll(`input[name="` + St(`` + t) + `"][type="radio"]`),
                    t = 0;
                  t < n.length;
                  t++
                ) {
                  var r = n[t];
                  if (r !== e && r.form === e.form) {
                    var i = r[Gh] || null;
                    if (!i)
                      throw Error(
                        'ReactDOMInput: Mixing React and non-React radio inputs with the same `name` is not supported.',
                      );
                    wt(
                      r,
                      i.value,
                      i.defaultValue,
                      i.defaultValue,
                      i.checked,
                      i.defaultChecked,
                      i.type,
                      i.name,
                    );
                  }
                }
                for (t = 0; t < n.length; t++) (r = n[t]), r.form === e.form && xt(r);
              }
              break;
            case `textarea`:
              Mt(e, n.value, n.defaultValue);
              break;
            case `select`:
              (t = n.value), t != null && kt(e, !!n.multiple, t, !1);
          }
        }
      }
      function vn(e, t, n) {
        if ($g) return e(t, n);
        $g = !0;
        try {
          return e(t);
        } finally {
          if (
            (($g = !1),
            (Zg !== null || Qg !== null) && (au(), Zg && ((t = Zg), (e = Qg), (Qg = Zg = null), _n(t), e)))
          )
            for (t = 0; t < e.length; t++) _n(e[t]);
        }
      }
      function yn(e, t) {
        var n = e.stateNode;
        if (n === null) return null;
        var r = n[Gh] || null;
        if (r === null) return null;
        n = r[t];
        switch (t) {
          case `onClick`:
          case `onClickCapture`:
          case `onDoubleClick`:
          case `onDoubleClickCapture`:
          case `onMouseDown`:
          case `onMouseDownCapture`:
          case `onMouseMove`:
          case `onMouseMoveCapture`:
          case `onMouseUp`:
          case `onMouseUpCapture`:
          case `onMouseEnter`:
            (r = !r.disabled) ||
              ((e = e.type), (r = e !== `button` && e !== `input` && e !== `select` && e !== `textarea`)),
              (e = !r);
            break;
          default:
            e = !1;
        }
        if (e) return null;
        if (n && typeof n != `function`)
          throw Error(
            'Expected `' + t + '` listener to be a function, instead got a value of `' + typeof n + '` type.',
          );
        return n;
      }
      function bn() {
        if (a_) return a_;
        var e,
          t = i_,
          n = t.length,
          r,
          i = `value` in r_ ? r_.value : r_.textContent,
          a = i.length;
        for (e = 0; e < n && t[e] === i[e]; e++);
        var o = n - e;
        for (r = 1; r <= o && t[n - r] === i[a - r]; r++);
        return (a_ = i.slice(e, 1 < r ? 1 - r : void 0));
      }
      function xn(e) {
        var t = e.keyCode;
        return (
          `charCode` in e ? ((e = e.charCode), e === 0 && t === 13 && (e = 13)) : (e = t),
          e === 10 && (e = 13),
          32 <= e || e === 13 ? e : 0
        );
      }
      function Sn() {
        return !0;
      }
      function Cn() {
        return !1;
      }
      function wn(e) {
        function t(t, n, r, i, a) {
          for (var o in ((this._reactName = t),
          (this._targetInst = r),
          (this.type = n),
          (this.nativeEvent = i),
          (this.target = a),
          (this.currentTarget = null),
          e))
            Object.hasOwn(e, o) && ((t = e[o]), (this[o] = t ? t(i) : i[o]));
          return (
            (this.isDefaultPrevented = (
              i.defaultPrevented == null
                ? !1 === i.returnValue
                : i.defaultPrevented
            )
              ? Sn
              : Cn),
            (this.isPropagationStopped = Cn),
            this
          );
        }
        return (
          B(t.prototype, {
            preventDefault: function () {
              this.defaultPrevented = !0;
              var e = this.nativeEvent;
              e &&
                (e.preventDefault
                  ? e.preventDefault()
                  : typeof e.returnValue != `unknown` && (e.returnValue = !1),
                (this.isDefaultPrevented = Sn));
            },
            stopPropagation: function () {
              var e = this.nativeEvent;
              e &&
                (e.stopPropagation
                  ? e.stopPropagation()
                  : typeof e.cancelBubble != `unknown` && (e.cancelBubble = !0),
                (this.isPropagationStopped = Sn));
            },
            persist: () => {},
            isPersistent: Sn,
          }),
          t
        );
      }
      function Tn(e) {
        var t = this.nativeEvent;
        return t.getModifierState ? t.getModifierState(e) : (e = C_[e]) ? !!t[e] : !1;
      }
      function En() {
        return Tn;
      }
      function Dn(e, t) {
        switch (e) {
          case `keyup`:
            return j_.indexOf(t.keyCode) !== -1;
          case `keydown`:
            return t.keyCode !== M_;
          case `keypress`:
          case `mousedown`:
          case `focusout`:
            return !0;
          default:
            return !1;
        }
      }
      function On(e) {
        return ((e = e.detail), typeof e == `object` && `data` in e ? e.data : null);
      }
      function kn(e, t) {
        switch (e) {
          case `compositionend`:
            return On(t);
          case `keypress`:
            return t.which === L_ ? ((z_ = !0), R_) : null;
          case `textInput`:
            return ((e = t.data), e === R_ && z_ ? null : e);
          default:
            return null;
        }
      }
      function An(e, t) {
        if (B_)
          return e === `compositionend` || (!N_ && Dn(e, t))
            ? ((e = bn()), (a_ = i_ = r_ = null), (B_ = !1), e)
            : null;
        switch (e) {
          case `paste`:
            return null;
          case `keypress`:
            if (!(t.ctrlKey || t.altKey || t.metaKey) || (t.ctrlKey && t.altKey)) {
              if (t.char && 1 < t.char.length) return t.char;
              if (t.which) return String.fromCharCode(t.which);
            }
            return null;
          case `compositionend`:
            return I_ && t.locale !== `ko` ? null : t.data;
          default:
            return null;
        }
      }
      function jn(e) {
        var t = e && e.nodeName && e.nodeName.toLowerCase();
        return t === `input` ? !!V_[e.type] : t === `textarea`;
      }
      function Mn(e) {
        if (!e_) return !1;
        e = `on` + e;
        var t = e in document;
        return (
          (t ||=
            ((t = document.createElement(`div`)), t.setAttribute(e, `return;`), typeof t[e] == `function`)),
          t
        );
      }
      function Nn(e, t, n, r) {
        Zg ? (Qg ? Qg.push(r) : (Qg = [r])) : (Zg = r),
          (t = _d(t, `onChange`)),
          0 < t.length &&
            ((n = new s_(`onChange`, `change`, null, n, r)), e.push({ event: n, listeners: t }));
      }
      function Pn(e) {
        dd(e, 0);
      }
      function Fn(e) {
        if (xt(at(e))) return e;
      }
      function In(e, t) {
        if (e === `change`) return t;
      }
      function Ln() {
        H_ && (H_.detachEvent(`onpropertychange`, Rn), (U_ = H_ = null));
      }
      function Rn(e) {
        if (e.propertyName === `value` && Fn(U_)) {
          var t = [];
          Nn(t, U_, e, gn(e)), vn(Pn, t);
        }
      }
      function zn(e, t, n) {
        e === `focusin`
          ? (Ln(), (H_ = t), (U_ = n), H_.attachEvent(`onpropertychange`, Rn))
          : e === `focusout` && Ln();
      }
      function Bn(e) {
        if (e === `selectionchange` || e === `keyup` || e === `keydown`) return Fn(U_);
      }
      function Vn(e, t) {
        if (e === `click`) return Fn(t);
      }
      function Hn(e, t) {
        if (e === `input` || e === `change`) return Fn(t);
      }
      function Un(e, t) {
        return (e === t && (e !== 0 || 1 / e == 1 / t)) || (e !== e && t !== t);
      }
      function Wn(e, t) {
        if (G_(e, t)) return !0;
        if (typeof e != `object` || !e || typeof t != `object` || !t) return !1;
        var n = Object.keys(e),
          r = Object.keys(t);
        if (n.length !== r.length) return !1;
        for (r = 0; r < n.length; r++) {
          var i = n[r];
          if (!hh.call(t, i) || !G_(e[i], t[i])) return !1;
        }
        return !0;
      }
      function Gn(e) {
        if (((e ||= typeof document < `u` ? document : void 0), e === void 0)) return null;
        try {
          return e.activeElement || e.body;
        } catch {
          return e.body;
        }
      }
      function Kn(e) {
        for (; e && e.firstChild; ) e = e.firstChild;
        return e;
      }
      function qn(e, t) {
        var n = Kn(e);
        e = 0;
        for (var r; n; ) {
          if (n.nodeType === 3) {
            if (((r = e + n.textContent.length), e <= t && r >= t)) return { node: n, offset: t - e };
            e = r;
          }
          a: {
            for (; n; ) {
              if (n.nextSibling) {
                n = n.nextSibling;
                break a;
              }
              n = n.parentNode;
            }
            n = void 0;
          }
          n = Kn(n);
        }
      }
      function Jn(e, t) {
        return e && t
          ? e === t
            ? !0
            : e && e.nodeType === 3
              ? !1
              : t && t.nodeType === 3
                ? Jn(e, t.parentNode)
                : `contains` in e
                  ? e.contains(t)
                  : e.compareDocumentPosition
                    ? !!(e.compareDocumentPosition(t) & 16)
                    : !1
          : !1;
      }
      function Yn(e) {
        e =
          e != null && e.ownerDocument != null && e.ownerDocument.defaultView != null
            ? e.ownerDocument.defaultView
            : window;
        for (var t = Gn(e.document); t instanceof e.HTMLIFrameElement; ) {
          try {
            var n = typeof t.contentWindow.location.href == `string`;
          } catch {
            n = !1;
          }
          if (n) e = t.contentWindow;
          else break;
          t = Gn(e.document);
        }
        return t;
      }
      function Xn(e) {
        var t = e && e.nodeName && e.nodeName.toLowerCase();
        return (
          t &&
          ((t === `input` &&
            (e.type === `text` ||
              e.type === `search` ||
              e.type === `tel` ||
              e.type === `url` ||
              e.type === `password`)) ||
            t === `textarea` ||
            e.contentEditable === `true`)
        );
      }
      function Zn(e, t, n) {
        var r = n.window === n ? n.document : n.nodeType === 9 ? n : n.ownerDocument;
        X_ ||
          q_ == null ||
          q_ !== Gn(r) ||
          ((r = q_),
          `selectionStart` in r && Xn(r)
            ? (r = { start: r.selectionStart, end: r.selectionEnd })
            : ((r = ((r.ownerDocument && r.ownerDocument.defaultView) || window).getSelection()),
              (r = {
                anchorNode: r.anchorNode,
                anchorOffset: r.anchorOffset,
                focusNode: r.focusNode,
                focusOffset: r.focusOffset,
              })),
          (Y_ && Wn(Y_, r)) ||
            ((Y_ = r),
            (r = _d(J_, `onSelect`)),
            0 < r.length &&
              ((t = new s_(`onSelect`, `select`, null, t, n)),
              e.push({ event: t, listeners: r }),
              (t.target = q_))));
      }
      function Qn(e, t) {
        var n = {};
        return (
          (n[e.toLowerCase()] = t.toLowerCase()),
          (n[`Webkit` + e] = `webkit` + t),
          (n[`Moz` + e] = `moz` + t),
          n
        );
      }
      function $n(e) {
        if (Q_[e]) return Q_[e];
        if (!Z_[e]) return e;
        var t = Z_[e],
          n;
        for (n in t) if (Object.hasOwn(t, n) && n in $_) return (Q_[e] = t[n]);
        return e;
      }
      function er(e, t) {
        sv.set(e, t), lt(t, [e]);
      }
      function tr(e, t) {
        if (e.name != null && e.name !== `auto`) return e.name;
        if (t.autoName !== null) return t.autoName;
        e = iw.identifierPrefix;
        var n = lv++;
        return ((e = `_` + e + `t_` + n.toString(32) + `_`), (t.autoName = e));
      }
      function nr(e) {
        if (e == null || typeof e == `string`) return e;
        var t = null,
          n = pw;
        if (n !== null)
          for (var r = 0; r < n.length; r++) {
            var i = e[n[r]];
            if (i != null) {
              if (i === `none`) return `none`;
              t = t == null ? i : t + (` ` + i);
            }
          }
        return t ?? e.default;
      }
      function rr(e, t) {
        return ((e = nr(e)), (t = nr(t)), t == null ? (e === `auto` ? null : e) : t === `auto` ? null : t);
      }
      function ir(e) {
        for (var t = gv, n = 0; n < e.length && n < bv; n++) {
          var r = e[n];
          if (typeof r == `object` && r) {
            if (Gm(r) && r.length === 2 && typeof r[0] == `string`) {
              if (t !== gv && t !== yv) return _v;
              t = yv;
            } else return _v;
          } else {
            if (
              typeof r == `function` ||
              (typeof r == `string` && 50 < r.length) ||
              (t !== gv && t !== vv) ||
              typeof r == `bigint`
            )
              return _v;
            t = vv;
          }
        }
        return t;
      }
      function ar(e, t, n, r) {
        if (!ArrayBuffer.isView(e)) {
          var i = 0,
            a;
          for (a in e)
            if (hh.call(e, a) && a[0] !== `_` && (i++, sr(a, e[a], t, n, r), i >= bv)) {
              t.push([
                r +
                  `\xA0\xA0`.repeat(n) +
                  `Only ` +
                  bv +
                  ` properties are shown. React will not log more properties of this object.`,
                ``,
              ]);
              break;
            }
        }
      }
      function or(e) {
        return `$$typeof` in e && hh.call(e, `$$typeof`) ? e.$$typeof : void 0;
      }
      function sr(e, t, n, r, i) {
        switch (typeof t) {
          case `object`:
            if (t === null) {
              t = `null`;
              break;
            }
            if (or(t) === Em) {
              var a = k(t.type) || `…`,
                o = t.key;
              t = t.props;
              var s = Object.keys(t),
                c = s.length;
              if (o == null && c === 0) {
                t = `<` + a + ` />`;
                break;
              }
              if (3 > r || (c === 1 && s[0] === `children` && o == null)) {
                t = `<` + a + ` … />`;
                break;
              }
              for (var l in (n.push([i + `\xA0\xA0`.repeat(r) + e, `<` + a]),
              o !== null && sr(`key`, o, n, r + 1, i),
              (e = !1),
              (o = 0),
              t))
                if (
                  (o++,
                  l === `children`
                    ? t.children != null && (!Gm(t.children) || 0 < t.children.length) && (e = !0)
                    : hh.call(t, l) && l[0] !== `_` && sr(l, t[l], n, r + 1, i),
                  o >= bv)
                )
                  break;
              n.push([``, e ? `>…</` + a + `>` : `/>`]);
              return;
            }
            if (
              ((a = Object.prototype.toString.call(t)), (a = a.slice(8, a.length - 1)), ArrayBuffer.isView(t))
            ) {
              (t = t.length), (t = typeof t == `number` ? a + `(` + t + `)` : a);
              break;
            }
            if (a === `Array`) {
              if (((l = t.length > bv), (o = ir(t)), o === vv || o === gv)) {
                t = JSON.stringify(l ? t.slice(0, bv).concat(`…`) : t);
                break;
              }
              if (o === yv) {
                for (n.push([i + `\xA0\xA0`.repeat(r) + e, ``]), e = 0; e < t.length && e < bv; e++)
                  (a = t[e]), sr(a[0], a[1], n, r + 1, i);
                l && sr(bv.toString(), `…`, n, r + 1, i);
                return;
              }
            }
            if (a === `Promise`) {
              if (t.status === `fulfilled`) {
                if (((a = n.length), sr(e, t.value, n, r, i), n.length > a)) {
                  (n = n[a]), (n[1] = `Promise<` + (n[1] || `Object`) + `>`);
                  return;
                }
              } else if (
                t.status === `rejected` &&
                ((a = n.length), sr(e, t.reason, n, r, i), n.length > a)
              ) {
                (n = n[a]), (n[1] = `Rejected Promise<` + n[1] + `>`);
                return;
              }
              n.push([`\xA0\xA0`.repeat(r) + e, `Promise`]);
              return;
            }
            a === `Object` &&
              (l = Object.getPrototypeOf(t)) &&
              typeof l.constructor == `function` &&
              (a = l.constructor.name),
              n.push([i + `\xA0\xA0`.repeat(r) + e, a === `Object` ? (3 > r ? `` : `…`) : a]),
              3 > r && ar(t, n, r + 1, i);
            return;
          case `function`:
            (t = t.name), (t = t === `` || typeof t != `string` ? `() => {}` : t + `() {}`);
            break;
          case `string`:
            t = t === hv ? `…` : JSON.stringify(1024 <= t.length ? t.slice(0, 1023) + `…` : t);
            break;
          case `undefined`:
            t = `undefined`;
            break;
          case `boolean`:
            t = t ? `true` : `false`;
            break;
          default:
            t = String(t);
        }
        n.push([i + `\xA0\xA0`.repeat(r) + e, t]);
      }
      function cr(e, t, n, r) {
        var i = !0,
          a = 0;
        for (s in e) {
          if (a > bv) {
            n.push([
              `Previous object has more than ` +
                bv +
                ` properties. React will not attempt to diff objects with too many properties.`,
              ``,
            ]),
              (i = !1);
            break;
          }
          s in t || (n.push([xv + `\xA0\xA0`.repeat(r) + s, `…`]), (i = !1)), a++;
        }
        for (var o in ((a = 0), t)) {
          if (a > bv) {
            n.push([
              `Next object has more than ` +
                bv +
                ` properties. React will not attempt to diff objects with too many properties.`,
              ``,
            ]),
              (i = !1);
            break;
          }
          if (o in e) {
            var s = e[o],
              c = t[o];
            if (s !== c) {
              if (r === 0 && o === `children`) {
                (i = `\xA0\xA0`.repeat(r) + o), n.push([xv + i, `…`], [Sv + i, `…`]), (i = !1);
                continue;
              }
              if (!(3 <= r)) {
                if (
                  typeof s == `object` &&
                  typeof c == `object` &&
                  s !== null &&
                  c !== null &&
                  or(s) === or(c)
                ) {
                  if (or(c) === Em) {
                    if (s.type === c.type && s.key === c.key) {
                      (s = k(c.type) || `…`),
                        (i = `\xA0\xA0`.repeat(r) + o),
                        (s = `<` + s + ` … />`),
                        n.push([xv + i, s], [Sv + i, s]),
                        (i = !1);
                      continue;
                    }
                  } else {
                    var l = Object.prototype.toString.call(s),
                      u = Object.prototype.toString.call(c);
                    if (l === u && (u === `[object Object]` || u === `[object Array]`)) {
                      (l = [Cv + `\xA0\xA0`.repeat(r) + o, u === `[object Array]` ? `Array` : ``]),
                        n.push(l),
                        (u = n.length),
                        cr(s, c, n, r + 1)
                          ? u === n.length &&
                            (l[1] = `Referentially unequal but deeply equal objects. Consider memoization.`)
                          : (i = !1);
                      continue;
                    }
                  }
                } else if (
                  typeof s == `function` &&
                  typeof c == `function` &&
                  s.name === c.name &&
                  s.length === c.length &&
                  ((l = Function.prototype.toString.call(s)),
                  (u = Function.prototype.toString.call(c)),
                  l === u)
                ) {
                  (s = c.name === `` ? `() => {}` : c.name + `() {}`),
                    n.push([
                      Cv + `\xA0\xA0`.repeat(r) + o,
                      s + ` Referentially unequal function closure. Consider memoization.`,
                    ]);
                  continue;
                }
              }
              sr(o, s, n, r, xv), sr(o, c, n, r, Sv), (i = !1);
            }
          } else n.push([Sv + `\xA0\xA0`.repeat(r) + o, `…`]), (i = !1);
          a++;
        }
        return i;
      }
      function lr(e) {
        U =
          e & 63
            ? `Blocking`
            : e & 64
              ? `Gesture`
              : e & 4194176
                ? `Transition`
                : e & 62914560
                  ? `Suspense`
                  : e & 2080374784
                    ? `Idle`
                    : `Other`;
      }
      function ur(e, t, n, r) {
        wv &&
          ((Ov.start = t),
          (Ov.end = n),
          (Dv.color = `warning`),
          (Dv.tooltipText = r),
          (Dv.properties = null),
          (e = e._debugTask)
            ? e.run(performance.measure.bind(performance, r, Ov))
            : performance.measure(r, Ov),
          performance.clearMeasures(r));
      }
      function dr(e, t, n) {
        ur(e, t, n, `Reconnect`);
      }
      function fr(e, t, n, r, i) {
        var a = A(e);
        if (a !== null && wv) {
          var o = e.alternate,
            s = e.actualDuration;
          if (o === null || o.child !== e.child)
            for (var c = e.child; c !== null; c = c.sibling) s -= c.actualDuration;
          s =
            0.5 > s
              ? r
                ? `tertiary-light`
                : `primary-light`
              : 10 > s
                ? r
                  ? `tertiary`
                  : `primary`
                : 100 > s
                  ? r
                    ? `tertiary-dark`
                    : `primary-dark`
                  : `error`;
          var l = e.memoizedProps;
          (r = e._debugTask),
            l !== null && o !== null && o.memoizedProps !== l
              ? ((c = [kv]),
                (l = cr(o.memoizedProps, l, c, 0)),
                1 < c.length
                  ? (l && !Ev && (o.lanes & i) === 0 && 100 < e.actualDuration
                      ? ((Ev = !0), (c[0] = jv), (Dv.color = `warning`), (Dv.tooltipText = Av))
                      : ((Dv.color = s), (Dv.tooltipText = a)),
                    (Dv.properties = c),
                    (Ov.start = t),
                    (Ov.end = n),
                    (e = `​` + a),
                    r == null
                      ? performance.measure(e, Ov)
                      : r.run(performance.measure.bind(performance, e, Ov)),
                    performance.clearMeasures(e))
                  : r == null
                    ? console.timeStamp(a, t, n, Tv, void 0, s)
                    : r.run(console.timeStamp.bind(console, a, t, n, Tv, void 0, s)))
              : r == null
                ? console.timeStamp(a, t, n, Tv, void 0, s)
                : r.run(console.timeStamp.bind(console, a, t, n, Tv, void 0, s));
        }
      }
      function pr(e, t, n, r) {
        if (wv) {
          var i = A(e);
          if (i !== null) {
            for (var a = null, o = [], s = 0; s < r.length; s++) {
              var c = r[s];
              a == null && c.source !== null && (a = c.source._debugTask),
                (c = c.value),
                o.push([
                  `Error`,
                  typeof c == `object` && c && typeof c.message == `string` ? String(c.message) : String(c),
                ]);
            }
            e.key !== null && sr(`key`, e.key, o, 0, ``),
              e.memoizedProps !== null && ar(e.memoizedProps, o, 0, ``),
              (a ??= e._debugTask),
              (e = {
                start: t,
                end: n,
                detail: {
                  devtools: {
                    color: `error`,
                    track: Tv,
                    tooltipText: e.tag === 13 ? `Hydration failed` : `Error boundary caught an error`,
                    properties: o,
                  },
                },
              }),
              (i = `​` + i),
              a ? a.run(performance.measure.bind(performance, i, e)) : performance.measure(i, e),
              performance.clearMeasures(i);
          }
        }
      }
      function mr(e, t, n, r, i) {
        if (i !== null) {
          if (wv) {
            var a = A(e);
            if (a !== null) {
              r = [];
              for (var o = 0; o < i.length; o++) {
                var s = i[o].value;
                r.push([
                  `Error`,
                  typeof s == `object` && s && typeof s.message == `string` ? String(s.message) : String(s),
                ]);
              }
              e.key !== null && sr(`key`, e.key, r, 0, ``),
                e.memoizedProps !== null && ar(e.memoizedProps, r, 0, ``),
                (t = {
                  start: t,
                  end: n,
                  detail: {
                    devtools: {
                      color: `error`,
                      track: Tv,
                      tooltipText: `A lifecycle or effect errored`,
                      properties: r,
                    },
                  },
                }),
                (e = e._debugTask),
                (n = `​` + a),
                e ? e.run(performance.measure.bind(performance, n, t)) : performance.measure(n, t),
                performance.clearMeasures(n);
            }
          }
        } else
          (a = A(e)),
            a !== null &&
              wv &&
              ((i = 1 > r ? `secondary-light` : 100 > r ? `secondary` : 500 > r ? `secondary-dark` : `error`),
              (e = e._debugTask)
                ? e.run(console.timeStamp.bind(console, a, t, n, Tv, void 0, i))
                : console.timeStamp(a, t, n, Tv, void 0, i));
      }
      function hr(e, t, n, r) {
        !wv ||
          t <= e ||
          ((n = (n & 738197653) === n ? `tertiary-dark` : `primary-dark`),
          r
            ? r.run(console.timeStamp.bind(console, `Prewarm`, e, t, U, H, n))
            : console.timeStamp(`Prewarm`, e, t, U, H, n));
      }
      function gr(e, t, n, r) {
        !wv ||
          t <= e ||
          ((n = (n & 738197653) === n ? `tertiary-dark` : `primary-dark`),
          r
            ? r.run(console.timeStamp.bind(console, `Suspended`, e, t, U, H, n))
            : console.timeStamp(`Suspended`, e, t, U, H, n));
      }
      function _r(e, t, n, r) {
        !wv ||
          t <= e ||
          (r
            ? r.run(console.timeStamp.bind(console, `Errored`, e, t, U, H, `error`))
            : console.timeStamp(`Errored`, e, t, U, H, `error`));
      }
      function vr(e, t, n, r) {
        !wv ||
          t <= e ||
          (r
            ? r.run(console.timeStamp.bind(console, n, e, t, U, H, `secondary-light`))
            : console.timeStamp(n, e, t, U, H, `secondary-light`));
      }
      function yr(e, t, n, r, i) {
        if (wv && !(t <= e)) {
          for (var a = [], o = 0; o < n.length; o++) {
            var s = n[o].value;
            a.push([
              `Error`,
              typeof s == `object` && s && typeof s.message == `string` ? String(s.message) : String(s),
            ]);
          }
          (e = {
            start: e,
            end: t,
            detail: {
              devtools: {
                color: `error`,
                track: U,
                trackGroup: H,
                tooltipText: r ? `Remaining Effects Errored` : `Commit Errored`,
                properties: a,
              },
            },
          }),
            i
              ? i.run(performance.measure.bind(performance, `Errored`, e))
              : performance.measure(`Errored`, e),
            performance.clearMeasures(`Errored`);
        }
      }
      function br(e, t, n, r, i) {
        n === null
          ? !wv ||
            t <= e ||
            (i
              ? i.run(
                  console.timeStamp.bind(
                    console,
                    r ? `Commit Interrupted View Transition` : `Commit`,
                    e,
                    t,
                    U,
                    H,
                    r ? `error` : `secondary-dark`,
                  ),
                )
              : console.timeStamp(
                  r ? `Commit Interrupted View Transition` : `Commit`,
                  e,
                  t,
                  U,
                  H,
                  r ? `error` : `secondary-dark`,
                ))
          : yr(e, t, n, !1, i);
      }
      function xr(e, t, n) {
        !wv ||
          t <= e ||
          (n
            ? n.run(console.timeStamp.bind(console, `Animating`, e, t, U, H, `secondary-dark`))
            : console.timeStamp(`Animating`, e, t, U, H, `secondary-dark`));
      }
      function Sr() {
        for (var e = Fv, t = (Iv = Fv = 0); t < e; ) {
          var n = Pv[t];
          Pv[t++] = null;
          var r = Pv[t];
          Pv[t++] = null;
          var i = Pv[t];
          Pv[t++] = null;
          var a = Pv[t];
          if (((Pv[t++] = null), r !== null && i !== null)) {
            var o = r.pending;
            o === null ? (i.next = i) : ((i.next = o.next), (o.next = i)), (r.pending = i);
          }
          a !== 0 && Er(n, i, a);
        }
      }
      function Cr(e, t, n, r) {
        (Pv[Fv++] = e),
          (Pv[Fv++] = t),
          (Pv[Fv++] = n),
          (Pv[Fv++] = r),
          (Iv |= r),
          (e.lanes |= r),
          (e = e.alternate),
          e !== null && (e.lanes |= r);
      }
      function wr(e, t, n, r) {
        return (Cr(e, t, n, r), Dr(e));
      }
      function Tr(e, t) {
        return (Cr(e, null, null, t), Dr(e));
      }
      function Er(e, t, n) {
        e.lanes |= n;
        var r = e.alternate;
        r !== null && (r.lanes |= n);
        for (var i = !1, a = e.return; a !== null; )
          (a.childLanes |= n),
            (r = a.alternate),
            r !== null && (r.childLanes |= n),
            a.tag === 22 && ((e = a.stateNode), e === null || e._visibility & Mv || (i = !0)),
            (e = a),
            (a = a.return);
        return e.tag === 3
          ? ((a = e.stateNode),
            i &&
              t !== null &&
              ((i = 31 - Nh(n)),
              (e = a.hiddenUpdates),
              (r = e[i]),
              r === null ? (e[i] = [t]) : r.push(t),
              (t.lane = n | 536870912)),
            a)
          : null;
      }
      function Dr(e) {
        if (vw > _w)
          throw (
            (Cw = vw = 0),
            (ww = yw = null),
            Error(
              `Maximum update depth exceeded. This can happen when a component repeatedly calls setState inside componentWillUpdate or componentDidUpdate. React limits the number of nested updates to prevent infinite loops.`,
            )
          );
        Cw > Sw &&
          ((Cw = 0),
          (ww = null),
          console.error(
            `Maximum update depth exceeded. This can happen when a component calls setState inside useEffect, but useEffect either doesn't have a dependency array, or one of the dependencies changes on every render.`,
          )),
          e.alternate === null && e.flags & 4098 && Ju(e);
        for (var t = e, n = t.return; n !== null; )
          t.alternate === null && t.flags & 4098 && Ju(e), (t = n), (n = t.return);
        return t.tag === 3 ? t.stateNode : null;
      }
      function Or(e) {
        if (Rv === null) return e;
        var t = Rv(e);
        return t === void 0 ? e : t.current;
      }
      function kr(e, t) {
        if (Rv === null) return !1;
        var n = Rv,
          r = e.elementType;
        t = t.type;
        var i = !1,
          a = typeof t == `object` && t ? t.$$typeof : null;
        switch (e.tag) {
          case 1:
            typeof t == `function` && (i = !0);
            break;
          case 0:
            (typeof t == `function` || a === Lm) && (i = !0);
            break;
          case 11:
            (a === Nm || a === Lm) && (i = !0);
            break;
          case 14:
          case 15:
            (a === Im || a === Lm) && (i = !0);
            break;
          default:
            return !1;
        }
        return !!(i && ((e = n(r)), e !== void 0 && e === n(t)));
      }
      function Ar(e) {
        Rv !== null && typeof WeakSet == `function` && (zv === null && (zv = new WeakSet()), zv.add(e));
      }
      function jr(e, t, n) {
        do {
          var r = e,
            i = r.alternate,
            a = r.child,
            o = r.sibling,
            s = r.tag,
            c = r.type,
            l = r.elementType,
            u = null;
          switch (((r = null), s)) {
            case 0:
            case 1:
              u = c;
              break;
            case 15:
              (u = c), (r = l);
              break;
            case 14:
              r = l;
              break;
            case 11:
              (u = c.render), (r = l);
          }
          if (Rv === null) throw Error(`Expected resolveFamily to be set during hot reload.`);
          var d = Rv;
          if (
            ((c = l = !1),
            u !== null &&
              ((u = d(u)),
              u !== void 0 && (n.has(u) ? (c = !0) : t.has(u) && (s === 1 ? (c = !0) : (l = !0)))),
            c ||
              r === null ||
              ((s = d(r)),
              s !== void 0 && n.has(s)
                ? (c = !0)
                : typeof r == `object` &&
                  r.$$typeof === Lm &&
                  ((s = r._payload),
                  s._status === 1 && ((s = d(s._result.default)), s !== void 0 && n.has(s) && (c = !0)))),
            zv !== null && (zv.has(e) || (i !== null && zv.has(i))) && (c = !0),
            c && (e._debugNeedsRemount = !0),
            (c || l) && ((i = Tr(e, 2)), i !== null && eu(i, e, 2)),
            a === null || c || jr(a, t, n),
            o === null)
          )
            break;
          e = o;
        } while (1);
      }
      function Mr(e, t, n, r) {
        (this.tag = e),
          (this.key = n),
          (this.sibling = this.child = this.return = this.stateNode = this.type = this.elementType = null),
          (this.index = 0),
          (this.refCleanup = this.ref = null),
          (this.pendingProps = t),
          (this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null),
          (this.mode = r),
          (this.subtreeFlags = this.flags = 0),
          (this.deletions = null),
          (this.childLanes = this.lanes = 0),
          (this.alternate = null),
          (this.actualDuration = -0),
          (this.actualStartTime = -1.1),
          (this.treeBaseDuration = this.selfBaseDuration = -0),
          (this._debugTask = this._debugStack = this._debugOwner = this._debugInfo = null),
          (this._debugNeedsRemount = !1),
          (this._debugHookTypes = null),
          Wv || typeof Object.preventExtensions != `function` || Object.preventExtensions(this);
      }
      function Nr(e) {
        return ((e = e.prototype), !(!e || !e.isReactComponent));
      }
      function Pr(e, t) {
        var n = e.alternate;
        switch (
          (n === null
            ? ((n = m(e.tag, t, e.key, e.mode)),
              (n.elementType = e.elementType),
              (n.type = e.type),
              (n.stateNode = e.stateNode),
              (n._debugOwner = e._debugOwner),
              (n._debugStack = e._debugStack),
              (n._debugTask = e._debugTask),
              (n._debugHookTypes = e._debugHookTypes),
              (n.alternate = e),
              (e.alternate = n))
            : ((n.pendingProps = t),
              (n.type = e.type),
              (n.flags = 0),
              (n.subtreeFlags = 0),
              (n.deletions = null),
              (n.actualDuration = -0),
              (n.actualStartTime = -1.1)),
          (n.flags = e.flags & 1206910976),
          (n.childLanes = e.childLanes),
          (n.lanes = e.lanes),
          (n.child = e.child),
          (n.memoizedProps = e.memoizedProps),
          (n.memoizedState = e.memoizedState),
          (n.updateQueue = e.updateQueue),
          (t = e.dependencies),
          (n.dependencies =
            t === null
              ? null
              : { lanes: t.lanes, firstContext: t.firstContext, _debugThenableState: t._debugThenableState }),
          (n.sibling = e.sibling),
          (n.index = e.index),
          (n.ref = e.ref),
          (n.refCleanup = e.refCleanup),
          (n.selfBaseDuration = e.selfBaseDuration),
          (n.treeBaseDuration = e.treeBaseDuration),
          (n._debugInfo = e._debugInfo),
          (n._debugNeedsRemount = e._debugNeedsRemount),
          n.tag)
        ) {
          case 0:
          case 15:
          case 14:
          case 1:
          case 11:
            n.type = Or(e.type);
        }
        return n;
      }
      function Fr(e, t) {
        e.flags &= 1206910978;
        var n = e.alternate;
        return (
          n === null
            ? ((e.childLanes = 0),
              (e.lanes = t),
              (e.child = null),
              (e.subtreeFlags = 0),
              (e.memoizedProps = null),
              (e.memoizedState = null),
              (e.updateQueue = null),
              (e.dependencies = null),
              (e.stateNode = null),
              (e.selfBaseDuration = 0),
              (e.treeBaseDuration = 0))
            : ((e.childLanes = n.childLanes),
              (e.lanes = n.lanes),
              (e.child = n.child),
              (e.subtreeFlags = 0),
              (e.deletions = null),
              (e.memoizedProps = n.memoizedProps),
              (e.memoizedState = n.memoizedState),
              (e.updateQueue = n.updateQueue),
              (e.type = n.type),
              (t = n.dependencies),
              (e.dependencies =
                t === null
                  ? null
                  : {
                      lanes: t.lanes,
                      firstContext: t.firstContext,
                      _debugThenableState: t._debugThenableState,
                    }),
              (e.selfBaseDuration = n.selfBaseDuration),
              (e.treeBaseDuration = n.treeBaseDuration)),
          e
        );
      }
      function Ir(e, t, n, r, i, a) {
        var o = 0,
          s = Or(e);
        if (typeof s == `function`) Nr(s) && (o = 1);
        else if (typeof s == `string`)
          (o = me()), (o = Np(e, n, o) ? 26 : e === `html` || e === `head` || e === `body` ? 27 : 5);
        else
          a: switch (s) {
            case Rm:
              return ((t = m(31, n, t, i)), (t.elementType = Rm), (t.lanes = a), t);
            case Om:
              return Rr(n.children, i, a, t);
            case km:
              (o = 8), (i |= Vv), (i |= Hv);
              break;
            case Am:
              return (
                (e = n),
                (r = i),
                typeof e.id != `string` &&
                  console.error(
                    'Profiler must specify an "id" of type `string` as a prop. Received the type `%s` instead.',
                    typeof e.id,
                  ),
                (t = m(12, e, t, r | G)),
                (t.elementType = Am),
                (t.lanes = a),
                (t.stateNode = { effectDuration: 0, passiveEffectDuration: 0 }),
                t
              );
            case Pm:
              return ((t = m(13, n, t, i)), (t.elementType = Pm), (t.lanes = a), t);
            case Fm:
              return ((t = m(19, n, t, i)), (t.elementType = Fm), (t.lanes = a), t);
            case zm:
            case Vm:
              return (
                (e = i | Uv),
                (t = m(30, n, t, e)),
                (t.elementType = Vm),
                (t.lanes = a),
                (t.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
                t
              );
            default:
              if (typeof s == `object` && s)
                switch (s.$$typeof) {
                  case Mm:
                    o = 10;
                    break a;
                  case jm:
                    o = 9;
                    break a;
                  case Nm:
                    o = 11;
                    break a;
                  case Im:
                    o = 14;
                    break a;
                  case Lm:
                    (o = 16), (s = null);
                    break a;
                }
              (n = ``),
                (e === void 0 || (typeof e == `object` && e && Object.keys(e).length === 0)) &&
                  (n += ` You likely forgot to export your component from the file it's defined in, or you might have mixed up default and named imports.`),
                e === null
                  ? (s = `null`)
                  : Gm(e)
                    ? (s = `array`)
                    : e !== void 0 && e.$$typeof === Em
                      ? ((s = `<` + (k(e.type) || `Unknown`) + ` />`),
                        (n = ` Did you accidentally export a JSX literal instead of a component?`))
                      : (s = typeof e),
                (o = r ? ce(r) : null) &&
                  (n +=
                    `

Check the render method of \`` +
                    o +
                    '`.'),
                (o = 29),
                (n = Error(
                  `Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: ` +
                    (s + `.` + n),
                )),
                (s = null);
          }
        return (
          (t = m(o, n, t, i)), (t.elementType = e), (t.type = s), (t.lanes = a), (t._debugOwner = r), t
        );
      }
      function Lr(e, t, n) {
        return (
          (t = Ir(e.type, e.key, e.props, e._owner, t, n)),
          (t._debugOwner = e._owner),
          (t._debugStack = e._debugStack),
          (t._debugTask = e._debugTask),
          t
        );
      }
      function Rr(e, t, n, r) {
        return ((e = m(7, e, r, t)), (e.lanes = n), e);
      }
      function zr(e, t, n) {
        return ((e = m(6, e, null, t)), (e.lanes = n), e);
      }
      function Br(e) {
        var t = m(18, null, null, W);
        return ((t.stateNode = e), t);
      }
      function Vr(e, t, n) {
        return (
          (t = m(4, e.children === null ? [] : e.children, e.key, t)),
          (t.lanes = n),
          (t.stateNode = {
            containerInfo: e.containerInfo,
            pendingChildren: null,
            implementation: e.implementation,
          }),
          t
        );
      }
      function Hr(e, t) {
        if (typeof e == `object` && e) {
          var n = Gv.get(e);
          return n === void 0 ? ((t = { value: e, source: t, stack: we(t) }), Gv.set(e, t), t) : n;
        }
        return { value: e, source: t, stack: we(t) };
      }
      function Ur(e, t) {
        Yr(), (Kv[qv++] = Yv), (Kv[qv++] = Jv), (Jv = e), (Yv = t);
      }
      function Wr(e, t, n) {
        Yr(), (Xv[Zv++] = $v), (Xv[Zv++] = ey), (Xv[Zv++] = Qv), (Qv = e);
        var r = $v;
        e = ey;
        var i = 32 - Nh(r) - 1;
        (r &= ~(1 << i)), (n += 1);
        var a = 32 - Nh(t) + i;
        if (30 < a) {
          var o = i - (i % 5);
          (a = (r & ((1 << o) - 1)).toString(32)),
            (r >>= o),
            (i -= o),
            ($v = (1 << (32 - Nh(t) + i)) | (n << i) | r),
            (ey = a + e);
        } else ($v = (1 << a) | (n << i) | r), (ey = e);
      }
      function Gr(e) {
        Yr(), e.return !== null && (Ur(e, 1), Wr(e, 1, 0));
      }
      function Kr(e) {
        for (; e === Jv; ) (Jv = Kv[--qv]), (Kv[qv] = null), (Yv = Kv[--qv]), (Kv[qv] = null);
        for (; e === Qv; )
          (Qv = Xv[--Zv]),
            (Xv[Zv] = null),
            (ey = Xv[--Zv]),
            (Xv[Zv] = null),
            ($v = Xv[--Zv]),
            (Xv[Zv] = null);
      }
      function qr() {
        return (Yr(), Qv === null ? null : { id: $v, overflow: ey });
      }
      function Jr(e, t) {
        Yr(), (Xv[Zv++] = $v), (Xv[Zv++] = ey), (Xv[Zv++] = Qv), ($v = t.id), (ey = t.overflow), (Qv = e);
      }
      function Yr() {
        K || console.error(`Expected to be hydrating. This is a bug in React. Please file an issue.`);
      }
      function Xr(e, t) {
        if (e.return === null) {
          if (iy === null)
            iy = { fiber: e, children: [], serverProps: void 0, serverTail: [], distanceFromLeaf: t };
          else {
            if (iy.fiber !== e)
              throw Error(`Saw multiple hydration diff roots in a pass. This is a bug in React.`);
            iy.distanceFromLeaf > t && (iy.distanceFromLeaf = t);
          }
          return iy;
        }
        var n = Xr(e.return, t + 1).children;
        return 0 < n.length && n[n.length - 1].fiber === e
          ? ((n = n[n.length - 1]), n.distanceFromLeaf > t && (n.distanceFromLeaf = t), n)
          : ((t = { fiber: e, children: [], serverProps: void 0, serverTail: [], distanceFromLeaf: t }),
            n.push(t),
            t);
      }
      function Zr() {
        K && console.error(`We should not be hydrating here. This is a bug in React. Please file a bug.`);
      }
      function Qr(e, t) {
        ry || ((e = Xr(e, 0)), (e.serverProps = null), t !== null && ((t = ip(t)), e.serverTail.push(t)));
      }
      function $r(e) {
        var t = 1 < arguments.length && arguments[1] !== void 0 && arguments[1],
          n = ``,
          r = iy;
        throw (
          r !== null && ((iy = null), (n = Yt(r))),
          ai(
            Hr(
              Error(
                `Hydration failed because the server rendered ` +
                  (t ? `text` : `HTML`) +
                  ` didn't match the client. As a result this tree will be regenerated on the client. This can happen if a SSR-ed Client Component used:

- A server/client branch \`if (typeof window !== 'undefined')\`.
- Variable input such as \`Date.now()\` or \`Math.random()\` which changes each time it's called.
- Date formatting in a user's locale which doesn't match the server.
- External changing data without sending a snapshot of it along with the HTML.
- Invalid HTML tag nesting.

It can also happen if the client has a browser extension installed which messes with the HTML before React loaded.

https://react.dev/link/hydration-mismatch` +
                  n,
              ),
              e,
            ),
          ),
          sy
        );
      }
      function ei(e) {
        var t = e.stateNode,
          n = e.type,
          r = e.memoizedProps;
        switch (((t[Wh] = e), (t[Gh] = r), bd(n, r), n)) {
          case `dialog`:
            z(`cancel`, t), z(`close`, t);
            break;
          case `iframe`:
          case `object`:
          case `embed`:
            z(`load`, t);
            break;
          case `video`:
          case `audio`:
            for (n = 0; n < zw.length; n++) z(zw[n], t);
            break;
          case `source`:
            z(`error`, t);
            break;
          case `img`:
          case `image`:
          case `link`:
            z(`error`, t), z(`load`, t);
            break;
          case `details`:
            z(`toggle`, t);
            break;
          case `input`:
            dt(`input`, r),
              z(`invalid`, t),
              Ct(t, r),
              Tt(t, r.value, r.defaultValue, r.checked, r.defaultChecked, r.type, r.name, !0);
            break;
          case `option`:
            Dt(t, r);
            break;
          case `select`:
            dt(`select`, r), z(`invalid`, t), At(t, r);
            break;
          case `textarea`:
            dt(`textarea`, r), z(`invalid`, t), jt(t, r), Nt(t, r.value, r.defaultValue, r.children);
        }
        (n = r.children),
          (typeof n != `string` && typeof n != `number` && typeof n != `bigint`) ||
          t.textContent === `` + n ||
          !0 === r.suppressHydrationWarning ||
          Od(t.textContent, n)
            ? (r.popover != null && (z(`beforetoggle`, t), z(`toggle`, t)),
              r.onScroll != null && z(`scroll`, t),
              r.onScrollEnd != null && z(`scrollend`, t),
              r.onClick != null && (t.onclick = hn),
              (t = !0))
            : (t = !1),
          t || $r(e, !0);
      }
      function ti(e) {
        for (ty = e.return; ty; )
          switch (ty.tag) {
            case 5:
            case 31:
            case 13:
              oy = !1;
              return;
            case 27:
            case 3:
              oy = !0;
              return;
            default:
              ty = ty.return;
          }
      }
      function ni(e) {
        if (e !== ty) return !1;
        if (!K) return (ti(e), (K = !0), !1);
        var t = e.tag,
          n;
        if (
          ((n = t !== 3 && t !== 27) &&
            ((n = t === 5) &&
              ((n = e.type), (n = n === `form` || n === `button` || Xd(e.type, e.memoizedProps))),
            (n = !n)),
          n && ny)
        ) {
          for (n = ny; n; ) {
            var r = Xr(e, 0),
              i = ip(n);
            r.serverTail.push(i), (n = i.type === `Suspense` ? op(n) : rp(n.nextSibling));
          }
          $r(e);
        }
        if ((ti(e), t === 13)) {
          if (((e = e.memoizedState), (e = e === null ? null : e.dehydrated), !e))
            throw Error(
              `Expected to have a hydrated suspense instance. This error is likely caused by a bug in React. Please file an issue.`,
            );
          ny = op(e);
        } else if (t === 31) {
          if (((e = e.memoizedState), (e = e === null ? null : e.dehydrated), !e))
            throw Error(
              `Expected to have a hydrated suspense instance. This error is likely caused by a bug in React. Please file an issue.`,
            );
          ny = op(e);
        } else
          t === 27
            ? ((t = ny), cf(e.type) ? ((e = FT), (FT = null), (ny = e)) : (ny = t))
            : (ny = ty ? rp(e.stateNode.nextSibling) : null);
        return !0;
      }
      function ri() {
        (ny = ty = null), (ry = K = !1);
      }
      function ii() {
        var e = ay;
        return (e !== null && (LC === null ? (LC = e) : LC.push.apply(LC, e), (ay = null)), e);
      }
      function ai(e) {
        ay === null ? (ay = [e]) : ay.push(e);
      }
      function oi() {
        var e = iy;
        if (e !== null) {
          iy = null;
          for (var t = Yt(e); 0 < e.children.length; ) e = e.children[0];
          N(e.fiber, () => {
            console.error(
              `A tree hydrated but some attributes of the server rendered HTML didn't match the client properties. This won't be patched up. This can happen if a SSR-ed Client Component used:

- A server/client branch \`if (typeof window !== 'undefined')\`.
- Variable input such as \`Date.now()\` or \`Math.random()\` which changes each time it's called.
- Date formatting in a user's locale which doesn't match the server.
- External changing data without sending a snapshot of it along with the HTML.
- Invalid HTML tag nesting.

It can also happen if the client has a browser extension installed which messes with the HTML before React loaded.

%s%s`,
              `https://react.dev/link/hydration-mismatch`,
              t,
            );
          });
        }
      }
      function si() {
        (fy = dy = null), (py = !1);
      }
      function ci(e, t, n) {
        j(cy, t._currentValue, e),
          (t._currentValue = n),
          j(ly, t._currentRenderer, e),
          t._currentRenderer !== void 0 &&
            t._currentRenderer !== null &&
            t._currentRenderer !== uy &&
            console.error(
              `Detected multiple renderers concurrently rendering the same context provider. This is currently unsupported.`,
            ),
          (t._currentRenderer = uy);
      }
      function li(e, t) {
        e._currentValue = cy.current;
        var n = ly.current;
        ue(ly, t), (e._currentRenderer = n), ue(cy, t);
      }
      function ui(e, t, n) {
        for (; e !== null; ) {
          var r = e.alternate;
          if (
            ((e.childLanes & t) === t
              ? r !== null && (r.childLanes & t) !== t && (r.childLanes |= t)
              : ((e.childLanes |= t), r !== null && (r.childLanes |= t)),
            e === n)
          )
            break;
          e = e.return;
        }
        e !== n &&
          console.error(
            `Expected to find the propagation root when scheduling context work. This error is likely caused by a bug in React. Please file an issue.`,
          );
      }
      function di(e, t, n, r) {
        var i = e.child;
        for (i !== null && (i.return = e); i !== null; ) {
          var a = i.dependencies;
          if (a !== null) {
            var o = i.child;
            a = a.firstContext;
            a: for (; a !== null; ) {
              var s = a;
              a = i;
              for (var c = 0; c < t.length; c++)
                if (s.context === t[c]) {
                  (a.lanes |= n),
                    (s = a.alternate),
                    s !== null && (s.lanes |= n),
                    ui(a.return, n, e),
                    r || (o = null);
                  break a;
                }
              a = s.next;
            }
          } else if (i.tag === 18) {
            if (((o = i.return), o === null))
              throw Error(`We just came from a parent so we must have had a parent. This is a bug in React.`);
            (o.lanes |= n), (a = o.alternate), a !== null && (a.lanes |= n), ui(o, n, e), (o = null);
          } else
            i.tag === 13 && i.memoizedState !== null && i.memoizedState.dehydrated === null
              ? ((i.lanes |= n),
                (o = i.alternate),
                o !== null && (o.lanes |= n),
                ui(i.return, n, e),
                (o = i.child),
                (o = o === null ? null : o.sibling))
              : (o = i.child);
          if (o !== null) o.return = i;
          else
            for (o = i; o !== null; ) {
              if (o === e) {
                o = null;
                break;
              }
              if (((i = o.sibling), i !== null)) {
                (i.return = o.return), (o = i);
                break;
              }
              o = o.return;
            }
          i = o;
        }
      }
      function fi(e, t, n, r) {
        e = null;
        for (var i = t, a = !1; i !== null; ) {
          if (!a) {
            if (i.flags & 524288) a = !0;
            else if (i.flags & 262144) break;
          }
          if (i.tag === 10) {
            var o = i.alternate;
            if (o === null) throw Error(`Should have a current fiber. This is a bug in React.`);
            if (((o = o.memoizedProps), o !== null)) {
              var s = i.type;
              G_(i.pendingProps.value, o.value) || (e === null ? (e = [s]) : e.push(s));
            }
          } else if (i === eh.current) {
            if (((o = i.alternate), o === null))
              throw Error(`Should have a current fiber. This is a bug in React.`);
            o.memoizedState.memoizedState !== i.memoizedState.memoizedState &&
              (e === null ? (e = [$T]) : e.push($T));
          }
          i = i.return;
        }
        return (e !== null && di(t, e, n, r), (t.flags |= 262144), e !== null);
      }
      function pi(e) {
        for (e = e.firstContext; e !== null; ) {
          if (!G_(e.context._currentValue, e.memoizedValue)) return !0;
          e = e.next;
        }
        return !1;
      }
      function mi(e) {
        (dy = e), (fy = null), (e = e.dependencies), e !== null && (e.firstContext = null);
      }
      function hi(e) {
        return (
          py &&
            console.error(
              `Context can only be read while React is rendering. In classes, you can read it in the render method or getDerivedStateFromProps. In function components, you can read it directly in the function body, but not inside Hooks like useReducer() or useMemo().`,
            ),
          _i(dy, e)
        );
      }
      function gi(e, t) {
        return (dy === null && mi(e), _i(e, t));
      }
      function _i(e, t) {
        var n = t._currentValue;
        if (((t = { context: t, memoizedValue: n, next: null }), fy === null)) {
          if (e === null)
            throw Error(
              `Context can only be read while React is rendering. In classes, you can read it in the render method or getDerivedStateFromProps. In function components, you can read it directly in the function body, but not inside Hooks like useReducer() or useMemo().`,
            );
          (fy = t),
            (e.dependencies = { lanes: 0, firstContext: t, _debugThenableState: null }),
            (e.flags |= 524288);
        } else fy = fy.next = t;
        return n;
      }
      function vi() {
        return { controller: new my(), data: new Map(), refCount: 0 };
      }
      function yi(e) {
        e.controller.signal.aborted &&
          console.warn(
            `A cache instance was retained after it was already freed. This likely indicates a bug in React.`,
          ),
          e.refCount++;
      }
      function bi(e) {
        e.refCount--,
          0 > e.refCount &&
            console.warn(
              `A cache instance was released after it was already freed. This likely indicates a bug in React.`,
            ),
          e.refCount === 0 &&
            hy(gy, () => {
              e.controller.abort();
            });
      }
      function xi(e, t) {
        if (e.pendingLanes & 4194048) {
          var n = e.transitionTypes;
          for (n === null && (n = e.transitionTypes = []), e = 0; e < t.length; e++) {
            var r = t[e];
            n.indexOf(r) === -1 && n.push(r);
          }
        }
      }
      function Si(e) {
        var t = e.transitionTypes;
        return ((e.transitionTypes = null), t);
      }
      function Ci(e, t, n) {
        e & 127
          ? 0 > Ny &&
            ((Ny = yy()),
            (Py = by(t)),
            (Iy = t),
            n != null && (Ly = A(n)),
            (fC & (rC | iC)) !== nC && ((jy = !0), (Fy = xy)),
            (e = $d()),
            (t = Qd()),
            e !== By || t !== zy ? (By = -1.1) : t !== null && (Fy = xy),
            (Ry = e),
            (zy = t))
          : e & 4194048 &&
            0 > Wy &&
            ((Wy = yy()), (Ky = by(t)), (qy = t), n != null && (Jy = A(n)), 0 > Uy) &&
            ((e = $d()), (t = Qd()), (e !== Zy || t !== Xy) && (Zy = -1.1), (Yy = e), (Xy = t));
      }
      function wi(e) {
        if (0 > Ny) {
          (Ny = yy()),
            (Py = e._debugTask == null ? null : e._debugTask),
            (fC & (rC | iC)) !== nC && (Fy = xy);
          var t = $d(),
            n = Qd();
          t !== By || n !== zy ? (By = -1.1) : n !== null && (Fy = xy), (Ry = t), (zy = n);
        }
        0 > Wy &&
          ((Wy = yy()), (Ky = e._debugTask == null ? null : e._debugTask), 0 > Uy) &&
          ((e = $d()), (t = Qd()), (e !== Zy || t !== Xy) && (Zy = -1.1), (Yy = e), (Xy = t));
      }
      function Ti() {
        var e = Oy;
        return ((Oy = 0), e);
      }
      function Ei(e) {
        var t = Oy;
        return ((Oy = e), t);
      }
      function Di(e) {
        var t = Oy;
        return ((Oy += e), t);
      }
      function Oi() {
        J = q = -1.1;
      }
      function ki() {
        var e = q;
        return ((q = -1.1), e);
      }
      function Ai(e) {
        0 <= e && (q = e);
      }
      function ji() {
        var e = ky;
        return ((ky = -0), e);
      }
      function Mi(e) {
        0 <= e && (ky = e);
      }
      function Ni() {
        var e = Ay;
        return ((Ay = null), e);
      }
      function Pi() {
        var e = jy;
        return ((jy = !1), e);
      }
      function Fi(e) {
        (Dy = yy()), 0 > e.actualStartTime && (e.actualStartTime = Dy);
      }
      function Ii(e) {
        if (0 <= Dy) {
          var t = yy() - Dy;
          (e.actualDuration += t), (e.selfBaseDuration = t), (Dy = -1);
        }
      }
      function Li(e) {
        if (0 <= Dy) {
          var t = yy() - Dy;
          (e.actualDuration += t), (Dy = -1);
        }
      }
      function Ri() {
        if (0 <= Dy) {
          var e = yy(),
            t = e - Dy;
          (Dy = -1), (Oy += t), (ky += t), (J = e);
        }
      }
      function zi(e) {
        Ay === null && (Ay = []), Ay.push(e), Ey === null && (Ey = []), Ey.push(e);
      }
      function Bi() {
        (Dy = yy()), 0 > q && (q = Dy);
      }
      function Vi(e) {
        for (var t = e.child; t; ) (e.actualDuration += t.actualDuration), (t = t.sibling);
      }
      function Hi(e, t) {
        if (sb === null) {
          var n = (sb = []);
          (cb = 0),
            (lb = sd()),
            (ub = {
              status: `pending`,
              value: void 0,
              then: (e) => {
                n.push(e);
              },
            });
        }
        return (cb++, t.then(Ui, Ui), t);
      }
      function Ui() {
        if (--cb === 0 && (-1 < Wy || (Uy = -1.1), (vy = null), sb !== null)) {
          ub !== null && (ub.status = `fulfilled`);
          var e = sb;
          (sb = null), (lb = 0), (ub = null);
          for (var t = 0; t < e.length; t++) (0, e[t])();
        }
      }
      function Wi(e, t) {
        var n = [],
          r = {
            status: `pending`,
            value: null,
            reason: null,
            then: (e) => {
              n.push(e);
            },
          };
        return (
          e.then(
            () => {
              (r.status = `fulfilled`), (r.value = t);
              for (var e = 0; e < n.length; e++) (0, n[e])(t);
            },
            (e) => {
              for (r.status = `rejected`, r.reason = e, e = 0; e < n.length; e++) (0, n[e])(void 0);
            },
          ),
          r
        );
      }
      function Gi() {
        var e = fb.current;
        return e === null ? pC.pooledCache : e;
      }
      function Ki(e, t) {
        t === null ? j(fb, fb.current, e) : j(fb, t.pool, e);
      }
      function qi() {
        var e = Gi();
        return e === null ? null : { parent: _y._currentValue, pool: e };
      }
      function Ji() {
        return { didWarnAboutUncachedPromise: !1, thenables: [] };
      }
      function Yi(e) {
        return ((e = e.status), e === `fulfilled` || e === `rejected`);
      }
      function Xi(e, t, n, r) {
        V.actQueue !== null && (V.didUsePromise = !0);
        var i = e.thenables;
        if (
          ((n = i[n]),
          n === void 0
            ? i.push(t)
            : n !== t &&
              (e.didWarnAboutUncachedPromise ||
                ((e.didWarnAboutUncachedPromise = !0),
                console.error(
                  `A component was suspended by an uncached promise. Creating promises inside a Client Component or hook is not yet supported, except via a Suspense-compatible library or framework.`,
                )),
              t.then(hn, hn),
              (t = n)),
          t._debugInfo === void 0)
        ) {
          (e = performance.now()), (i = t.displayName);
          var a = { name: typeof i == `string` ? i : `Promise`, start: e, end: e, value: t };
          (t._debugInfo = [{ awaited: a }]),
            t.status !== `fulfilled` &&
              t.status !== `rejected` &&
              ((e = () => {
                a.end = performance.now();
              }),
              t.then(e, e));
        }
        switch (t.status) {
          case `fulfilled`:
            return t.value;
          case `rejected`:
            throw (
              (r = t.reason),
              $i(r),
              r === void 0 && !(`reason` in t)
                ? Error(
                    "A rejected Promise was passed to React without a `reason` property. React threw a generic error from where the Promise was used to assist in identifying the problematic Promise. Make sure that instrumented Promises correctly set the `reason` property when setting `status` to `'rejected'`.",
                  )
                : r
            );
          default:
            if (typeof t.status == `string`) t.then(hn, hn);
            else {
              if (((e = pC), e !== null && 100 < e.shellSuspendCounter))
                throw Error(
                  "An unknown Component is an async Client Component. Only Server Components can be async at the moment. This error is often caused by accidentally adding `'use client'` to a module that was originally written for the server.",
                );
              (e = t),
                (e.status = `pending`),
                e.then(
                  (e) => {
                    if (t.status === `pending`) {
                      var n = t;
                      (n.status = `fulfilled`), (n.value = e);
                    }
                  },
                  (e) => {
                    if (t.status === `pending`) {
                      var n = t;
                      (n.status = `rejected`), (n.reason = e);
                    }
                  },
                );
            }
            switch (t.status) {
              case `fulfilled`:
                return t.value;
              case `rejected`:
                throw ((r = t.reason), $i(r), r);
            }
            throw (
              (Yb = t),
              (Xb = !0),
              Jb ||
                r === null ||
                r.alternate !== null ||
                ((Kb = r),
                (qb = Error(
                  `This library called use() to suspend in a previous render but did not call use() when it finished. This indicates an incorrect use of use(). Learn more: https://react.dev/warnings/conditional-use-of-use`,
                ))),
              Hb
            );
        }
      }
      function Zi(e) {
        try {
          return Vb(e);
        } catch (e) {
          throw typeof e == `object` && e && typeof e.then == `function` ? ((Yb = e), (Xb = !0), Hb) : e;
        }
      }
      function Qi() {
        if (Yb === null)
          throw Error(`Expected a suspended thenable. This is a bug in React. Please file an issue.`);
        var e = Yb;
        return ((Yb = null), (Xb = !1), e);
      }
      function $i(e) {
        if (e === Hb || e === Wb)
          throw Error(
            "Hooks are not supported inside an async component. This error is often caused by accidentally adding `'use client'` to a module that was originally written for the server.",
          );
      }
      function ea(e, t) {
        return e === t
          ? !0
          : e.tag !== t.tag ||
              e.type !== t.type ||
              e.key !== t.key ||
              e.index !== t.index ||
              (e.tag === 3 && e.stateNode !== t.stateNode) ||
              e.return === null ||
              t.return === null
            ? !1
            : ea(e.return, t.return);
      }
      function ta(e) {
        var t = Y;
        return (e != null && (Y = t === null ? e : t.concat(e)), t);
      }
      function na() {
        var e = Y;
        if (e != null) {
          for (var t = e.length - 1; 0 <= t; t--)
            if (e[t].name != null) {
              var n = e[t].debugTask;
              if (n != null) return n;
            }
        }
        return null;
      }
      function ra(e, t, n) {
        for (var r = Object.keys(e.props), i = 0; i < r.length; i++) {
          var a = r[i];
          if (a !== `children` && a !== `key` && a !== `ref`) {
            t === null && ((t = Lr(e, n.mode, 0)), (t._debugInfo = Y), (t.return = n)),
              N(
                t,
                (e) => {
                  console.error(
                    'Invalid prop `%s` supplied to `React.Fragment`. React.Fragment can only have `key`, `ref`, and `children` props.',
                    e,
                  );
                },
                a,
              );
            break;
          }
        }
      }
      function ia(e) {
        var t = Qb;
        return ((Qb += 1), Zb === null && (Zb = Ji()), Xi(Zb, e, t, null));
      }
      function aa(e, t) {
        (t = t.props.ref), (e.ref = t === void 0 ? null : t);
      }
      function oa(e, t) {
        throw t.$$typeof === Tm
          ? Error(`A React Element from an older version of React was rendered. This is not supported. It can happen if:
- Multiple copies of the "react" package is used.
- A library pre-bundled an old copy of "react" or "react/jsx-runtime".
- A compiler tries to "inline" JSX instead of using the runtime.`)
          : ((e = Object.prototype.toString.call(t)),
            Error(
              `Objects are not valid as a React child (found: ` +
                (e === `[object Object]` ? `object with keys {` + Object.keys(t).join(`, `) + `}` : e) +
                `). If you meant to render a collection of children, use an array instead.`,
            ));
      }
      function sa(e, t) {
        var n = na();
        n === null ? oa(e, t) : n.run(oa.bind(null, e, t));
      }
      function ca(e, t) {
        var n = A(e) || `Component`;
        nx[n] ||
          ((nx[n] = !0),
          (t = t.displayName || t.name || `Component`),
          e.tag === 3
            ? console.error(
                `Functions are not valid as a React child. This may happen if you return %s instead of <%s /> from render. Or maybe you meant to call this function rather than return it.
  root.render(%s)`,
                t,
                t,
                t,
              )
            : console.error(
                `Functions are not valid as a React child. This may happen if you return %s instead of <%s /> from render. Or maybe you meant to call this function rather than return it.
  <%s>{%s}</%s>`,
                t,
                t,
                n,
                t,
                n,
              ));
      }
      function la(e, t) {
        var n = na();
        n === null ? ca(e, t) : n.run(ca.bind(null, e, t));
      }
      function ua(e, t) {
        var n = A(e) || `Component`;
        rx[n] ||
          ((rx[n] = !0),
          (t = String(t)),
          e.tag === 3
            ? console.error(
                `Symbols are not valid as a React child.
  root.render(%s)`,
                t,
              )
            : console.error(
                `Symbols are not valid as a React child.
  <%s>%s</%s>`,
                n,
                t,
                n,
              ));
      }
      function da(e, t) {
        var n = na();
        n === null ? ua(e, t) : n.run(ua.bind(null, e, t));
      }
      function fa(e) {
        function t(t, n) {
          if (e) {
            var r = t.deletions;
            r === null ? ((t.deletions = [n]), (t.flags |= 16)) : r.push(n);
          }
        }
        function n(n, r) {
          if (!e) return null;
          for (; r !== null; ) t(n, r), (r = r.sibling);
          return null;
        }
        function r(e) {
          for (var t = new Map(); e !== null; )
            e.key === null ? t.set(e.index, e) : t.set(e.key, e), (e = e.sibling);
          return t;
        }
        function i(e, t) {
          return ((e = Pr(e, t)), (e.index = 0), (e.sibling = null), e);
        }
        function a(t, n, r) {
          return (
            (t.index = r),
            e
              ? ((r = t.alternate),
                r === null ? ((t.flags |= 134217730), n) : ((r = r.index), r < n ? ((t.flags |= 2), n) : r))
              : ((t.flags |= 1048576), n)
          );
        }
        function o(t) {
          return (e && t.alternate === null && (t.flags |= 134217730), t);
        }
        function s(e, t, n, r) {
          return t === null || t.tag !== 6
            ? ((t = zr(n, e.mode, r)),
              (t.return = e),
              (t._debugOwner = e),
              (t._debugTask = e._debugTask),
              (t._debugInfo = Y),
              t)
            : ((t = i(t, n)), (t.return = e), (t._debugInfo = Y), t);
        }
        function c(e, t, n, r) {
          var a = n.type;
          return a === Om
            ? ((t = u(e, t, n.props.children, r, n.key)), aa(t, n), ra(n, t, e), t)
            : t !== null &&
                (t.elementType === a ||
                  kr(t, n) ||
                  (typeof a == `object` && a && a.$$typeof === Lm && Zi(a) === t.type))
              ? ((t = i(t, n.props)),
                aa(t, n),
                (t.return = e),
                (t._debugOwner = n._owner),
                (t._debugInfo = Y),
                t)
              : ((t = Lr(n, e.mode, r)), aa(t, n), (t.return = e), (t._debugInfo = Y), t);
        }
        function l(e, t, n, r) {
          return t === null ||
            t.tag !== 4 ||
            t.stateNode.containerInfo !== n.containerInfo ||
            t.stateNode.implementation !== n.implementation
            ? ((t = Vr(n, e.mode, r)), (t.return = e), (t._debugInfo = Y), t)
            : ((t = i(t, n.children || [])), (t.return = e), (t._debugInfo = Y), t);
        }
        function u(e, t, n, r, a) {
          return t === null || t.tag !== 7
            ? ((t = Rr(n, e.mode, r, a)),
              (t.return = e),
              (t._debugOwner = e),
              (t._debugTask = e._debugTask),
              (t._debugInfo = Y),
              t)
            : ((t = i(t, n)), (t.return = e), (t._debugInfo = Y), t);
        }
        function d(e, t, n) {
          if ((typeof t == `string` && t !== ``) || typeof t == `number` || typeof t == `bigint`)
            return (
              (t = zr(`` + t, e.mode, n)),
              (t.return = e),
              (t._debugOwner = e),
              (t._debugTask = e._debugTask),
              (t._debugInfo = Y),
              t
            );
          if (typeof t == `object` && t) {
            switch (t.$$typeof) {
              case Em:
                return (
                  (n = Lr(t, e.mode, n)),
                  aa(n, t),
                  (n.return = e),
                  (e = ta(t._debugInfo)),
                  (n._debugInfo = Y),
                  (Y = e),
                  n
                );
              case Dm:
                return ((t = Vr(t, e.mode, n)), (t.return = e), (t._debugInfo = Y), t);
              case Lm:
                var r = ta(t._debugInfo);
                return ((t = Zi(t)), (e = d(e, t, n)), (Y = r), e);
            }
            if (Gm(t) || se(t))
              return (
                (n = Rr(t, e.mode, n, null)),
                (n.return = e),
                (n._debugOwner = e),
                (n._debugTask = e._debugTask),
                (e = ta(t._debugInfo)),
                (n._debugInfo = Y),
                (Y = e),
                n
              );
            if (typeof t.then == `function`)
              return ((r = ta(t._debugInfo)), (e = d(e, ia(t), n)), (Y = r), e);
            if (t.$$typeof === Mm) return d(e, gi(e, t), n);
            sa(e, t);
          }
          return (typeof t == `function` && la(e, t), typeof t == `symbol` && da(e, t), null);
        }
        function p(e, t, n, r) {
          var i = t === null ? null : t.key;
          if ((typeof n == `string` && n !== ``) || typeof n == `number` || typeof n == `bigint`)
            return i === null ? s(e, t, `` + n, r) : null;
          if (typeof n == `object` && n) {
            switch (n.$$typeof) {
              case Em:
                return n.key === i ? ((i = ta(n._debugInfo)), (e = c(e, t, n, r)), (Y = i), e) : null;
              case Dm:
                return n.key === i ? l(e, t, n, r) : null;
              case Lm:
                return ((i = ta(n._debugInfo)), (n = Zi(n)), (e = p(e, t, n, r)), (Y = i), e);
            }
            if (Gm(n) || se(n))
              return i === null ? ((i = ta(n._debugInfo)), (e = u(e, t, n, r, null)), (Y = i), e) : null;
            if (typeof n.then == `function`)
              return ((i = ta(n._debugInfo)), (e = p(e, t, ia(n), r)), (Y = i), e);
            if (n.$$typeof === Mm) return p(e, t, gi(e, n), r);
            sa(e, n);
          }
          return (typeof n == `function` && la(e, n), typeof n == `symbol` && da(e, n), null);
        }
        function h(e, t, n, r, i) {
          if ((typeof r == `string` && r !== ``) || typeof r == `number` || typeof r == `bigint`)
            return ((e = e.get(n) || null), s(t, e, `` + r, i));
          if (typeof r == `object` && r) {
            switch (r.$$typeof) {
              case Em:
                return (
                  (n = e.get(r.key === null ? n : r.key) || null),
                  (e = ta(r._debugInfo)),
                  (t = c(t, n, r, i)),
                  (Y = e),
                  t
                );
              case Dm:
                return ((e = e.get(r.key === null ? n : r.key) || null), l(t, e, r, i));
              case Lm:
                var a = ta(r._debugInfo);
                return ((r = Zi(r)), (t = h(e, t, n, r, i)), (Y = a), t);
            }
            if (Gm(r) || se(r))
              return ((n = e.get(n) || null), (e = ta(r._debugInfo)), (t = u(t, n, r, i, null)), (Y = e), t);
            if (typeof r.then == `function`)
              return ((a = ta(r._debugInfo)), (t = h(e, t, n, ia(r), i)), (Y = a), t);
            if (r.$$typeof === Mm) return h(e, t, n, gi(t, r), i);
            sa(t, r);
          }
          return (typeof r == `function` && la(t, r), typeof r == `symbol` && da(t, r), null);
        }
        function g(e, t, n, r) {
          if (typeof n != `object` || !n) return r;
          switch (n.$$typeof) {
            case Em:
            case Dm:
              f(e, t, n);
              var i = n.key;
              if (typeof i != `string`) break;
              if (r === null) {
                (r = new Set()), r.add(i);
                break;
              }
              if (!r.has(i)) {
                r.add(i);
                break;
              }
              N(t, () => {
                console.error(
                  'Encountered two children with the same key, `%s`. Keys should be unique so that components maintain their identity across updates. Non-unique keys may cause children to be duplicated and/or omitted — the behavior is unsupported and could change in a future version.',
                  i,
                );
              });
              break;
            case Lm:
              (n = Zi(n)), g(e, t, n, r);
          }
          return r;
        }
        function _(i, o, s, c) {
          for (
            var l = null, u = null, f = null, m = o, _ = (o = 0), v = null;
            m !== null && _ < s.length;
            _++
          ) {
            m.index > _ ? ((v = m), (m = null)) : (v = m.sibling);
            var y = p(i, m, s[_], c);
            if (y === null) {
              m === null && (m = v);
              break;
            }
            (l = g(i, y, s[_], l)),
              e && m && y.alternate === null && t(i, m),
              (o = a(y, o, _)),
              f === null ? (u = y) : (f.sibling = y),
              (f = y),
              (m = v);
          }
          if (_ === s.length) return (n(i, m), K && Ur(i, _), u);
          if (m === null) {
            for (; _ < s.length; _++)
              (m = d(i, s[_], c)),
                m !== null &&
                  ((l = g(i, m, s[_], l)), (o = a(m, o, _)), f === null ? (u = m) : (f.sibling = m), (f = m));
            return (K && Ur(i, _), u);
          }
          for (m = r(m); _ < s.length; _++)
            (v = h(m, i, _, s[_], c)),
              v !== null &&
                ((l = g(i, v, s[_], l)),
                e && ((y = v.alternate), y !== null && m.delete(y.key === null ? _ : y.key)),
                (o = a(v, o, _)),
                f === null ? (u = v) : (f.sibling = v),
                (f = v));
          return (e && m.forEach((e) => t(i, e)), K && Ur(i, _), u);
        }
        function v(i, o, s, c) {
          if (s == null) throw Error(`An iterable object provided no iterator.`);
          for (
            var l = null, u = null, f = o, m = (o = 0), _ = null, v = null, y = s.next();
            f !== null && !y.done;
            m++, y = s.next()
          ) {
            f.index > m ? ((_ = f), (f = null)) : (_ = f.sibling);
            var b = p(i, f, y.value, c);
            if (b === null) {
              f === null && (f = _);
              break;
            }
            (v = g(i, b, y.value, v)),
              e && f && b.alternate === null && t(i, f),
              (o = a(b, o, m)),
              u === null ? (l = b) : (u.sibling = b),
              (u = b),
              (f = _);
          }
          if (y.done) return (n(i, f), K && Ur(i, m), l);
          if (f === null) {
            for (; !y.done; m++, y = s.next())
              (f = d(i, y.value, c)),
                f !== null &&
                  ((v = g(i, f, y.value, v)),
                  (o = a(f, o, m)),
                  u === null ? (l = f) : (u.sibling = f),
                  (u = f));
            return (K && Ur(i, m), l);
          }
          for (f = r(f); !y.done; m++, y = s.next())
            (_ = h(f, i, m, y.value, c)),
              _ !== null &&
                ((v = g(i, _, y.value, v)),
                e && ((y = _.alternate), y !== null && f.delete(y.key === null ? m : y.key)),
                (o = a(_, o, m)),
                u === null ? (l = _) : (u.sibling = _),
                (u = _));
          return (e && f.forEach((e) => t(i, e)), K && Ur(i, m), l);
        }
        function y(e, r, a, s) {
          if (
            (typeof a == `object` &&
              a &&
              a.type === Om &&
              a.key === null &&
              a.props.ref === void 0 &&
              (ra(a, null, e), (a = a.props.children)),
            typeof a == `object` && a)
          ) {
            switch (a.$$typeof) {
              case Em:
                var c = ta(a._debugInfo);
                a: {
                  for (var l = a.key; r !== null; ) {
                    if (r.key === l) {
                      if (((l = a.type), l === Om)) {
                        if (r.tag === 7) {
                          n(e, r.sibling),
                            (s = i(r, a.props.children)),
                            aa(s, a),
                            (s.return = e),
                            (s._debugOwner = a._owner),
                            (s._debugInfo = Y),
                            ra(a, s, e),
                            (e = s);
                          break a;
                        }
                      } else if (
                        r.elementType === l ||
                        kr(r, a) ||
                        (typeof l == `object` && l && l.$$typeof === Lm && Zi(l) === r.type)
                      ) {
                        n(e, r.sibling),
                          (s = i(r, a.props)),
                          aa(s, a),
                          (s.return = e),
                          (s._debugOwner = a._owner),
                          (s._debugInfo = Y),
                          (e = s);
                        break a;
                      }
                      n(e, r);
                      break;
                    }
                    t(e, r), (r = r.sibling);
                  }
                  a.type === Om
                    ? ((s = Rr(a.props.children, e.mode, s, a.key)),
                      aa(s, a),
                      (s.return = e),
                      (s._debugOwner = e),
                      (s._debugTask = e._debugTask),
                      (s._debugInfo = Y),
                      ra(a, s, e),
                      (e = s))
                    : ((s = Lr(a, e.mode, s)), aa(s, a), (s.return = e), (s._debugInfo = Y), (e = s));
                }
                return ((e = o(e)), (Y = c), e);
              case Dm:
                a: {
                  for (c = a, a = c.key; r !== null; ) {
                    if (r.key === a) {
                      if (
                        r.tag === 4 &&
                        r.stateNode.containerInfo === c.containerInfo &&
                        r.stateNode.implementation === c.implementation
                      ) {
                        n(e, r.sibling), (s = i(r, c.children || [])), (s.return = e), (e = s);
                        break a;
                      }
                      n(e, r);
                      break;
                    }
                    t(e, r), (r = r.sibling);
                  }
                  (s = Vr(c, e.mode, s)), (s.return = e), (e = s);
                }
                return o(e);
              case Lm:
                return ((c = ta(a._debugInfo)), (a = Zi(a)), (e = y(e, r, a, s)), (Y = c), e);
            }
            if (Gm(a)) return _(e, r, a, s);
            if (se(a)) {
              if (((c = a), (a = se(c)), typeof a != `function`))
                throw Error(
                  `An object is not an iterable. This error is likely caused by a bug in React. Please file an issue.`,
                );
              return (
                (l = a.call(c)),
                l === c
                  ? (e.tag !== 0 ||
                      Object.prototype.toString.call(e.type) !== `[object GeneratorFunction]` ||
                      Object.prototype.toString.call(l) !== `[object Generator]`) &&
                    (ex ||
                      console.error(
                        'Using Iterators as children is unsupported and will likely yield unexpected results because enumerating a generator mutates it. You may convert it to an array with `Array.from()` or the `[...spread]` operator before rendering. You can also use an Iterable that can iterate multiple times over the same items.',
                      ),
                    (ex = !0))
                  : c.entries !== a ||
                    $b ||
                    (console.error(
                      `Using Maps as children is not supported. Use an array of keyed ReactElements instead.`,
                    ),
                    ($b = !0)),
                v(e, r, l, s)
              );
            }
            if (typeof a.then == `function`)
              return ((c = ta(a._debugInfo)), (e = y(e, r, ia(a), s)), (Y = c), e);
            if (a.$$typeof === Mm) return y(e, r, gi(e, a), s);
            sa(e, a);
          }
          return (typeof a == `string` && a !== ``) || typeof a == `number` || typeof a == `bigint`
            ? ((c = `` + a),
              r !== null && r.tag === 6
                ? (n(e, r.sibling), (s = i(r, c)), (s.return = e), (e = s))
                : (n(e, r),
                  (s = zr(c, e.mode, s)),
                  (s.return = e),
                  (s._debugOwner = e),
                  (s._debugTask = e._debugTask),
                  (s._debugInfo = Y),
                  (e = s)),
              o(e))
            : (typeof a == `function` && la(e, a), typeof a == `symbol` && da(e, a), n(e, r));
        }
        return (e, t, n, r) => {
          var i = Y;
          Y = null;
          try {
            Qb = 0;
            var a = y(e, t, n, r);
            return ((Zb = null), a);
          } catch (t) {
            if (t === Hb || t === Wb) throw t;
            var o = m(29, t, null, e.mode);
            (o.lanes = r), (o.return = e);
            var s = (o._debugInfo = Y);
            if (((o._debugOwner = e._debugOwner), (o._debugTask = e._debugTask), s != null)) {
              for (var c = s.length - 1; 0 <= c; c--)
                if (typeof s[c].stack == `string`) {
                  (o._debugOwner = s[c]), (o._debugTask = s[c].debugTask);
                  break;
                }
            }
            return o;
          } finally {
            Y = i;
          }
        };
      }
      function pa(e, t) {
        var n = Gm(e);
        return (
          (e = !n && typeof se(e) == `function`),
          n || e
            ? ((n = n ? `array` : `iterable`),
              console.error(
                `A nested %s was passed to row #%s in <SuspenseList />. Wrap it in an additional SuspenseList to configure its revealOrder: <SuspenseList revealOrder=...> ... <SuspenseList revealOrder=...>{%s}</SuspenseList> ... </SuspenseList>`,
                n,
                t,
                n,
              ),
              !1)
            : !0
        );
      }
      function ma(e) {
        e.updateQueue = {
          baseState: e.memoizedState,
          firstBaseUpdate: null,
          lastBaseUpdate: null,
          shared: { pending: null, lanes: 0, hiddenCallbacks: null },
          callbacks: null,
        };
      }
      function ha(e, t) {
        (e = e.updateQueue),
          t.updateQueue === e &&
            (t.updateQueue = {
              baseState: e.baseState,
              firstBaseUpdate: e.firstBaseUpdate,
              lastBaseUpdate: e.lastBaseUpdate,
              shared: e.shared,
              callbacks: null,
            });
      }
      function ga(e) {
        return { lane: e, tag: ox, payload: null, callback: null, next: null };
      }
      function _a(e, t, n) {
        var r = e.updateQueue;
        if (r === null) return null;
        if (((r = r.shared), fx === r && !dx)) {
          var i = A(e);
          console.error(
            `An update (setState, replaceState, or forceUpdate) was scheduled from inside an update function. Update functions should be pure, with zero side-effects. Consider using componentDidUpdate or a callback.

Please update the following component: %s`,
            i,
          ),
            (dx = !0);
        }
        return (fC & rC) === nC
          ? (Cr(e, r, t, n), Dr(e))
          : ((i = r.pending),
            i === null ? (t.next = t) : ((t.next = i.next), (i.next = t)),
            (r.pending = t),
            (t = Dr(e)),
            Er(e, null, n),
            t);
      }
      function va(e, t, n) {
        if (((t = t.updateQueue), t !== null && ((t = t.shared), n & 4194048))) {
          var r = t.lanes;
          (r &= e.pendingLanes), (n |= r), (t.lanes = n), Ke(e, n);
        }
      }
      function ya(e, t) {
        var n = e.updateQueue,
          r = e.alternate;
        if (r !== null && ((r = r.updateQueue), n === r)) {
          var i = null,
            a = null;
          if (((n = n.firstBaseUpdate), n !== null)) {
            do {
              var o = { lane: n.lane, tag: n.tag, payload: n.payload, callback: null, next: null };
              a === null ? (i = a = o) : (a = a.next = o), (n = n.next);
            } while (n !== null);
            a === null ? (i = a = t) : (a = a.next = t);
          } else i = a = t;
          (n = {
            baseState: r.baseState,
            firstBaseUpdate: i,
            lastBaseUpdate: a,
            shared: r.shared,
            callbacks: r.callbacks,
          }),
            (e.updateQueue = n);
        } else
          (e = n.lastBaseUpdate), e === null ? (n.firstBaseUpdate = t) : (e.next = t), (n.lastBaseUpdate = t);
      }
      function ba() {
        if (px) {
          var e = ub;
          if (e !== null) throw e;
        }
      }
      function xa(e, t, n, r) {
        px = !1;
        var i = e.updateQueue;
        (ux = !1), (fx = i.shared);
        var a = i.firstBaseUpdate,
          o = i.lastBaseUpdate,
          s = i.shared.pending;
        if (s !== null) {
          i.shared.pending = null;
          var c = s,
            l = c.next;
          (c.next = null), o === null ? (a = l) : (o.next = l), (o = c);
          var u = e.alternate;
          u !== null &&
            ((u = u.updateQueue),
            (s = u.lastBaseUpdate),
            s !== o && (s === null ? (u.firstBaseUpdate = l) : (s.next = l), (u.lastBaseUpdate = c)));
        }
        if (a !== null) {
          var d = i.baseState;
          (o = 0), (u = l = c = null), (s = a);
          do {
            var f = s.lane & -536870913,
              p = f !== s.lane;
            if (p ? ($ & f) === f : (r & f) === f) {
              f !== 0 && f === lb && (px = !0),
                u !== null &&
                  (u = u.next = { lane: 0, tag: s.tag, payload: s.payload, callback: null, next: null });
              a: {
                f = e;
                var m = s,
                  h = t,
                  g = n;
                switch (m.tag) {
                  case sx:
                    if (((m = m.payload), typeof m == `function`)) {
                      py = !0;
                      var _ = m.call(g, d, h);
                      if (f.mode & Vv) {
                        Pe(!0);
                        try {
                          m.call(g, d, h);
                        } finally {
                          Pe(!1);
                        }
                      }
                      (py = !1), (d = _);
                      break a;
                    }
                    d = m;
                    break a;
                  case lx:
                    f.flags = (f.flags & -65537) | 128;
                  case ox:
                    if (((_ = m.payload), typeof _ == `function`)) {
                      if (((py = !0), (m = _.call(g, d, h)), f.mode & Vv)) {
                        Pe(!0);
                        try {
                          _.call(g, d, h);
                        } finally {
                          Pe(!1);
                        }
                      }
                      py = !1;
                    } else m = _;
                    if (m == null) break a;
                    d = B({}, d, m);
                    break a;
                  case cx:
                    ux = !0;
                }
              }
              (f = s.callback),
                f !== null &&
                  ((e.flags |= 64),
                  p && (e.flags |= 8192),
                  (p = i.callbacks),
                  p === null ? (i.callbacks = [f]) : p.push(f));
            } else
              (p = { lane: f, tag: s.tag, payload: s.payload, callback: s.callback, next: null }),
                u === null ? ((l = u = p), (c = d)) : (u = u.next = p),
                (o |= f);
            if (((s = s.next), s === null)) {
              if (((s = i.shared.pending), s === null)) break;
              (p = s), (s = p.next), (p.next = null), (i.lastBaseUpdate = p), (i.shared.pending = null);
            }
          } while (1);
          u === null && (c = d),
            (i.baseState = c),
            (i.firstBaseUpdate = l),
            (i.lastBaseUpdate = u),
            a === null && (i.shared.lanes = 0),
            (jC |= o),
            (e.lanes = o),
            (e.memoizedState = d);
        }
        fx = null;
      }
      function Sa(e, t) {
        if (typeof e != `function`)
          throw Error(`Invalid argument passed as callback. Expected a function. Instead received: ` + e);
        e.call(t);
      }
      function Ca(e, t) {
        var n = e.shared.hiddenCallbacks;
        if (n !== null) for (e.shared.hiddenCallbacks = null, e = 0; e < n.length; e++) Sa(n[e], t);
      }
      function wa(e, t) {
        var n = e.callbacks;
        if (n !== null) for (e.callbacks = null, e = 0; e < n.length; e++) Sa(n[e], t);
      }
      function Ta(e, t) {
        var n = kC;
        j(hx, n, e), j(mx, t, e), (kC = n | t.baseLanes);
      }
      function Ea(e) {
        j(hx, kC, e), j(mx, mx.current, e);
      }
      function Da(e) {
        (kC = hx.current), ue(mx, e), ue(hx, e);
      }
      function Oa(e) {
        var t = e.alternate;
        j(bx, bx.current & vx, e),
          j(gx, e, e),
          _x === null && (t === null || mx.current !== null || t.memoizedState !== null) && (_x = e);
      }
      function ka(e) {
        j(bx, bx.current, e), j(gx, e, e), _x === null && (_x = e);
      }
      function Aa(e) {
        e.tag === 22 ? (j(bx, bx.current, e), j(gx, e, e), _x === null && (_x = e)) : ja(e);
      }
      function ja(e) {
        j(bx, bx.current, e), j(gx, gx.current, e);
      }
      function Ma(e) {
        ue(gx, e), _x === e && (_x = null), ue(bx, e);
      }
      function Na(e, t) {
        j(gx, gx.current, e), j(bx, t, e);
      }
      function Pa(e) {
        ue(bx, e), ue(gx, e), _x === e && (_x = null);
      }
      function Fa(e) {
        for (var t = e; t !== null; ) {
          if (t.tag === 13) {
            var n = t.memoizedState;
            if (n !== null && ((n = n.dehydrated), n === null || ep(n) || tp(n))) return t;
          } else if (t.tag === 19 && t.memoizedProps.revealOrder !== `independent`) {
            if (t.flags & 128) return t;
          } else if (t.child !== null) {
            (t.child.return = t), (t = t.child);
            continue;
          }
          if (t === e) break;
          for (; t.sibling === null; ) {
            if (t.return === null || t.return === e) return null;
            t = t.return;
          }
          (t.sibling.return = t.return), (t = t.sibling);
        }
        return null;
      }
      function I() {
        var e = Z;
        Hx === null ? (Hx = [e]) : Hx.push(e);
      }
      function L() {
        var e = Z;
        if (Hx !== null && (Ux++, Hx[Ux] !== e)) {
          var t = A(X);
          if (!Dx.has(t) && (Dx.add(t), Hx !== null)) {
            for (var n = ``, r = 0; r <= Ux; r++) {
              var i = Hx[r],
                a = r === Ux ? e : i;
              for (i = r + 1 + `. ` + i; 30 > i.length; ) i += ` `;
              (i +=
                a +
                `
`),
                (n += i);
            }
            console.error(
              `React has detected a change in the order of Hooks called by %s. This will lead to bugs and errors if not fixed. For more information, read the Rules of Hooks: https://react.dev/link/rules-of-hooks

   Previous render            Next render
   ------------------------------------------------------
%s   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`,
              t,
              n,
            );
          }
        }
      }
      function Ia(e) {
        e == null ||
          Gm(e) ||
          console.error(
            '%s received a final argument that is not an array (instead, received `%s`). When specified, the final argument must be an array.',
            Z,
            typeof e,
          );
      }
      function La() {
        var e = A(X);
        Ax.has(e) ||
          (Ax.add(e),
          console.error(
            `ReactDOM.useFormState has been renamed to React.useActionState. Please update %s to use React.useActionState.`,
            e,
          ));
      }
      function Ra() {
        throw Error(`Invalid hook call. Hooks can only be called inside of the body of a function component. This could happen for one of the following reasons:
1. You might have mismatching versions of React and the renderer (such as React DOM)
2. You might be breaking the Rules of Hooks
3. You might have more than one copy of React in the same app
See https://react.dev/link/invalid-hook-call for tips about how to debug and fix this problem.`);
      }
      function za(e, t) {
        if (Wx) return !1;
        if (t === null)
          return (
            console.error(
              `%s received a final argument during this render, but not during the previous render. Even though the final argument is optional, its type cannot change between renders.`,
              Z,
            ),
            !1
          );
        e.length !== t.length &&
          console.error(
            `The final argument passed to %s changed size between renders. The order and size of this array must remain constant.

Previous: %s
Incoming: %s`,
            Z,
            `[` + t.join(`, `) + `]`,
            `[` + e.join(`, `) + `]`,
          );
        for (var n = 0; n < t.length && n < e.length; n++) if (!G_(e[n], t[n])) return !1;
        return !0;
      }
      function Ba(e, t, n, r, i, a) {
        (jx = a),
          (X = t),
          (Hx = e === null ? null : e._debugHookTypes),
          (Ux = -1),
          (Wx = e !== null && e.type !== t.type),
          (Object.prototype.toString.call(n) === `[object AsyncFunction]` ||
            Object.prototype.toString.call(n) === `[object AsyncGeneratorFunction]`) &&
            ((a = A(X)),
            kx.has(a) ||
              (kx.add(a),
              console.error(
                "%s is an async Client Component. Only Server Components can be async at the moment. This error is often caused by accidentally adding `'use client'` to a module that was originally written for the server.",
                a === null ? `An unknown Component` : `<` + a + `>`,
              ))),
          (t.memoizedState = null),
          (t.updateQueue = null),
          (t.lanes = 0),
          (V.H = e !== null && e.memoizedState !== null ? Jx : Hx === null ? Kx : qx),
          (Ix = a = (t.mode & Vv) !== W);
        var o = Tb(n, r, i);
        if (((Ix = !1), Fx && (o = Ha(t, n, r, i)), a)) {
          Pe(!0);
          try {
            o = Ha(t, n, r, i);
          } finally {
            Pe(!1);
          }
        }
        return (Va(e, t), o);
      }
      function Va(e, t) {
        (t._debugHookTypes = Hx),
          t.dependencies === null
            ? zx !== null && (t.dependencies = { lanes: 0, firstContext: null, _debugThenableState: zx })
            : (t.dependencies._debugThenableState = zx);
        var n = zx;
        if (
          (Kb !== null &&
            ea(Kb, t) &&
            (n !== null || qb === null || Jb || ((Jb = !0), console.error(qb)), (qb = Kb = null)),
          (V.H = Gx),
          (n = Mx !== null && Mx.next !== null),
          (jx = 0),
          (Hx = Z = Nx = Mx = X = null),
          (Ux = -1),
          e !== null &&
            (e.flags & 1206910976) != (t.flags & 1206910976) &&
            console.error(
              `Internal React error: Expected static flag was missing. Please notify the React team.`,
            ),
          (Px = !1),
          (Rx = 0),
          (zx = null),
          n)
        )
          throw Error(
            `Rendered fewer hooks than expected. This may be caused by an accidental early return statement.`,
          );
        e === null || mS || ((e = e.dependencies), e !== null && pi(e) && (mS = !0)),
          Xb ? ((Xb = !1), (e = !0)) : (e = !1),
          e &&
            ((t = A(t) || `Unknown`),
            Ox.has(t) ||
              kx.has(t) ||
              (Ox.add(t),
              console.error(
                '`use` was called from inside a try/catch block. This is not allowed and can lead to unexpected behavior. To handle errors triggered by `use`, wrap your component in a error boundary.',
              )));
      }
      function Ha(e, t, n, r) {
        X = e;
        var i = 0;
        do {
          if ((Fx && (zx = null), (Rx = 0), (Fx = !1), i >= Vx))
            throw Error(
              `Too many re-renders. React limits the number of renders to prevent an infinite loop.`,
            );
          if (((i += 1), (Wx = !1), (Nx = Mx = null), e.updateQueue != null)) {
            var a = e.updateQueue;
            (a.lastEffect = null),
              (a.events = null),
              (a.stores = null),
              a.memoCache != null && (a.memoCache.index = 0);
          }
          (Ux = -1), (V.H = Yx), (a = Tb(t, n, r));
        } while (Fx);
        return a;
      }
      function Ua() {
        var e = V.H,
          t = e.useState()[0];
        return (
          (t = typeof t.then == `function` ? Xa(t) : t),
          (e = e.useState()[0]),
          (Mx === null ? null : Mx.memoizedState) !== e && (X.flags |= 1024),
          t
        );
      }
      function Wa() {
        var e = Lx !== 0;
        return ((Lx = 0), e);
      }
      function Ga(e, t, n) {
        (t.updateQueue = e.updateQueue),
          (t.flags = (t.mode & Hv) === W ? t.flags & -2053 : t.flags & -805308421),
          (e.lanes &= ~n);
      }
      function Ka(e) {
        if (Px) {
          for (e = e.memoizedState; e !== null; ) {
            var t = e.queue;
            t !== null && (t.pending = null), (e = e.next);
          }
          Px = !1;
        }
        (jx = 0), (Hx = Nx = Mx = X = null), (Ux = -1), (Z = null), (Fx = !1), (Rx = Lx = 0), (zx = null);
      }
      function qa() {
        var e = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
        return (Nx === null ? (X.memoizedState = Nx = e) : (Nx = Nx.next = e), Nx);
      }
      function Ja() {
        if (Mx === null) {
          var e = X.alternate;
          e = e === null ? null : e.memoizedState;
        } else e = Mx.next;
        var t = Nx === null ? X.memoizedState : Nx.next;
        if (t !== null) (Nx = t), (Mx = e);
        else {
          if (e === null)
            throw X.alternate === null
              ? Error(
                  `Update hook called on initial render. This is likely a bug in React. Please file an issue.`,
                )
              : Error(`Rendered more hooks than during the previous render.`);
          (Mx = e),
            (e = {
              memoizedState: Mx.memoizedState,
              baseState: Mx.baseState,
              baseQueue: Mx.baseQueue,
              queue: Mx.queue,
              next: null,
            }),
            Nx === null ? (X.memoizedState = Nx = e) : (Nx = Nx.next = e);
        }
        return Nx;
      }
      function Ya() {
        return { lastEffect: null, events: null, stores: null, memoCache: null };
      }
      function Xa(e) {
        var t = Rx;
        return (
          (Rx += 1),
          zx === null && (zx = Ji()),
          (e = Xi(zx, e, t, X)),
          (t = X),
          (Nx === null ? t.memoizedState : Nx.next) === null &&
            ((t = t.alternate), (V.H = t !== null && t.memoizedState !== null ? Jx : Kx)),
          e
        );
      }
      function Za(e) {
        if (typeof e == `object` && e) {
          if (typeof e.then == `function`) return Xa(e);
          if (e.$$typeof === Hm) return;
          if (e.$$typeof === Mm) return hi(e);
        }
        throw Error(`An unsupported type was passed to use(): ` + String(e));
      }
      function Qa(e) {
        var t = null,
          n = X.updateQueue;
        if ((n !== null && (t = n.memoCache), t == null)) {
          var r = X.alternate;
          r !== null &&
            ((r = r.updateQueue),
            r !== null &&
              ((r = r.memoCache), r != null && (t = { data: r.data.map((e) => e.slice()), index: 0 })));
        }
        if (
          ((t ??= { data: [], index: 0 }),
          n === null && ((n = Ya()), (X.updateQueue = n)),
          (n.memoCache = t),
          (n = t.data[t.index]),
          n === void 0 || Wx)
        )
          for (n = t.data[t.index] = Array(e), r = 0; r < e; r++) n[r] = Bm;
        else
          n.length !== e &&
            console.error(
              `Expected a constant size argument for each invocation of useMemoCache. The previous cache was allocated with size %s but size %s was requested.`,
              n.length,
              e,
            );
        return (t.index++, n);
      }
      function $a(e, t) {
        return typeof t == `function` ? t(e) : t;
      }
      function eo(e, t, n) {
        var r = qa();
        if (n !== void 0) {
          var i = n(t);
          if (Ix) {
            Pe(!0);
            try {
              n(t);
            } finally {
              Pe(!1);
            }
          }
        } else i = t;
        return (
          (r.memoizedState = r.baseState = i),
          (e = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: e, lastRenderedState: i }),
          (r.queue = e),
          (e = e.dispatch = cs.bind(null, X, e)),
          [r.memoizedState, e]
        );
      }
      function to(e) {
        return no(Ja(), Mx, e);
      }
      function no(e, t, n) {
        var r = e.queue;
        if (r === null)
          throw Error(
            `Should have a queue. You are likely calling Hooks conditionally, which is not allowed. (https://react.dev/link/invalid-hook-call)`,
          );
        r.lastRenderedReducer = n;
        var i = e.baseQueue,
          a = r.pending;
        if (a !== null) {
          if (i !== null) {
            var o = i.next;
            (i.next = a.next), (a.next = o);
          }
          t.baseQueue !== i &&
            console.error(
              `Internal error: Expected work-in-progress queue to be a clone. This is a bug in React.`,
            ),
            (t.baseQueue = i = a),
            (r.pending = null);
        }
        if (((a = e.baseState), i === null)) e.memoizedState = a;
        else {
          t = i.next;
          var s = (o = null),
            c = null,
            l = t,
            u = !1;
          do {
            var d = l.lane & -536870913;
            if (d === l.lane ? (jx & d) === d : ($ & d) === d) {
              var f = l.revertLane;
              if (f === 0)
                c !== null &&
                  (c = c.next =
                    {
                      lane: 0,
                      revertLane: 0,
                      gesture: null,
                      action: l.action,
                      hasEagerState: l.hasEagerState,
                      eagerState: l.eagerState,
                      next: null,
                    }),
                  d === lb && (u = !0);
              else if ((jx & f) === f) {
                (l = l.next), f === lb && (u = !0);
                continue;
              } else
                (d = {
                  lane: 0,
                  revertLane: l.revertLane,
                  gesture: null,
                  action: l.action,
                  hasEagerState: l.hasEagerState,
                  eagerState: l.eagerState,
                  next: null,
                }),
                  c === null ? ((s = c = d), (o = a)) : (c = c.next = d),
                  (X.lanes |= f),
                  (jC |= f);
              (d = l.action), Ix && n(a, d), (a = l.hasEagerState ? l.eagerState : n(a, d));
            } else
              (f = {
                lane: d,
                revertLane: l.revertLane,
                gesture: l.gesture,
                action: l.action,
                hasEagerState: l.hasEagerState,
                eagerState: l.eagerState,
                next: null,
              }),
                c === null ? ((s = c = f), (o = a)) : (c = c.next = f),
                (X.lanes |= d),
                (jC |= d);
            l = l.next;
          } while (l !== null && l !== t);
          if (
            (c === null ? (o = a) : (c.next = s),
            !G_(a, e.memoizedState) && ((mS = !0), u && ((n = ub), n !== null)))
          )
            throw n;
          (e.memoizedState = a), (e.baseState = o), (e.baseQueue = c), (r.lastRenderedState = a);
        }
        return (i === null && (r.lanes = 0), [e.memoizedState, r.dispatch]);
      }
      function ro(e) {
        var t = Ja(),
          n = t.queue;
        if (n === null)
          throw Error(
            `Should have a queue. You are likely calling Hooks conditionally, which is not allowed. (https://react.dev/link/invalid-hook-call)`,
          );
        n.lastRenderedReducer = e;
        var r = n.dispatch,
          i = n.pending,
          a = t.memoizedState;
        if (i !== null) {
          n.pending = null;
          var o = (i = i.next);
          do (a = e(a, o.action)), (o = o.next);
          while (o !== i);
          G_(a, t.memoizedState) || (mS = !0),
            (t.memoizedState = a),
            t.baseQueue === null && (t.baseState = a),
            (n.lastRenderedState = a);
        }
        return [a, r];
      }
      function io(e, t, n) {
        var r = X,
          i = qa();
        if (K) {
          if (n === void 0)
            throw Error(
              `Missing getServerSnapshot, which is required for server-rendered content. Will revert to client rendering.`,
            );
          var a = n();
          Ex ||
            a === n() ||
            (console.error(`The result of getServerSnapshot should be cached to avoid an infinite loop`),
            (Ex = !0));
        } else {
          if (
            ((a = t()),
            Ex ||
              ((n = t()),
              G_(a, n) ||
                (console.error(`The result of getSnapshot should be cached to avoid an infinite loop`),
                (Ex = !0))),
            pC === null)
          )
            throw Error(`Expected a work-in-progress root. This is a bug in React. Please file an issue.`);
          $ & 127 || oo(r, t, a);
        }
        return (
          (i.memoizedState = a),
          (n = { value: a, getSnapshot: t }),
          (i.queue = n),
          No(co.bind(null, r, n, e), [e]),
          (r.flags |= 2048),
          Ao(Sx | Tx, { destroy: void 0 }, so.bind(null, r, n, a, t), null),
          a
        );
      }
      function ao(e, t, n) {
        var r = X,
          i = Ja(),
          a = K;
        if (a) {
          if (n === void 0)
            throw Error(
              `Missing getServerSnapshot, which is required for server-rendered content. Will revert to client rendering.`,
            );
          n = n();
        } else if (((n = t()), !Ex)) {
          var o = t();
          G_(n, o) ||
            (console.error(`The result of getSnapshot should be cached to avoid an infinite loop`),
            (Ex = !0));
        }
        if (
          ((o = !G_((Mx || i).memoizedState, n)) && ((i.memoizedState = n), (mS = !0)),
          (i = i.queue),
          Mo(2048, Tx, co.bind(null, r, i, e), [e]),
          (e = i.getSnapshot !== t || o || (Nx !== null && (Nx.memoizedState.tag & Sx) !== xx)),
          Ao(e ? Sx | Tx : Tx, { destroy: void 0 }, so.bind(null, r, i, n, t), null),
          e)
        ) {
          if (((r.flags |= 2048), pC === null))
            throw Error(`Expected a work-in-progress root. This is a bug in React. Please file an issue.`);
          a || jx & 127 || oo(r, t, n);
        }
        return n;
      }
      function oo(e, t, n) {
        (e.flags |= 16384),
          (e = { getSnapshot: t, value: n }),
          (t = X.updateQueue),
          t === null
            ? ((t = Ya()), (X.updateQueue = t), (t.stores = [e]))
            : ((n = t.stores), n === null ? (t.stores = [e]) : n.push(e));
      }
      function so(e, t, n, r) {
        (t.value = n), (t.getSnapshot = r), lo(t) && uo(e);
      }
      function co(e, t, n) {
        return n(() => {
          lo(t) && (Ci(2, `updateSyncExternalStore()`, e), uo(e));
        });
      }
      function lo(e) {
        var t = e.getSnapshot;
        e = e.value;
        try {
          var n = t();
          return !G_(e, n);
        } catch {
          return !0;
        }
      }
      function uo(e) {
        var t = Tr(e, 2);
        t !== null && eu(t, e, 2);
      }
      function fo(e) {
        var t = qa();
        if (typeof e == `function`) {
          var n = e;
          if (((e = n()), Ix)) {
            Pe(!0);
            try {
              n();
            } finally {
              Pe(!1);
            }
          }
        }
        return (
          (t.memoizedState = t.baseState = e),
          (t.queue = {
            pending: null,
            lanes: 0,
            dispatch: null,
            lastRenderedReducer: $a,
            lastRenderedState: e,
          }),
          t
        );
      }
      function po(e) {
        e = fo(e);
        var t = e.queue,
          n = ls.bind(null, X, t);
        return ((t.dispatch = n), [e.memoizedState, n]);
      }
      function mo(e) {
        var t = qa();
        t.memoizedState = t.baseState = e;
        var n = {
          pending: null,
          lanes: 0,
          dispatch: null,
          lastRenderedReducer: null,
          lastRenderedState: null,
        };
        return ((t.queue = n), (t = ds.bind(null, X, !0, n)), (n.dispatch = t), [e, t]);
      }
      function ho(e, t) {
        return go(Ja(), Mx, e, t);
      }
      function go(e, t, n, r) {
        return ((e.baseState = n), no(e, Mx, typeof r == `function` ? r : $a));
      }
      function _o(e, t) {
        var n = Ja();
        return Mx === null ? ((n.baseState = e), [e, n.queue.dispatch]) : go(n, Mx, e, t);
      }
      function vo(e, t, n, r, i) {
        if (fs(e)) throw Error(`Cannot update action state while rendering.`);
        if (((e = t.action), e !== null)) {
          var a = {
            payload: i,
            action: e,
            next: null,
            isTransition: !0,
            status: `pending`,
            value: null,
            reason: null,
            listeners: [],
            then: (e) => {
              a.listeners.push(e);
            },
          };
          V.T === null ? (a.isTransition = !1) : n(!0),
            r(a),
            (n = t.pending),
            n === null ? ((a.next = t.pending = a), yo(t, a)) : ((a.next = n.next), (t.pending = n.next = a));
        }
      }
      function yo(e, t) {
        var n = t.action,
          r = t.payload,
          i = e.state;
        if (t.isTransition) {
          var a = V.T,
            o = {};
          (o.types = a === null ? null : a.types), (o._updatedFibers = new Set()), (V.T = o);
          try {
            var s = n(i, r),
              c = V.S;
            c !== null && c(o, s), bo(e, t, s);
          } catch (n) {
            So(e, t, n);
          } finally {
            a !== null &&
              o.types !== null &&
              (a.types !== null &&
                a.types !== o.types &&
                console.error(
                  `We expected inner Transitions to have transferred the outer types set and that you cannot add to the outer Transition while inside the inner.This is a bug in React.`,
                ),
              (a.types = o.types)),
              (V.T = a),
              a === null &&
                o._updatedFibers &&
                ((e = o._updatedFibers.size),
                o._updatedFibers.clear(),
                10 < e &&
                  console.warn(
                    `Detected a large number of updates inside startTransition. If this is due to a subscription please re-write it to use React provided hooks. Otherwise concurrent mode guarantees are off the table.`,
                  ));
          }
        } else
          try {
            (o = n(i, r)), bo(e, t, o);
          } catch (n) {
            So(e, t, n);
          }
      }
      function bo(e, t, n) {
        typeof n == `object` && n && typeof n.then == `function`
          ? (V.asyncTransitions++,
            n.then(Xo, Xo),
            n.then(
              (n) => {
                xo(e, t, n);
              },
              (n) => So(e, t, n),
            ),
            t.isTransition ||
              console.error(
                'An async function with useActionState was called outside of a transition. This is likely not what you intended (for example, isPending will not update correctly). Either call the returned function inside startTransition, or pass it to an `action` or `formAction` prop.',
              ))
          : xo(e, t, n);
      }
      function xo(e, t, n) {
        (t.status = `fulfilled`),
          (t.value = n),
          Co(t),
          (e.state = n),
          (t = e.pending),
          t !== null && ((n = t.next), n === t ? (e.pending = null) : ((n = n.next), (t.next = n), yo(e, n)));
      }
      function So(e, t, n) {
        var r = e.pending;
        if (((e.pending = null), r !== null)) {
          r = r.next;
          do (t.status = `rejected`), (t.reason = n), Co(t), (t = t.next);
          while (t !== r);
        }
        e.action = null;
      }
      function Co(e) {
        e = e.listeners;
        for (var t = 0; t < e.length; t++) (0, e[t])();
      }
      function wo(e, t) {
        return t;
      }
      function To(e, t) {
        if (K) {
          var n = pC.formState;
          if (n !== null) {
            a: {
              var r = X;
              if (K) {
                if (ny) {
                  b: {
                    for (var i = ny, a = oy; i.nodeType !== 8; )
                      if (!a || ((i = rp(i.nextSibling)), i === null)) {
                        i = null;
                        break b;
                      }
                    (a = i.data), (i = a === pT || a === mT ? i : null);
                  }
                  if (i) {
                    (ny = rp(i.nextSibling)), (r = i.data === pT);
                    break a;
                  }
                }
                $r(r);
              }
              r = !1;
            }
            r && (t = n[0]);
          }
        }
        return (
          (n = qa()),
          (n.memoizedState = n.baseState = t),
          (r = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: wo, lastRenderedState: t }),
          (n.queue = r),
          (n = ls.bind(null, X, r)),
          (r.dispatch = n),
          (r = fo(!1)),
          (a = ds.bind(null, X, !1, r.queue)),
          (r = qa()),
          (i = { state: t, dispatch: null, action: e, pending: null }),
          (r.queue = i),
          (n = vo.bind(null, X, i, a, n)),
          (i.dispatch = n),
          (r.memoizedState = e),
          [t, n, !1]
        );
      }
      function Eo(e) {
        return Do(Ja(), Mx, e);
      }
      function Do(e, t, n) {
        if (
          ((t = no(e, t, wo)[0]), (e = to($a)[0]), typeof t == `object` && t && typeof t.then == `function`)
        )
          try {
            var r = Xa(t);
          } catch (e) {
            throw e === Hb ? Wb : e;
          }
        else r = t;
        t = Ja();
        var i = t.queue,
          a = i.dispatch;
        return (
          n !== t.memoizedState &&
            ((X.flags |= 2048), Ao(Sx | Tx, { destroy: void 0 }, Oo.bind(null, i, n), null)),
          [r, a, e]
        );
      }
      function Oo(e, t) {
        e.action = t;
      }
      function ko(e) {
        var t = Ja(),
          n = Mx;
        if (n !== null) return Do(t, n, e);
        Ja(), (t = t.memoizedState), (n = Ja());
        var r = n.queue.dispatch;
        return ((n.memoizedState = e), [t, r, !1]);
      }
      function Ao(e, t, n, r) {
        return (
          (e = { tag: e, create: n, deps: r, inst: t, next: null }),
          (t = X.updateQueue),
          t === null && ((t = Ya()), (X.updateQueue = t)),
          (n = t.lastEffect),
          n === null
            ? (t.lastEffect = e.next = e)
            : ((r = n.next), (n.next = e), (e.next = r), (t.lastEffect = e)),
          e
        );
      }
      function jo(e) {
        var t = qa();
        return ((e = { current: e }), (t.memoizedState = e));
      }
      function R(e, t, n, r) {
        var i = qa();
        (X.flags |= e), (i.memoizedState = Ao(Sx | t, { destroy: void 0 }, n, r === void 0 ? null : r));
      }
      function Mo(e, t, n, r) {
        var i = Ja();
        r = r === void 0 ? null : r;
        var a = i.memoizedState.inst;
        Mx !== null && r !== null && za(r, Mx.memoizedState.deps)
          ? (i.memoizedState = Ao(t, a, n, r))
          : ((X.flags |= e), (i.memoizedState = Ao(Sx | t, a, n, r)));
      }
      function No(e, t) {
        (X.mode & Hv) === W ? R(8390656, Tx, e, t) : R(545261568, Tx, e, t);
      }
      function Po(e) {
        X.flags |= 4;
        var t = X.updateQueue;
        if (t === null) (t = Ya()), (X.updateQueue = t), (t.events = [e]);
        else {
          var n = t.events;
          n === null ? (t.events = [e]) : n.push(e);
        }
      }
      function Fo(e) {
        var t = qa(),
          n = { impl: e };
        return (
          (t.memoizedState = n),
          function () {
            if ((fC & rC) !== nC)
              throw Error(`A function wrapped in useEffectEvent can't be called during rendering.`);
            return n.impl.apply(void 0, arguments);
          }
        );
      }
      function Io(e) {
        var t = Ja().memoizedState;
        return (
          Po({ ref: t, nextImpl: e }),
          function () {
            if ((fC & rC) !== nC)
              throw Error(`A function wrapped in useEffectEvent can't be called during rendering.`);
            return t.impl.apply(void 0, arguments);
          }
        );
      }
      function Lo(e, t) {
        var n = 4194308;
        return ((X.mode & Hv) !== W && (n |= 268435456), R(n, wx, e, t));
      }
      function Ro(e, t) {
        if (typeof t == `function`) {
          e = e();
          var n = t(e);
          return () => {
            typeof n == `function` ? n() : t(null);
          };
        }
        if (t != null)
          return (
            Object.hasOwn(t, `current`) ||
              console.error(
                `Expected useImperativeHandle() first argument to either be a ref callback or React.createRef() object. Instead received: %s.`,
                `an object with keys {` + Object.keys(t).join(`, `) + `}`,
              ),
            (e = e()),
            (t.current = e),
            () => {
              t.current = null;
            }
          );
      }
      function zo(e, t, n) {
        typeof t != `function` &&
          console.error(
            `Expected useImperativeHandle() second argument to be a function that creates a handle. Instead received: %s.`,
            t === null ? `null` : typeof t,
          ),
          (n = n == null ? null : n.concat([e]));
        var r = 4194308;
        (X.mode & Hv) !== W && (r |= 268435456), R(r, wx, Ro.bind(null, t, e), n);
      }
      function Bo(e, t, n) {
        typeof t != `function` &&
          console.error(
            `Expected useImperativeHandle() second argument to be a function that creates a handle. Instead received: %s.`,
            t === null ? `null` : typeof t,
          ),
          (n = n == null ? null : n.concat([e])),
          Mo(4, wx, Ro.bind(null, t, e), n);
      }
      function Vo(e, t) {
        return ((qa().memoizedState = [e, t === void 0 ? null : t]), e);
      }
      function Ho(e, t) {
        var n = Ja();
        t = t === void 0 ? null : t;
        var r = n.memoizedState;
        return t !== null && za(t, r[1]) ? r[0] : ((n.memoizedState = [e, t]), e);
      }
      function Uo(e, t) {
        var n = qa();
        t = t === void 0 ? null : t;
        var r = e();
        if (Ix) {
          Pe(!0);
          try {
            e();
          } finally {
            Pe(!1);
          }
        }
        return ((n.memoizedState = [r, t]), r);
      }
      function Wo(e, t) {
        var n = Ja();
        t = t === void 0 ? null : t;
        var r = n.memoizedState;
        if (t !== null && za(t, r[1])) return r[0];
        if (((r = e()), Ix)) {
          Pe(!0);
          try {
            e();
          } finally {
            Pe(!1);
          }
        }
        return ((n.memoizedState = [r, t]), r);
      }
      function Go(e, t) {
        return Jo(qa(), e, t);
      }
      function Ko(e, t) {
        return Yo(Ja(), Mx.memoizedState, e, t);
      }
      function qo(e, t) {
        var n = Ja();
        return Mx === null ? Jo(n, e, t) : Yo(n, Mx.memoizedState, e, t);
      }
      function Jo(e, t, n) {
        return n === void 0 || (jx & 1073741824 && !($ & 261930))
          ? (e.memoizedState = t)
          : ((e.memoizedState = n), (e = Ql()), (X.lanes |= e), (jC |= e), n);
      }
      function Yo(e, t, n, r) {
        return G_(n, t)
          ? n
          : mx.current === null
            ? !(jx & 106) || (jx & 1073741824 && !($ & 261930))
              ? ((mS = !0), (e.memoizedState = n))
              : ((e = Ql()), (X.lanes |= e), (jC |= e), t)
            : ((e = Jo(e, n, r)), G_(e, t) || (mS = !0), e);
      }
      function Xo() {
        V.asyncTransitions--;
      }
      function Zo(e, t, n, r, i) {
        var a = Km.p;
        Km.p = a !== 0 && a < Bh ? a : Bh;
        var o = V.T,
          s = {};
        (s.types = o === null ? null : o.types), (s._updatedFibers = new Set()), (V.T = s), ds(e, !1, t, n);
        try {
          var c = i(),
            l = V.S;
          if ((l !== null && l(s, c), typeof c == `object` && c && typeof c.then == `function`)) {
            V.asyncTransitions++, c.then(Xo, Xo);
            var u = Wi(c, r);
            us(e, t, u, Zl(e));
          } else us(e, t, r, Zl(e));
        } catch (n) {
          us(e, t, { then: () => {}, status: `rejected`, reason: n }, Zl(e));
        } finally {
          (Km.p = a),
            o !== null &&
              s.types !== null &&
              (o.types !== null &&
                o.types !== s.types &&
                console.error(
                  `We expected inner Transitions to have transferred the outer types set and that you cannot add to the outer Transition while inside the inner.This is a bug in React.`,
                ),
              (o.types = s.types)),
            (V.T = o),
            o === null &&
              s._updatedFibers &&
              ((e = s._updatedFibers.size),
              s._updatedFibers.clear(),
              10 < e &&
                console.warn(
                  `Detected a large number of updates inside startTransition. If this is due to a subscription please re-write it to use React provided hooks. Otherwise concurrent mode guarantees are off the table.`,
                ));
        }
      }
      function Qo(e, t, n, r) {
        if (e.tag !== 5)
          throw Error(`Expected the form instance to be a HostComponent. This is a bug in React.`);
        var i = $o(e).queue;
        wi(e), Zo(e, i, t, QT, n === null ? d : () => (es(e), n(r)));
      }
      function $o(e) {
        var t = e.memoizedState;
        if (t !== null) return t;
        t = {
          memoizedState: QT,
          baseState: QT,
          baseQueue: null,
          queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: $a, lastRenderedState: QT },
          next: null,
        };
        var n = {};
        return (
          (t.next = {
            memoizedState: n,
            baseState: n,
            baseQueue: null,
            queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: $a, lastRenderedState: n },
            next: null,
          }),
          (e.memoizedState = t),
          (e = e.alternate),
          e !== null && (e.memoizedState = t),
          t
        );
      }
      function es(e) {
        V.T === null &&
          console.error(
            `requestFormReset was called outside a transition or action. To fix, move to an action, or wrap with startTransition.`,
          );
        var t = $o(e);
        t.next === null && (t = e.alternate.memoizedState), us(e, t.next.queue, {}, Zl(e));
      }
      function ts() {
        var e = fo(!1);
        return ((e = Zo.bind(null, X, e.queue, !0, !1)), (qa().memoizedState = e), [!1, e]);
      }
      function ns() {
        var e = to($a)[0],
          t = Ja().memoizedState;
        return [typeof e == `boolean` ? e : Xa(e), t];
      }
      function rs() {
        var e = ro($a)[0],
          t = Ja().memoizedState;
        return [typeof e == `boolean` ? e : Xa(e), t];
      }
      function is() {
        return hi($T);
      }
      function as() {
        var e = qa(),
          t = pC.identifierPrefix;
        if (K) {
          var n = ey,
            r = $v;
          (n = (r & ~(1 << (32 - Nh(r) - 1))).toString(32) + n),
            (t = `_` + t + `R_` + n),
            (n = Lx++),
            0 < n && (t += `H` + n.toString(32)),
            (t += `_`);
        } else (n = Bx++), (t = `_` + t + `r_` + n.toString(32) + `_`);
        return (e.memoizedState = t);
      }
      function os() {
        return (qa().memoizedState = ss.bind(null, X));
      }
      function ss(e, t) {
        for (var n = e.return; n !== null; ) {
          switch (n.tag) {
            case 24:
            case 3:
              var r = Zl(n),
                i = ga(r),
                a = _a(n, i, r);
              a !== null && (Ci(r, `refresh()`, e), eu(a, n, r), va(a, n, r)),
                (e = vi()),
                t != null &&
                  a !== null &&
                  console.error(`The seed argument is not enabled outside experimental channels.`),
                (i.payload = { cache: e });
              return;
          }
          n = n.return;
        }
      }
      function cs(e, t, n) {
        var r = arguments;
        typeof r[3] == `function` &&
          console.error(
            `State updates from the useState() and useReducer() Hooks don't support the second callback argument. To execute a side effect after rendering, declare it in the component body with useEffect().`,
          ),
          (r = Zl(e));
        var i = {
          lane: r,
          revertLane: 0,
          gesture: null,
          action: n,
          hasEagerState: !1,
          eagerState: null,
          next: null,
        };
        fs(e)
          ? ps(t, i)
          : ((i = wr(e, t, i, r)), i !== null && (Ci(r, `dispatch()`, e), eu(i, e, r), ms(i, t, r)));
      }
      function ls(e, t, n) {
        var r = arguments;
        typeof r[3] == `function` &&
          console.error(
            `State updates from the useState() and useReducer() Hooks don't support the second callback argument. To execute a side effect after rendering, declare it in the component body with useEffect().`,
          ),
          (r = Zl(e)),
          us(e, t, n, r) && Ci(r, `setState()`, e);
      }
      function us(e, t, n, r) {
        var i = {
          lane: r,
          revertLane: 0,
          gesture: null,
          action: n,
          hasEagerState: !1,
          eagerState: null,
          next: null,
        };
        if (fs(e)) ps(t, i);
        else {
          var a = e.alternate;
          if (e.lanes === 0 && (a === null || a.lanes === 0) && ((a = t.lastRenderedReducer), a !== null)) {
            var o = V.H;
            V.H = Zx;
            try {
              var s = t.lastRenderedState,
                c = a(s, n);
              if (((i.hasEagerState = !0), (i.eagerState = c), G_(c, s)))
                return (Cr(e, t, i, 0), pC === null && Sr(), !1);
            } catch {
            } finally {
              V.H = o;
            }
          }
          if (((n = wr(e, t, i, r)), n !== null)) return (eu(n, e, r), ms(n, t, r), !0);
        }
        return !1;
      }
      function ds(e, t, n, r) {
        if (
          (V.T === null &&
            lb === 0 &&
            console.error(
              `An optimistic state update occurred outside a transition or action. To fix, move the update to an action, or wrap with startTransition.`,
            ),
          (r = {
            lane: 2,
            revertLane: sd(),
            gesture: null,
            action: r,
            hasEagerState: !1,
            eagerState: null,
            next: null,
          }),
          fs(e))
        ) {
          if (t) throw Error(`Cannot update optimistic state while rendering.`);
          console.error(`Cannot call startTransition while rendering.`);
        } else (t = wr(e, n, r, 2)), t !== null && (Ci(2, `setOptimistic()`, e), eu(t, e, 2));
      }
      function fs(e) {
        var t = e.alternate;
        return e === X || (t !== null && t === X);
      }
      function ps(e, t) {
        Fx = Px = !0;
        var n = e.pending;
        n === null ? (t.next = t) : ((t.next = n.next), (n.next = t)), (e.pending = t);
      }
      function ms(e, t, n) {
        if (n & 4194048) {
          var r = t.lanes;
          (r &= e.pendingLanes), (n |= r), (t.lanes = n), Ke(e, n);
        }
      }
      function hs(e) {
        if (e !== null && typeof e != `function`) {
          var t = String(e);
          lS.has(t) ||
            (lS.add(t),
            console.error(
              'Expected the last optional `callback` argument to be a function. Instead received: %s.',
              e,
            ));
        }
      }
      function gs(e, t, n, r) {
        var i = e.memoizedState,
          a = n(r, i);
        if (e.mode & Vv) {
          Pe(!0);
          try {
            a = n(r, i);
          } finally {
            Pe(!1);
          }
        }
        a === void 0 &&
          ((t = k(t) || `Component`),
          aS.has(t) ||
            (aS.add(t),
            console.error(
              `%s.getDerivedStateFromProps(): A valid state object (or null) must be returned. You have returned undefined.`,
              t,
            ))),
          (i = a == null ? i : B({}, i, a)),
          (e.memoizedState = i),
          e.lanes === 0 && (e.updateQueue.baseState = i);
      }
      function _s(e, t, n, r, i, a, o) {
        var s = e.stateNode;
        if (typeof s.shouldComponentUpdate == `function`) {
          if (((n = s.shouldComponentUpdate(r, a, o)), e.mode & Vv)) {
            Pe(!0);
            try {
              n = s.shouldComponentUpdate(r, a, o);
            } finally {
              Pe(!1);
            }
          }
          return (
            n === void 0 &&
              console.error(
                `%s.shouldComponentUpdate(): Returned undefined instead of a boolean value. Make sure to return true or false.`,
                k(t) || `Component`,
              ),
            n
          );
        }
        return t.prototype && t.prototype.isPureReactComponent ? !Wn(n, r) || !Wn(i, a) : !0;
      }
      function vs(e, t, n, r) {
        var i = t.state;
        typeof t.componentWillReceiveProps == `function` && t.componentWillReceiveProps(n, r),
          typeof t.UNSAFE_componentWillReceiveProps == `function` && t.UNSAFE_componentWillReceiveProps(n, r),
          t.state !== i &&
            ((e = A(e) || `Component`),
            eS.has(e) ||
              (eS.add(e),
              console.error(
                `%s.componentWillReceiveProps(): Assigning directly to this.state is deprecated (except inside a component's constructor). Use setState instead.`,
                e,
              )),
            uS.enqueueReplaceState(t, t.state, null));
      }
      function ys(e, t) {
        var n = t;
        if (`ref` in t) for (var r in ((n = {}), t)) r !== `ref` && (n[r] = t[r]);
        if ((e = e.defaultProps))
          for (var i in (n === t && (n = B({}, n)), e)) n[i] === void 0 && (n[i] = e[i]);
        return n;
      }
      function bs(e) {
        mv(e),
          console.warn(
            `%s

%s
`,
            dS
              ? `An error occurred in the <` + dS + `> component.`
              : `An error occurred in one of your React components.`,
            `Consider adding an error boundary to your tree to customize error handling behavior.
Visit https://react.dev/link/error-boundaries to learn more about error boundaries.`,
          );
      }
      function xs(e) {
        var t = dS
            ? `The above error occurred in the <` + dS + `> component.`
            : `The above error occurred in one of your React components.`,
          n =
            `React will try to recreate this component tree from scratch using the error boundary you provided, ` +
            ((fS || `Anonymous`) + `.`);
        if (typeof e == `object` && e && typeof e.environmentName == `string`) {
          var r = e.environmentName;
          (e = [
            `%o

%s

%s
`,
            e,
            t,
            n,
          ].slice(0)),
            typeof e[0] == `string`
              ? e.splice(0, 1, eE + ` ` + e[0], tE, rE + r + rE, nE)
              : e.splice(0, 0, eE, tE, rE + r + rE, nE),
            e.unshift(console),
            (r = iE.apply(console.error, e)),
            r();
        } else
          console.error(
            `%o

%s

%s
`,
            e,
            t,
            n,
          );
      }
      function Ss(e) {
        mv(e);
      }
      function Cs(e, t) {
        try {
          (dS = t.source ? A(t.source) : null), (fS = null);
          var n = t.value;
          if (V.actQueue !== null) V.thrownErrors.push(n);
          else {
            var r = e.onUncaughtError;
            r(n, { componentStack: t.stack });
          }
        } catch (e) {
          setTimeout(() => {
            throw e;
          });
        }
      }
      function ws(e, t, n) {
        try {
          (dS = n.source ? A(n.source) : null), (fS = A(t));
          var r = e.onCaughtError;
          r(n.value, { componentStack: n.stack, errorBoundary: t.tag === 1 ? t.stateNode : null });
        } catch (e) {
          setTimeout(() => {
            throw e;
          });
        }
      }
      function Ts(e, t, n) {
        return (
          (n = ga(n)),
          (n.tag = lx),
          (n.payload = { element: null }),
          (n.callback = () => {
            N(t.source, Cs, e, t);
          }),
          n
        );
      }
      function Es(e) {
        return ((e = ga(e)), (e.tag = lx), e);
      }
      function Ds(e, t, n, r) {
        var i = n.type.getDerivedStateFromError;
        if (typeof i == `function`) {
          var a = r.value;
          (e.payload = () => i(a)),
            (e.callback = () => {
              Ar(n), N(r.source, ws, t, n, r);
            });
        }
        var o = n.stateNode;
        o !== null &&
          typeof o.componentDidCatch == `function` &&
          (e.callback = function () {
            Ar(n),
              N(r.source, ws, t, n, r),
              typeof i != `function` && (KC === null ? (KC = new Set([this])) : KC.add(this)),
              Nb(this, r),
              typeof i == `function` ||
                (!(n.lanes & 2) &&
                  console.error(
                    `%s: Error boundaries should implement getDerivedStateFromError(). In that method, return a state update to display an error message or fallback UI.`,
                    A(n) || `Unknown`,
                  ));
          });
      }
      function Os(e, t, n, r, i) {
        if (((n.flags |= 32768), Mh && Yu(e, i), typeof r == `object` && r && typeof r.then == `function`)) {
          if (
            ((t = n.alternate), t !== null && fi(t, n, i, !0), K && (ry = !0), (n = gx.current), n !== null)
          ) {
            switch (n.tag) {
              case 31:
              case 13:
              case 19:
                return (
                  _x === null ? mu() : n.alternate === null && AC === aC && (AC = cC),
                  (n.flags &= -257),
                  (n.flags |= 65536),
                  (n.lanes = i),
                  r === Gb
                    ? (n.flags |= 16384)
                    : ((t = n.updateQueue),
                      t === null ? (n.updateQueue = new Set([r])) : t.add(r),
                      Bu(e, r, i)),
                  !1
                );
              case 22:
                return (
                  (n.flags |= 65536),
                  r === Gb
                    ? (n.flags |= 16384)
                    : ((t = n.updateQueue),
                      t === null
                        ? ((t = { transitions: null, markerInstances: null, retryQueue: new Set([r]) }),
                          (n.updateQueue = t))
                        : ((n = t.retryQueue), n === null ? (t.retryQueue = new Set([r])) : n.add(r)),
                      Bu(e, r, i)),
                  !1
                );
            }
            throw Error(`Unexpected Suspense handler tag (` + n.tag + `). This is a bug in React.`);
          }
          return (Bu(e, r, i), mu(), !1);
        }
        if (K)
          return (
            (ry = !0),
            (t = gx.current),
            t === null
              ? (r !== sy &&
                  ai(
                    Hr(
                      Error(
                        `There was an error while hydrating but React was able to recover by instead client rendering the entire root.`,
                        { cause: r },
                      ),
                      n,
                    ),
                  ),
                (e = e.current.alternate),
                (e.flags |= 65536),
                (i &= -i),
                (e.lanes |= i),
                (r = Hr(r, n)),
                (i = Ts(e.stateNode, r, i)),
                ya(e, i),
                AC !== lC && (AC = sC))
              : (t.tag === 19 &&
                  console.error(`SuspenseList should never catch while hydrating. This is a bug in React.`),
                !(t.flags & 65536) && (t.flags |= 256),
                (t.flags |= 65536),
                (t.lanes = i),
                r !== sy &&
                  ai(
                    Hr(
                      Error(
                        `There was an error while hydrating but React was able to recover by instead client rendering from the nearest Suspense boundary.`,
                        { cause: r },
                      ),
                      n,
                    ),
                  )),
            !1
          );
        var a = Hr(
          Error(
            `There was an error during concurrent rendering but React was able to recover by instead synchronously rendering the entire root.`,
            { cause: r },
          ),
          n,
        );
        if ((IC === null ? (IC = [a]) : IC.push(a), AC !== lC && (AC = sC), t === null)) return !0;
        (r = Hr(r, n)), (n = t);
        do {
          switch (n.tag) {
            case 3:
              return (
                (n.flags |= 65536), (e = i & -i), (n.lanes |= e), (e = Ts(n.stateNode, r, e)), ya(n, e), !1
              );
            case 1:
              if (
                ((t = n.type),
                (a = n.stateNode),
                !(n.flags & 128) &&
                  (typeof t.getDerivedStateFromError == `function` ||
                    (a !== null && typeof a.componentDidCatch == `function` && (KC === null || !KC.has(a)))))
              )
                return (
                  (n.flags |= 65536), (i &= -i), (n.lanes |= i), (i = Es(i)), Ds(i, e, n, r), ya(n, i), !1
                );
              break;
            case 22:
              if (n.memoizedState !== null) return ((n.flags |= 65536), !1);
          }
          n = n.return;
        } while (n !== null);
        return !1;
      }
      function ks(e, t, n, r) {
        t.child = e === null ? ax(t, null, n, r) : ix(t, e.child, n, r);
      }
      function As(e, t, n, r, i) {
        n = n.render;
        var a = Or(n);
        if ((a !== n && ((n = a), e !== null && (mS = !0)), (a = t.ref), `ref` in r)) {
          var o = {};
          for (var s in r) s !== `ref` && (o[s] = r[s]);
        } else o = r;
        return (
          mi(t),
          (r = Ba(e, t, n, o, a, i)),
          (s = Wa()),
          e !== null && !mS
            ? (Ga(e, t, i), ic(e, t, i))
            : (K && s && Gr(t), (t.flags |= 1), ks(e, t, r, i), t.child)
        );
      }
      function js(e, t, n, r, i) {
        if (e === null) {
          var a = n.type;
          return typeof a == `function` && !Nr(a) && a.defaultProps === void 0 && n.compare === null
            ? ((n = Or(a)), (t.tag = 15), (t.type = n), Ws(t, a), Ms(e, t, n, r, i))
            : ((e = Ir(n.type, null, r, t, t.mode, i)), (e.ref = t.ref), (e.return = t), (t.child = e));
        }
        if (((a = e.child), !ac(e, i))) {
          var o = a.memoizedProps;
          if (((n = n.compare), (n = n === null ? Wn : n), n(o, r) && e.ref === t.ref)) return ic(e, t, i);
        }
        return ((t.flags |= 1), (e = Pr(a, r)), (e.ref = t.ref), (e.return = t), (t.child = e));
      }
      function Ms(e, t, n, r, i) {
        if (e !== null) {
          var a = e.memoizedProps;
          if (Wn(a, r) && e.ref === t.ref && t.type === e.type) {
            if (((mS = !1), (t.pendingProps = r = a), ac(e, i))) e.flags & 131072 && (mS = !0);
            else return ((t.lanes = e.lanes), ic(e, t, i));
          }
        }
        return Bs(e, t, n, r, i);
      }
      function Ns(e, t, n, r) {
        var i = r.children,
          a = e === null ? null : e.memoizedState;
        if (
          (e === null &&
            t.stateNode === null &&
            (t.stateNode = { _visibility: Mv, _pendingMarkers: null, _retryCache: null, _transitions: null }),
          r.mode === `hidden`)
        ) {
          if (t.flags & 128) {
            if (((a = a === null ? n : a.baseLanes | n), e !== null)) {
              for (r = t.child = e.child, i = 0; r !== null; )
                (i = i | r.lanes | r.childLanes), (r = r.sibling);
              r = i & ~a;
            } else (r = 0), (t.child = null);
            return Fs(e, t, a, n, r);
          }
          if (n & 536870912)
            (t.memoizedState = { baseLanes: 0, cachePool: null }),
              e !== null && Ki(t, a === null ? null : a.cachePool),
              a === null ? Ea(t) : Ta(t, a),
              Aa(t);
          else return ((r = t.lanes = 536870912), Fs(e, t, a === null ? n : a.baseLanes | n, n, r));
        } else
          a === null
            ? (e !== null && Ki(t, null), Ea(t), ja(t))
            : (Ki(t, a.cachePool), Ta(t, a), ja(t), (t.memoizedState = null));
        return (ks(e, t, i, n), t.child);
      }
      function Ps(e, t) {
        return (
          (e !== null && e.tag === 22) ||
            t.stateNode !== null ||
            (t.stateNode = { _visibility: Mv, _pendingMarkers: null, _retryCache: null, _transitions: null }),
          t.sibling
        );
      }
      function Fs(e, t, n, r, i) {
        var a = Gi();
        return (
          (a = a === null ? null : { parent: _y._currentValue, pool: a }),
          (t.memoizedState = { baseLanes: n, cachePool: a }),
          e !== null && Ki(t, null),
          Ea(t),
          Aa(t),
          e !== null && fi(e, t, r, !0),
          (t.childLanes = i),
          null
        );
      }
      function Is(e, t) {
        var n = t.hidden;
        return (
          n !== void 0 &&
            console.error(
              `<Activity> doesn't accept a hidden prop. Use mode="hidden" instead.
- <Activity %s>
+ <Activity %s>`,
              !0 === n ? `hidden` : !1 === n ? `hidden={false}` : `hidden={...}`,
              n ? `mode="hidden"` : `mode="visible"`,
            ),
          (t = Ys({ mode: t.mode, children: t.children }, e.mode)),
          (t.ref = e.ref),
          (e.child = t),
          (t.return = e),
          t
        );
      }
      function Ls(e, t, n) {
        return (
          ix(t, e.child, null, n),
          (e = Is(t, t.pendingProps)),
          (e.flags |= 2),
          Ma(t),
          (t.memoizedState = null),
          e
        );
      }
      function Rs(e, t, n) {
        var r = t.pendingProps,
          i = !!(t.flags & 128);
        if (((t.flags &= -129), e === null)) {
          if (K) {
            if (r.mode === `hidden`)
              return (
                (e = Is(t, r)),
                (t.lanes = 536870912),
                (e.memoizedState = { baseLanes: 0, cachePool: null }),
                Ps(null, e)
              );
            if (
              (ka(t),
              (e = ny)
                ? ((n = $f(e, oy)),
                  (n = n !== null && n.data === rT ? n : null),
                  n !== null &&
                    ((r = { dehydrated: n, treeContext: qr(), retryLane: 536870912, hydrationErrors: null }),
                    (t.memoizedState = r),
                    (r = Br(n)),
                    (r.return = t),
                    (t.child = r),
                    (ty = t),
                    (ny = null)))
                : (n = null),
              n === null)
            )
              throw (Qr(t, e), $r(t));
            return ((t.lanes = 536870912), null);
          }
          return Is(t, r);
        }
        var a = e.memoizedState;
        if (a !== null) {
          var o = a.dehydrated;
          if ((ka(t), i)) {
            if (t.flags & 256) (t.flags &= -257), (t = Ls(e, t, n));
            else if (t.memoizedState !== null) (t.child = e.child), (t.flags |= 128), (t = null);
            else throw Error(`Client rendering an Activity suspended it again. This is a bug in React.`);
          } else if (
            (Zr(), n & 536870912 && pu(t), mS || fi(e, t, n, !1), (i = (n & e.childLanes) !== 0), mS || i)
          ) {
            if (mx.current === null) {
              if (((r = pC), r !== null && ((o = qe(r, n)), o !== 0 && o !== a.retryLane)))
                throw ((a.retryLane = o), Tr(e, o), eu(r, e, o), pS);
              mu();
            }
            t = Ls(e, t, n);
          } else
            (e = a.treeContext),
              (ny = rp(o.nextSibling)),
              (ty = t),
              (K = !0),
              (ay = null),
              (ry = !1),
              (iy = null),
              (oy = !1),
              e !== null && Jr(t, e),
              (t = Is(t, r)),
              (t.flags |= 134221824);
          return t;
        }
        return (
          (a = e.child),
          (r = { mode: r.mode, children: r.children }),
          n & 536870912 && (n & e.lanes) !== 0 && pu(t),
          (e = Pr(a, r)),
          (e.ref = t.ref),
          (t.child = e),
          (e.return = t),
          e
        );
      }
      function zs(e, t) {
        var n = t.ref;
        if (n === null) e !== null && e.ref !== null && (t.flags |= 4194816);
        else {
          if (typeof n != `function` && typeof n != `object`)
            throw Error(
              `Expected ref to be a function, an object returned by React.createRef(), or undefined/null.`,
            );
          (e === null || e.ref !== n) && (t.flags |= 4194816);
        }
      }
      function Bs(e, t, n, r, i) {
        if (n.prototype && typeof n.prototype.render == `function`) {
          var a = k(n) || `Unknown`;
          hS[a] ||
            (console.error(
              `The <%s /> component appears to have a render method, but doesn't extend React.Component. This is likely to cause errors. Change %s to extend React.Component instead.`,
              a,
              a,
            ),
            (hS[a] = !0));
        }
        return (
          t.mode & Vv && pb.recordLegacyContextWarning(t, null),
          e === null &&
            (Ws(t, t.type),
            n.contextTypes &&
              ((a = k(n) || `Unknown`),
              _S[a] ||
                ((_S[a] = !0),
                console.error(
                  `%s uses the legacy contextTypes API which was removed in React 19. Use React.createContext() with React.useContext() instead. (https://react.dev/link/legacy-context)`,
                  a,
                )))),
          mi(t),
          (n = Ba(e, t, n, r, void 0, i)),
          (r = Wa()),
          e !== null && !mS
            ? (Ga(e, t, i), ic(e, t, i))
            : (K && r && Gr(t), (t.flags |= 1), ks(e, t, n, i), t.child)
        );
      }
      function Vs(e, t, n, r, i, a) {
        return (
          mi(t),
          (Ux = -1),
          (Wx = e !== null && e.type !== t.type),
          (t.updateQueue = null),
          (n = Ha(t, r, n, i)),
          Va(e, t),
          (r = Wa()),
          e !== null && !mS
            ? (Ga(e, t, a), ic(e, t, a))
            : (K && r && Gr(t), (t.flags |= 1), ks(e, t, n, a), t.child)
        );
      }
      function Hs(e, t, n, r, i) {
        switch (s(t)) {
          case !1:
            var a = t.stateNode,
              o = new t.type(t.memoizedProps, a.context).state;
            a.updater.enqueueSetState(a, o, null);
            break;
          case !0:
            (t.flags |= 128), (t.flags |= 65536), (a = Error(`Simulated error coming from DevTools`));
            var c = i & -i;
            if (((t.lanes |= c), (o = pC), o === null))
              throw Error(`Expected a work-in-progress root. This is a bug in React. Please file an issue.`);
            (c = Es(c)), Ds(c, o, t, Hr(a, t)), ya(t, c);
        }
        if ((mi(t), t.stateNode === null)) {
          if (
            ((o = Lv),
            (a = n.contextType),
            `contextType` in n &&
              a !== null &&
              (a === void 0 || a.$$typeof !== Mm) &&
              !cS.has(n) &&
              (cS.add(n),
              (c =
                a === void 0
                  ? ` However, it is set to undefined. This can be caused by a typo or by mixing up named and default imports. This can also happen due to a circular dependency, so try moving the createContext() call to a separate file.`
                  : typeof a == `object`
                    ? a.$$typeof === jm
                      ? ` Did you accidentally pass the Context.Consumer instead?`
                      : ` However, it is set to an object with keys {` + Object.keys(a).join(`, `) + `}.`
                    : ` However, it is set to a ` + typeof a + `.`),
              console.error(
                `%s defines an invalid contextType. contextType should point to the Context object returned by React.createContext().%s`,
                k(n) || `Component`,
                c,
              )),
            typeof a == `object` && a && (o = hi(a)),
            (a = new n(r, o)),
            t.mode & Vv)
          ) {
            Pe(!0);
            try {
              a = new n(r, o);
            } finally {
              Pe(!1);
            }
          }
          if (
            ((o = t.memoizedState = a.state !== null && a.state !== void 0 ? a.state : null),
            (a.updater = uS),
            (t.stateNode = a),
            (a._reactInternals = t),
            (a._reactInternalInstance = $x),
            typeof n.getDerivedStateFromProps == `function` &&
              o === null &&
              ((o = k(n) || `Component`),
              tS.has(o) ||
                (tS.add(o),
                console.error(
                  '`%s` uses `getDerivedStateFromProps` but its initial state is %s. This is not recommended. Instead, define the initial state by assigning an object to `this.state` in the constructor of `%s`. This ensures that `getDerivedStateFromProps` arguments have a consistent shape.',
                  o,
                  a.state === null ? `null` : `undefined`,
                  o,
                ))),
            typeof n.getDerivedStateFromProps == `function` || typeof a.getSnapshotBeforeUpdate == `function`)
          ) {
            var l = (c = o = null);
            if (
              (typeof a.componentWillMount == `function` &&
              !0 !== a.componentWillMount.__suppressDeprecationWarning
                ? (o = `componentWillMount`)
                : typeof a.UNSAFE_componentWillMount == `function` && (o = `UNSAFE_componentWillMount`),
              typeof a.componentWillReceiveProps == `function` &&
              !0 !== a.componentWillReceiveProps.__suppressDeprecationWarning
                ? (c = `componentWillReceiveProps`)
                : typeof a.UNSAFE_componentWillReceiveProps == `function` &&
                  (c = `UNSAFE_componentWillReceiveProps`),
              typeof a.componentWillUpdate == `function` &&
              !0 !== a.componentWillUpdate.__suppressDeprecationWarning
                ? (l = `componentWillUpdate`)
                : typeof a.UNSAFE_componentWillUpdate == `function` && (l = `UNSAFE_componentWillUpdate`),
              o !== null || c !== null || l !== null)
            ) {
              a = k(n) || `Component`;
              var u =
                typeof n.getDerivedStateFromProps == `function`
                  ? `getDerivedStateFromProps()`
                  : `getSnapshotBeforeUpdate()`;
              rS.has(a) ||
                (rS.add(a),
                console.error(
                  `Unsafe legacy lifecycles will not be called for components using new component APIs.

%s uses %s but also contains the following legacy lifecycles:%s%s%s

The above lifecycles should be removed. Learn more about this warning here:
https://react.dev/link/unsafe-component-lifecycles`,
                  a,
                  u,
                  o === null
                    ? ``
                    : `
  ` + o,
                  c === null
                    ? ``
                    : `
  ` + c,
                  l === null
                    ? ``
                    : `
  ` + l,
                ));
            }
          }
          (a = t.stateNode),
            (o = k(n) || `Component`),
            a.render ||
              (n.prototype && typeof n.prototype.render == `function`
                ? console.error(
                    'No `render` method found on the %s instance: did you accidentally return an object from the constructor?',
                    o,
                  )
                : console.error(
                    'No `render` method found on the %s instance: you may have forgotten to define `render`.',
                    o,
                  )),
            !a.getInitialState ||
              a.getInitialState.isReactClassApproved ||
              a.state ||
              console.error(
                `getInitialState was defined on %s, a plain JavaScript class. This is only supported for classes created using React.createClass. Did you mean to define a state property instead?`,
                o,
              ),
            a.getDefaultProps &&
              !a.getDefaultProps.isReactClassApproved &&
              console.error(
                `getDefaultProps was defined on %s, a plain JavaScript class. This is only supported for classes created using React.createClass. Use a static property to define defaultProps instead.`,
                o,
              ),
            a.contextType &&
              console.error(
                `contextType was defined as an instance property on %s. Use a static property to define contextType instead.`,
                o,
              ),
            n.childContextTypes &&
              !sS.has(n) &&
              (sS.add(n),
              console.error(
                `%s uses the legacy childContextTypes API which was removed in React 19. Use React.createContext() instead. (https://react.dev/link/legacy-context)`,
                o,
              )),
            n.contextTypes &&
              !oS.has(n) &&
              (oS.add(n),
              console.error(
                `%s uses the legacy contextTypes API which was removed in React 19. Use React.createContext() with static contextType instead. (https://react.dev/link/legacy-context)`,
                o,
              )),
            typeof a.componentShouldUpdate == `function` &&
              console.error(
                `%s has a method called componentShouldUpdate(). Did you mean shouldComponentUpdate()? The name is phrased as a question because the function is expected to return a value.`,
                o,
              ),
            n.prototype &&
              n.prototype.isPureReactComponent &&
              a.shouldComponentUpdate !== void 0 &&
              console.error(
                `%s has a method called shouldComponentUpdate(). shouldComponentUpdate should not be used when extending React.PureComponent. Please extend React.Component if shouldComponentUpdate is used.`,
                k(n) || `A pure component`,
              ),
            typeof a.componentDidUnmount == `function` &&
              console.error(
                `%s has a method called componentDidUnmount(). But there is no such lifecycle method. Did you mean componentWillUnmount()?`,
                o,
              ),
            typeof a.componentDidReceiveProps == `function` &&
              console.error(
                `%s has a method called componentDidReceiveProps(). But there is no such lifecycle method. If you meant to update the state in response to changing props, use componentWillReceiveProps(). If you meant to fetch data or run side-effects or mutations after React has updated the UI, use componentDidUpdate().`,
                o,
              ),
            typeof a.componentWillRecieveProps == `function` &&
              console.error(
                `%s has a method called componentWillRecieveProps(). Did you mean componentWillReceiveProps()?`,
                o,
              ),
            typeof a.UNSAFE_componentWillRecieveProps == `function` &&
              console.error(
                `%s has a method called UNSAFE_componentWillRecieveProps(). Did you mean UNSAFE_componentWillReceiveProps()?`,
                o,
              ),
            (c = a.props !== r),
            a.props !== void 0 &&
              c &&
              console.error(
                "When calling super() in `%s`, make sure to pass up the same props that your component's constructor was passed.",
                o,
              ),
            a.defaultProps &&
              console.error(
                `Setting defaultProps as an instance property on %s is not supported and will be ignored. Instead, define defaultProps as a static property on %s.`,
                o,
                o,
              ),
            typeof a.getSnapshotBeforeUpdate != `function` ||
              typeof a.componentDidUpdate == `function` ||
              nS.has(n) ||
              (nS.add(n),
              console.error(
                `%s: getSnapshotBeforeUpdate() should be used with componentDidUpdate(). This component defines getSnapshotBeforeUpdate() only.`,
                k(n),
              )),
            typeof a.getDerivedStateFromProps == `function` &&
              console.error(
                `%s: getDerivedStateFromProps() is defined as an instance method and will be ignored. Instead, declare it as a static method.`,
                o,
              ),
            typeof a.getDerivedStateFromError == `function` &&
              console.error(
                `%s: getDerivedStateFromError() is defined as an instance method and will be ignored. Instead, declare it as a static method.`,
                o,
              ),
            typeof n.getSnapshotBeforeUpdate == `function` &&
              console.error(
                `%s: getSnapshotBeforeUpdate() is defined as a static method and will be ignored. Instead, declare it as an instance method.`,
                o,
              ),
            (c = a.state) &&
              (typeof c != `object` || Gm(c)) &&
              console.error(`%s.state: must be set to an object or null`, o),
            typeof a.getChildContext == `function` &&
              typeof n.childContextTypes != `object` &&
              console.error(
                `%s.getChildContext(): childContextTypes must be defined in order to use getChildContext().`,
                o,
              ),
            (a = t.stateNode),
            (a.props = r),
            (a.state = t.memoizedState),
            (a.refs = {}),
            ma(t),
            (o = n.contextType),
            (a.context = typeof o == `object` && o ? hi(o) : Lv),
            a.state === r &&
              ((o = k(n) || `Component`),
              iS.has(o) ||
                (iS.add(o),
                console.error(
                  `%s: It is not recommended to assign props directly to state because updates to props won't be reflected in state. In most cases, it is better to use props directly.`,
                  o,
                ))),
            t.mode & Vv && pb.recordLegacyContextWarning(t, a),
            pb.recordUnsafeLifecycleWarnings(t, a),
            (a.state = t.memoizedState),
            (o = n.getDerivedStateFromProps),
            typeof o == `function` && (gs(t, n, o, r), (a.state = t.memoizedState)),
            typeof n.getDerivedStateFromProps == `function` ||
              typeof a.getSnapshotBeforeUpdate == `function` ||
              (typeof a.UNSAFE_componentWillMount != `function` &&
                typeof a.componentWillMount != `function`) ||
              ((o = a.state),
              typeof a.componentWillMount == `function` && a.componentWillMount(),
              typeof a.UNSAFE_componentWillMount == `function` && a.UNSAFE_componentWillMount(),
              o !== a.state &&
                (console.error(
                  `%s.componentWillMount(): Assigning directly to this.state is deprecated (except inside a component's constructor). Use setState instead.`,
                  A(t) || `Component`,
                ),
                uS.enqueueReplaceState(a, a.state, null)),
              xa(t, r, a, i),
              ba(),
              (a.state = t.memoizedState)),
            typeof a.componentDidMount == `function` && (t.flags |= 4194308),
            (t.mode & Hv) !== W && (t.flags |= 268435456),
            (a = !0);
        } else if (e === null) {
          a = t.stateNode;
          var d = t.memoizedProps;
          (c = ys(n, d)), (a.props = c);
          var f = a.context;
          (l = n.contextType),
            (o = Lv),
            typeof l == `object` && l && (o = hi(l)),
            (u = n.getDerivedStateFromProps),
            (l = typeof u == `function` || typeof a.getSnapshotBeforeUpdate == `function`),
            (d = t.pendingProps !== d),
            l ||
              (typeof a.UNSAFE_componentWillReceiveProps != `function` &&
                typeof a.componentWillReceiveProps != `function`) ||
              ((d || f !== o) && vs(t, a, r, o)),
            (ux = !1);
          var p = t.memoizedState;
          (a.state = p),
            xa(t, r, a, i),
            ba(),
            (f = t.memoizedState),
            d || p !== f || ux
              ? (typeof u == `function` && (gs(t, n, u, r), (f = t.memoizedState)),
                (c = ux || _s(t, n, c, r, p, f, o))
                  ? (l ||
                      (typeof a.UNSAFE_componentWillMount != `function` &&
                        typeof a.componentWillMount != `function`) ||
                      (typeof a.componentWillMount == `function` && a.componentWillMount(),
                      typeof a.UNSAFE_componentWillMount == `function` && a.UNSAFE_componentWillMount()),
                    typeof a.componentDidMount == `function` && (t.flags |= 4194308),
                    (t.mode & Hv) !== W && (t.flags |= 268435456))
                  : (typeof a.componentDidMount == `function` && (t.flags |= 4194308),
                    (t.mode & Hv) !== W && (t.flags |= 268435456),
                    (t.memoizedProps = r),
                    (t.memoizedState = f)),
                (a.props = r),
                (a.state = f),
                (a.context = o),
                (a = c))
              : (typeof a.componentDidMount == `function` && (t.flags |= 4194308),
                (t.mode & Hv) !== W && (t.flags |= 268435456),
                (a = !1));
        } else {
          (a = t.stateNode),
            ha(e, t),
            (o = t.memoizedProps),
            (l = ys(n, o)),
            (a.props = l),
            (u = t.pendingProps),
            (p = a.context),
            (f = n.contextType),
            (c = Lv),
            typeof f == `object` && f && (c = hi(f)),
            (d = n.getDerivedStateFromProps),
            (f = typeof d == `function` || typeof a.getSnapshotBeforeUpdate == `function`) ||
              (typeof a.UNSAFE_componentWillReceiveProps != `function` &&
                typeof a.componentWillReceiveProps != `function`) ||
              ((o !== u || p !== c) && vs(t, a, r, c)),
            (ux = !1),
            (p = t.memoizedState),
            (a.state = p),
            xa(t, r, a, i),
            ba();
          var m = t.memoizedState;
          o !== u || p !== m || ux || (e !== null && e.dependencies !== null && pi(e.dependencies))
            ? (typeof d == `function` && (gs(t, n, d, r), (m = t.memoizedState)),
              (l =
                ux ||
                _s(t, n, l, r, p, m, c) ||
                (e !== null && e.dependencies !== null && pi(e.dependencies)))
                ? (f ||
                    (typeof a.UNSAFE_componentWillUpdate != `function` &&
                      typeof a.componentWillUpdate != `function`) ||
                    (typeof a.componentWillUpdate == `function` && a.componentWillUpdate(r, m, c),
                    typeof a.UNSAFE_componentWillUpdate == `function` &&
                      a.UNSAFE_componentWillUpdate(r, m, c)),
                  typeof a.componentDidUpdate == `function` && (t.flags |= 4),
                  typeof a.getSnapshotBeforeUpdate == `function` && (t.flags |= 1024))
                : (typeof a.componentDidUpdate != `function` ||
                    (o === e.memoizedProps && p === e.memoizedState) ||
                    (t.flags |= 4),
                  typeof a.getSnapshotBeforeUpdate != `function` ||
                    (o === e.memoizedProps && p === e.memoizedState) ||
                    (t.flags |= 1024),
                  (t.memoizedProps = r),
                  (t.memoizedState = m)),
              (a.props = r),
              (a.state = m),
              (a.context = c),
              (a = l))
            : (typeof a.componentDidUpdate != `function` ||
                (o === e.memoizedProps && p === e.memoizedState) ||
                (t.flags |= 4),
              typeof a.getSnapshotBeforeUpdate != `function` ||
                (o === e.memoizedProps && p === e.memoizedState) ||
                (t.flags |= 1024),
              (a = !1));
        }
        if (((c = a), zs(e, t), (o = !!(t.flags & 128)), c || o)) {
          if (((c = t.stateNode), De(t), o && typeof n.getDerivedStateFromError != `function`))
            (n = null), (Dy = -1);
          else if (((n = Db(c)), t.mode & Vv)) {
            Pe(!0);
            try {
              Db(c);
            } finally {
              Pe(!1);
            }
          }
          (t.flags |= 1),
            e !== null && o
              ? ((t.child = ix(t, e.child, null, i)), (t.child = ix(t, null, n, i)))
              : ks(e, t, n, i),
            (t.memoizedState = c.state),
            (e = t.child);
        } else e = ic(e, t, i);
        return (
          (i = t.stateNode),
          a &&
            i.props !== r &&
            (yS ||
              console.error(
                'It looks like %s is reassigning its own `this.props` while rendering. This is not supported and can lead to confusing bugs.',
                A(t) || `a component`,
              ),
            (yS = !0)),
          e
        );
      }
      function Us(e, t, n, r) {
        return (ri(), (t.flags |= 256), ks(e, t, n, r), t.child);
      }
      function Ws(e, t) {
        t &&
          t.childContextTypes &&
          console.error(
            `childContextTypes cannot be defined on a function component.
  %s.childContextTypes = ...`,
            t.displayName || t.name || `Component`,
          ),
          typeof t.getDerivedStateFromProps == `function` &&
            ((e = k(t) || `Unknown`),
            vS[e] ||
              (console.error(`%s: Function components do not support getDerivedStateFromProps.`, e),
              (vS[e] = !0))),
          typeof t.contextType == `object` &&
            t.contextType !== null &&
            ((t = k(t) || `Unknown`),
            gS[t] || (console.error(`%s: Function components do not support contextType.`, t), (gS[t] = !0)));
      }
      function Gs(e) {
        return { baseLanes: e, cachePool: qi() };
      }
      function Ks(e, t, n) {
        return ((e = e === null ? 0 : e.childLanes & ~n), t && (e |= PC), e);
      }
      function qs(e, t, n) {
        var r = t.pendingProps;
        o(t) && (t.flags |= 128);
        var i = !1,
          a = !!(t.flags & 128),
          s;
        if (
          ((s = a) || (s = e !== null && e.memoizedState === null ? !1 : (bx.current & yx) !== 0),
          s && ((i = !0), (t.flags &= -129)),
          (s = !!(t.flags & 32)),
          (t.flags &= -33),
          e === null)
        ) {
          if (K) {
            if (
              (i ? Oa(t) : ja(t),
              (e = ny)
                ? ((n = $f(e, oy)),
                  (n = n !== null && n.data !== rT ? n : null),
                  n !== null &&
                    ((s = { dehydrated: n, treeContext: qr(), retryLane: 536870912, hydrationErrors: null }),
                    (t.memoizedState = s),
                    (s = Br(n)),
                    (s.return = t),
                    (t.child = s),
                    (ty = t),
                    (ny = null)))
                : (n = null),
              n === null)
            )
              throw (Qr(t, e), $r(t));
            return ((t.lanes = tp(n) ? 32 : 536870912), null);
          }
          return (
            (a = r.children),
            (r = r.fallback),
            i
              ? (ja(t),
                (i = t.mode),
                (a = Ys({ mode: `hidden`, children: a }, i)),
                (r = Rr(r, i, n, null)),
                (a.return = t),
                (r.return = t),
                (a.sibling = r),
                (t.child = a),
                (r = t.child),
                (r.memoizedState = Gs(n)),
                (r.childLanes = Ks(e, s, n)),
                (t.memoizedState = CS),
                Ps(null, r))
              : (Oa(t), Js(t, a))
          );
        }
        var c = e.memoizedState;
        if (c !== null) {
          var l = c.dehydrated;
          if (l !== null) return Zs(e, t, a, s, r, l, c, n);
        }
        return i
          ? (ja(t),
            (i = r.fallback),
            (a = t.mode),
            (c = e.child),
            (l = c.sibling),
            (r = Pr(c, { mode: `hidden`, children: r.children })),
            (r.subtreeFlags = c.subtreeFlags & 1206910976),
            l === null ? ((i = Rr(i, a, n, null)), (i.flags |= 2)) : (i = Pr(l, i)),
            (i.return = t),
            (r.return = t),
            (r.sibling = i),
            (t.child = r),
            Ps(null, r),
            (r = t.child),
            (i = e.child.memoizedState),
            i === null
              ? (i = Gs(n))
              : ((a = i.cachePool),
                a === null
                  ? (a = qi())
                  : ((c = _y._currentValue), (a = a.parent === c ? a : { parent: c, pool: c })),
                (i = { baseLanes: i.baseLanes | n, cachePool: a })),
            (r.memoizedState = i),
            (r.childLanes = Ks(e, s, n)),
            (t.memoizedState = CS),
            Ps(e.child, r))
          : (c !== null && (n & 62914560) === n && (n & e.lanes) !== 0 && pu(t),
            Oa(t),
            (n = e.child),
            (e = n.sibling),
            (n = Pr(n, { mode: `visible`, children: r.children })),
            (n.return = t),
            (n.sibling = null),
            e !== null &&
              ((s = t.deletions), s === null ? ((t.deletions = [e]), (t.flags |= 16)) : s.push(e)),
            (t.child = n),
            (t.memoizedState = null),
            n);
      }
      function Js(e, t) {
        return ((t = Ys({ mode: `visible`, children: t }, e.mode)), (t.return = e), (e.child = t));
      }
      function Ys(e, t) {
        return ((e = m(22, e, null, t)), (e.lanes = 0), e);
      }
      function Xs(e, t, n) {
        return (
          ix(t, e.child, null, n),
          (e = Js(t, t.pendingProps.children)),
          (e.flags |= 2),
          (t.memoizedState = null),
          e
        );
      }
      function Zs(e, t, n, r, i, a, o, s) {
        if (n) {
          if (t.flags & 256) return (Oa(t), (t.flags &= -257), Xs(e, t, s));
          if (t.memoizedState !== null) return (ja(t), (t.child = e.child), (t.flags |= 128), null);
          ja(t);
          var c = i.fallback,
            l = t.mode,
            u = Ys({ mode: `visible`, children: i.children }, l);
          return (
            (c = Rr(c, l, s, null)),
            (c.flags |= 2),
            (u.return = t),
            (c.return = t),
            (u.sibling = c),
            (t.child = u),
            ix(t, e.child, null, s),
            (c = t.child),
            (c.memoizedState = Gs(s)),
            (c.childLanes = Ks(e, r, s)),
            (t.memoizedState = CS),
            Ps(null, c)
          );
        }
        if ((Oa(t), Zr(), s & 536870912 && pu(t), tp(a))) {
          if (((r = a.nextSibling && a.nextSibling.dataset), r)) {
            c = r.dgst;
            var d = r.msg;
            (l = r.stck), (u = r.cstck);
          }
          return (
            (a = d),
            (o = c),
            (i = l),
            (r = u),
            (c = o),
            (l = a),
            (u = i),
            (i = r),
            c !== Cb &&
              ((r = Error(
                l ||
                  `The server could not finish this Suspense boundary, likely due to an error during server rendering. Switched to client rendering.`,
              )),
              (r.stack = u || ``),
              (r.digest = c),
              (c = i === void 0 ? null : i),
              (l = { value: r, source: null, stack: c }),
              typeof c == `string` && Gv.set(r, l),
              ai(l)),
            Xs(e, t, s)
          );
        }
        if ((mS || fi(e, t, s, !1), (r = (s & e.childLanes) !== 0), mS || r)) {
          if (mx.current !== null) return Xs(e, t, s);
          if (((r = pC), r !== null && ((c = qe(r, s)), c !== 0 && c !== o.retryLane)))
            throw ((o.retryLane = c), Tr(e, c), eu(r, e, c), pS);
          return (ep(a) || mu(), Xs(e, t, s));
        }
        return ep(a)
          ? ((t.flags |= 192), (t.child = e.child), null)
          : ((e = o.treeContext),
            (ny = rp(a.nextSibling)),
            (ty = t),
            (K = !0),
            (ay = null),
            (ry = !1),
            (iy = null),
            (oy = !1),
            e !== null && Jr(t, e),
            (t = Js(t, i.children)),
            (t.flags |= 134221824),
            t);
      }
      function Qs(e, t, n) {
        e.lanes |= t;
        var r = e.alternate;
        r !== null && (r.lanes |= t), ui(e.return, t, n);
      }
      function $s(e) {
        for (var t = null; e !== null; ) {
          var n = e.alternate;
          n !== null && Fa(n) === null && (t = e), (e = e.sibling);
        }
        return t;
      }
      function ec(e, t, n, r, i, a) {
        var o = e.memoizedState;
        o === null
          ? (e.memoizedState = {
              isBackwards: t,
              rendering: null,
              renderingStartTime: 0,
              last: r,
              tail: n,
              tailMode: i,
              treeForkCount: a,
            })
          : ((o.isBackwards = t),
            (o.rendering = null),
            (o.renderingStartTime = 0),
            (o.last = r),
            (o.tail = n),
            (o.tailMode = i),
            (o.treeForkCount = a));
      }
      function tc(e) {
        var t = e.child;
        for (e.child = null; t !== null; ) {
          var n = t.sibling;
          (t.sibling = e.child), (e.child = t), (t = n);
        }
      }
      function nc(e, t, n) {
        var r = t.pendingProps,
          i = r.revealOrder,
          a = r.tail,
          o = r.children,
          s = bx.current;
        if (t.flags & 128) return (Na(t, s), null);
        if (
          ((r = (s & yx) !== 0) ? ((s = (s & vx) | yx), (t.flags |= 128)) : (s &= vx),
          Na(t, s),
          (s = i ?? `null`),
          i != null &&
            i !== `forwards` &&
            i !== `backwards` &&
            i !== `unstable_legacy-backwards` &&
            i !== `together` &&
            i !== `independent` &&
            !bS[s])
        ) {
          if (((bS[s] = !0), typeof i == `string`))
            switch (i.toLowerCase()) {
              case `together`:
              case `forwards`:
              case `backwards`:
              case `independent`:
                console.error(
                  `"%s" is not a valid value for revealOrder on <SuspenseList />. Use lowercase "%s" instead.`,
                  i,
                  i.toLowerCase(),
                );
                break;
              case `forward`:
              case `backward`:
                console.error(
                  `"%s" is not a valid value for revealOrder on <SuspenseList />. React uses the -s suffix in the spelling. Use "%ss" instead.`,
                  i,
                  i.toLowerCase(),
                );
                break;
              default:
                console.error(
                  `"%s" is not a supported revealOrder on <SuspenseList />. Did you mean "independent", "together", "forwards" or "backwards"?`,
                  i,
                );
            }
          else
            console.error(
              `%s is not a supported value for revealOrder on <SuspenseList />. Did you mean "independent", "together", "forwards" or "backwards"?`,
              i,
            );
        }
        (s = a ?? `null`),
          xS[s] ||
            a == null ||
            (a !== `visible` && a !== `collapsed` && a !== `hidden`
              ? ((xS[s] = !0),
                console.error(
                  `"%s" is not a supported value for tail on <SuspenseList />. Did you mean "visible", "collapsed" or "hidden"?`,
                  a,
                ))
              : i != null &&
                i !== `forwards` &&
                i !== `backwards` &&
                i !== `unstable_legacy-backwards` &&
                ((xS[s] = !0),
                console.error(
                  `<SuspenseList tail="%s" /> is only valid if revealOrder is "forwards" (default) or "backwards". Did you mean to specify revealOrder="forwards"?`,
                  a,
                )));
        a: if (
          (i == null || i === `forwards` || i === `backwards` || i === `unstable_legacy-backwards`) &&
          o != null &&
          !1 !== o
        ) {
          if (Gm(o)) {
            for (s = 0; s < o.length; s++) if (!pa(o[s], s)) break a;
          } else if (((s = se(o)), typeof s == `function`)) {
            if ((s = s.call(o)))
              for (var c = s.next(), l = 0; !c.done; c = s.next()) {
                if (!pa(c.value, l)) break a;
                l++;
              }
          } else
            console.error(
              `A single row was passed to a <SuspenseList revealOrder="%s" />. This is not useful since it needs multiple rows. Did you mean to pass multiple children or an array?`,
              i,
            );
        }
        if (
          (i === `backwards` && e !== null ? (tc(e), ks(e, t, o, n), tc(e)) : ks(e, t, o, n),
          K ? (Yr(), (o = Yv)) : (o = 0),
          !r && e !== null && e.flags & 128)
        )
          a: for (e = t.child; e !== null; ) {
            if (e.tag === 13) e.memoizedState !== null && Qs(e, n, t);
            else if (e.tag === 19) Qs(e, n, t);
            else if (e.child !== null) {
              (e.child.return = e), (e = e.child);
              continue;
            }
            if (e === t) break;
            for (; e.sibling === null; ) {
              if (e.return === null || e.return === t) break a;
              e = e.return;
            }
            (e.sibling.return = e.return), (e = e.sibling);
          }
        switch (i) {
          case `backwards`:
            (n = $s(t.child)),
              n === null ? ((i = t.child), (t.child = null)) : ((i = n.sibling), (n.sibling = null), tc(t)),
              ec(t, !0, i, null, a, o);
            break;
          case `unstable_legacy-backwards`:
            for (n = null, i = t.child, t.child = null; i !== null; ) {
              if (((e = i.alternate), e !== null && Fa(e) === null)) {
                t.child = i;
                break;
              }
              (e = i.sibling), (i.sibling = n), (n = i), (i = e);
            }
            ec(t, !0, n, null, a, o);
            break;
          case `together`:
            ec(t, !1, null, null, void 0, o);
            break;
          case `independent`:
            t.memoizedState = null;
            break;
          default:
            (n = $s(t.child)),
              n === null ? ((i = t.child), (t.child = null)) : ((i = n.sibling), (n.sibling = null)),
              ec(t, !1, i, n, a, o);
        }
        return t.child;
      }
      function rc(e, t, n) {
        var r = t.type,
          i = t.pendingProps,
          a = i.value;
        return (
          `value` in i ||
            wS ||
            ((wS = !0),
            console.error(
              'The `value` prop is required for the `<Context.Provider>`. Did you misspell it or forget to pass it?',
            )),
          ci(t, r, a),
          ks(e, t, i.children, n),
          t.child
        );
      }
      function ic(e, t, n) {
        if (
          (e !== null && (t.dependencies = e.dependencies),
          (Dy = -1),
          (jC |= t.lanes),
          (n & t.childLanes) === 0)
        ) {
          if (e !== null) {
            if ((fi(e, t, n, !1), (n & t.childLanes) === 0)) return null;
          } else return null;
        }
        if (e !== null && t.child !== e.child) throw Error(`Resuming work not yet implemented.`);
        if (t.child !== null) {
          for (e = t.child, n = Pr(e, e.pendingProps), t.child = n, n.return = t; e.sibling !== null; )
            (e = e.sibling), (n = n.sibling = Pr(e, e.pendingProps)), (n.return = t);
          n.sibling = null;
        }
        return t.child;
      }
      function ac(e, t) {
        return (e.lanes & t) !== 0 || ((e = e.dependencies), !!(e !== null && pi(e)));
      }
      function oc(e, t, n) {
        switch (t.tag) {
          case 3:
            fe(t, t.stateNode.containerInfo), ci(t, _y, e.memoizedState.cache), ri();
            break;
          case 27:
          case 5:
            he(t);
            break;
          case 4:
            fe(t, t.stateNode.containerInfo);
            break;
          case 10:
            ci(t, t.type, t.memoizedProps.value);
            break;
          case 12:
            (n & t.childLanes) !== 0 && (t.flags |= 4), (t.flags |= 2048);
            var r = t.stateNode;
            (r.effectDuration = -0), (r.passiveEffectDuration = -0);
            break;
          case 31:
            if (t.memoizedState !== null) return ((t.flags |= 128), ka(t), null);
            break;
          case 13:
            if (((r = t.memoizedState), r !== null)) {
              if (r.dehydrated !== null) return (Oa(t), (t.flags |= 128), null);
              r = fi(e, t, n, !1);
              var i = t.child.childLanes;
              return r || (n & i) !== 0
                ? qs(e, t, n)
                : (Oa(t), (e = ic(e, t, n)), e === null ? null : e.sibling);
            }
            Oa(t);
            break;
          case 19:
            if (t.flags & 128) return nc(e, t, n);
            if (
              ((i = !!(e.flags & 128)),
              (r = (n & t.childLanes) !== 0),
              (r ||= (fi(e, t, n, !1), (n & t.childLanes) !== 0)),
              i)
            ) {
              if (r) return nc(e, t, n);
              t.flags |= 128;
            }
            if (
              ((i = t.memoizedState),
              i !== null && ((i.rendering = null), (i.tail = null), (i.lastEffect = null)),
              Na(t, bx.current),
              r)
            )
              break;
            return null;
          case 22:
            return ((t.lanes = 0), Ns(e, t, n, t.pendingProps));
          case 24:
            ci(t, _y, e.memoizedState.cache);
        }
        return ic(e, t, n);
      }
      function sc(e, t, n) {
        if (t._debugNeedsRemount && e !== null) {
          (n = Ir(Or(t.elementType), t.key, t.pendingProps, t._debugOwner || null, t.mode, t.lanes)),
            (n._debugStack = t._debugStack),
            (n._debugTask = t._debugTask);
          var r = t.return;
          if (r === null) throw Error(`Cannot swap the root fiber.`);
          if (
            ((e.alternate = null),
            (t.alternate = null),
            (n.index = t.index),
            (n.sibling = t.sibling),
            (n.return = t.return),
            (n.ref = t.ref),
            (n._debugInfo = t._debugInfo),
            t === r.child)
          )
            r.child = n;
          else {
            var i = r.child;
            if (i === null) throw Error(`Expected parent to have a child.`);
            for (; i.sibling !== t; )
              if (((i = i.sibling), i === null)) throw Error(`Expected to find the previous sibling.`);
            i.sibling = n;
          }
          return (
            (t = r.deletions),
            t === null ? ((r.deletions = [e]), (r.flags |= 16)) : t.push(e),
            (n.flags |= 134217730),
            n
          );
        }
        if (e !== null) {
          if (e.memoizedProps !== t.pendingProps || t.type !== e.type) mS = !0;
          else {
            if (!ac(e, n) && !(t.flags & 128)) return ((mS = !1), oc(e, t, n));
            mS = !!(e.flags & 131072);
          }
        } else
          (mS = !1), (r = K) && (Yr(), (r = !!(t.flags & 1048576))), r && ((r = t.index), Yr(), Wr(t, Yv, r));
        switch (((t.lanes = 0), t.tag)) {
          case 16:
            a: if (
              ((r = t.pendingProps),
              (e = Zi(t.elementType)),
              (e = Or(e)),
              (t.type = e),
              typeof e == `function`)
            )
              Nr(e)
                ? ((r = ys(e, r)), (t.tag = 1), (t = Hs(null, t, e, r, n)))
                : ((t.tag = 0), Ws(t, e), (t = Bs(null, t, e, r, n)));
            else {
              if (e != null) {
                if (((i = e.$$typeof), i === Nm)) {
                  (t.tag = 11), (t = As(null, t, e, r, n));
                  break a;
                }
                if (i === Im) {
                  (t.tag = 14), (t = js(null, t, e, r, n));
                  break a;
                }
                if (i === Mm) {
                  (t.tag = 10), (t.type = e), (t = rc(null, t, n));
                  break a;
                }
              }
              throw (
                (t = ``),
                typeof e == `object` &&
                  e &&
                  e.$$typeof === Lm &&
                  (t = ` Did you wrap a component in React.lazy() more than once?`),
                (n = k(e) || e),
                Error(
                  `Element type is invalid. Received a promise that resolves to: ` +
                    n +
                    `. Lazy element type must resolve to a class or function.` +
                    t,
                )
              );
            }
            return t;
          case 0:
            return Bs(e, t, t.type, t.pendingProps, n);
          case 1:
            return ((r = t.type), (i = ys(r, t.pendingProps)), Hs(e, t, r, i, n));
          case 3:
            a: {
              if ((fe(t, t.stateNode.containerInfo), e === null))
                throw Error(`Should have a current fiber. This is a bug in React.`);
              r = t.pendingProps;
              var a = t.memoizedState;
              (i = a.element), ha(e, t), xa(t, r, null, n);
              var o = t.memoizedState;
              if (
                ((r = o.cache),
                ci(t, _y, r),
                r !== a.cache && di(t, [_y], n, !0),
                ba(),
                (r = o.element),
                a.isDehydrated)
              ) {
                if (
                  ((a = { element: r, isDehydrated: !1, cache: o.cache }),
                  (t.updateQueue.baseState = a),
                  (t.memoizedState = a),
                  t.flags & 256)
                ) {
                  t = Us(e, t, r, n);
                  break a;
                }
                if (r !== i) {
                  (i = Hr(
                    Error(
                      `This root received an early update, before anything was able hydrate. Switched the entire root to client rendering.`,
                    ),
                    t,
                  )),
                    ai(i),
                    (t = Us(e, t, r, n));
                  break a;
                }
                switch (((e = t.stateNode.containerInfo), e.nodeType)) {
                  case 9:
                    e = e.body;
                    break;
                  default:
                    e = e.nodeName === `HTML` ? e.ownerDocument.body : e;
                }
                for (
                  ny = rp(e.firstChild),
                    ty = t,
                    K = !0,
                    ay = null,
                    ry = !1,
                    iy = null,
                    oy = !0,
                    n = ax(t, null, r, n),
                    t.child = n;
                  n;
                )
                  (n.flags = (n.flags & -3) | 134221824), (n = n.sibling);
              } else {
                if ((ri(), r === i)) {
                  t = ic(e, t, n);
                  break a;
                }
                ks(e, t, r, n);
              }
              t = t.child;
            }
            return t;
          case 26:
            return (
              zs(e, t),
              e === null
                ? (n = yp(t.type, null, t.pendingProps, null))
                  ? (t.memoizedState = n)
                  : K || (t.stateNode = Jd(t.type, t.pendingProps, de($m.current), t))
                : (t.memoizedState = yp(t.type, e.memoizedProps, t.pendingProps, e.memoizedState)),
              null
            );
          case 27:
            return (
              he(t),
              e === null &&
                K &&
                ((r = de($m.current)),
                (i = me()),
                (r = t.stateNode = pp(t.type, t.pendingProps, r, i, !1)),
                ry || ((i = Vd(r, t.type, t.pendingProps, i)), i !== null && (Xr(t, 0).serverProps = i)),
                (ty = t),
                (oy = !0),
                (i = ny),
                cf(t.type) ? ((FT = i), (ny = rp(r.firstChild))) : (ny = i)),
              ks(e, t, t.pendingProps.children, n),
              zs(e, t),
              e === null && (t.flags |= 4194304),
              t.child
            );
          case 5:
            return (
              e === null &&
                K &&
                ((a = me()),
                (r = tn(t.type, a.ancestorInfo)),
                (i = ny),
                (o = !i) ||
                  ((o = Zf(i, t.type, t.pendingProps, oy)),
                  o === null
                    ? (a = !1)
                    : ((t.stateNode = o),
                      ry ||
                        ((a = Vd(o, t.type, t.pendingProps, a)), a !== null && (Xr(t, 0).serverProps = a)),
                      (ty = t),
                      (ny = rp(o.firstChild)),
                      (oy = !1),
                      (a = !0)),
                  (o = !a)),
                o && (r && Qr(t, i), $r(t))),
              he(t),
              (i = t.type),
              (a = t.pendingProps),
              (o = e === null ? null : e.memoizedProps),
              (r = a.children),
              Xd(i, a) ? (r = null) : o !== null && Xd(i, o) && (t.flags |= 32),
              t.memoizedState !== null && ((i = Ba(e, t, Ua, null, null, n)), ($T._currentValue = i)),
              zs(e, t),
              ks(e, t, r, n),
              t.child
            );
          case 6:
            return (
              e === null &&
                K &&
                ((n = t.pendingProps),
                (e = me()),
                (r = e.ancestorInfo.current),
                (n = r == null || nn(n, r.tag, e.ancestorInfo.implicitRootScope)),
                (e = ny),
                (r = !e) ||
                  ((r = Qf(e, t.pendingProps, oy)),
                  r === null ? (r = !1) : ((t.stateNode = r), (ty = t), (ny = null), (r = !0)),
                  (r = !r)),
                r && (n && Qr(t, e), $r(t))),
              null
            );
          case 13:
            return qs(e, t, n);
          case 4:
            return (
              fe(t, t.stateNode.containerInfo),
              (r = t.pendingProps),
              e === null ? (t.child = ix(t, null, r, n)) : ks(e, t, r, n),
              t.child
            );
          case 11:
            return As(e, t, t.type, t.pendingProps, n);
          case 7:
            return ((r = t.pendingProps), zs(e, t), ks(e, t, r, n), t.child);
          case 8:
            return (ks(e, t, t.pendingProps.children, n), t.child);
          case 12:
            return (
              (t.flags |= 4),
              (t.flags |= 2048),
              (r = t.stateNode),
              (r.effectDuration = -0),
              (r.passiveEffectDuration = -0),
              ks(e, t, t.pendingProps.children, n),
              t.child
            );
          case 10:
            return rc(e, t, n);
          case 9:
            return (
              (i = t.type._context),
              (r = t.pendingProps.children),
              typeof r != `function` &&
                console.error(
                  `A context consumer was rendered with multiple children, or a child that isn't a function. A context consumer expects a single child that is a function. If you did pass a function, make sure there is no trailing or leading whitespace around it.`,
                ),
              mi(t),
              (i = hi(i)),
              (r = Tb(r, i, void 0)),
              (t.flags |= 1),
              ks(e, t, r, n),
              t.child
            );
          case 14:
            return js(e, t, t.type, t.pendingProps, n);
          case 15:
            return Ms(e, t, t.type, t.pendingProps, n);
          case 19:
            return nc(e, t, n);
          case 31:
            return Rs(e, t, n);
          case 22:
            return Ns(e, t, n, t.pendingProps);
          case 24:
            return (
              mi(t),
              (r = hi(_y)),
              e === null
                ? ((i = Gi()),
                  i === null &&
                    ((i = pC),
                    (a = vi()),
                    (i.pooledCache = a),
                    yi(a),
                    a !== null && (i.pooledCacheLanes |= n),
                    (i = a)),
                  (t.memoizedState = { parent: r, cache: i }),
                  ma(t),
                  ci(t, _y, i))
                : ((e.lanes & n) !== 0 && (ha(e, t), xa(t, null, null, n), ba()),
                  (i = e.memoizedState),
                  (a = t.memoizedState),
                  i.parent === r
                    ? ((r = a.cache), ci(t, _y, r), r !== i.cache && di(t, [_y], n, !0))
                    : ((i = { parent: r, cache: r }),
                      (t.memoizedState = i),
                      t.lanes === 0 && (t.memoizedState = t.updateQueue.baseState = i),
                      ci(t, _y, r))),
              ks(e, t, t.pendingProps.children, n),
              t.child
            );
          case 30:
            return (
              t.stateNode === null &&
                (t.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
              (r = t.pendingProps),
              r.name != null && r.name !== `auto`
                ? (t.flags |= e === null ? 18882560 : 18874368)
                : K && Gr(t),
              r.className !== void 0 &&
                ((i = typeof r.className == `string` ? JSON.stringify(r.className) : `{...}`),
                SS[i] ||
                  ((SS[i] = !0),
                  console.error(
                    `<ViewTransition> doesn't accept a "className" prop. It has been renamed to "default".
-   <ViewTransition className=%s>
+   <ViewTransition default=%s>`,
                    i,
                    i,
                  ))),
              e !== null && e.memoizedProps.name !== r.name ? (t.flags |= 4194816) : zs(e, t),
              ks(e, t, r.children, n),
              t.child
            );
          case 29:
            throw t.pendingProps;
        }
        throw Error(
          `Unknown unit of work tag (` +
            t.tag +
            `). This error is likely caused by a bug in React. Please file an issue.`,
        );
      }
      function cc(e) {
        e.flags |= 4;
      }
      function lc(e, t, n, r, i) {
        var a;
        if (
          ((a = (e.mode & Uv) !== W) &&
            (a = n === null ? Pp(t, r) : Pp(t, r) && (r.src !== n.src || r.srcSet !== n.srcSet)),
          a)
        ) {
          if (((e.flags |= 16777216), (i & 335544128) === i)) {
            if (e.stateNode.complete) e.flags |= 8192;
            else if (uu()) e.flags |= 8192;
            else throw ((Yb = Gb), Ub);
          }
        } else e.flags &= -16777217;
      }
      function uc(e, t) {
        if (t.type !== `stylesheet` || (t.state.loading & BT) !== IT) e.flags &= -16777217;
        else if (((e.flags |= 16777216), !Fp(t))) {
          if (uu()) e.flags |= 8192;
          else throw ((Yb = Gb), Ub);
        }
      }
      function dc(e, t) {
        t !== null && (e.flags |= 4),
          e.flags & 16384 && ((t = e.tag === 22 ? 536870912 : Ve()), (e.lanes |= t), (FC |= t));
      }
      function fc(e, t) {
        if (!K)
          switch (e.tailMode) {
            case `visible`:
              break;
            case `collapsed`:
              for (var n = e.tail, r = null; n !== null; ) n.alternate !== null && (r = n), (n = n.sibling);
              r === null
                ? t || e.tail === null
                  ? (e.tail = null)
                  : (e.tail.sibling = null)
                : (r.sibling = null);
              break;
            default:
              for (t = e.tail, n = null; t !== null; ) t.alternate !== null && (n = t), (t = t.sibling);
              n === null ? (e.tail = null) : (n.sibling = null);
          }
      }
      function pc(e) {
        var t = e.alternate !== null && e.alternate.child === e.child,
          n = 0,
          r = 0;
        if (t) {
          if ((e.mode & G) !== W) {
            for (var i = e.selfBaseDuration, a = e.child; a !== null; )
              (n |= a.lanes | a.childLanes),
                (r |= a.subtreeFlags & 1206910976),
                (r |= a.flags & 1206910976),
                (i += a.treeBaseDuration),
                (a = a.sibling);
            e.treeBaseDuration = i;
          } else
            for (i = e.child; i !== null; )
              (n |= i.lanes | i.childLanes),
                (r |= i.subtreeFlags & 1206910976),
                (r |= i.flags & 1206910976),
                (i.return = e),
                (i = i.sibling);
        } else if ((e.mode & G) !== W) {
          (i = e.actualDuration), (a = e.selfBaseDuration);
          for (var o = e.child; o !== null; )
            (n |= o.lanes | o.childLanes),
              (r |= o.subtreeFlags),
              (r |= o.flags),
              (i += o.actualDuration),
              (a += o.treeBaseDuration),
              (o = o.sibling);
          (e.actualDuration = i), (e.treeBaseDuration = a);
        } else
          for (i = e.child; i !== null; )
            (n |= i.lanes | i.childLanes),
              (r |= i.subtreeFlags),
              (r |= i.flags),
              (i.return = e),
              (i = i.sibling);
        return ((e.subtreeFlags |= r), (e.childLanes = n), t);
      }
      function mc(e, t, n) {
        var r = t.pendingProps;
        switch ((Kr(t), t.tag)) {
          case 16:
          case 15:
          case 0:
          case 11:
          case 7:
          case 8:
          case 12:
          case 9:
          case 14:
            return (pc(t), null);
          case 1:
            return (pc(t), null);
          case 3:
            return (
              (n = t.stateNode),
              (r = null),
              e !== null && (r = e.memoizedState.cache),
              t.memoizedState.cache !== r && (t.flags |= 2048),
              li(_y, t),
              pe(t),
              n.pendingContext && ((n.context = n.pendingContext), (n.pendingContext = null)),
              (e === null || e.child === null) &&
                (ni(t)
                  ? (oi(), cc(t))
                  : e === null ||
                    (e.memoizedState.isDehydrated && !(t.flags & 256)) ||
                    ((t.flags |= 1024), ii())),
              pc(t),
              null
            );
          case 26:
            var i = t.type,
              a = t.memoizedState;
            return (
              e === null
                ? (cc(t), a === null ? (pc(t), lc(t, i, null, r, n)) : (pc(t), uc(t, a)))
                : a
                  ? a === e.memoizedState
                    ? (pc(t), (t.flags &= -16777217))
                    : (cc(t), pc(t), uc(t, a))
                  : ((e = e.memoizedProps), e !== r && cc(t), pc(t), lc(t, i, e, r, n)),
              null
            );
          case 27:
            if ((ge(t), (n = de($m.current)), (i = t.type), e !== null && t.stateNode != null))
              e.memoizedProps !== r && cc(t);
            else {
              if (!r) {
                if (t.stateNode === null)
                  throw Error(
                    `We must have new props for new mounts. This error is likely caused by a bug in React. Please file an issue.`,
                  );
                return (pc(t), (t.subtreeFlags &= -33554433), null);
              }
              (e = me()), ni(t) ? ei(t, e) : ((e = pp(i, r, n, e, !0)), (t.stateNode = e), cc(t));
            }
            return (pc(t), (t.subtreeFlags &= -33554433), null);
          case 5:
            if ((ge(t), (i = t.type), e !== null && t.stateNode != null)) e.memoizedProps !== r && cc(t);
            else {
              if (!r) {
                if (t.stateNode === null)
                  throw Error(
                    `We must have new props for new mounts. This error is likely caused by a bug in React. Please file an issue.`,
                  );
                return (pc(t), (t.subtreeFlags &= -33554433), null);
              }
              var o = me();
              if (ni(t)) ei(t, o);
              else {
                switch (((a = de($m.current)), tn(i, o.ancestorInfo), (o = o.context), (a = Gd(a)), o)) {
                  case vT:
                    a = a.createElementNS(Ig, i);
                    break;
                  case yT:
                    a = a.createElementNS(Fg, i);
                    break;
                  default:
                    switch (i) {
                      case `svg`:
                        a = a.createElementNS(Ig, i);
                        break;
                      case `math`:
                        a = a.createElementNS(Fg, i);
                        break;
                      case `script`:
                        (a = a.createElement(`div`)),
                          ST ||
                            Yd(r) ||
                            (console.error(
                              `Encountered a script tag while rendering React component. Scripts inside React components are never executed when rendering on the client. Consider using template tag instead (https://developer.mozilla.org/en-US/docs/Web/HTML/Element/template).`,
                            ),
                            (ST = !0)),
                          (a.innerHTML = `<script></script>`),
                          (a = a.removeChild(a.firstChild));
                        break;
                      case `select`:
                        (a =
                          typeof r.is == `string`
                            ? a.createElement(`select`, { is: r.is })
                            : a.createElement(`select`)),
                          r.multiple ? (a.multiple = !0) : r.size && (a.size = r.size);
                        break;
                      default:
                        (a = typeof r.is == `string` ? a.createElement(i, { is: r.is }) : a.createElement(i)),
                          i.indexOf(`-`) === -1 &&
                            (i !== i.toLowerCase() &&
                              console.error(
                                `<%s /> is using incorrect casing. Use PascalCase for React components, or lowercase for HTML elements.`,
                                i,
                              ),
                            Object.prototype.toString.call(a) !== `[object HTMLUnknownElement]` ||
                              hh.call(CT, i) ||
                              ((CT[i] = !0),
                              console.error(
                                `The tag <%s> is unrecognized in this browser. If you meant to render a React component, start its name with an uppercase letter.`,
                                i,
                              )));
                    }
                }
                (a[Wh] = t), (a[Gh] = r);
                a: for (o = t.child; o !== null; ) {
                  if (o.tag === 5 || o.tag === 6) a.appendChild(o.stateNode);
                  else if (o.tag !== 4 && o.tag !== 27 && o.child !== null) {
                    (o.child.return = o), (o = o.child);
                    continue;
                  }
                  if (o === t) break;
                  for (; o.sibling === null; ) {
                    if (o.return === null || o.return === t) break a;
                    o = o.return;
                  }
                  (o.sibling.return = o.return), (o = o.sibling);
                }
                t.stateNode = a;
                switch ((jd(a, i, r), i)) {
                  case `button`:
                  case `input`:
                  case `select`:
                  case `textarea`:
                    r = !!r.autoFocus;
                    break;
                  case `img`:
                    r = !0;
                    break;
                  default:
                    r = !1;
                }
                r && cc(t);
              }
            }
            return (
              pc(t),
              (t.subtreeFlags &= -33554433),
              lc(t, t.type, e === null ? null : e.memoizedProps, t.pendingProps, n),
              null
            );
          case 6:
            if (e && t.stateNode != null) e.memoizedProps !== r && cc(t);
            else {
              if (typeof r != `string` && t.stateNode === null)
                throw Error(
                  `We must have new props for new mounts. This error is likely caused by a bug in React. Please file an issue.`,
                );
              if (((e = de($m.current)), (n = me()), ni(t))) {
                if (((e = t.stateNode), (n = t.memoizedProps), (i = !ry), (r = null), (a = ty), a !== null))
                  switch (a.tag) {
                    case 3:
                      i && ((i = ap(e, n, r)), i !== null && (Xr(t, 0).serverProps = i));
                      break;
                    case 27:
                    case 5:
                      (r = a.memoizedProps),
                        i && ((i = ap(e, n, r)), i !== null && (Xr(t, 0).serverProps = i));
                  }
                (e[Wh] = t),
                  (e = !!(
                    e.nodeValue === n ||
                    (r !== null && !0 === r.suppressHydrationWarning) ||
                    Od(e.nodeValue, n)
                  )),
                  e || $r(t, !0);
              } else
                (i = n.ancestorInfo.current),
                  i != null && nn(r, i.tag, n.ancestorInfo.implicitRootScope),
                  (e = Gd(e).createTextNode(r)),
                  (e[Wh] = t),
                  (t.stateNode = e);
            }
            return (pc(t), null);
          case 31:
            if (((n = t.memoizedState), e === null || e.memoizedState !== null)) {
              if (((r = ni(t)), n !== null)) {
                if (e === null) {
                  if (!r)
                    throw Error(
                      `A dehydrated suspense component was completed without a hydrated node. This is probably a bug in React.`,
                    );
                  if (((e = t.memoizedState), (e = e === null ? null : e.dehydrated), !e))
                    throw Error(
                      `Expected to have a hydrated activity instance. This error is likely caused by a bug in React. Please file an issue.`,
                    );
                  (e[Wh] = t),
                    pc(t),
                    (t.mode & G) !== W &&
                      n !== null &&
                      ((e = t.child), e !== null && (t.treeBaseDuration -= e.treeBaseDuration));
                } else
                  oi(),
                    ri(),
                    !(t.flags & 128) && (n = t.memoizedState = null),
                    (t.flags |= 4),
                    pc(t),
                    (t.mode & G) !== W &&
                      n !== null &&
                      ((e = t.child), e !== null && (t.treeBaseDuration -= e.treeBaseDuration));
                e = !1;
              } else
                (n = ii()),
                  e !== null && e.memoizedState !== null && (e.memoizedState.hydrationErrors = n),
                  (e = !0);
              if (!e) return t.flags & 256 ? (Ma(t), t) : (Ma(t), null);
              if (t.flags & 128)
                throw Error(`Client rendering an Activity suspended it again. This is a bug in React.`);
            }
            return (pc(t), null);
          case 13:
            if (
              ((r = t.memoizedState),
              e === null || (e.memoizedState !== null && e.memoizedState.dehydrated !== null))
            ) {
              if (((i = r), (a = ni(t)), i !== null && i.dehydrated !== null)) {
                if (e === null) {
                  if (!a)
                    throw Error(
                      `A dehydrated suspense component was completed without a hydrated node. This is probably a bug in React.`,
                    );
                  if (((a = t.memoizedState), (a = a === null ? null : a.dehydrated), !a))
                    throw Error(
                      `Expected to have a hydrated suspense instance. This error is likely caused by a bug in React. Please file an issue.`,
                    );
                  (a[Wh] = t),
                    pc(t),
                    (t.mode & G) !== W &&
                      i !== null &&
                      ((i = t.child), i !== null && (t.treeBaseDuration -= i.treeBaseDuration));
                } else
                  oi(),
                    ri(),
                    !(t.flags & 128) && (i = t.memoizedState = null),
                    (t.flags |= 4),
                    pc(t),
                    (t.mode & G) !== W &&
                      i !== null &&
                      ((i = t.child), i !== null && (t.treeBaseDuration -= i.treeBaseDuration));
                i = !1;
              } else
                (i = ii()),
                  e !== null && e.memoizedState !== null && (e.memoizedState.hydrationErrors = i),
                  (i = !0);
              if (!i) return t.flags & 256 ? (Ma(t), t) : (Ma(t), null);
            }
            return (
              Ma(t),
              t.flags & 128
                ? ((t.lanes = n), (t.mode & G) !== W && Vi(t), t)
                : ((n = r !== null),
                  (e = e !== null && e.memoizedState !== null),
                  n &&
                    ((r = t.child),
                    (i = null),
                    r.alternate !== null &&
                      r.alternate.memoizedState !== null &&
                      r.alternate.memoizedState.cachePool !== null &&
                      (i = r.alternate.memoizedState.cachePool.pool),
                    (a = null),
                    r.memoizedState !== null &&
                      r.memoizedState.cachePool !== null &&
                      (a = r.memoizedState.cachePool.pool),
                    a !== i && (r.flags |= 2048)),
                  n !== e && n && (t.child.flags |= 8192),
                  dc(t, t.updateQueue),
                  pc(t),
                  (t.mode & G) !== W &&
                    n &&
                    ((e = t.child), e !== null && (t.treeBaseDuration -= e.treeBaseDuration)),
                  null)
            );
          case 4:
            return (pe(t), e === null && pd(t.stateNode.containerInfo), (t.flags |= 67108864), pc(t), null);
          case 10:
            return (li(t.type, t), pc(t), null);
          case 19:
            if ((Pa(t), (r = t.memoizedState), r === null)) return (pc(t), null);
            if (((i = !!(t.flags & 128)), (a = r.rendering), a === null)) {
              if (i) fc(r, !1);
              else {
                if (AC !== aC || (e !== null && e.flags & 128))
                  for (e = t.child; e !== null; ) {
                    if (((a = Fa(e)), a !== null)) {
                      for (
                        t.flags |= 128,
                          fc(r, !1),
                          e = a.updateQueue,
                          t.updateQueue = e,
                          dc(t, e),
                          t.subtreeFlags = 0,
                          e = n,
                          n = t.child;
                        n !== null;
                      )
                        Fr(n, e), (n = n.sibling);
                      return (Na(t, (bx.current & vx) | yx), K && Ur(t, r.treeForkCount), t.child);
                    }
                    e = e.sibling;
                  }
                r.tail !== null && bh() > HC && ((t.flags |= 128), (i = !0), fc(r, !1), (t.lanes = 4194304));
              }
            } else {
              if (!i) {
                if (((e = Fa(a)), e !== null)) {
                  if (
                    ((t.flags |= 128),
                    (i = !0),
                    (e = e.updateQueue),
                    (t.updateQueue = e),
                    dc(t, e),
                    fc(r, !0),
                    r.tail === null &&
                      r.tailMode !== `collapsed` &&
                      r.tailMode !== `visible` &&
                      !a.alternate &&
                      !K)
                  )
                    return (pc(t), null);
                } else
                  2 * bh() - r.renderingStartTime > HC &&
                    n !== 536870912 &&
                    ((t.flags |= 128), (i = !0), fc(r, !1), (t.lanes = 4194304));
              }
              r.isBackwards
                ? ((a.sibling = t.child), (t.child = a))
                : ((e = r.last), e === null ? (t.child = a) : (e.sibling = a), (r.last = a));
            }
            if (r.tail !== null) {
              e = r.tail;
              a: {
                for (n = e; n !== null; ) {
                  if (n.alternate !== null) {
                    n = !1;
                    break a;
                  }
                  n = n.sibling;
                }
                n = !0;
              }
              return (
                (r.rendering = e),
                (r.tail = e.sibling),
                (r.renderingStartTime = bh()),
                (e.sibling = null),
                (a = bx.current),
                (a = i ? (a & vx) | yx : a & vx),
                r.tailMode === `visible` || r.tailMode === `collapsed` || !n || K
                  ? Na(t, a)
                  : ((n = a), j(gx, t, t), j(bx, n, t), _x === null && (_x = t)),
                K && Ur(t, r.treeForkCount),
                e
              );
            }
            return (pc(t), null);
          case 22:
          case 23:
            return (
              Ma(t),
              Da(t),
              (r = t.memoizedState !== null),
              e === null ? r && (t.flags |= 8192) : (e.memoizedState !== null) !== r && (t.flags |= 8192),
              r
                ? n & 536870912 && !(t.flags & 128) && (pc(t), t.subtreeFlags & 6 && (t.flags |= 8192))
                : pc(t),
              (n = t.updateQueue),
              n !== null && dc(t, n.retryQueue),
              (n = null),
              e !== null &&
                e.memoizedState !== null &&
                e.memoizedState.cachePool !== null &&
                (n = e.memoizedState.cachePool.pool),
              (r = null),
              t.memoizedState !== null &&
                t.memoizedState.cachePool !== null &&
                (r = t.memoizedState.cachePool.pool),
              r !== n && (t.flags |= 2048),
              e !== null && ue(fb, t),
              null
            );
          case 24:
            return (
              (n = null),
              e !== null && (n = e.memoizedState.cache),
              t.memoizedState.cache !== n && (t.flags |= 2048),
              li(_y, t),
              pc(t),
              null
            );
          case 25:
            return null;
          case 30:
            return ((t.flags |= 33554432), pc(t), null);
        }
        throw Error(
          `Unknown unit of work tag (` +
            t.tag +
            `). This error is likely caused by a bug in React. Please file an issue.`,
        );
      }
      function hc(e, t) {
        switch ((Kr(t), t.tag)) {
          case 1:
            return (
              (e = t.flags),
              e & 65536 ? ((t.flags = (e & -65537) | 128), (t.mode & G) !== W && Vi(t), t) : null
            );
          case 3:
            return (
              li(_y, t),
              pe(t),
              (e = t.flags),
              e & 65536 && !(e & 128) ? ((t.flags = (e & -65537) | 128), t) : null
            );
          case 26:
          case 27:
          case 5:
            return (ge(t), null);
          case 31:
            if (t.memoizedState !== null) {
              if ((Ma(t), t.alternate === null))
                throw Error(
                  `Threw in newly mounted dehydrated component. This is likely a bug in React. Please file an issue.`,
                );
              ri();
            }
            return (
              (e = t.flags),
              e & 65536 ? ((t.flags = (e & -65537) | 128), (t.mode & G) !== W && Vi(t), t) : null
            );
          case 13:
            if ((Ma(t), (e = t.memoizedState), e !== null && e.dehydrated !== null)) {
              if (t.alternate === null)
                throw Error(
                  `Threw in newly mounted dehydrated component. This is likely a bug in React. Please file an issue.`,
                );
              ri();
            }
            return (
              (e = t.flags),
              e & 65536 ? ((t.flags = (e & -65537) | 128), (t.mode & G) !== W && Vi(t), t) : null
            );
          case 19:
            return (
              Pa(t),
              (e = t.flags),
              e & 65536
                ? ((t.flags = (e & -65537) | 128),
                  (e = t.memoizedState),
                  e !== null && ((e.rendering = null), (e.tail = null)),
                  (t.flags |= 4),
                  t)
                : null
            );
          case 4:
            return (pe(t), null);
          case 10:
            return (li(t.type, t), null);
          case 22:
          case 23:
            return (
              Ma(t),
              Da(t),
              e !== null && ue(fb, t),
              (e = t.flags),
              e & 65536 ? ((t.flags = (e & -65537) | 128), (t.mode & G) !== W && Vi(t), t) : null
            );
          case 24:
            return (li(_y, t), null);
          case 25:
            return null;
          default:
            return null;
        }
      }
      function gc(e, t) {
        switch ((Kr(t), t.tag)) {
          case 3:
            li(_y, t), pe(t);
            break;
          case 26:
          case 27:
          case 5:
            ge(t);
            break;
          case 4:
            pe(t);
            break;
          case 31:
            t.memoizedState !== null && Ma(t);
            break;
          case 13:
            Ma(t);
            break;
          case 19:
            Pa(t);
            break;
          case 10:
            li(t.type, t);
            break;
          case 22:
          case 23:
            Ma(t), Da(t), e !== null && ue(fb, t);
            break;
          case 24:
            li(_y, t);
        }
      }
      function _c(e) {
        return (e.mode & G) !== W;
      }
      function vc(e, t) {
        _c(e) ? (Bi(), bc(t, e), Ri()) : bc(t, e);
      }
      function yc(e, t, n) {
        _c(e) ? (Bi(), xc(n, e, t), Ri()) : xc(n, e, t);
      }
      function bc(e, t) {
        try {
          var n = t.updateQueue,
            r = n === null ? null : n.lastEffect;
          if (r !== null) {
            var i = r.next;
            n = i;
            do {
              if (
                (n.tag & e) === e &&
                ((r = void 0),
                (e & Cx) !== xx && (Tw = !0),
                (r = N(t, Lb, n)),
                (e & Cx) !== xx && (Tw = !1),
                r !== void 0 && typeof r != `function`)
              ) {
                var a = void 0;
                a =
                  (n.tag & wx) === 0
                    ? (n.tag & Cx) === 0
                      ? `useEffect`
                      : `useInsertionEffect`
                    : `useLayoutEffect`;
                var o = void 0;
                (o =
                  r === null
                    ? ` You returned null. If your effect does not require clean up, return undefined (or nothing).`
                    : typeof r.then == `function`
                      ? `

It looks like you wrote ` +
                        a +
                        `(async () => ...) or returned a Promise. Instead, write the async function inside your effect and call it immediately:

` +
                        a +
                        `(() => {
  async function fetchData() {
    // You can await here
    const response = await MyAPI.getData(someId);
    // ...
  }
  fetchData();
}, [someId]); // Or [] if effect doesn't need props or state

Learn more about data fetching with Hooks: https://react.dev/link/hooks-data-fetching`
                      : ` You returned: ` + r),
                  N(
                    t,
                    (e, t) => {
                      console.error(
                        `%s must not return anything besides a function, which is used for clean-up.%s`,
                        e,
                        t,
                      );
                    },
                    a,
                    o,
                  );
              }
              n = n.next;
            } while (n !== i);
          }
        } catch (e) {
          zu(t, t.return, e);
        }
      }
      function xc(e, t, n) {
        try {
          var r = t.updateQueue,
            i = r === null ? null : r.lastEffect;
          if (i !== null) {
            var a = i.next;
            r = a;
            do {
              if ((r.tag & e) === e) {
                var o = r.inst,
                  s = o.destroy;
                s !== void 0 &&
                  ((o.destroy = void 0),
                  (e & Cx) !== xx && (Tw = !0),
                  (i = t),
                  N(i, zb, i, n, s),
                  (e & Cx) !== xx && (Tw = !1));
              }
              r = r.next;
            } while (r !== a);
          }
        } catch (e) {
          zu(t, t.return, e);
        }
      }
      function Sc(e, t) {
        _c(e) ? (Bi(), bc(t, e), Ri()) : bc(t, e);
      }
      function Cc(e, t, n) {
        _c(e) ? (Bi(), xc(n, e, t), Ri()) : xc(n, e, t);
      }
      function wc(e) {
        var t = e.updateQueue;
        if (t !== null) {
          var n = e.stateNode;
          e.type.defaultProps ||
            `ref` in e.memoizedProps ||
            yS ||
            (n.props !== e.memoizedProps &&
              console.error(
                'Expected %s props to match memoized props before processing the update queue. This might either be because of a bug in React, or because a component reassigns its own `this.props`. Please file an issue.',
                A(e) || `instance`,
              ),
            n.state !== e.memoizedState &&
              console.error(
                'Expected %s state to match memoized state before processing the update queue. This might either be because of a bug in React, or because a component reassigns its own `this.state`. Please file an issue.',
                A(e) || `instance`,
              ));
          try {
            N(e, wa, t, n);
          } catch (t) {
            zu(e, e.return, t);
          }
        }
      }
      function Tc(e, t, n) {
        return e.getSnapshotBeforeUpdate(t, n);
      }
      function Ec(e, t) {
        var n = t.memoizedProps,
          r = t.memoizedState;
        (t = e.stateNode),
          e.type.defaultProps ||
            `ref` in e.memoizedProps ||
            yS ||
            (t.props !== e.memoizedProps &&
              console.error(
                'Expected %s props to match memoized props before getSnapshotBeforeUpdate. This might either be because of a bug in React, or because a component reassigns its own `this.props`. Please file an issue.',
                A(e) || `instance`,
              ),
            t.state !== e.memoizedState &&
              console.error(
                'Expected %s state to match memoized state before getSnapshotBeforeUpdate. This might either be because of a bug in React, or because a component reassigns its own `this.state`. Please file an issue.',
                A(e) || `instance`,
              ));
        try {
          var i = ys(e.type, n),
            a = N(e, Tc, t, i, r);
          (n = TS),
            a !== void 0 ||
              n.has(e.type) ||
              (n.add(e.type),
              N(e, () => {
                console.error(
                  `%s.getSnapshotBeforeUpdate(): A snapshot value (or null) must be returned. You have returned undefined.`,
                  A(e),
                );
              })),
            (t.__reactInternalSnapshotBeforeUpdate = a);
        } catch (t) {
          zu(e, e.return, t);
        }
      }
      function Dc(e, t, n) {
        (n.props = ys(e.type, e.memoizedProps)),
          (n.state = e.memoizedState),
          _c(e) ? (Bi(), N(e, Fb, e, t, n), Ri()) : N(e, Fb, e, t, n);
      }
      function Oc(e) {
        var t = e.ref;
        if (t !== null) {
          switch (e.tag) {
            case 26:
            case 27:
            case 5:
              var n = e.stateNode;
              break;
            case 30:
              n = e.stateNode;
              var r = tr(e.memoizedProps, n);
              (n.ref === null || n.ref.name !== r) && (n.ref = Af(r)), (n = n.ref);
              break;
            case 7:
              e.stateNode === null && ((n = new jf(e)), w(e, Kf, n), (e.stateNode = n)), (n = e.stateNode);
              break;
            default:
              n = e.stateNode;
          }
          if (typeof t == `function`) {
            if (_c(e))
              try {
                Bi(), (e.refCleanup = t(n));
              } finally {
                Ri();
              }
            else e.refCleanup = t(n);
          } else
            typeof t == `string`
              ? console.error(`String refs are no longer supported.`)
              : Object.hasOwn(t, `current`) ||
                console.error(
                  `Unexpected ref object provided for %s. Use either a ref-setter function or React.createRef().`,
                  A(e),
                ),
              (t.current = n);
        }
      }
      function kc(e, t) {
        try {
          N(e, Oc, e);
        } catch (n) {
          zu(e, t, n);
        }
      }
      function Ac(e, t) {
        var n = e.ref,
          r = e.refCleanup;
        if (n !== null) {
          if (typeof r == `function`)
            try {
              if (_c(e))
                try {
                  Bi(), N(e, r);
                } finally {
                  Ri(e);
                }
              else N(e, r);
            } catch (n) {
              zu(e, t, n);
            } finally {
              (e.refCleanup = null), (e = e.alternate), e != null && (e.refCleanup = null);
            }
          else if (typeof n == `function`)
            try {
              if (_c(e))
                try {
                  Bi(), N(e, n, null);
                } finally {
                  Ri(e);
                }
              else N(e, n, null);
            } catch (n) {
              zu(e, t, n);
            }
          else n.current = null;
        }
      }
      function jc(e, t, n, r) {
        var i = e.memoizedProps,
          a = i.id,
          o = i.onCommit;
        (i = i.onRender),
          (t = t === null ? `mount` : `update`),
          ab && (t = `nested-update`),
          typeof i == `function` && i(a, t, e.actualDuration, e.treeBaseDuration, e.actualStartTime, n),
          typeof o == `function` && o(a, t, r, n);
      }
      function Mc(e, t, n, r) {
        var i = e.memoizedProps;
        (e = i.id),
          (i = i.onPostCommit),
          (t = t === null ? `mount` : `update`),
          ab && (t = `nested-update`),
          typeof i == `function` && i(e, t, r, n);
      }
      function Nc(e, t) {
        if ((e.tag === 5 || e.tag === 27 || e.tag === 6) && e.alternate === null && t !== null)
          for (var n = 0; n < t.length; n++) Jf(e.stateNode, t[n]);
      }
      function Pc(e) {
        for (var t = e.return; t !== null && (Lc(t) && Jf(e.stateNode, t.stateNode), !Ic(t)); ) t = t.return;
      }
      function Fc(e) {
        for (var t = e.return; t !== null && (Lc(t) && Yf(e.stateNode, t.stateNode), !Ic(t)); ) t = t.return;
      }
      function Ic(e) {
        return e.tag === 5 || e.tag === 3 || e.tag === 27;
      }
      function Lc(e) {
        return e && e.tag === 7 && e.stateNode !== null;
      }
      function Rc(e) {
        var t = e.type,
          n = e.memoizedProps,
          r = e.stateNode;
        try {
          N(e, tf, r, t, n, e);
        } catch (t) {
          zu(e, e.return, t);
        }
      }
      function zc(e, t, n) {
        try {
          N(e, rf, e.stateNode, e.type, n, t, e);
        } catch (t) {
          zu(e, e.return, t);
        }
      }
      function Bc(e) {
        return e.tag === 5 || e.tag === 3 || e.tag === 26 || (e.tag === 27 && cf(e.type)) || e.tag === 4;
      }
      function Vc(e) {
        a: for (;;) {
          for (; e.sibling === null; ) {
            if (e.return === null || Bc(e.return)) return null;
            e = e.return;
          }
          for (e.sibling.return = e.return, e = e.sibling; e.tag !== 5 && e.tag !== 6 && e.tag !== 18; ) {
            if ((e.tag === 27 && cf(e.type)) || e.flags & 2 || e.child === null || e.tag === 4) continue a;
            (e.child.return = e), (e = e.child);
          }
          if (!(e.flags & 2)) return e.stateNode;
        }
      }
      function Hc(e, t, n, r) {
        var i = e.tag;
        if (i === 5 || i === 6)
          (i = e.stateNode),
            t
              ? (sf(n),
                (n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n).insertBefore(
                  i,
                  t,
                ))
              : (sf(n),
                (t = n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n),
                t.appendChild(i),
                (i = n._reactRootContainer),
                i != null || t.onclick !== null || (t.onclick = hn)),
            Nc(e, r),
            (og = !0);
        else if (
          i !== 4 &&
          (i === 27 && (Nc(e, r), (r = null), cf(e.type) && ((n = e.stateNode), (t = null))),
          (e = e.child),
          e !== null)
        )
          for (Hc(e, t, n, r), e = e.sibling; e !== null; ) Hc(e, t, n, r), (e = e.sibling);
      }
      function Uc(e, t, n, r) {
        var i = e.tag;
        if (i === 5 || i === 6)
          (i = e.stateNode), t ? n.insertBefore(i, t) : n.appendChild(i), Nc(e, r), (og = !0);
        else if (
          i !== 4 &&
          (i === 27 && (Nc(e, r), (r = null), cf(e.type) && (n = e.stateNode)), (e = e.child), e !== null)
        )
          for (Uc(e, t, n, r), e = e.sibling; e !== null; ) Uc(e, t, n, r), (e = e.sibling);
      }
      function Wc(e) {
        for (var t, n = e.return; n !== null; ) {
          if (Bc(n)) {
            t = n;
            break;
          }
          n = n.return;
        }
        n = null;
        for (var r = e.return; r !== null; ) {
          if (Lc(r)) {
            var i = r.stateNode;
            n === null ? (n = [i]) : n.push(i);
          }
          if (Ic(r)) break;
          r = r.return;
        }
        if (t == null)
          throw Error(
            `Expected to find a host parent. This error is likely caused by a bug in React. Please file an issue.`,
          );
        switch (t.tag) {
          case 27:
            (t = t.stateNode), (r = Vc(e)), Uc(e, r, t, n);
            break;
          case 5:
            (r = t.stateNode), t.flags & 32 && (af(r), (t.flags &= -33)), (t = Vc(e)), Uc(e, t, r, n);
            break;
          case 3:
          case 4:
            (t = t.stateNode.containerInfo), (r = Vc(e)), Hc(e, r, t, n);
            break;
          default:
            throw Error(
              `Invalid host parent fiber. This error is likely caused by a bug in React. Please file an issue.`,
            );
        }
      }
      function Gc(e) {
        var t = e.stateNode,
          n = e.memoizedProps;
        try {
          N(e, mp, e.type, n, t, e);
        } catch (t) {
          zu(e, e.return, t);
        }
      }
      function Kc(e) {
        (e.tag === 30 || e.subtreeFlags & 33554432) && (ES = !0);
      }
      function qc() {
        var e = OS;
        return ((OS = null), e);
      }
      function Jc(e, t, n, r, i) {
        return (
          (kS = 0),
          (t = Yc(e.child, t, n, r, i)) && e._debugTask != null && nb === null && (nb = e._debugTask),
          t
        );
      }
      function Yc(e, t, n, r, i) {
        for (var a = !1; e !== null; ) {
          if (e.tag === 5) {
            var o = e.stateNode;
            if (r !== null) {
              var s = Cf(o);
              r.push(s), s.view && (a = !0);
            } else a || (Cf(o).view && (a = !0));
            (ES = !0), bf(o, kS === 0 ? t : t + `_` + kS, n), kS++;
          } else
            (e.tag === 22 && e.memoizedState !== null) ||
              (e.tag === 30 && i) ||
              (Yc(e.child, t, n, r, i) && (a = !0));
          e = e.sibling;
        }
        return a;
      }
      function Xc(e, t) {
        for (; e !== null; )
          e.tag === 5
            ? xf(e.stateNode, e.memoizedProps)
            : (e.tag === 22 && e.memoizedState !== null) || (e.tag === 30 && t) || Xc(e.child, t),
            (e = e.sibling);
      }
      function Zc(e) {
        if (e.subtreeFlags & 18874368)
          for (e = e.child; e !== null; ) {
            if (
              (e.tag !== 22 || e.memoizedState === null) &&
              (Zc(e), e.tag === 30 && e.flags & 18874368 && e.stateNode.paired)
            ) {
              var t = e.memoizedProps;
              if (t.name == null || t.name === `auto`)
                throw Error(`Found a pair with an auto name. This is a bug in React.`);
              var n = t.name;
              (t = rr(t.default, t.share)), t !== `none` && (Jc(e, n, t, null, !1) || Xc(e.child, !1));
            }
            e = e.sibling;
          }
      }
      function Qc(e, t) {
        if (e.tag === 30) {
          var n = e.stateNode,
            r = e.memoizedProps,
            i = tr(r, n),
            a = rr(r.default, n.paired ? r.share : r.enter);
          a === `none`
            ? Zc(e)
            : Jc(e, i, a, null, !1)
              ? (Zc(e), n.paired || t || $l(e, r.onEnter))
              : Xc(e.child, !1);
        } else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null; ) Qc(e, t), (e = e.sibling);
        else Zc(e);
      }
      function $c(e) {
        if (DS !== null && DS.size !== 0) {
          var t = DS;
          if (e.subtreeFlags & 18874368)
            for (e = e.child; e !== null; ) {
              if (e.tag !== 22 || e.memoizedState === null) {
                if (e.tag === 30 && e.flags & 18874368) {
                  var n = e.memoizedProps,
                    r = n.name;
                  if (r != null && r !== `auto`) {
                    var i = t.get(r);
                    if (i !== void 0) {
                      var a = rr(n.default, n.share);
                      if (
                        (a !== `none` &&
                          (Jc(e, r, a, null, !1)
                            ? ((a = e.stateNode), (i.paired = a), (a.paired = i), $l(e, n.onShare))
                            : Xc(e.child, !1)),
                        t.delete(r),
                        t.size === 0)
                      )
                        break;
                    }
                  }
                }
                $c(e);
              }
              e = e.sibling;
            }
        }
      }
      function el(e) {
        if (e.tag === 30) {
          var t = e.memoizedProps,
            n = tr(t, e.stateNode),
            r = DS === null ? void 0 : DS.get(n),
            i = rr(t.default, r === void 0 ? t.exit : t.share);
          i !== `none` &&
            (Jc(e, n, i, null, !1)
              ? r === void 0
                ? $l(e, t.onExit)
                : ((i = e.stateNode), (r.paired = i), (i.paired = r), DS.delete(n), $l(e, t.onShare))
              : Xc(e.child, !1)),
            DS !== null && $c(e);
        } else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null; ) el(e), (e = e.sibling);
        else DS !== null && $c(e);
      }
      function tl(e) {
        for (e = e.child; e !== null; ) {
          if (e.tag === 30) {
            var t = e.memoizedProps,
              n = tr(t, e.stateNode);
            (t = rr(t.default, t.update)),
              (e.flags &= -5),
              t !== `none` && Jc(e, n, t, (e.memoizedState = []), !1);
          } else e.subtreeFlags & 33554432 && tl(e);
          e = e.sibling;
        }
      }
      function nl(e) {
        if (e.subtreeFlags & 18874368)
          for (e = e.child; e !== null; ) {
            if (e.tag !== 22 || e.memoizedState === null) {
              if (e.tag === 30 && e.flags & 18874368) {
                var t = e.stateNode;
                t.paired !== null && ((t.paired = null), Xc(e.child, !1));
              }
              nl(e);
            }
            e = e.sibling;
          }
      }
      function rl(e) {
        if (e.tag === 30) (e.stateNode.paired = null), Xc(e.child, !1), nl(e);
        else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null; ) rl(e), (e = e.sibling);
        else nl(e);
      }
      function il(e) {
        for (e = e.child; e !== null; )
          e.tag === 30 ? Xc(e.child, !1) : e.subtreeFlags & 33554432 && il(e), (e = e.sibling);
      }
      function al(e, t, n, r, i, a, o) {
        for (var s = !1; t !== null; ) {
          if (t.tag === 5) {
            var c = t.stateNode;
            if (a !== null && kS < a.length) {
              var l = a[kS],
                u = Cf(c);
              (l.view || u.view) && (s = !0);
              var d;
              if ((d = !(e.flags & 4))) {
                if (u.clip) d = !0;
                else {
                  d = l.rect;
                  var f = u.rect;
                  d = d.y !== f.y || d.x !== f.x || d.height !== f.height || d.width !== f.width;
                }
              }
              d && (e.flags |= 4),
                u.abs
                  ? (u = !l.abs)
                  : ((l = l.rect), (u = u.rect), (u = l.height !== u.height || l.width !== u.width)),
                u && (e.flags |= 32);
            } else e.flags |= 32;
            e.flags & 4 && bf(c, kS === 0 ? n : n + `_` + kS, i),
              (s && e.flags & 4) ||
                (OS === null && (OS = []), OS.push(c, kS === 0 ? r : r + `_` + kS, t.memoizedProps)),
              kS++;
          } else
            (t.tag !== 22 || t.memoizedState === null) &&
              (t.tag === 30 && o ? (e.flags |= t.flags & 32) : al(e, t.child, n, r, i, a, o) && (s = !0));
          t = t.sibling;
        }
        return s;
      }
      function ol(e, t) {
        for (e = e.child; e !== null; ) {
          if (e.tag === 30) {
            var n = e.memoizedProps,
              r = e.stateNode,
              i = tr(n, r),
              a = rr(n.default, n.update);
            if (t) {
              r = r.clones;
              var o = r === null ? null : r.map(wf);
            } else (o = e.memoizedState), (e.memoizedState = null);
            r = e;
            var s = e.child,
              c = i;
            (kS = 0), (a = al(r, s, c, i, a, o, !1)), e.flags & 4 && a && (t || $l(e, n.onUpdate));
          } else e.subtreeFlags & 33554432 && ol(e, t);
          e = e.sibling;
        }
      }
      function sl(e) {
        var t = e.memoizedProps.name;
        if (t != null && t !== `auto`) {
          var n = AS.get(t);
          if (n !== void 0) {
            if (n !== e && n !== e.alternate && !jS[t]) {
              jS[t] = !0;
              var r = JSON.stringify(t);
              N(e, () => {
                console.error(
                  `There are two <ViewTransition name=%s> components with the same name mounted at the same time. This is not supported and will cause View Transitions to error. Try to use a more unique name e.g. by using a namespace prefix and adding the id of an item to the name.`,
                  r,
                );
              }),
                N(n, () => {
                  console.error(`The existing <ViewTransition name=%s> duplicate has this stack trace.`, r);
                });
            }
          } else AS.set(t, e);
        }
      }
      function cl(e) {
        var t = e.memoizedProps.name;
        if (t != null && t !== `auto`) {
          var n = AS.get(t);
          n === void 0 || (n !== e && n !== e.alternate) || AS.delete(t);
        }
      }
      function ll(e, t) {
        return t.tag === 31
          ? ((t = t.memoizedState), e.memoizedState !== null && t === null)
          : t.tag === 13
            ? ((e = e.memoizedState),
              (t = t.memoizedState),
              e !== null && e.dehydrated !== null && (t === null || t.dehydrated === null))
            : t.tag === 3 && e.memoizedState.isDehydrated && !(t.flags & 256);
      }
      function ul(e, t, n) {
        if (((e = e.containerInfo), (bT = gE), (e = Yn(e)), Xn(e))) {
          if (`selectionStart` in e) var r = { start: e.selectionStart, end: e.selectionEnd };
          else
            a: {
              r = ((r = e.ownerDocument) && r.defaultView) || window;
              var i = r.getSelection && r.getSelection();
              if (i && i.rangeCount !== 0) {
                r = i.anchorNode;
                var a = i.anchorOffset,
                  o = i.focusNode;
                i = i.focusOffset;
                try {
                  r.nodeType, o.nodeType;
                } catch {
                  r = null;
                  break a;
                }
                var s = 0,
                  c = -1,
                  l = -1,
                  u = 0,
                  d = 0,
                  f = e,
                  p = null;
                b: for (;;) {
                  for (
                    var m;
                    f !== r || (a !== 0 && f.nodeType !== 3) || (c = s + a),
                      f !== o || (i !== 0 && f.nodeType !== 3) || (l = s + i),
                      f.nodeType === 3 && (s += f.nodeValue.length),
                      (m = f.firstChild) !== null;
                  )
                    (p = f), (f = m);
                  for (;;) {
                    if (f === e) break b;
                    if (
                      (p === r && ++u === a && (c = s),
                      p === o && ++d === i && (l = s),
                      (m = f.nextSibling) !== null)
                    )
                      break;
                    (f = p), (p = f.parentNode);
                  }
                  f = m;
                }
                r = c === -1 || l === -1 ? null : { start: c, end: l };
              } else r = null;
            }
          r ||= { start: 0, end: 0 };
        } else r = null;
        for (
          xT = { focusedElem: e, selectionRange: r },
            gE = !1,
            n = (n & 335544064) === n,
            BS = t,
            t = n ? 9270 : 1024;
          BS !== null;
        ) {
          if (((e = BS), n && ((r = e.deletions), r !== null))) for (a = 0; a < r.length; a++) n && el(r[a]);
          if (e.alternate === null && e.flags & 2) n && Kc(e), dl(n);
          else {
            if (e.tag === 22) {
              if (((r = e.alternate), e.memoizedState !== null)) {
                r !== null && r.memoizedState === null && n && el(r), dl(n);
                continue;
              }
              if (r !== null && r.memoizedState !== null) {
                n && Kc(e), dl(n);
                continue;
              }
            }
            (r = e.child),
              (e.subtreeFlags & t) !== 0 && r !== null ? ((r.return = e), (BS = r)) : (n && tl(e), dl(n));
          }
        }
        DS = null;
      }
      function dl(e) {
        for (; BS !== null; ) {
          var t = BS,
            n = t,
            r = e,
            i = n.alternate,
            a = n.flags;
          switch (n.tag) {
            case 0:
            case 11:
            case 15:
              break;
            case 1:
              a & 1024 && i !== null && Ec(n, i);
              break;
            case 3:
              if (a & 1024) {
                if (((r = n.stateNode.containerInfo), (n = r.nodeType), n === 9)) Xf(r);
                else if (n === 1)
                  switch (r.nodeName) {
                    case `HEAD`:
                    case `HTML`:
                    case `BODY`:
                      Xf(r);
                      break;
                    default:
                      r.textContent = ``;
                  }
              }
              break;
            case 5:
            case 26:
            case 27:
            case 6:
            case 4:
            case 17:
              break;
            case 30:
              r &&
                i !== null &&
                ((r = i),
                (i = n),
                (n = tr(r.memoizedProps, r.stateNode)),
                (i = i.memoizedProps),
                (i = rr(i.default, i.update)),
                i !== `none` && Jc(r, n, i, (r.memoizedState = []), !0));
              break;
            default:
              if (a & 1024)
                throw Error(
                  `This unit of work tag should not have side-effects. This error is likely caused by a bug in React. Please file an issue.`,
                );
          }
          if (((r = t.sibling), r !== null)) {
            (r.return = t.return), (BS = r);
            break;
          }
          BS = t.return;
        }
      }
      function fl(e, t, n) {
        var r = ki(),
          i = ji(),
          a = Ni(),
          o = Pi(),
          s = n.flags;
        switch (n.tag) {
          case 0:
          case 11:
          case 15:
            kl(e, n), s & 4 && vc(n, wx | Sx);
            break;
          case 1:
            if ((kl(e, n), s & 4)) {
              if (((e = n.stateNode), t === null))
                n.type.defaultProps ||
                  `ref` in n.memoizedProps ||
                  yS ||
                  (e.props !== n.memoizedProps &&
                    console.error(
                      'Expected %s props to match memoized props before componentDidMount. This might either be because of a bug in React, or because a component reassigns its own `this.props`. Please file an issue.',
                      A(n) || `instance`,
                    ),
                  e.state !== n.memoizedState &&
                    console.error(
                      'Expected %s state to match memoized state before componentDidMount. This might either be because of a bug in React, or because a component reassigns its own `this.state`. Please file an issue.',
                      A(n) || `instance`,
                    )),
                  _c(n) ? (Bi(), N(n, kb, n, e), Ri()) : N(n, kb, n, e);
              else {
                var c = ys(n.type, t.memoizedProps);
                (t = t.memoizedState),
                  n.type.defaultProps ||
                    `ref` in n.memoizedProps ||
                    yS ||
                    (e.props !== n.memoizedProps &&
                      console.error(
                        'Expected %s props to match memoized props before componentDidUpdate. This might either be because of a bug in React, or because a component reassigns its own `this.props`. Please file an issue.',
                        A(n) || `instance`,
                      ),
                    e.state !== n.memoizedState &&
                      console.error(
                        'Expected %s state to match memoized state before componentDidUpdate. This might either be because of a bug in React, or because a component reassigns its own `this.state`. Please file an issue.',
                        A(n) || `instance`,
                      )),
                  _c(n)
                    ? (Bi(), N(n, jb, n, e, c, t, e.__reactInternalSnapshotBeforeUpdate), Ri())
                    : N(n, jb, n, e, c, t, e.__reactInternalSnapshotBeforeUpdate);
              }
            }
            s & 64 && wc(n), s & 512 && kc(n, n.return);
            break;
          case 3:
            if (((t = Ti()), kl(e, n), s & 64 && ((s = n.updateQueue), s !== null))) {
              if (((c = null), n.child !== null))
                switch (n.child.tag) {
                  case 27:
                  case 5:
                    c = n.child.stateNode;
                    break;
                  case 1:
                    c = n.child.stateNode;
                }
              try {
                N(n, wa, s, c);
              } catch (e) {
                zu(n, n.return, e);
              }
            }
            e.effectDuration += Ei(t);
            break;
          case 27:
            t === null && s & 4 && Gc(n);
          case 26:
          case 5:
            if ((kl(e, n), t === null)) {
              if (s & 4) Rc(n);
              else if (s & 64) {
                (e = n.type), (t = n.memoizedProps), (c = n.stateNode);
                try {
                  N(n, nf, c, e, t, n);
                } catch (e) {
                  zu(n, n.return, e);
                }
              }
            }
            s & 512 && kc(n, n.return);
            break;
          case 12:
            if (s & 4) {
              (s = Ti()), kl(e, n), (e = n.stateNode), (e.effectDuration += Di(s));
              try {
                N(n, jc, n, t, wy, e.effectDuration);
              } catch (e) {
                zu(n, n.return, e);
              }
            } else kl(e, n);
            break;
          case 31:
            kl(e, n), s & 4 && yl(e, n);
            break;
          case 13:
            kl(e, n),
              s & 4 && bl(e, n),
              s & 64 &&
                ((e = n.memoizedState),
                e !== null && ((e = e.dehydrated), e !== null && ((s = Uu.bind(null, n)), np(e, s))));
            break;
          case 22:
            if (((s = n.memoizedState !== null || FS), !s)) {
              var l = (t !== null && t.memoizedState !== null) || IS;
              (t = FS),
                (c = IS),
                (FS = s),
                (IS = l) && !c
                  ? ((s = PS),
                    n.subtreeFlags & 8772 && (s |= NS),
                    Nl(e, n, s),
                    (n.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && dr(n, q, J))
                  : kl(e, n),
                (FS = t),
                (IS = c);
            }
            break;
          case 30:
            s & 18874368 && sl(n), kl(e, n), s & 512 && kc(n, n.return);
            break;
          case 7:
            s & 512 && kc(n, n.return);
          default:
            kl(e, n);
        }
        (n.mode & G) !== W &&
          0 <= q &&
          0 <= J &&
          ((jy || 0.05 < ky) && mr(n, q, J, ky, Ay),
          n.alternate === null &&
            n.return !== null &&
            n.return.alternate !== null &&
            0.05 < J - q &&
            (ll(n.return.alternate, n.return) || ur(n, q, J, `Mount`))),
          Ai(r),
          Mi(i),
          (Ay = a),
          (jy = o);
      }
      function pl(e, t) {
        for (e = e.child; e !== null; ) ml(e, t), (e = e.sibling);
      }
      function ml(e, t) {
        switch (e.tag) {
          case 5:
          case 26:
            try {
              var n = e.stateNode;
              t ? N(e, mf, n) : N(e, _f, e.stateNode, e.memoizedProps);
            } catch (t) {
              zu(e, e.return, t);
            }
            hl(e, t);
            break;
          case 6:
            try {
              var r = e.stateNode;
              t ? N(e, hf, r) : N(e, vf, r, e.memoizedProps), (og = !0);
            } catch (t) {
              zu(e, e.return, t);
            }
            break;
          case 18:
            try {
              var i = e.stateNode;
              t ? N(e, pf, i) : N(e, gf, e.stateNode);
            } catch (t) {
              zu(e, e.return, t);
            }
            break;
          case 22:
          case 23:
            e.memoizedState === null && pl(e, t);
            break;
          default:
            pl(e, t);
        }
      }
      function hl(e, t) {
        if (e.subtreeFlags & 67108864)
          for (e = e.child; e !== null; ) {
            a: {
              var n = e,
                r = t;
              switch (n.tag) {
                case 4:
                  ml(n, r);
                  break a;
                case 22:
                  n.memoizedState === null && hl(n, r);
                  break a;
                default:
                  hl(n, r);
              }
            }
            e = e.sibling;
          }
      }
      function gl(e) {
        var t = e.alternate;
        t !== null && ((e.alternate = null), gl(t)),
          (e.child = null),
          (e.deletions = null),
          (e.sibling = null),
          e.tag === 5 && ((t = e.stateNode), t !== null && et(t)),
          (e.stateNode = null),
          (e._debugOwner = null),
          (e.return = null),
          (e.dependencies = null),
          (e.memoizedProps = null),
          (e.memoizedState = null),
          (e.pendingProps = null),
          (e.stateNode = null),
          (e.updateQueue = null);
      }
      function _l(e, t, n) {
        for (n = n.child; n !== null; ) vl(e, t, n), (n = n.sibling);
      }
      function vl(e, t, n) {
        if (Ah && typeof Ah.onCommitFiberUnmount == `function`)
          try {
            Ah.onCommitFiberUnmount(kh, n);
          } catch (e) {
            jh || ((jh = !0), console.error(`React instrumentation encountered an error: %o`, e));
          }
        var r = ki(),
          i = ji(),
          a = Ni(),
          o = Pi();
        switch (n.tag) {
          case 26:
            IS || Ac(n, t),
              _l(e, t, n),
              n.memoizedState
                ? n.memoizedState.count--
                : n.stateNode && !IS && ((e = n.stateNode), e.parentNode.removeChild(e));
            break;
          case 27:
            IS || Ac(n, t), Fc(n);
            var s = qS,
              c = JS;
            cf(n.type) && ((qS = n.stateNode), (JS = !1)),
              _l(e, t, n),
              N(n, hp, n.stateNode, n.type, n.memoizedProps),
              (qS = s),
              (JS = c);
            break;
          case 5:
            IS || Ac(n, t), Fc(n);
          case 6:
            if (
              (n.tag === 6 && Fc(n),
              (s = qS),
              (c = JS),
              (qS = null),
              _l(e, t, n),
              (qS = s),
              (JS = c),
              qS !== null)
            ) {
              if (JS)
                try {
                  N(n, uf, qS, n.stateNode), (og = !0);
                } catch (e) {
                  zu(n, t, e);
                }
              else
                try {
                  N(n, lf, qS, n.stateNode), (og = !0);
                } catch (e) {
                  zu(n, t, e);
                }
            }
            break;
          case 18:
            qS !== null &&
              (JS
                ? ((e = qS),
                  df(
                    e.nodeType === 9 ? e.body : e.nodeName === `HTML` ? e.ownerDocument.body : e,
                    n.stateNode,
                  ),
                  hm(e))
                : df(qS, n.stateNode));
            break;
          case 4:
            (s = qS), (c = JS), (qS = n.stateNode.containerInfo), (JS = !0), _l(e, t, n), (qS = s), (JS = c);
            break;
          case 0:
          case 11:
          case 14:
          case 15:
            xc(Cx, n, t), IS || yc(n, t, wx), _l(e, t, n);
            break;
          case 1:
            IS || (Ac(n, t), (s = n.stateNode), typeof s.componentWillUnmount == `function` && Dc(n, t, s)),
              _l(e, t, n);
            break;
          case 21:
            _l(e, t, n);
            break;
          case 22:
            (IS = (s = IS) || n.memoizedState !== null), _l(e, t, n), (IS = s);
            break;
          case 30:
            n.flags & 18874368 && cl(n), Ac(n, t), _l(e, t, n);
            break;
          case 7:
            IS || Ac(n, t), _l(e, t, n);
            break;
          default:
            _l(e, t, n);
        }
        (n.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(n, q, J, ky, Ay),
          Ai(r),
          Mi(i),
          (Ay = a),
          (jy = o);
      }
      function yl(e, t) {
        if (
          t.memoizedState === null &&
          ((e = t.alternate), e !== null && ((e = e.memoizedState), e !== null))
        ) {
          e = e.dehydrated;
          try {
            N(t, lp, e);
          } catch (e) {
            zu(t, t.return, e);
          }
        }
      }
      function bl(e, t) {
        if (
          t.memoizedState === null &&
          ((e = t.alternate),
          e !== null && ((e = e.memoizedState), e !== null && ((e = e.dehydrated), e !== null)))
        )
          try {
            N(t, up, e);
          } catch (e) {
            zu(t, t.return, e);
          }
      }
      function xl(e) {
        switch (e.tag) {
          case 31:
          case 13:
          case 19:
            var t = e.stateNode;
            return (t === null && (t = e.stateNode = new zS()), t);
          case 22:
            return ((e = e.stateNode), (t = e._retryCache), t === null && (t = e._retryCache = new zS()), t);
          default:
            throw Error(`Unexpected Suspense handler tag (` + e.tag + `). This is a bug in React.`);
        }
      }
      function Sl(e, t) {
        var n = xl(e);
        t.forEach((t) => {
          if (!n.has(t)) {
            if ((n.add(t), Mh)) {
              if (VS !== null && HS !== null) Yu(HS, VS);
              else throw Error(`Expected finished root and lanes to be set. This is a bug in React.`);
            }
            var r = Wu.bind(null, e, t);
            t.then(r, r);
          }
        });
      }
      function Cl(e, t, n) {
        var r = t.deletions;
        if (r !== null)
          for (var i = 0; i < r.length; i++) {
            var a = e,
              o = t,
              s = r[i],
              c = ki(),
              l = o;
            a: for (; l !== null; ) {
              switch (l.tag) {
                case 27:
                  if (cf(l.type)) {
                    (qS = l.stateNode), (JS = !1);
                    break a;
                  }
                  break;
                case 5:
                  (qS = l.stateNode), (JS = !1);
                  break a;
                case 3:
                case 4:
                  (qS = l.stateNode.containerInfo), (JS = !0);
                  break a;
              }
              l = l.return;
            }
            if (qS === null)
              throw Error(
                `Expected to find a host parent. This error is likely caused by a bug in React. Please file an issue.`,
              );
            vl(a, o, s),
              (qS = null),
              (JS = !1),
              (s.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && ur(s, q, J, `Unmount`),
              Ai(c),
              (a = s),
              (o = a.alternate),
              o !== null && (o.return = null),
              (a.return = null);
          }
        if (t.subtreeFlags & 13886) for (t = t.child; t !== null; ) wl(t, e, n), (t = t.sibling);
      }
      function wl(e, t, n) {
        var r = ki(),
          i = ji(),
          a = Ni(),
          o = Pi(),
          s = e.alternate,
          c = e.flags;
        switch (e.tag) {
          case 0:
          case 11:
          case 14:
          case 15:
            if (c & 4 && ((s = e.updateQueue), (s = s === null ? null : s.events), s !== null))
              for (var l = 0; l < s.length; l++) {
                var u = s[l];
                u.ref.impl = u.nextImpl;
              }
            Cl(t, e, n), Tl(e), c & 4 && (xc(Cx | Sx, e, e.return), bc(Cx | Sx, e), yc(e, e.return, wx | Sx));
            break;
          case 1:
            Cl(t, e, n),
              Tl(e),
              c & 512 && (IS || s === null || Ac(s, s.return)),
              c & 64 &&
                FS &&
                ((t = e.updateQueue),
                t !== null &&
                  ((n = t.callbacks),
                  n !== null &&
                    ((c = t.shared.hiddenCallbacks),
                    (t.shared.hiddenCallbacks = c === null ? n : c.concat(n)))));
            break;
          case 26:
            if (((l = YS), Cl(t, e, n), Tl(e), c & 512 && (IS || s === null || Ac(s, s.return)), c & 4)) {
              if (((c = s === null ? null : s.memoizedState), (n = e.memoizedState), s === null)) {
                if (n === null) {
                  if (e.stateNode === null) {
                    if (FS) e.stateNode = Jd(e.type, e.memoizedProps, t.containerInfo, e);
                    else {
                      a: {
                        (t = e.type), (n = e.memoizedProps), (c = l.ownerDocument || l);
                        b: switch (t) {
                          case `title`:
                            (s = c.getElementsByTagName(`title`)[0]),
                              (!s || s[Zh] || s[Wh] || s.namespaceURI === Ig || s.hasAttribute(`itemprop`)) &&
                                ((s = c.createElement(t)),
                                c.head.insertBefore(s, c.querySelector(`head > title`))),
                              jd(s, t, n),
                              (s[Wh] = e),
                              st(s),
                              (t = s);
                            break a;
                          case `link`:
                            if ((l = jp(`link`, `href`, c).get(t + (n.href || ``)))) {
                              for (u = 0; u < l.length; u++)
                                if (
                                  ((s = l[u]),
                                  s.getAttribute(`href`) ===
                                    (n.href == null || n.href === `` ? null : n.href) &&
                                    s.getAttribute(`rel`) === (n.rel == null ? null : n.rel) &&
                                    s.getAttribute(`title`) === (n.title == null ? null : n.title) &&
                                    s.getAttribute(`crossorigin`) ===
                                      (n.crossOrigin == null ? null : n.crossOrigin))
                                ) {
                                  l.splice(u, 1);
                                  break b;
                                }
                            }
                            (s = c.createElement(t)), jd(s, t, n), c.head.appendChild(s);
                            break;
                          case `meta`:
                            if ((l = jp(`meta`, `content`, c).get(t + (n.content || ``)))) {
                              for (u = 0; u < l.length; u++)
                                if (
                                  ((s = l[u]),
                                  P(n.content, `content`),
                                  s.getAttribute(`content`) === (n.content == null ? null : `` + n.content) &&
                                    s.getAttribute(`name`) === (n.name == null ? null : n.name) &&
                                    s.getAttribute(`property`) === (n.property == null ? null : n.property) &&
                                    s.getAttribute(`http-equiv`) ===
                                      (n.httpEquiv == null ? null : n.httpEquiv) &&
                                    s.getAttribute(`charset`) === (n.charSet == null ? null : n.charSet))
                                ) {
                                  l.splice(u, 1);
                                  break b;
                                }
                            }
                            (s = c.createElement(t)), jd(s, t, n), c.head.appendChild(s);
                            break;
                          default:
                            throw Error(
                              `getNodesForType encountered a type it did not expect: "` +
                                t +
                                `". This is a bug in React.`,
                            );
                        }
                        (s[Wh] = e), st(s), (t = s);
                      }
                      e.stateNode = t;
                    }
                  } else FS || Mp(l, e.type, e.stateNode);
                } else e.stateNode = Dp(l, n, e.memoizedProps);
              } else
                c === n
                  ? n === null && e.stateNode !== null && zc(e, e.memoizedProps, s.memoizedProps)
                  : (c === null
                      ? ((t = s.stateNode), t === null || IS || t.parentNode.removeChild(t))
                      : c.count--,
                    n === null ? FS || Mp(l, e.type, e.stateNode) : Dp(l, n, e.memoizedProps));
            }
            break;
          case 27:
            Cl(t, e, n),
              Tl(e),
              c & 512 && (IS || s === null || Ac(s, s.return)),
              s !== null && c & 4 && zc(e, e.memoizedProps, s.memoizedProps);
            break;
          case 5:
            if (
              ((l = LS),
              (LS = !1),
              Cl(t, e, n),
              (LS = l),
              Tl(e),
              c & 512 && (IS || s === null || Ac(s, s.return)),
              e.flags & 32)
            ) {
              t = e.stateNode;
              try {
                N(e, af, t), (og = !0);
              } catch (t) {
                zu(e, e.return, t);
              }
            }
            c & 4 &&
              e.stateNode != null &&
              ((t = e.memoizedProps), zc(e, t, s === null ? t : s.memoizedProps)),
              c & 1024 &&
                ((RS = !0),
                e.type !== `form` &&
                  console.error(`Unexpected host component type. Expected a form. This is a bug in React.`));
            break;
          case 6:
            if ((Cl(t, e, n), Tl(e), c & 4)) {
              if (e.stateNode === null)
                throw Error(
                  `This should have a text node initialized. This error is likely caused by a bug in React. Please file an issue.`,
                );
              (t = e.memoizedProps), (n = s === null ? t : s.memoizedProps), (c = e.stateNode);
              try {
                N(e, of, c, n, t), (og = !0);
              } catch (t) {
                zu(e, e.return, t);
              }
            }
            break;
          case 3:
            if (
              ((l = Ti()),
              (og = !1),
              (GT = null),
              (u = YS),
              (YS = _p(t.containerInfo)),
              Cl(t, e, n),
              (YS = u),
              Tl(e),
              c & 4 && s !== null && s.memoizedState.isDehydrated)
            )
              try {
                N(e, cp, t.containerInfo);
              } catch (t) {
                zu(e, e.return, t);
              }
            RS && ((RS = !1), El(e)), (t.effectDuration += Ei(l)), (og = !1);
            break;
          case 4:
            (c = LS),
              (LS = FS),
              (s = pt()),
              (l = YS),
              (YS = _p(e.stateNode.containerInfo)),
              Cl(t, e, n),
              Tl(e),
              (YS = l),
              og && WS && (GS = !0),
              (og = s),
              (LS = c);
            break;
          case 12:
            (c = Ti()), Cl(t, e, n), Tl(e), (e.stateNode.effectDuration += Di(c));
            break;
          case 31:
            Cl(t, e, n),
              Tl(e),
              c & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), Sl(e, t)));
            break;
          case 13:
            Cl(t, e, n),
              Tl(e),
              e.child.flags & 8192 &&
                (e.memoizedState !== null) != (s !== null && s.memoizedState !== null) &&
                (zC = bh()),
              c & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), Sl(e, t)));
            break;
          case 22:
            (l = e.memoizedState !== null), (u = s !== null && s.memoizedState !== null);
            var d = FS,
              f = IS,
              p = LS;
            (FS = d || l),
              (LS = p || l),
              (IS = f || u),
              Cl(t, e, n),
              (IS = f),
              (LS = p),
              (FS = d),
              u && !l && !d && !f && (e.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && dr(e, q, J),
              Tl(e),
              c & 8192 &&
                ((t = e.stateNode),
                (t._visibility = l ? t._visibility & ~Mv : t._visibility | Mv),
                !l ||
                  s === null ||
                  u ||
                  FS ||
                  IS ||
                  ((t = PS),
                  (n = u || IS),
                  (s = FS),
                  (u = IS),
                  (FS = l || FS),
                  (IS = n),
                  jl(e, t),
                  (e.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && ur(e, q, J, `Disconnect`),
                  (FS = s),
                  (IS = u)),
                (!l && LS) || pl(e, l)),
              c & 4 &&
                ((t = e.updateQueue),
                t !== null && ((n = t.retryQueue), n !== null && ((t.retryQueue = null), Sl(e, n))));
            break;
          case 19:
            Cl(t, e, n),
              Tl(e),
              c & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), Sl(e, t)));
            break;
          case 30:
            c & 512 && (IS || s === null || Ac(s, s.return)),
              (c = pt()),
              (l = WS),
              (u = (n & 335544064) === n),
              (d = e.memoizedProps),
              (WS = u && rr(d.default, d.update) !== `none`),
              Cl(t, e, n),
              Tl(e),
              u && s !== null && og && (e.flags |= 4),
              (WS = l),
              (og = c);
            break;
          case 21:
            break;
          case 7:
            c & 512 && (IS || s === null || Ac(s, s.return)),
              s && s.stateNode !== null && (s.stateNode._fragmentFiber = e);
          default:
            Cl(t, e, n), Tl(e);
        }
        (e.mode & G) !== W &&
          0 <= q &&
          0 <= J &&
          ((jy || 0.05 < ky) && mr(e, q, J, ky, Ay),
          e.alternate === null &&
            e.return !== null &&
            e.return.alternate !== null &&
            0.05 < J - q &&
            (ll(e.return.alternate, e.return) || ur(e, q, J, `Mount`))),
          Ai(r),
          Mi(i),
          (Ay = a),
          (jy = o);
      }
      function Tl(e) {
        var t = e.flags;
        if (t & 2) {
          try {
            N(e, Wc, e);
          } catch (t) {
            zu(e, e.return, t);
          }
          e.flags &= -3;
        }
        t & 4096 && (e.flags &= -4097);
      }
      function El(e) {
        if (e.subtreeFlags & 1024)
          for (e = e.child; e !== null; ) {
            var t = e;
            El(t),
              t.tag === 5 && t.flags & 1024 && ((t = t.stateNode), (gE = !0), t.reset(), (gE = !1)),
              (e = e.sibling);
          }
      }
      function Dl(e, t) {
        if (t.subtreeFlags & 9270) for (t = t.child; t !== null; ) Ol(t, e), (t = t.sibling);
        else ol(t, !1);
      }
      function Ol(e, t) {
        var n = e.alternate;
        if (n === null) Qc(e, !1);
        else
          switch (e.tag) {
            case 3:
              if (((KS = US = !1), qc(), Dl(t, e), !US && !GS)) {
                if (((e = OS), e !== null))
                  for (var r = 0; r < e.length; r += 3) {
                    n = e[r];
                    var i = e[r + 1];
                    xf(n, e[r + 2]),
                      (n = n.ownerDocument.documentElement),
                      n !== null &&
                        n.animate(
                          { opacity: [0, 0], pointerEvents: [`none`, `none`] },
                          {
                            duration: 0,
                            fill: `forwards`,
                            pseudoElement: `::view-transition-group(` + i + `)`,
                          },
                        );
                  }
                (e = t.containerInfo),
                  (e = e.nodeType === 9 ? e.documentElement : e.ownerDocument.documentElement),
                  e !== null &&
                    e.style.viewTransitionName === `` &&
                    ((e.style.viewTransitionName = `none`),
                    e.animate(
                      { opacity: [0, 0], pointerEvents: [`none`, `none`] },
                      { duration: 0, fill: `forwards`, pseudoElement: `::view-transition-group(root)` },
                    ),
                    e.animate(
                      { width: [0, 0], height: [0, 0] },
                      { duration: 0, fill: `forwards`, pseudoElement: `::view-transition` },
                    )),
                  (KS = !0);
              }
              OS = null;
              break;
            case 5:
              Dl(t, e);
              break;
            case 4:
              (r = US), (US = !1), Dl(t, e), US && (GS = !0), (US = r);
              break;
            case 22:
              e.memoizedState === null && (n.memoizedState === null ? Dl(t, e) : Qc(e, !1));
              break;
            case 30:
              (r = US), (i = qc()), (US = !1), Dl(t, e), US && (e.flags |= 4);
              var a = e.memoizedProps,
                o = e.stateNode;
              (t = tr(a, o)), (o = tr(n.memoizedProps, o));
              var s = rr(a.default, a.update);
              s === `none`
                ? (t = !1)
                : ((a = n.memoizedState),
                  (n.memoizedState = null),
                  (n = e.child),
                  (kS = 0),
                  (t = al(e, n, t, o, s, a, !0)),
                  kS !== (a === null ? 0 : a.length) && (e.flags |= 32)),
                e.flags & 4 && t
                  ? ($l(e, e.memoizedProps.onUpdate), (OS = i))
                  : i !== null && (i.push.apply(i, OS), (OS = i)),
                (US = e.flags & 32 ? !0 : r);
              break;
            default:
              Dl(t, e);
          }
      }
      function kl(e, t) {
        if (t.subtreeFlags & 8772) for (t = t.child; t !== null; ) fl(e, t.alternate, t), (t = t.sibling);
      }
      function Al(e, t) {
        var n = ki(),
          r = ji(),
          i = Ni(),
          a = Pi();
        switch (e.tag) {
          case 0:
          case 11:
          case 14:
          case 15:
            yc(e, e.return, wx), jl(e, t);
            break;
          case 1:
            Ac(e, e.return);
            var o = e.stateNode;
            typeof o.componentWillUnmount == `function` && Dc(e, e.return, o), jl(e, t);
            break;
          case 27:
            (t & PS) !== MS && N(e, hp, e.stateNode, e.type, e.memoizedProps);
          case 5:
            Ac(e, e.return), (e.tag !== 5 && e.tag !== 27) || Fc(e), jl(e, t);
            break;
          case 6:
            Fc(e);
            break;
          case 26:
            Ac(e, e.return),
              (o = e.stateNode),
              e.memoizedState !== null || o === null || IS || o.parentNode.removeChild(o),
              jl(e, t);
            break;
          case 22:
            e.memoizedState === null && jl(e, t);
            break;
          case 30:
            e.flags & 18874368 && cl(e), Ac(e, e.return), jl(e, t);
            break;
          case 7:
            Ac(e, e.return);
          default:
            jl(e, t);
        }
        (e.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(e, q, J, ky, Ay),
          Ai(n),
          Mi(r),
          (Ay = i),
          (jy = a);
      }
      function jl(e, t) {
        for (e = e.child; e !== null; ) Al(e, t), (e = e.sibling);
      }
      function Ml(e, t, n, r) {
        var i = ki(),
          a = ji(),
          o = Ni(),
          s = Pi(),
          c = n.flags,
          l = (r & NS) !== MS;
        switch (n.tag) {
          case 0:
          case 11:
          case 15:
            Nl(e, n, r), vc(n, wx);
            break;
          case 1:
            if (
              (Nl(e, n, r),
              (t = n.stateNode),
              typeof t.componentDidMount == `function` && N(n, kb, n, t),
              (t = n.updateQueue),
              t !== null)
            ) {
              e = n.stateNode;
              try {
                N(n, Ca, t, e);
              } catch (e) {
                zu(n, n.return, e);
              }
            }
            l && c & 64 && wc(n), kc(n, n.return);
            break;
          case 27:
            (r & PS) !== MS && Gc(n);
          case 5:
            (n.tag !== 5 && n.tag !== 27) || Pc(n),
              Nl(e, n, r),
              l && t === null && c & 4 && Rc(n),
              kc(n, n.return);
            break;
          case 6:
            Pc(n);
            break;
          case 26:
            var u = n.stateNode;
            n.memoizedState !== null || u === null || FS || Mp(_p(u.ownerDocument), n.type, u),
              Nl(e, n, r),
              l && t === null && c & 4 && Rc(n),
              kc(n, n.return);
            break;
          case 12:
            if (l && c & 4) {
              (c = Ti()), Nl(e, n, r), (l = n.stateNode), (l.effectDuration += Di(c));
              try {
                N(n, jc, n, t, wy, l.effectDuration);
              } catch (e) {
                zu(n, n.return, e);
              }
            } else Nl(e, n, r);
            break;
          case 31:
            Nl(e, n, r), l && c & 4 && yl(e, n);
            break;
          case 13:
            Nl(e, n, r), l && c & 4 && bl(e, n);
            break;
          case 22:
            n.memoizedState === null && Nl(e, n, r), kc(n, n.return);
            break;
          case 30:
            Nl(e, n, r), c & 18874368 && sl(n), kc(n, n.return);
            break;
          case 7:
            kc(n, n.return);
          default:
            Nl(e, n, r);
        }
        (n.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(n, q, J, ky, Ay),
          Ai(i),
          Mi(a),
          (Ay = o),
          (jy = s);
      }
      function Nl(e, t, n) {
        for (n = t.subtreeFlags & 8772 ? n : n & ~NS, t = t.child; t !== null; )
          Ml(e, t.alternate, t, n), (t = t.sibling);
      }
      function Pl(e, t) {
        var n = null;
        e !== null &&
          e.memoizedState !== null &&
          e.memoizedState.cachePool !== null &&
          (n = e.memoizedState.cachePool.pool),
          (e = null),
          t.memoizedState !== null &&
            t.memoizedState.cachePool !== null &&
            (e = t.memoizedState.cachePool.pool),
          e !== n && (e != null && yi(e), n != null && bi(n));
      }
      function Fl(e, t) {
        (e = null),
          t.alternate !== null && (e = t.alternate.memoizedState.cache),
          (t = t.memoizedState.cache),
          t !== e && (yi(t), e != null && bi(e));
      }
      function Il(e, t, n, r, i) {
        var a = (n & 335544064) === n;
        if (
          t.subtreeFlags & (a ? 10262 : 10256) ||
          (t.actualDuration !== 0 && (t.alternate === null || t.alternate.child !== t.child))
        )
          for (t = t.child; t !== null; )
            (a = t.sibling), Ll(e, t, n, r, a === null ? i : a.actualStartTime), (t = a);
        else a && il(t);
      }
      function Ll(e, t, n, r, i) {
        var a = ki(),
          o = ji(),
          s = Ni(),
          c = Pi(),
          l = Ev,
          u = (n & 335544064) === n;
        u && t.alternate === null && t.return !== null && t.return.alternate !== null && rl(t);
        var d = t.flags;
        switch (t.tag) {
          case 0:
          case 11:
          case 15:
            (t.mode & G) !== W && 0 < t.actualStartTime && t.flags & 1 && fr(t, t.actualStartTime, i, XS, n),
              Il(e, t, n, r, i),
              d & 2048 && Sc(t, Tx | Sx);
            break;
          case 1:
            (t.mode & G) !== W &&
              0 < t.actualStartTime &&
              (t.flags & 128
                ? pr(t, t.actualStartTime, i, [])
                : t.flags & 1 && fr(t, t.actualStartTime, i, XS, n)),
              Il(e, t, n, r, i);
            break;
          case 3:
            var f = Ti(),
              p = XS;
            (XS = t.alternate !== null && t.alternate.memoizedState.isDehydrated && !(t.flags & 256)),
              Il(e, t, n, r, i),
              (XS = p),
              u &&
                KS &&
                ((n = e.containerInfo),
                (n = n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n),
                n.style.viewTransitionName === `root` && (n.style.viewTransitionName = ``),
                (n = n.ownerDocument.documentElement),
                n !== null && n.style.viewTransitionName === `none` && (n.style.viewTransitionName = ``)),
              d & 2048 &&
                ((n = null),
                t.alternate !== null && (n = t.alternate.memoizedState.cache),
                (r = t.memoizedState.cache),
                r !== n && (yi(r), n != null && bi(n))),
              (e.passiveEffectDuration += Ei(f));
            break;
          case 12:
            if (d & 2048) {
              (d = Ti()), Il(e, t, n, r, i), (e = t.stateNode), (e.passiveEffectDuration += Di(d));
              try {
                N(t, Mc, t, t.alternate, wy, e.passiveEffectDuration);
              } catch (e) {
                zu(t, t.return, e);
              }
            } else Il(e, t, n, r, i);
            break;
          case 31:
            (d = XS),
              (f = t.alternate === null ? null : t.alternate.memoizedState),
              (u = t.memoizedState),
              f !== null && u === null
                ? ((u = t.deletions),
                  u !== null && 0 < u.length && u[0].tag === 18
                    ? ((XS = !1), (f = f.hydrationErrors), f !== null && pr(t, t.actualStartTime, i, f))
                    : (XS = !0))
                : (XS = !1),
              Il(e, t, n, r, i),
              (XS = d);
            break;
          case 13:
            (d = XS),
              (f = t.alternate === null ? null : t.alternate.memoizedState),
              (u = t.memoizedState),
              f === null || f.dehydrated === null || (u !== null && u.dehydrated !== null)
                ? (XS = !1)
                : ((u = t.deletions),
                  u !== null && 0 < u.length && u[0].tag === 18
                    ? ((XS = !1), (f = f.hydrationErrors), f !== null && pr(t, t.actualStartTime, i, f))
                    : (XS = !0)),
              Il(e, t, n, r, i),
              (XS = d);
            break;
          case 23:
            break;
          case 22:
            (p = t.stateNode),
              (f = t.alternate),
              t.memoizedState === null
                ? (u && f !== null && f.memoizedState !== null && rl(t),
                  p._visibility & Nv
                    ? Il(e, t, n, r, i)
                    : ((p._visibility |= Nv),
                      Rl(
                        e,
                        t,
                        n,
                        r,
                        !!(t.subtreeFlags & 10256) ||
                          (t.actualDuration !== 0 && (t.alternate === null || t.alternate.child !== t.child)),
                        i,
                      ),
                      (t.mode & G) === W ||
                        XS ||
                        ((e = t.actualStartTime),
                        0 <= e && 0.05 < i - e && dr(t, e, i),
                        0 <= q && 0 <= J && 0.05 < J - q && dr(t, q, J))))
                : (u && f !== null && f.memoizedState === null && rl(f),
                  p._visibility & Nv ? Il(e, t, n, r, i) : Bl(e, t, n, r, i)),
              d & 2048 && Pl(f, t);
            break;
          case 24:
            Il(e, t, n, r, i), d & 2048 && Fl(t.alternate, t);
            break;
          case 30:
            u && ((d = t.alternate), d !== null && (Xc(d.child, !0), Xc(t.child, !0))), Il(e, t, n, r, i);
            break;
          default:
            Il(e, t, n, r, i);
        }
        (t.mode & G) !== W &&
          ((e = !XS && t.alternate === null && t.return !== null && t.return.alternate !== null) &&
            ((n = t.actualStartTime), 0 <= n && 0.05 < i - n && ur(t, n, i, `Mount`)),
          0 <= q &&
            0 <= J &&
            ((jy || 0.05 < ky) && mr(t, q, J, ky, Ay), e && 0.05 < J - q && ur(t, q, J, `Mount`))),
          Ai(a),
          Mi(o),
          (Ay = s),
          (jy = c),
          (Ev = l);
      }
      function Rl(e, t, n, r, i, a) {
        for (
          i &&=
            !!(t.subtreeFlags & 10256) ||
            (t.actualDuration !== 0 && (t.alternate === null || t.alternate.child !== t.child)),
            t = t.child;
          t !== null;
        ) {
          var o = t.sibling;
          zl(e, t, n, r, i, o === null ? a : o.actualStartTime), (t = o);
        }
      }
      function zl(e, t, n, r, i, a) {
        var o = ki(),
          s = ji(),
          c = Ni(),
          l = Pi(),
          u = Ev;
        i && (t.mode & G) !== W && 0 < t.actualStartTime && t.flags & 1 && fr(t, t.actualStartTime, a, XS, n);
        var d = t.flags;
        switch (t.tag) {
          case 0:
          case 11:
          case 15:
            Rl(e, t, n, r, i, a), Sc(t, Tx);
            break;
          case 23:
            break;
          case 22:
            var f = t.stateNode;
            t.memoizedState === null
              ? ((f._visibility |= Nv), Rl(e, t, n, r, i, a))
              : f._visibility & Nv
                ? Rl(e, t, n, r, i, a)
                : Bl(e, t, n, r, a),
              i && d & 2048 && Pl(t.alternate, t);
            break;
          case 24:
            Rl(e, t, n, r, i, a), i && d & 2048 && Fl(t.alternate, t);
            break;
          default:
            Rl(e, t, n, r, i, a);
        }
        (t.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(t, q, J, ky, Ay),
          Ai(o),
          Mi(s),
          (Ay = c),
          (jy = l),
          (Ev = u);
      }
      function Bl(e, t, n, r, i) {
        if (
          t.subtreeFlags & 10256 ||
          (t.actualDuration !== 0 && (t.alternate === null || t.alternate.child !== t.child))
        )
          for (var a = t.child; a !== null; ) {
            t = a.sibling;
            var o = e,
              s = n,
              c = r,
              l = t === null ? i : t.actualStartTime,
              u = Ev;
            (a.mode & G) !== W && 0 < a.actualStartTime && a.flags & 1 && fr(a, a.actualStartTime, l, XS, s);
            var d = a.flags;
            switch (a.tag) {
              case 22:
                Bl(o, a, s, c, l), d & 2048 && Pl(a.alternate, a);
                break;
              case 24:
                Bl(o, a, s, c, l), d & 2048 && Fl(a.alternate, a);
                break;
              default:
                Bl(o, a, s, c, l);
            }
            (Ev = u), (a = t);
          }
      }
      function Vl(e, t, n) {
        if (e.subtreeFlags & ZS) for (e = e.child; e !== null; ) Hl(e, t, n), (e = e.sibling);
      }
      function Hl(e, t, n) {
        switch (e.tag) {
          case 26:
            Vl(e, t, n),
              e.flags & ZS &&
                (e.memoizedState === null
                  ? ((e = e.stateNode), (t & 335544128) === t && Lp(n, e))
                  : Rp(n, YS, e.memoizedState, e.memoizedProps));
            break;
          case 5:
            Vl(e, t, n), e.flags & ZS && ((e = e.stateNode), (t & 335544128) === t && Lp(n, e));
            break;
          case 3:
          case 4:
            var r = YS;
            (YS = _p(e.stateNode.containerInfo)), Vl(e, t, n), (YS = r);
            break;
          case 22:
            e.memoizedState === null &&
              ((r = e.alternate),
              r !== null && r.memoizedState !== null
                ? ((r = ZS), (ZS = 16777216), Vl(e, t, n), (ZS = r))
                : Vl(e, t, n));
            break;
          case 30:
            if ((e.flags & ZS) !== 0 && ((r = e.memoizedProps.name), r != null && r !== `auto`)) {
              var i = e.stateNode;
              (i.paired = null), DS === null && (DS = new Map()), DS.set(r, i);
            }
            Vl(e, t, n);
            break;
          default:
            Vl(e, t, n);
        }
      }
      function Ul(e) {
        var t = e.alternate;
        if (t !== null && ((e = t.child), e !== null)) {
          t.child = null;
          do (t = e.sibling), (e.sibling = null), (e = t);
          while (e !== null);
        }
      }
      function Wl(e) {
        var t = e.deletions;
        if (e.flags & 16) {
          if (t !== null)
            for (var n = 0; n < t.length; n++) {
              var r = t[n],
                i = ki();
              (BS = r),
                Jl(r, e),
                (r.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && ur(r, q, J, `Unmount`),
                Ai(i);
            }
          Ul(e);
        }
        if (e.subtreeFlags & 10256) for (e = e.child; e !== null; ) Gl(e), (e = e.sibling);
      }
      function Gl(e) {
        var t = ki(),
          n = ji(),
          r = Ni(),
          i = Pi();
        switch (e.tag) {
          case 0:
          case 11:
          case 15:
            Wl(e), e.flags & 2048 && Cc(e, e.return, Tx | Sx);
            break;
          case 3:
            var a = Ti();
            Wl(e), (e.stateNode.passiveEffectDuration += Ei(a));
            break;
          case 12:
            (a = Ti()), Wl(e), (e.stateNode.passiveEffectDuration += Di(a));
            break;
          case 22:
            (a = e.stateNode),
              e.memoizedState !== null && a._visibility & Nv && (e.return === null || e.return.tag !== 13)
                ? ((a._visibility &= ~Nv),
                  Kl(e),
                  (e.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && ur(e, q, J, `Disconnect`))
                : Wl(e);
            break;
          default:
            Wl(e);
        }
        (e.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(e, q, J, ky, Ay),
          Ai(t),
          Mi(n),
          (jy = i),
          (Ay = r);
      }
      function Kl(e) {
        var t = e.deletions;
        if (e.flags & 16) {
          if (t !== null)
            for (var n = 0; n < t.length; n++) {
              var r = t[n],
                i = ki();
              (BS = r),
                Jl(r, e),
                (r.mode & G) !== W && 0 <= q && 0 <= J && 0.05 < J - q && ur(r, q, J, `Unmount`),
                Ai(i);
            }
          Ul(e);
        }
        for (e = e.child; e !== null; ) ql(e), (e = e.sibling);
      }
      function ql(e) {
        var t = ki(),
          n = ji(),
          r = Ni(),
          i = Pi();
        switch (e.tag) {
          case 0:
          case 11:
          case 15:
            Cc(e, e.return, Tx), Kl(e);
            break;
          case 22:
            var a = e.stateNode;
            a._visibility & Nv && ((a._visibility &= ~Nv), Kl(e));
            break;
          default:
            Kl(e);
        }
        (e.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(e, q, J, ky, Ay),
          Ai(t),
          Mi(n),
          (jy = i),
          (Ay = r);
      }
      function Jl(e, t) {
        for (; BS !== null; ) {
          var n = BS,
            r = n,
            i = t,
            a = ki(),
            o = ji(),
            s = Ni(),
            c = Pi();
          switch (r.tag) {
            case 0:
            case 11:
            case 15:
              Cc(r, i, Tx);
              break;
            case 23:
            case 22:
              r.memoizedState !== null &&
                r.memoizedState.cachePool !== null &&
                ((i = r.memoizedState.cachePool.pool), i != null && yi(i));
              break;
            case 24:
              bi(r.memoizedState.cache);
          }
          if (
            ((r.mode & G) !== W && 0 <= q && 0 <= J && (jy || 0.05 < ky) && mr(r, q, J, ky, Ay),
            Ai(a),
            Mi(o),
            (jy = c),
            (Ay = s),
            (r = n.child),
            r !== null)
          )
            (r.return = n), (BS = r);
          else
            for (n = e; BS !== null; ) {
              if (((r = BS), (a = r.sibling), (o = r.return), gl(r), r === n)) {
                BS = null;
                break;
              }
              if (a !== null) {
                (a.return = o), (BS = a);
                break;
              }
              BS = o;
            }
        }
      }
      function Yl() {
        eC.forEach((e) => e());
      }
      function Xl() {
        var e = typeof IS_REACT_ACT_ENVIRONMENT < `u` ? IS_REACT_ACT_ENVIRONMENT : void 0;
        return (
          e ||
            V.actQueue === null ||
            console.error(`The current testing environment is not configured to support act(...)`),
          e
        );
      }
      function Zl(e) {
        if ((fC & rC) !== nC && $ !== 0) return $ & -$;
        var t = V.T;
        return t === null
          ? ((e = Qe()), e === zh && (Kb = null), e)
          : ((t._updatedFibers ||= new Set()),
            t._updatedFibers.add(e),
            Kb !== null && Qe() === zh && (Kb = null),
            sd());
      }
      function Ql() {
        if (PC === 0) {
          if (!($ & 536870912) || K) {
            var e = Lh;
            (Lh <<= 1), !(Lh & 3932160) && (Lh = 262144), (PC = e);
          } else PC = 536870912;
        }
        return ((e = gx.current), e !== null && (e.flags |= 32), PC);
      }
      function $l(e, t) {
        if (t != null) {
          var n = e.stateNode,
            r = n.ref;
          r === null && (r = n.ref = Af(tr(e.memoizedProps, n))),
            fw === null && (fw = []),
            fw.push(t.bind(null, r));
        }
      }
      function eu(e, t, n) {
        if (
          (Tw && console.error(`useInsertionEffect must not schedule updates.`),
          bw && (xw = !0),
          ((e === pC && (wC === gC || wC === CC)) || e.cancelPendingCommit !== null) &&
            (cu(e, 0), iu(e, $, PC, !1)),
          Ue(e, n),
          (fC & rC) !== nC && e === pC)
        ) {
          if (mh)
            switch (t.tag) {
              case 0:
              case 11:
              case 15:
                (e = (Q && A(Q)) || `Unknown`),
                  kw.has(e) ||
                    (kw.add(e),
                    (t = A(t) || `Unknown`),
                    console.error(
                      'Cannot update a component (`%s`) while rendering a different component (`%s`). To locate the bad setState() call inside `%s`, follow the stack trace as described in https://react.dev/link/setstate-in-render',
                      t,
                      e,
                      e,
                    ));
                break;
              case 1:
                Ow ||=
                  (console.error(
                    'Cannot update during an existing state transition (such as within `render`). Render methods should be a pure function of props and state.',
                  ),
                  !0);
            }
        } else
          Mh && Ye(e, t, n),
            Zu(t),
            e === pC && ((fC & rC) === nC && (MC |= n), AC === lC && iu(e, $, PC, !1)),
            Qu(e);
      }
      function tu(e, t, n) {
        if ((fC & (rC | iC)) !== nC) throw Error(`Should not already be working.`);
        if ($ !== 0 && Q !== null) {
          var r = Q,
            i = bh();
          switch (rb) {
            case _C:
            case gC:
              var a = ib;
              wv &&
                ((r = r._debugTask)
                  ? r.run(console.timeStamp.bind(console, `Suspended`, a, i, Tv, void 0, `primary-light`))
                  : console.timeStamp(`Suspended`, a, i, Tv, void 0, `primary-light`));
              break;
            case CC:
              (a = ib),
                wv &&
                  ((r = r._debugTask)
                    ? r.run(console.timeStamp.bind(console, `Action`, a, i, Tv, void 0, `primary-light`))
                    : console.timeStamp(`Action`, a, i, Tv, void 0, `primary-light`));
              break;
            default:
              wv &&
                ((r = i - ib),
                3 > r ||
                  console.timeStamp(
                    `Blocked`,
                    ib,
                    i,
                    Tv,
                    void 0,
                    5 > r ? `primary-light` : 10 > r ? `primary` : 100 > r ? `primary-dark` : `error`,
                  ));
          }
        }
        a = (n = (!n && !(t & 127) && (t & e.expiredLanes) === 0) || Re(e, t)) ? _u(e, t) : hu(e, t, !0);
        var o = n;
        do {
          if (a === aC) {
            DC && !n && iu(e, t, 0, !1), (t = wC), (ib = yy()), (rb = t);
            break;
          }
          if (((r = bh()), (i = e.current.alternate), o && !ru(i)))
            lr(t),
              (i = Cy),
              (a = r),
              !wv ||
                a <= i ||
                (GC
                  ? GC.run(console.timeStamp.bind(console, `Teared Render`, i, a, U, H, `error`))
                  : console.timeStamp(`Teared Render`, i, a, U, H, `error`)),
              su(t, r),
              (a = hu(e, t, !1)),
              (o = !1);
          else {
            if (a === sC) {
              if (((o = t), e.errorRecoveryDisabledLanes & o)) var s = 0;
              else (s = e.pendingLanes & -536870913), (s = s === 0 ? (s & 536870912 ? 536870912 : 0) : s);
              if (s !== 0) {
                lr(t), _r(Cy, r, t, GC), su(t, r), (t = s);
                a: {
                  (r = e), (a = o), (o = IC);
                  var c = r.current.memoizedState.isDehydrated;
                  if ((c && (cu(r, s).flags |= 256), (s = hu(r, s, !1)), s !== sC && s !== uC)) {
                    if (OC && !c) {
                      (r.errorRecoveryDisabledLanes |= a), (MC |= a), (a = lC);
                      break a;
                    }
                    (r = LC), (LC = o), r !== null && (LC === null ? (LC = r) : LC.push.apply(LC, r));
                  }
                  a = s;
                }
                if (((o = !1), a !== sC)) continue;
                r = bh();
              }
            }
            if (a === oC) {
              lr(t), _r(Cy, r, t, GC), su(t, r), cu(e, 0), iu(e, t, 0, !0);
              break;
            }
            a: {
              switch (((n = e), a)) {
                case aC:
                case oC:
                  throw Error(`Root did not complete. This is a bug in React.`);
                case lC:
                  if ((t & 4194048) !== t && (t & 62914560) !== t) break;
                case uC:
                  lr(t),
                    hr(Cy, r, t, GC),
                    su(t, r),
                    (i = t),
                    i & 127 ? (Vy = r) : i & 4194048 && (Qy = r),
                    iu(n, t, PC, !EC);
                  break a;
                case sC:
                  LC = null;
                  break;
                case cC:
                case dC:
                  break;
                default:
                  throw Error(`Unknown root exit status.`);
              }
              if (V.actQueue !== null) Tu(n, i, t, LC, WC, RC, PC, MC, FC, EC, a, null, null, Cy, r);
              else {
                if ((t & 62914560) === t && ((o = zC + VC - bh()), 10 < o)) {
                  if ((iu(n, t, PC, !EC), Le(n, 0, !0) !== 0)) break a;
                  (ow = t),
                    (n.timeoutHandle = ET(
                      nu.bind(null, n, i, LC, WC, RC, t, PC, MC, FC, EC, a, `Throttled`, Cy, r),
                      o,
                    ));
                  break a;
                }
                nu(n, i, LC, WC, RC, t, PC, MC, FC, EC, a, null, Cy, r);
              }
            }
            break;
          }
        } while (1);
        Qu(e);
      }
      function nu(e, t, n, r, i, a, o, s, c, l, u, d, f, p) {
        e.timeoutHandle = OT;
        var m = t.subtreeFlags,
          h = (a & 335544064) === a,
          g = null;
        (h || m & 8192 || (m & 16785408) == 16785408) &&
        ((g = {
          stylesheets: null,
          count: 0,
          imgCount: 0,
          imgBytes: 0,
          suspenseyImages: [],
          waitingForImages: !0,
          waitingForViewTransition: !1,
          unsuspend: hn,
        }),
        (DS = null),
        Hl(t, a, g),
        h &&
          ((m = g),
          (h = e.containerInfo),
          (h = (h.nodeType === 9 ? h : h.ownerDocument).__reactViewTransition),
          h != null &&
            (m.count++, (m.waitingForViewTransition = !0), (m = Vp.bind(m)), h.finished.then(m, m))),
        (m = (a & 62914560) === a ? zC - bh() : (a & 4194048) === a ? BC - bh() : 0),
        (m = zp(g, m)),
        m !== null)
          ? ((ow = a),
            (e.cancelPendingCommit = m(
              Tu.bind(
                null,
                e,
                t,
                a,
                n,
                r,
                i,
                o,
                s,
                c,
                l,
                u,
                g,
                g.waitingForViewTransition
                  ? `Waiting for the previous Animation`
                  : 0 < g.count
                    ? 0 < g.imgCount
                      ? `Suspended on CSS and Images`
                      : `Suspended on CSS`
                    : g.imgCount === 1
                      ? `Suspended on an Image`
                      : 0 < g.imgCount
                        ? `Suspended on Images`
                        : null,
                f,
                p,
              ),
            )),
            iu(e, a, o, !l))
          : Tu(e, t, a, n, r, i, o, s, c, l, u, g, d, f, p);
      }
      function ru(e) {
        for (var t = e; ; ) {
          var n = t.tag;
          if (
            (n === 0 || n === 11 || n === 15) &&
            t.flags & 16384 &&
            ((n = t.updateQueue), n !== null && ((n = n.stores), n !== null))
          )
            for (var r = 0; r < n.length; r++) {
              var i = n[r],
                a = i.getSnapshot;
              i = i.value;
              try {
                if (!G_(a(), i)) return !1;
              } catch {
                return !1;
              }
            }
          if (((n = t.child), t.subtreeFlags & 16384 && n !== null)) (n.return = t), (t = n);
          else {
            if (t === e) break;
            for (; t.sibling === null; ) {
              if (t.return === null || t.return === e) return !0;
              t = t.return;
            }
            (t.sibling.return = t.return), (t = t.sibling);
          }
        }
        return !0;
      }
      function iu(e, t, n, r) {
        (t = ze(e, t)),
          (t &= ~NC),
          (t &= ~MC),
          (e.suspendedLanes |= t),
          (e.pingedLanes &= ~t),
          r && (e.warmLanes |= t),
          (r = e.expirationTimes);
        for (var i = t; 0 < i; ) {
          var a = 31 - Nh(i),
            o = 1 << a;
          (r[a] = -1), (i &= ~o);
        }
        n !== 0 && Ge(e, n, t);
      }
      function au() {
        return (fC & (rC | iC)) !== nC || ($u(0, !1), !1);
      }
      function ou() {
        if (Q !== null) {
          if (wC === mC) var e = Q.return;
          else (e = Q), si(), Ka(e), (Zb = null), (Qb = 0), (e = Q);
          for (; e !== null; ) gc(e.alternate, e), (e = e.return);
          Q = null;
        }
      }
      function su(e, t) {
        e & 127 && (My = t), e & 4194048 && (Hy = t), e & 62914560 && ($y = t), e & 2080374784 && (eb = t);
      }
      function cu(e, t) {
        wv &&
          (console.timeStamp(`Blocking Track`, 0.003, 0.003, `Blocking`, H, `primary-light`),
          console.timeStamp(`Transition Track`, 0.003, 0.003, `Transition`, H, `primary-light`),
          console.timeStamp(`Suspense Track`, 0.003, 0.003, `Suspense`, H, `primary-light`),
          console.timeStamp(`Idle Track`, 0.003, 0.003, `Idle`, H, `primary-light`));
        var n = Cy;
        if (((Cy = yy()), $ !== 0 && 0 < n)) {
          if ((lr($), AC === cC || AC === lC)) hr(n, Cy, t, GC);
          else {
            var r = Cy,
              i = GC;
            if (wv && !(r <= n)) {
              var a = (t & 738197653) === t ? `tertiary-dark` : `primary-dark`,
                o =
                  (t & 536870912) === t
                    ? `Prewarm`
                    : (t & 201326741) === t
                      ? `Interrupted Hydration`
                      : `Interrupted Render`;
              i
                ? i.run(console.timeStamp.bind(console, o, n, r, U, H, a))
                : console.timeStamp(o, n, r, U, H, a);
            }
          }
          su($, Cy);
        }
        if (((n = GC), (GC = null), t & 127)) {
          (GC = Py),
            (i = 0 <= Ny && Ny < My ? My : Ny),
            (r = 0 <= Ry && Ry < My ? My : Ry),
            (a = 0 <= r ? r : 0 <= i ? i : Cy),
            0 <= Vy ? (lr(2), gr(Vy, a, t, n)) : tb & 127 && (lr(2), xr(My, a, nb)),
            (n = i);
          var s = r,
            c = zy,
            l = 0 < By,
            u = Fy === xy,
            d = Fy === Sy;
          if (((i = Cy), (r = Py), (a = Iy), (o = Ly), wv)) {
            if (
              ((U = `Blocking`),
              0 < n ? n > i && (n = i) : (n = i),
              0 < s ? s > n && (s = n) : (s = n),
              c !== null && n > s)
            ) {
              var f = l ? `secondary-light` : `warning`;
              r
                ? r.run(console.timeStamp.bind(console, l ? `Consecutive` : `Event: ` + c, s, n, U, H, f))
                : console.timeStamp(l ? `Consecutive` : `Event: ` + c, s, n, U, H, f);
            }
            i > n &&
              ((s = u ? `error` : (t & 738197653) === t ? `tertiary-light` : `primary-light`),
              (u = d ? `Promise Resolved` : u ? `Cascading Update` : 5 < i - n ? `Update Blocked` : `Update`),
              (d = []),
              o != null && d.push([`Component name`, o]),
              a != null && d.push([`Method name`, a]),
              (n = {
                start: n,
                end: i,
                detail: { devtools: { properties: d, track: U, trackGroup: H, color: s } },
              }),
              r ? r.run(performance.measure.bind(performance, u, n)) : performance.measure(u, n),
              performance.clearMeasures(u));
          }
          (Ny = -1.1), (Fy = 0), (Ly = Iy = null), (Vy = -1.1), (By = Ry), (Ry = -1.1), (My = yy());
        }
        return (
          t & 4194048 &&
            ((GC = Ky),
            (i = 0 <= Uy && Uy < Hy ? Hy : Uy),
            (n = 0 <= Wy && Wy < Hy ? Hy : Wy),
            (r = 0 <= Yy && Yy < Hy ? Hy : Yy),
            (a = 0 <= r ? r : 0 <= n ? n : Cy),
            0 <= Qy ? (lr(256), gr(Qy, a, t, GC)) : tb & 4194048 && (lr(256), xr(Hy, a, nb)),
            (d = r),
            (s = Xy),
            (c = 0 < Zy),
            (l = Gy === Sy),
            (a = Cy),
            (r = Ky),
            (o = qy),
            (u = Jy),
            wv &&
              ((U = `Transition`),
              0 < n ? n > a && (n = a) : (n = a),
              0 < i ? i > n && (i = n) : (i = n),
              0 < d ? d > i && (d = i) : (d = i),
              i > d &&
                s !== null &&
                ((f = c ? `secondary-light` : `warning`),
                r
                  ? r.run(console.timeStamp.bind(console, c ? `Consecutive` : `Event: ` + s, d, i, U, H, f))
                  : console.timeStamp(c ? `Consecutive` : `Event: ` + s, d, i, U, H, f)),
              n > i &&
                (r
                  ? r.run(console.timeStamp.bind(console, `Action`, i, n, U, H, `primary-dark`))
                  : console.timeStamp(`Action`, i, n, U, H, `primary-dark`)),
              a > n &&
                ((i = l ? `Promise Resolved` : 5 < a - n ? `Update Blocked` : `Update`),
                (d = []),
                u != null && d.push([`Component name`, u]),
                o != null && d.push([`Method name`, o]),
                (n = {
                  start: n,
                  end: a,
                  detail: { devtools: { properties: d, track: U, trackGroup: H, color: `primary-light` } },
                }),
                r ? r.run(performance.measure.bind(performance, i, n)) : performance.measure(i, n),
                performance.clearMeasures(i))),
            (Wy = Uy = -1.1),
            (Gy = 0),
            (Qy = -1.1),
            (Zy = Yy),
            (Yy = -1.1),
            (Hy = yy())),
          t & 62914560 && tb & 62914560 && (lr(4194304), xr($y, Cy, nb)),
          t & 2080374784 && tb & 2080374784 && (lr(268435456), xr(eb, Cy, nb)),
          (n = e.timeoutHandle),
          n !== OT && ((e.timeoutHandle = OT), DT(n)),
          (n = e.cancelPendingCommit),
          n !== null && ((e.cancelPendingCommit = null), n()),
          (ow = 0),
          ou(),
          (pC = e),
          (Q = n = Pr(e.current, null)),
          ($ = t),
          (wC = mC),
          (TC = null),
          (EC = !1),
          (DC = Re(e, t)),
          (OC = !1),
          (AC = aC),
          (FC = PC = NC = MC = jC = 0),
          (LC = IC = null),
          (RC = !1),
          (kC = ze(e, t)),
          Sr(),
          (e = fv()),
          1e3 < e - uv && ((V.recentlyCreatedOwnerStacks = 0), (uv = e)),
          pb.discardPendingWarnings(),
          n
        );
      }
      function lu(e, t) {
        (X = null),
          (V.H = Gx),
          (V.getCurrentStack = null),
          (mh = !1),
          (ph = null),
          t === Hb || t === Wb
            ? ((t = Qi()), (wC = _C))
            : t === Ub
              ? ((t = Qi()), (wC = vC))
              : (wC = t === pS ? SC : typeof t == `object` && t && typeof t.then == `function` ? bC : hC),
          (TC = t);
        var n = Q;
        n === null ? ((AC = oC), Cs(e, Hr(t, e.current))) : n.mode & G && Ii(n);
      }
      function uu() {
        var e = gx.current;
        return e === null
          ? !0
          : ($ & 4194048) === $
            ? _x === null
            : ($ & 62914560) === $ || $ & 536870912
              ? e === _x
              : !1;
      }
      function du() {
        var e = V.H;
        return ((V.H = Gx), e === null ? Gx : e);
      }
      function fu() {
        var e = V.A;
        return ((V.A = QS), e);
      }
      function pu(e) {
        GC === null && (GC = e._debugTask == null ? null : e._debugTask);
      }
      function mu() {
        (AC = lC),
          EC || (($ & 4194048) !== $ && gx.current !== null) || (DC = !0),
          (!(jC & 134217727) && !(MC & 134217727)) || pC === null || iu(pC, $, PC, !1);
      }
      function hu(e, t, n) {
        var r = fC;
        fC |= rC;
        var i = du(),
          a = fu();
        if (pC !== e || $ !== t) {
          if (Mh) {
            var o = e.memoizedUpdaters;
            0 < o.size && (Yu(e, $), o.clear()), Xe(e, t);
          }
          (WC = null), cu(e, t);
        }
        (t = !1), (o = AC);
        a: do
          try {
            if (wC !== mC && Q !== null) {
              var s = Q,
                c = TC;
              switch (wC) {
                case SC:
                  ou(), (o = uC);
                  break a;
                case _C:
                case gC:
                case CC:
                case bC:
                  gx.current === null && (t = !0);
                  var l = wC;
                  if (((wC = mC), (TC = null), Su(e, s, c, l), n && DC)) {
                    o = aC;
                    break a;
                  }
                  break;
                default:
                  (l = wC), (wC = mC), (TC = null), Su(e, s, c, l);
              }
            }
            gu(), (o = AC);
            break;
          } catch (t) {
            lu(e, t);
          }
        while (1);
        return (
          t && e.shellSuspendCounter++,
          si(),
          (fC = r),
          (V.H = i),
          (V.A = a),
          Q === null && ((pC = null), ($ = 0), Sr()),
          o
        );
      }
      function gu() {
        for (; Q !== null; ) yu(Q);
      }
      function _u(e, t) {
        var n = fC;
        fC |= rC;
        var r = du(),
          i = fu();
        if (pC !== e || $ !== t) {
          if (Mh) {
            var a = e.memoizedUpdaters;
            0 < a.size && (Yu(e, $), a.clear()), Xe(e, t);
          }
          (WC = null), (HC = bh() + UC), cu(e, t);
        } else DC = Re(e, t);
        a: do
          try {
            if (wC !== mC && Q !== null)
              b: switch (((t = Q), (a = TC), wC)) {
                case hC:
                  (wC = mC), (TC = null), Su(e, t, a, hC);
                  break;
                case gC:
                case CC:
                  if (Yi(a)) {
                    (wC = mC), (TC = null), bu(t);
                    break;
                  }
                  (t = () => {
                    (wC !== gC && wC !== CC) || pC !== e || (wC = xC), Qu(e);
                  }),
                    a.then(t, t);
                  break a;
                case _C:
                  wC = xC;
                  break a;
                case vC:
                  wC = yC;
                  break a;
                case xC:
                  Yi(a) ? ((wC = mC), (TC = null), bu(t)) : ((wC = mC), (TC = null), Su(e, t, a, xC));
                  break;
                case yC:
                  var o = null;
                  switch (Q.tag) {
                    case 26:
                      o = Q.memoizedState;
                    case 5:
                    case 27:
                      var s = Q;
                      if (o ? Fp(o) : s.stateNode.complete) {
                        (wC = mC), (TC = null);
                        var c = s.sibling;
                        if (c !== null) Q = c;
                        else {
                          var l = s.return;
                          l === null ? (Q = null) : ((Q = l), Cu(l));
                        }
                        break b;
                      }
                      break;
                    default:
                      console.error(
                        `Unexpected type of fiber triggered a suspensey commit. This is a bug in React.`,
                      );
                  }
                  (wC = mC), (TC = null), Su(e, t, a, yC);
                  break;
                case bC:
                  (wC = mC), (TC = null), Su(e, t, a, bC);
                  break;
                case SC:
                  ou(), (AC = uC);
                  break a;
                default:
                  throw Error(`Unexpected SuspendedReason. This is a bug in React.`);
              }
            V.actQueue === null ? vu() : gu();
            break;
          } catch (t) {
            lu(e, t);
          }
        while (1);
        return (si(), (V.H = r), (V.A = i), (fC = n), Q === null ? ((pC = null), ($ = 0), Sr(), AC) : aC);
      }
      function vu() {
        for (; Q !== null && !vh(); ) yu(Q);
      }
      function yu(e) {
        var t = e.alternate;
        (e.mode & G) === W ? (t = N(e, sc, t, e, kC)) : (Fi(e), (t = N(e, sc, t, e, kC)), Ii(e)),
          (e.memoizedProps = e.pendingProps),
          t === null ? Cu(e) : (Q = t);
      }
      function bu(e) {
        var t = N(e, xu, e);
        (e.memoizedProps = e.pendingProps), t === null ? Cu(e) : (Q = t);
      }
      function xu(e) {
        var t = e.alternate,
          n = (e.mode & G) !== W;
        switch ((n && Fi(e), e.tag)) {
          case 15:
          case 0:
            t = Vs(t, e, e.pendingProps, e.type, void 0, $);
            break;
          case 11:
            t = Vs(t, e, e.pendingProps, e.type.render, e.ref, $);
            break;
          case 5:
            Ka(e);
            var r = e;
            r === ty &&
              (K ? (ti(r), r.tag === 5 && r.stateNode != null && (ny = r.stateNode)) : (ti(r), (K = !0)));
          default:
            gc(t, e), (e = Q = Fr(e, kC)), (t = sc(t, e, kC));
        }
        return (n && Ii(e), t);
      }
      function Su(e, t, n, r) {
        si(), Ka(t), (Zb = null), (Qb = 0);
        var i = t.return;
        try {
          if (Os(e, i, t, n, $)) {
            (AC = oC), Cs(e, Hr(n, e.current)), (Q = null);
            return;
          }
        } catch (t) {
          if (i !== null) throw ((Q = i), t);
          (AC = oC), Cs(e, Hr(n, e.current)), (Q = null);
          return;
        }
        t.flags & 32768
          ? (K || r === hC
              ? (e = !0)
              : DC || $ & 536870912
                ? (e = !1)
                : ((EC = e = !0),
                  (r === gC || r === CC || r === _C || r === bC) &&
                    ((r = gx.current), r !== null && r.tag === 13 && (r.flags |= 16384))),
            wu(t, e))
          : Cu(t);
      }
      function Cu(e) {
        var t = e;
        do {
          if (t.flags & 32768) {
            wu(t, EC);
            return;
          }
          var n = t.alternate;
          if (((e = t.return), Fi(t), (n = N(t, mc, n, t, kC)), (t.mode & G) !== W && Li(t), n !== null)) {
            Q = n;
            return;
          }
          if (((t = t.sibling), t !== null)) {
            Q = t;
            return;
          }
          Q = t = e;
        } while (t !== null);
        AC === aC && (AC = dC);
      }
      function wu(e, t) {
        do {
          var n = hc(e.alternate, e);
          if (n !== null) {
            (n.flags &= 32767), (Q = n);
            return;
          }
          if ((e.mode & G) !== W) {
            Li(e), (n = e.actualDuration);
            for (var r = e.child; r !== null; ) (n += r.actualDuration), (r = r.sibling);
            e.actualDuration = n;
          }
          if (
            ((n = e.return),
            n !== null && ((n.flags |= 32768), (n.subtreeFlags = 0), (n.deletions = null)),
            !t && ((e = e.sibling), e !== null))
          ) {
            Q = e;
            return;
          }
          Q = e = n;
        } while (e !== null);
        (AC = uC), (Q = null);
      }
      function Tu(e, t, n, r, i, a, o, s, c, l, u, d, f, p, m) {
        e.cancelPendingCommit = null;
        do Iu();
        while (rw !== ZC);
        if (
          (pb.flushLegacyContextWarning(), pb.flushPendingUnsafeLifecycleWarnings(), (fC & (rC | iC)) !== nC)
        )
          throw Error(`Should not already be working.`);
        if ((lr(n), u === sC)) _r(p, m, n, GC);
        else if (r !== null) {
          if (
            ((l =
              t !== null &&
              t.alternate !== null &&
              t.alternate.memoizedState.isDehydrated &&
              !!(t.flags & 256)),
            (a = GC),
            wv && !(m <= p))
          ) {
            u = [];
            for (var h = 0; h < r.length; h++) {
              var g = r[h].value;
              u.push([
                `Recoverable Error`,
                typeof g == `object` && g && typeof g.message == `string` ? String(g.message) : String(g),
              ]);
            }
            (p = {
              start: p,
              end: m,
              detail: {
                devtools: {
                  color: `primary-dark`,
                  track: U,
                  trackGroup: H,
                  tooltipText: l ? `Hydration Failed` : `Recovered after Error`,
                  properties: u,
                },
              },
            }),
              a
                ? a.run(performance.measure.bind(performance, `Recovered`, p))
                : performance.measure(`Recovered`, p),
              performance.clearMeasures(`Recovered`);
          }
        } else
          (a = GC),
            !wv ||
              m <= p ||
              ((l = (n & 738197653) === n ? `tertiary-dark` : `primary-dark`),
              (u = (n & 536870912) === n ? `Prepared` : (n & 201326741) === n ? `Hydrated` : `Render`),
              a
                ? a.run(console.timeStamp.bind(console, u, p, m, U, H, l))
                : console.timeStamp(u, p, m, U, H, l));
        if (t !== null) {
          if (
            (n === 0 &&
              console.error(`finishedLanes should not be empty during a commit. This is a bug in React.`),
            t === e.current)
          )
            throw Error(
              `Cannot commit the same tree as before. This error is likely caused by a bug in React. Please file an issue.`,
            );
          e === pC && ((Q = pC = null), ($ = 0)),
            (aw = t),
            (iw = e),
            (ow = n),
            (lw = i),
            (uw = r),
            (cw = m),
            (mw = f),
            (hw = qC),
            (gw = null),
            Eu(e, t, n, o, s, c, d, f, m);
        }
      }
      function Eu(e, t, n, r, i, a, o, s, c) {
        var l = t.lanes | t.childLanes;
        if (
          ((sw = l),
          (l |= Iv),
          We(e, n, l, r, i, a),
          (fw = null),
          (n & 335544064) === n ? ((pw = Si(e)), (r = 10262)) : ((pw = null), (r = 10256)),
          t.actualDuration !== 0 || (t.subtreeFlags & r) !== 0 || (t.flags & r) !== 0
            ? ((e.callbackNode = null),
              (e.callbackPriority = 0),
              Xu(wh, () => ((TT = window.event), hw === qC && (hw = YC), Lu(), null)))
            : ((e.callbackNode = null), (e.callbackPriority = 0)),
          (Ey = null),
          (wy = yy()),
          s !== null && vr(c, wy, s, GC),
          (ES = !1),
          (s = !!(t.flags & 13878)),
          t.subtreeFlags & 13878 || s)
        ) {
          (s = V.T), (V.T = null), (c = Km.p), (Km.p = zh), (r = fC), (fC |= iC);
          try {
            ul(e, t, n);
          } finally {
            (fC = r), (Km.p = c), (V.T = s);
          }
        }
        (rw = QC),
          ES
            ? ((tb |= n),
              (nb = null),
              (dw = Of(o, e.containerInfo, pw, ju, Mu, Au, Nu, Lu, Du, Ou, ku.bind(null, n))))
            : (ju(), Mu(), Nu());
      }
      function Du(e) {
        if (rw !== ZC) {
          var t = iw.onRecoverableError;
          t(e, Pu(null));
        }
      }
      function Ou(e) {
        (Ty = yy()), br(mw === null ? cw : wy, Ty, Ey, hw === JC, GC), (mw = gw = e);
      }
      function ku(e) {
        if ((tb & e) !== 0) {
          var t = nb;
          (tb &= ~e),
            (nb = null),
            e & 4194048 && !($ & 4194048) && !(ow & 4194048) && (lr(256), xr(Hy, bh(), t)),
            e & 62914560 && !($ & 62914560) && !(ow & 62914560) && (lr(4194304), xr($y, bh(), t)),
            e & 2080374784 && !($ & 2080374784) && !(ow & 2080374784) && (lr(268435456), xr(eb, bh(), t));
        }
      }
      function Au() {
        rw === ew && ((rw = ZC), Ol(aw, iw), (rw = tw));
      }
      function ju() {
        if (rw === QC) {
          rw = ZC;
          var e = iw,
            t = aw,
            n = ow,
            r = !!(t.flags & 13878);
          if (t.subtreeFlags & 13878 || r) {
            (r = V.T), (V.T = null);
            var i = Km.p;
            Km.p = zh;
            var a = fC;
            fC |= iC;
            try {
              (VS = n), (HS = e), (WS = GS = !1), Oi(), wl(t, e, n), (HS = VS = null), (n = xT);
              var o = Yn(e.containerInfo),
                s = n.focusedElem,
                c = n.selectionRange;
              if (o !== s && s && s.ownerDocument && Jn(s.ownerDocument.documentElement, s)) {
                if (c !== null && Xn(s)) {
                  var l = c.start,
                    u = c.end;
                  if ((u === void 0 && (u = l), `selectionStart` in s))
                    (s.selectionStart = l), (s.selectionEnd = Math.min(u, s.value.length));
                  else {
                    var d = s.ownerDocument || document,
                      f = (d && d.defaultView) || window;
                    if (f.getSelection) {
                      var p = f.getSelection(),
                        m = s.textContent.length,
                        h = Math.min(c.start, m),
                        g = c.end === void 0 ? h : Math.min(c.end, m);
                      !p.extend && h > g && ((o = g), (g = h), (h = o));
                      var _ = qn(s, h),
                        v = qn(s, g);
                      if (
                        _ &&
                        v &&
                        (p.rangeCount !== 1 ||
                          p.anchorNode !== _.node ||
                          p.anchorOffset !== _.offset ||
                          p.focusNode !== v.node ||
                          p.focusOffset !== v.offset)
                      ) {
                        var y = d.createRange();
                        y.setStart(_.node, _.offset),
                          p.removeAllRanges(),
                          h > g
                            ? (p.addRange(y), p.extend(v.node, v.offset))
                            : (y.setEnd(v.node, v.offset), p.addRange(y));
                      }
                    }
                  }
                }
                for (d = [], p = s; (p = p.parentNode); )
                  p.nodeType === 1 && d.push({ element: p, left: p.scrollLeft, top: p.scrollTop });
                for (typeof s.focus == `function` && s.focus(), s = 0; s < d.length; s++) {
                  var b = d[s];
                  (b.element.scrollLeft = b.left), (b.element.scrollTop = b.top);
                }
              }
              (gE = !!bT), (xT = bT = null);
            } finally {
              (fC = a), (Km.p = i), (V.T = r);
            }
          }
          (e.current = t), (rw = $C);
        }
      }
      function Mu() {
        if (rw === $C) {
          rw = ZC;
          var e = gw;
          if (e !== null) {
            wy = yy();
            var t = Ty,
              n = wy;
            !wv ||
              n <= t ||
              (nb
                ? nb.run(console.timeStamp.bind(console, e, t, n, U, H, `secondary-light`))
                : console.timeStamp(e, t, n, U, H, `secondary-light`));
          }
          (e = iw), (t = aw), (n = ow);
          var r = !!(t.flags & 8772);
          if (t.subtreeFlags & 8772 || r) {
            (r = V.T), (V.T = null);
            var i = Km.p;
            Km.p = zh;
            var a = fC;
            fC |= iC;
            try {
              (VS = n), (HS = e), Oi(), fl(e, t.alternate, t), (HS = VS = null);
            } finally {
              (fC = a), (Km.p = i), (V.T = r);
            }
          }
          (e = cw), (t = mw), (Ty = yy()), br(t === null ? e : wy, Ty, Ey, hw === JC, GC), (rw = ew);
        }
      }
      function Nu() {
        if (rw === tw || rw === ew) {
          if (rw === tw) {
            var e = Ty;
            Ty = yy();
            var t = Ty,
              n = hw === JC;
            !wv ||
              t <= e ||
              (nb
                ? nb.run(
                    console.timeStamp.bind(
                      console,
                      n ? `Interrupted View Transition` : `Starting Animation`,
                      e,
                      t,
                      U,
                      H,
                      n ? `error` : `secondary-light`,
                    ),
                  )
                : console.timeStamp(
                    n ? `Interrupted View Transition` : `Starting Animation`,
                    e,
                    t,
                    U,
                    H,
                    n ? ` error` : `secondary-light`,
                  )),
              hw !== JC && (hw = XC);
          }
          (rw = ZC), (e = dw), (dw = null), yh(), (t = iw);
          var r = aw;
          n = ow;
          var i = uw,
            a = (n & 335544064) === n ? 10262 : 10256;
          (a = r.actualDuration !== 0 || (r.subtreeFlags & a) !== 0 || (r.flags & a) !== 0)
            ? (rw = nw)
            : ((rw = ZC), (aw = iw = null), Fu(t, t.pendingLanes), (Cw = 0), (ww = null));
          var o = t.pendingLanes;
          if (
            (o === 0 && (KC = null),
            a || qu(t),
            (o = Ze(n)),
            (r = r.stateNode),
            Ah && typeof Ah.onCommitFiberRoot == `function`)
          )
            try {
              var s = (r.current.flags & 128) == 128;
              switch (o) {
                case zh:
                  var c = Sh;
                  break;
                case Bh:
                  c = Ch;
                  break;
                case Vh:
                  c = wh;
                  break;
                case Hh:
                  c = Eh;
                  break;
                default:
                  c = wh;
              }
              Ah.onCommitFiberRoot(kh, r, c, s);
            } catch (e) {
              jh || ((jh = !0), console.error(`React instrumentation encountered an error: %o`, e));
            }
          if ((Mh && t.memoizedUpdaters.clear(), Yl(), i !== null)) {
            (s = V.T), (c = Km.p), (Km.p = zh), (V.T = null);
            try {
              var l = t.onRecoverableError;
              for (r = 0; r < i.length; r++) {
                var u = i[r],
                  d = Pu(u.stack);
                N(u.source, l, u.value, d);
              }
            } finally {
              (V.T = s), (Km.p = c);
            }
          }
          if (
            ((l = fw), (u = pw), (pw = null), l !== null && ((fw = null), u === null && (u = []), e !== null))
          )
            for (d = 0; d < l.length; d++) (i = (0, l[d])(u)), i !== void 0 && e.finished.finally(i);
          ow & 3 && Iu(),
            Qu(t),
            (o = t.pendingLanes),
            n & 261930 && o & 42
              ? ((ob = !0), t === yw ? vw++ : ((vw = 0), (yw = t)))
              : ((vw = 0), (yw = null)),
            a || su(n, Ty),
            $u(0, !1);
        }
      }
      function Pu(e) {
        return (
          (e = { componentStack: e }),
          Object.defineProperty(e, 'digest', {
            get: () => {
              console.error(
                `You are accessing "digest" from the errorInfo object passed to onRecoverableError. This property is no longer provided as part of errorInfo but can be accessed as a property of the Error instance itself.`,
              );
            },
          }),
          e
        );
      }
      function Fu(e, t) {
        (e.pooledCacheLanes &= t) === 0 &&
          ((t = e.pooledCache), t != null && ((e.pooledCache = null), bi(t)));
      }
      function Iu() {
        return (
          dw !== null &&
            (dw.skipTransition(),
            Ew ||
              ((Ew = !0),
              console.warn(
                `A flushSync update cancelled a View Transition because it was called while the View Transition was still preparing. To preserve the synchronous semantics, React had to skip the View Transition. If you can, try to avoid flushSync() in a scenario that's likely to interfere.`,
              )),
            (dw = null),
            (hw = JC)),
          ju(),
          Mu(),
          Nu(),
          Lu()
        );
      }
      function Lu() {
        if (rw !== nw) return !1;
        var e = iw,
          t = sw;
        sw = 0;
        var n = Ze(ow),
          r = Vh === 0 || Vh > n ? Vh : n;
        n = V.T;
        var i = Km.p;
        try {
          (Km.p = r), (V.T = null);
          var a = lw;
          (lw = null), (r = iw);
          var o = ow;
          if (((rw = ZC), (aw = iw = null), (ow = 0), (fC & (rC | iC)) !== nC))
            throw Error(`Cannot flush passive effects while already rendering.`);
          lr(o), (bw = !0), (xw = !1);
          var s = 0;
          if (((Ey = null), (s = bh()), hw === XC)) xr(Ty, s, nb);
          else {
            var c = Ty,
              l = s,
              u = hw === YC;
            !wv ||
              l <= c ||
              (GC
                ? GC.run(
                    console.timeStamp.bind(
                      console,
                      u ? `Waiting for Paint` : `Waiting`,
                      c,
                      l,
                      U,
                      H,
                      `secondary-light`,
                    ),
                  )
                : console.timeStamp(u ? `Waiting for Paint` : `Waiting`, c, l, U, H, `secondary-light`));
          }
          (c = fC), (fC |= iC);
          var d = r.current;
          Oi(), Gl(d);
          var f = r.current;
          (d = cw), Oi(), Ll(r, f, o, a, d), qu(r), (fC = c);
          var p = bh();
          if (
            ((f = s),
            (d = GC),
            Ey === null
              ? !wv ||
                p <= f ||
                (d
                  ? d.run(console.timeStamp.bind(console, `Remaining Effects`, f, p, U, H, `secondary-dark`))
                  : console.timeStamp(`Remaining Effects`, f, p, U, H, `secondary-dark`))
              : yr(f, p, Ey, !0, d),
            su(o, p),
            $u(0, !1),
            xw ? (r === ww ? Cw++ : ((Cw = 0), (ww = r))) : (Cw = 0),
            (xw = bw = !1),
            Ah && typeof Ah.onPostCommitFiberRoot == `function`)
          )
            try {
              Ah.onPostCommitFiberRoot(kh, r);
            } catch (e) {
              jh || ((jh = !0), console.error(`React instrumentation encountered an error: %o`, e));
            }
          var m = r.current.stateNode;
          return ((m.effectDuration = 0), (m.passiveEffectDuration = 0), !0);
        } finally {
          (Km.p = i), (V.T = n), Fu(e, t);
        }
      }
      function Ru(e, t, n) {
        (t = Hr(n, t)),
          zi(t),
          (t = Ts(e.stateNode, t, 2)),
          (e = _a(e, t, 2)),
          e !== null && (Ue(e, 2), Qu(e));
      }
      function zu(e, t, n) {
        if (((Tw = !1), e.tag === 3)) Ru(e, e, n);
        else {
          for (; t !== null; ) {
            if (t.tag === 3) {
              Ru(t, e, n);
              return;
            }
            if (t.tag === 1) {
              var r = t.stateNode;
              if (
                typeof t.type.getDerivedStateFromError == `function` ||
                (typeof r.componentDidCatch == `function` && (KC === null || !KC.has(r)))
              ) {
                (e = Hr(n, e)),
                  zi(e),
                  (n = Es(2)),
                  (r = _a(t, n, 2)),
                  r !== null && (Ds(n, r, t, e), Ue(r, 2), Qu(r));
                return;
              }
            }
            t = t.return;
          }
          console.error(
            `Internal React error: Attempted to capture a commit phase error inside a detached tree. This indicates a bug in React. Potential causes include deleting the same fiber more than once, committing an already-finished tree, or an inconsistent return pointer.

Error message:

%s`,
            n,
          );
        }
      }
      function Bu(e, t, n) {
        var r = e.pingCache;
        if (r === null) {
          r = e.pingCache = new tC();
          var i = new Set();
          r.set(t, i);
        } else (i = r.get(t)), i === void 0 && ((i = new Set()), r.set(t, i));
        i.has(n) || ((OC = !0), i.add(n), (r = Vu.bind(null, e, t, n)), Mh && Yu(e, n), t.then(r, r));
      }
      function Vu(e, t, n) {
        var r = e.pingCache;
        r !== null && r.delete(t),
          (e.pingedLanes |= e.suspendedLanes & n),
          (e.warmLanes &= ~n),
          n & 127
            ? 0 > Ny && ((My = Ny = yy()), (Py = by(`Promise Resolved`)), (Fy = Sy))
            : n & 4194048 && 0 > Wy && ((Hy = Wy = yy()), (Ky = by(`Promise Resolved`)), (Gy = Sy)),
          Xl() &&
            V.actQueue === null &&
            console.error(`A suspended resource finished loading inside a test, but the event was not wrapped in act(...).

When testing, code that resolves suspended data should be wrapped into act(...):

act(() => {
  /* finish loading suspended data */
});
/* assert on the output */

This ensures that you're testing the behavior the user would see in the browser. Learn more at https://react.dev/link/wrap-tests-with-act`),
          pC === e &&
            ($ & n) === n &&
            ((AC === lC || (AC === cC && ($ & 62914560) === $ && bh() - zC < VC)) && (fC & rC) === nC
              ? cu(e, 0)
              : (NC |= n),
            FC === $ && (FC = 0)),
          Qu(e);
      }
      function Hu(e, t) {
        t === 0 && (t = Ve()), (e = Tr(e, t)), e !== null && (Ue(e, t), Qu(e));
      }
      function Uu(e) {
        var t = e.memoizedState,
          n = 0;
        t !== null && (n = t.retryLane), Hu(e, n);
      }
      function Wu(e, t) {
        var n = 0;
        switch (e.tag) {
          case 31:
          case 13:
            var r = e.stateNode,
              i = e.memoizedState;
            i !== null && (n = i.retryLane);
            break;
          case 19:
            r = e.stateNode;
            break;
          case 22:
            r = e.stateNode._retryCache;
            break;
          default:
            throw Error(`Pinged unknown suspense boundary type. This is probably a bug in React.`);
        }
        r !== null && r.delete(t), Hu(e, n);
      }
      function Gu(e, t, n) {
        if (t.subtreeFlags & 134225920)
          for (t = t.child; t !== null; ) {
            var r = e,
              i = t,
              a = i.type === km;
            (a = n || a),
              i.tag === 22
                ? i.memoizedState === null &&
                  (a && i.flags & 134225920
                    ? N(i, Ku, r, i)
                    : i.subtreeFlags & 134217728 && N(i, Gu, r, i, a))
                : i.flags & 134217728
                  ? a && N(i, Ku, r, i)
                  : Gu(r, i, a),
              (t = t.sibling);
          }
      }
      function Ku(e, t) {
        Pe(!0);
        try {
          Al(t, MS), ql(t), Ml(e, t.alternate, t, MS), zl(e, t, 0, null, !1, 0);
        } finally {
          Pe(!1);
        }
      }
      function qu(e) {
        var t = !0;
        e.current.mode & (Vv | Hv) || (t = !1), Gu(e, e.current, t);
      }
      function Ju(e) {
        if ((fC & rC) === nC) {
          var t = e.tag;
          if (t === 3 || t === 1 || t === 0 || t === 11 || t === 14 || t === 15) {
            if (((t = A(e) || `ReactComponent`), Dw !== null)) {
              if (Dw.has(t)) return;
              Dw.add(t);
            } else Dw = new Set([t]);
            N(e, () => {
              console.error(
                `Can't perform a React state update on a component that hasn't mounted yet. This indicates that you have a side-effect in your render function that asynchronously tries to update the component. Move this work to useEffect instead.`,
              );
            });
          }
        }
      }
      function Yu(e, t) {
        Mh &&
          e.memoizedUpdaters.forEach((n) => {
            Ye(e, n, t);
          });
      }
      function Xu(e, t) {
        var n = V.actQueue;
        return n === null ? gh(e, t) : (n.push(t), Aw);
      }
      function Zu(e) {
        Xl() &&
          V.actQueue === null &&
          N(e, () => {
            console.error(
              `An update to %s inside a test was not wrapped in act(...).

When testing, code that causes React state updates should be wrapped into act(...):

act(() => {
  /* fire events that update state */
});
/* assert on the output */

This ensures that you're testing the behavior the user would see in the browser. Learn more at https://react.dev/link/wrap-tests-with-act`,
              A(e),
            );
          });
      }
      function Qu(e) {
        e !== Mw && e.next === null && (Mw === null ? (jw = Mw = e) : (Mw = Mw.next = e)),
          (Fw = !0),
          V.actQueue === null ? Nw || ((Nw = !0), od()) : Pw || ((Pw = !0), od());
      }
      function $u(e, t) {
        if (!Iw && Fw) {
          Iw = !0;
          do
            for (var n = !1, r = jw; r !== null; ) {
              if (!t) {
                if (e !== 0) {
                  var i = r.pendingLanes;
                  if (i === 0) var a = 0;
                  else {
                    var o = r.suspendedLanes,
                      s = r.pingedLanes;
                    (a = (1 << (31 - Nh(42 | e) + 1)) - 1),
                      (a &= i & ~(o & ~s)),
                      (a = a & 201326741 ? (a & 201326741) | 1 : a ? a | 2 : 0);
                  }
                  a !== 0 && ((n = !0), id(r, a));
                } else
                  (a = $),
                    (a = Le(r, r === pC ? a : 0, r.cancelPendingCommit !== null || r.timeoutHandle !== OT)),
                    !(a & 3) || Re(r, a) || ((n = !0), id(r, a));
              }
              r = r.next;
            }
          while (n);
          Iw = !1;
        }
      }
      function ed() {
        (TT = window.event), td();
      }
      function td() {
        Fw = Pw = Nw = !1;
        var e = 0;
        Lw !== 0 && Zd() && (e = Lw);
        for (var t = bh(), n = null, r = jw; r !== null; ) {
          var i = r.next,
            a = nd(r, t);
          a === 0
            ? ((r.next = null), n === null ? (jw = i) : (n.next = i), i === null && (Mw = n))
            : ((n = r), (e !== 0 || a & 3) && (Fw = !0)),
            (r = i);
        }
        (rw !== ZC && rw !== nw) || $u(e, !1), Lw !== 0 && (Lw = 0);
      }
      function nd(e, t) {
        for (
          var n = e.suspendedLanes, r = e.pingedLanes, i = e.expirationTimes, a = e.pendingLanes & -62914561;
          0 < a;
        ) {
          var o = 31 - Nh(a),
            s = 1 << o,
            c = i[o];
          c === -1 ? ((s & n) === 0 || (s & r) !== 0) && (i[o] = Be(s, t)) : c <= t && (e.expiredLanes |= s),
            (a &= ~s);
        }
        if (
          ((t = pC),
          (n = $),
          (n = Le(e, e === t ? n : 0, e.cancelPendingCommit !== null || e.timeoutHandle !== OT)),
          (r = e.callbackNode),
          n === 0 || (e === t && (wC === gC || wC === CC)) || e.cancelPendingCommit !== null)
        )
          return (r !== null && ad(r), (e.callbackNode = null), (e.callbackPriority = 0));
        if (!(n & 3) || Re(e, n)) {
          if (((t = n & -n), t !== e.callbackPriority || (V.actQueue !== null && r !== Rw))) ad(r);
          else return t;
          switch (Ze(n)) {
            case zh:
            case Bh:
              n = Ch;
              break;
            case Vh:
              n = wh;
              break;
            case Hh:
              n = Eh;
              break;
            default:
              n = wh;
          }
          return (
            (r = rd.bind(null, e)),
            V.actQueue === null ? (n = gh(n, r)) : (V.actQueue.push(r), (n = Rw)),
            (e.callbackPriority = t),
            (e.callbackNode = n),
            t
          );
        }
        return (r !== null && ad(r), (e.callbackPriority = 2), (e.callbackNode = null), 2);
      }
      function rd(e, t) {
        if (((ob = ab = !1), (TT = window.event), rw !== ZC && rw !== nw))
          return ((e.callbackNode = null), (e.callbackPriority = 0), null);
        var n = e.callbackNode;
        if ((hw === qC && (hw = YC), Iu() && e.callbackNode !== n)) return null;
        var r = $;
        return (
          (r = Le(e, e === pC ? r : 0, e.cancelPendingCommit !== null || e.timeoutHandle !== OT)),
          r === 0
            ? null
            : (tu(e, r, t),
              nd(e, bh()),
              e.callbackNode != null && e.callbackNode === n ? rd.bind(null, e) : null)
        );
      }
      function id(e, t) {
        if (Iu()) return null;
        (ab = ob), (ob = !1), tu(e, t, !0);
      }
      function ad(e) {
        e !== Rw && e !== null && _h(e);
      }
      function od() {
        V.actQueue !== null && V.actQueue.push(() => (td(), null)),
          jT(() => {
            (fC & (rC | iC)) === nC ? td() : gh(Sh, ed);
          });
      }
      function sd() {
        if (Lw === 0) {
          var e = lb;
          e === 0 && ((e = Ih), (Ih <<= 1), !(Ih & 261888) && (Ih = 256)), (Lw = e);
        }
        return Lw;
      }
      function cd(e) {
        return e == null || typeof e == `symbol` || typeof e == `boolean`
          ? null
          : typeof e == `function`
            ? e
            : (P(e, `action`), mn(e));
      }
      function ld(e, t, n, r, i) {
        if (t === `submit` && n && n.stateNode === i) {
          var a = cd((i[Gh] || null).action),
            o = r.submitter;
          o &&
            ((t = (t = o[Gh] || null) ? cd(t.formAction) : o.getAttribute(`formAction`)),
            t !== null && ((a = t), (o = null)));
          var s = new s_(`action`, `action`, null, r, i);
          e.push({
            event: s,
            listeners: [
              {
                instance: null,
                listener: () => {
                  if (r.defaultPrevented) {
                    if (Lw !== 0) {
                      var e = new FormData(i, o),
                        t = { pending: !0, data: e, method: i.method, action: a };
                      Object.freeze(t), Qo(n, t, null, e);
                    }
                  } else
                    typeof a == `function` &&
                      (s.preventDefault(),
                      (e = new FormData(i, o)),
                      (t = { pending: !0, data: e, method: i.method, action: a }),
                      Object.freeze(t),
                      Qo(n, t, a, e));
                },
                currentTarget: i,
              },
            ],
          });
        }
      }
      function ud(e, t, n) {
        e.currentTarget = n;
        try {
          t(e);
        } catch (e) {
          mv(e);
        }
        e.currentTarget = null;
      }
      function dd(e, t) {
        t = !!(t & 4);
        for (var n = 0; n < e.length; n++) {
          var r = e[n];
          a: {
            var i = void 0,
              a = r.event;
            if (((r = r.listeners), t))
              for (var o = r.length - 1; 0 <= o; o--) {
                var s = r[o],
                  c = s.instance,
                  l = s.currentTarget;
                if (((s = s.listener), c !== i && a.isPropagationStopped())) break a;
                c === null ? ud(a, s, l) : N(c, ud, a, s, l), (i = c);
              }
            else
              for (o = 0; o < r.length; o++) {
                if (
                  ((s = r[o]),
                  (c = s.instance),
                  (l = s.currentTarget),
                  (s = s.listener),
                  c !== i && a.isPropagationStopped())
                )
                  break a;
                c === null ? ud(a, s, l) : N(c, ud, a, s, l), (i = c);
              }
          }
        }
      }
      function z(e, t) {
        Bw.has(e) ||
          console.error(
            `Did not expect a listenToNonDelegatedEvent() call for "%s". This is a bug in React. Please file an issue.`,
            e,
          );
        var n = t[qh];
        n === void 0 && (n = t[qh] = new Set());
        var r = e + `__bubble`;
        n.has(r) || (md(t, e, 2, !1), n.add(r));
      }
      function fd(e, t, n) {
        Bw.has(e) &&
          !t &&
          console.error(
            `Did not expect a listenToNativeEvent() call for "%s" in the bubble phase. This is a bug in React. Please file an issue.`,
            e,
          );
        var r = 0;
        t && (r |= 4), md(n, e, r, t);
      }
      function pd(e) {
        if (!e[Vw]) {
          (e[Vw] = !0),
            $h.forEach((t) => {
              t !== `selectionchange` && (Bw.has(t) || fd(t, !1, e), fd(t, !0, e));
            });
          var t = e.nodeType === 9 ? e : e.ownerDocument;
          t === null || t[Vw] || ((t[Vw] = !0), fd(`selectionchange`, !1, t));
        }
      }
      function md(e, t, n, r) {
        switch (am(t)) {
          case zh:
            var i = em;
            break;
          case Bh:
            i = tm;
            break;
          default:
            i = nm;
        }
        (n = i.bind(null, t, n, e)),
          (i = void 0),
          !t_ || (t !== `touchstart` && t !== `touchmove` && t !== `wheel`) || (i = !0),
          r
            ? i === void 0
              ? e.addEventListener(t, n, !0)
              : e.addEventListener(t, n, { capture: !0, passive: i })
            : i === void 0
              ? e.addEventListener(t, n, !1)
              : e.addEventListener(t, n, { passive: i });
      }
      function hd(e, t, n, r, i) {
        var a = r;
        if (!(t & 1) && !(t & 2) && r !== null)
          a: for (;;) {
            if (r === null) return;
            var o = r.tag;
            if (o === 3 || o === 4) {
              var s = r.stateNode.containerInfo;
              if (s === i) break;
              if (o === 4)
                for (o = r.return; o !== null; ) {
                  var c = o.tag;
                  if ((c === 3 || c === 4) && o.stateNode.containerInfo === i) return;
                  o = o.return;
                }
              for (; s !== null; ) {
                if (((o = tt(s)), o === null)) return;
                if (((c = o.tag), c === 5 || c === 6 || c === 26 || c === 27)) {
                  r = a = o;
                  continue a;
                }
                s = s.parentNode;
              }
            }
            r = r.return;
          }
        vn(() => {
          var r = a,
            i = gn(n),
            o = [];
          a: {
            var s = sv.get(e);
            if (s !== void 0) {
              var c = s_,
                l = e;
              switch (e) {
                case `keypress`:
                  if (xn(n) === 0) break a;
                case `keydown`:
                case `keyup`:
                  c = w_;
                  break;
                case `focusin`:
                  (l = `focus`), (c = g_);
                  break;
                case `focusout`:
                  (l = `blur`), (c = g_);
                  break;
                case `beforeblur`:
                case `afterblur`:
                  c = g_;
                  break;
                case `click`:
                  if (n.button === 2) break a;
                case `auxclick`:
                case `dblclick`:
                case `mousedown`:
                case `mousemove`:
                case `mouseup`:
                case `mouseout`:
                case `mouseover`:
                case `contextmenu`:
                  c = m_;
                  break;
                case `drag`:
                case `dragend`:
                case `dragenter`:
                case `dragexit`:
                case `dragleave`:
                case `dragover`:
                case `dragstart`:
                case `drop`:
                  c = h_;
                  break;
                case `touchcancel`:
                case `touchend`:
                case `touchmove`:
                case `touchstart`:
                  c = D_;
                  break;
                case ev:
                case tv:
                case nv:
                  c = __;
                  break;
                case ov:
                  c = O_;
                  break;
                case `scroll`:
                case `scrollend`:
                  c = l_;
                  break;
                case `wheel`:
                  c = k_;
                  break;
                case `copy`:
                case `cut`:
                case `paste`:
                  c = v_;
                  break;
                case `gotpointercapture`:
                case `lostpointercapture`:
                case `pointercancel`:
                case `pointerdown`:
                case `pointermove`:
                case `pointerout`:
                case `pointerover`:
                case `pointerup`:
                  c = T_;
                  break;
                case `submit`:
                  c = E_;
                  break;
                case `toggle`:
                case `beforetoggle`:
                  c = A_;
              }
              var u = !!(t & 4),
                d = !u && (e === `scroll` || e === `scrollend`),
                f = u ? (s === null ? null : s + `Capture`) : s;
              u = [];
              for (var p = r, m; p !== null; ) {
                var h = p;
                if (
                  ((m = h.stateNode),
                  (h = h.tag),
                  (h !== 5 && h !== 26 && h !== 27) ||
                    m === null ||
                    f === null ||
                    ((h = yn(p, f)), h != null && u.push(gd(p, h, m))),
                  d)
                )
                  break;
                p = p.return;
              }
              0 < u.length && ((s = new c(s, l, null, n, i)), o.push({ event: s, listeners: u }));
            }
          }
          if (!(t & 7)) {
            a: {
              if (
                ((c = e === `mouseover` || e === `pointerover`),
                (s = e === `mouseout` || e === `pointerout`),
                c && n !== Xg && (l = n.relatedTarget || n.fromElement) && (tt(l) || l[Kh]))
              )
                break a;
              (s || c) &&
                ((l = i.window === i ? i : (c = i.ownerDocument) ? c.defaultView || c.parentWindow : window),
                s
                  ? ((c = n.relatedTarget || n.toElement),
                    (s = r),
                    (c = c ? tt(c) : null),
                    c !== null &&
                      ((d = y(c)), (u = c.tag), c !== d || (u !== 5 && u !== 27 && u !== 6)) &&
                      (c = null))
                  : ((s = null), (c = r)),
                s !== c &&
                  ((u = m_),
                  (h = `onMouseLeave`),
                  (f = `onMouseEnter`),
                  (p = `mouse`),
                  (e === `pointerout` || e === `pointerover`) &&
                    ((u = T_), (h = `onPointerLeave`), (f = `onPointerEnter`), (p = `pointer`)),
                  (d = s == null ? l : at(s)),
                  (m = c == null ? l : at(c)),
                  (l = new u(h, p + `leave`, s, n, i)),
                  (l.target = d),
                  (l.relatedTarget = m),
                  (h = null),
                  tt(i) === r &&
                    ((u = new u(f, p + `enter`, c, n, i)), (u.target = m), (u.relatedTarget = d), (h = u)),
                  (d = h),
                  (u = s && c ? oe(s, c, vd) : null),
                  s !== null && yd(o, l, s, u, !1),
                  c !== null && d !== null && yd(o, d, c, u, !0)));
            }
            a: {
              if (
                ((s = r ? at(r) : window),
                (c = s.nodeName && s.nodeName.toLowerCase()),
                c === `select` || (c === `input` && s.type === `file`))
              )
                var g = In;
              else if (jn(s)) {
                if (W_) g = Hn;
                else {
                  g = Bn;
                  var _ = zn;
                }
              } else
                (c = s.nodeName),
                  !c || c.toLowerCase() !== `input` || (s.type !== `checkbox` && s.type !== `radio`)
                    ? r && cn(r.elementType) && (g = In)
                    : (g = Vn);
              if ((g &&= g(e, r))) {
                Nn(o, g, n, i);
                break a;
              }
              _ && _(e, s, r);
            }
            switch (((_ = r ? at(r) : window), e)) {
              case `focusin`:
                (jn(_) || _.contentEditable === `true`) && ((q_ = _), (J_ = r), (Y_ = null));
                break;
              case `focusout`:
                Y_ = J_ = q_ = null;
                break;
              case `mousedown`:
                X_ = !0;
                break;
              case `contextmenu`:
              case `mouseup`:
              case `dragend`:
                (X_ = !1), Zn(o, n, i);
                break;
              case `selectionchange`:
                if (K_) break;
              case `keydown`:
              case `keyup`:
                Zn(o, n, i);
            }
            var v;
            if (N_)
              b: {
                switch (e) {
                  case `compositionstart`:
                    var b = `onCompositionStart`;
                    break b;
                  case `compositionend`:
                    b = `onCompositionEnd`;
                    break b;
                  case `compositionupdate`:
                    b = `onCompositionUpdate`;
                    break b;
                }
                b = void 0;
              }
            else
              B_
                ? Dn(e, n) && (b = `onCompositionEnd`)
                : e === `keydown` && n.keyCode === M_ && (b = `onCompositionStart`);
            b &&
              (I_ &&
                n.locale !== `ko` &&
                (B_ || b !== `onCompositionStart`
                  ? b === `onCompositionEnd` && B_ && (v = bn())
                  : ((r_ = i), (i_ = `value` in r_ ? r_.value : r_.textContent), (B_ = !0))),
              (_ = _d(r, b)),
              0 < _.length &&
                ((b = new y_(b, e, null, n, i)),
                o.push({ event: b, listeners: _ }),
                v ? (b.data = v) : ((v = On(n)), v !== null && (b.data = v)))),
              (v = F_ ? kn(e, n) : An(e, n)) &&
                ((b = _d(r, `onBeforeInput`)),
                0 < b.length &&
                  ((_ = new b_(`onBeforeInput`, `beforeinput`, null, n, i)),
                  o.push({ event: _, listeners: b }),
                  (_.data = v))),
              ld(o, e, r, n, i);
          }
          dd(o, t);
        });
      }
      function gd(e, t, n) {
        return { instance: e, listener: t, currentTarget: n };
      }
      function _d(e, t) {
        for (var n = t + `Capture`, r = []; e !== null; ) {
          var i = e,
            a = i.stateNode;
          if (
            ((i = i.tag),
            (i !== 5 && i !== 26 && i !== 27) ||
              a === null ||
              ((i = yn(e, n)),
              i != null && r.unshift(gd(e, i, a)),
              (i = yn(e, t)),
              i != null && r.push(gd(e, i, a))),
            e.tag === 3)
          )
            return r;
          e = e.return;
        }
        return [];
      }
      function vd(e) {
        if (e === null) return null;
        do e = e.return;
        while (e && e.tag !== 5 && e.tag !== 27);
        return e || null;
      }
      function yd(e, t, n, r, i) {
        for (var a = t._reactName, o = []; n !== null && n !== r; ) {
          var s = n,
            c = s.alternate,
            l = s.stateNode;
          if (((s = s.tag), c !== null && c === r)) break;
          (s !== 5 && s !== 26 && s !== 27) ||
            l === null ||
            ((c = l),
            i
              ? ((l = yn(n, a)), l != null && o.unshift(gd(n, l, c)))
              : i || ((l = yn(n, a)), l != null && o.push(gd(n, l, c)))),
            (n = n.return);
        }
        o.length !== 0 && e.push({ event: t, listeners: o });
      }
      function bd(e, t) {
        dn(e, t),
          (e !== `input` && e !== `textarea` && e !== `select`) ||
            t == null ||
            t.value !== null ||
            Ug ||
            ((Ug = !0),
            e === `select` && t.multiple
              ? console.error(
                  '`value` prop on `%s` should not be null. Consider using an empty array when `multiple` is set to `true` to clear the component or `undefined` for uncontrolled components.',
                  e,
                )
              : console.error(
                  '`value` prop on `%s` should not be null. Consider using an empty string to clear the component or `undefined` for uncontrolled components.',
                  e,
                ));
        var n = { registrationNameDependencies: eg, possibleRegistrationNames: tg };
        cn(e) || typeof t.is == `string` || pn(e, t, n),
          t.contentEditable &&
            !t.suppressContentEditableWarning &&
            t.children != null &&
            console.error(
              'A component is `contentEditable` and contains `children` managed by React. It is now your responsibility to guarantee that none of those nodes are unexpectedly modified or duplicated. This is probably not intentional.',
            );
      }
      function xd(e, t, n, r) {
        t !== n && ((n = Dd(n)), Dd(t) !== n && (r[e] = t));
      }
      function Sd(e) {
        return !!(
          e.getAttribute(`vt-share`) ||
          e.getAttribute(`vt-exit`) ||
          e.getAttribute(`vt-enter`) ||
          e.getAttribute(`vt-update`)
        );
      }
      function Cd(e) {
        if (!Sd(e)) return !1;
        var t = e.getAttribute(`vt-name`);
        return ((e = e.style[`view-transition-name`]), t ? t === e : e.startsWith(`_T_`));
      }
      function wd(e, t, n) {
        t.forEach((t) => {
          t === `style`
            ? e.getAttribute(t) !== `` &&
              ((t = e.style),
              (((t.length === 1 && t[0] === `view-transition-name`) ||
                (t.length === 2 && t[0] === `view-transition-class` && t[1] === `view-transition-name`)) &&
                Cd(e)) ||
                (n.style = Pd(e)))
            : (n[Nd(t)] = e.getAttribute(t));
        });
      }
      function Td(e, t) {
        !1 === t
          ? console.error(
              'Expected `%s` listener to be a function, instead got `false`.\n\nIf you used to conditionally omit it with %s={condition && value}, pass %s={condition ? value : undefined} instead.',
              e,
              e,
              e,
            )
          : console.error(
              'Expected `%s` listener to be a function, instead got a value of `%s` type.',
              e,
              typeof t,
            );
      }
      function Ed(e, t) {
        return (
          (e =
            e.namespaceURI === Fg || e.namespaceURI === Ig
              ? e.ownerDocument.createElementNS(e.namespaceURI, e.tagName)
              : e.ownerDocument.createElement(e.tagName)),
          (e.innerHTML = t),
          e.innerHTML
        );
      }
      function Dd(e) {
        return (
          ke(e) &&
            (console.error(
              `The provided HTML markup uses a value of unsupported type %s. This value must be coerced to a string before using it here.`,
              Oe(e),
            ),
            Ae(e)),
          (typeof e == `string` ? e : `` + e)
            .replace(
              Xw,
              `
`,
            )
            .replace(Zw, ``)
        );
      }
      function Od(e, t) {
        return ((t = Dd(t)), Dd(e) === t);
      }
      function kd(e, t, n, r, i, a) {
        switch (n) {
          case `children`:
            if (typeof r == `string`)
              nn(r, t, !1), t === `body` || (t === `textarea` && r === ``) || rn(e, r);
            else if (typeof r == `number` || typeof r == `bigint`)
              nn(`` + r, t, !1), t !== `body` && rn(e, `` + r);
            else return;
            break;
          case `className`:
            gt(e, `class`, r);
            break;
          case `tabIndex`:
            gt(e, `tabindex`, r);
            break;
          case `dir`:
          case `role`:
          case `viewBox`:
          case `width`:
          case `height`:
            gt(e, n, r);
            break;
          case `style`:
            sn(e, r, a);
            return;
          case `data`:
            if (t !== `object`) {
              gt(e, `data`, r);
              break;
            }
          case `src`:
          case `href`:
            if (r === `` && (t !== `a` || n !== `href`)) {
              console.error(
                n === `src`
                  ? `An empty string ("") was passed to the %s attribute. This may cause the browser to download the whole page again over the network. To fix this, either do not render the element at all or pass null to %s instead of an empty string.`
                  : `An empty string ("") was passed to the %s attribute. To fix this, either do not render the element at all or pass null to %s instead of an empty string.`,
                n,
                n,
              ),
                e.removeAttribute(n);
              break;
            }
            if (r == null || typeof r == `function` || typeof r == `symbol` || typeof r == `boolean`) {
              e.removeAttribute(n);
              break;
            }
            P(r, n), (r = mn(r)), e.setAttribute(n, r);
            break;
          case `action`:
          case `formAction`:
            if (
              (r != null &&
                (t === `form`
                  ? n === `formAction`
                    ? console.error(
                        `You can only pass the formAction prop to <input> or <button>. Use the action prop on <form>.`,
                      )
                    : typeof r == `function` &&
                      ((i.encType == null && i.method == null) ||
                        qw ||
                        ((qw = !0),
                        console.error(
                          `Cannot specify a encType or method for a form that specifies a function as the action. React provides those automatically. They will get overridden.`,
                        )),
                      i.target == null ||
                        Kw ||
                        ((Kw = !0),
                        console.error(
                          `Cannot specify a target for a form that specifies a function as the action. The function will always be executed in the same window.`,
                        )))
                  : t === `input` || t === `button`
                    ? n === `action`
                      ? console.error(
                          `You can only pass the action prop to <form>. Use the formAction prop on <input> or <button>.`,
                        )
                      : t !== `input` || i.type === `submit` || i.type === `image` || Ww
                        ? t !== `button` || i.type == null || i.type === `submit` || Ww
                          ? typeof r == `function` &&
                            (i.name == null ||
                              Gw ||
                              ((Gw = !0),
                              console.error(
                                `Cannot specify a "name" prop for a button that specifies a function as a formAction. React needs it to encode which action should be invoked. It will get overridden.`,
                              )),
                            (i.formEncType == null && i.formMethod == null) ||
                              qw ||
                              ((qw = !0),
                              console.error(
                                `Cannot specify a formEncType or formMethod for a button that specifies a function as a formAction. React provides those automatically. They will get overridden.`,
                              )),
                            i.formTarget == null ||
                              Kw ||
                              ((Kw = !0),
                              console.error(
                                `Cannot specify a formTarget for a button that specifies a function as a formAction. The function will always be executed in the same window.`,
                              )))
                          : ((Ww = !0),
                            console.error(
                              `A button can only specify a formAction along with type="submit" or no type.`,
                            ))
                        : ((Ww = !0),
                          console.error(
                            `An input can only specify a formAction along with type="submit" or type="image".`,
                          ))
                    : console.error(
                        n === `action`
                          ? `You can only pass the action prop to <form>.`
                          : `You can only pass the formAction prop to <input> or <button>.`,
                      )),
              typeof r == `function`)
            ) {
              e.setAttribute(
                n,
                `javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')`,
              );
              break;
            }
            if (
              (typeof a == `function` &&
                (n === `formAction`
                  ? (t !== `input` && kd(e, t, `name`, i.name, i, null),
                    kd(e, t, `formEncType`, i.formEncType, i, null),
                    kd(e, t, `formMethod`, i.formMethod, i, null),
                    kd(e, t, `formTarget`, i.formTarget, i, null))
                  : (kd(e, t, `encType`, i.encType, i, null),
                    kd(e, t, `method`, i.method, i, null),
                    kd(e, t, `target`, i.target, i, null))),
              r == null || typeof r == `symbol` || typeof r == `boolean`)
            ) {
              e.removeAttribute(n);
              break;
            }
            P(r, n), (r = mn(r)), e.setAttribute(n, r);
            break;
          case `onClick`:
            r != null && (typeof r != `function` && Td(n, r), (e.onclick = hn));
            return;
          case `onScroll`:
            r != null && (typeof r != `function` && Td(n, r), z(`scroll`, e));
            return;
          case `onScrollEnd`:
            r != null && (typeof r != `function` && Td(n, r), z(`scrollend`, e));
            return;
          case `dangerouslySetInnerHTML`:
            if (r != null) {
              if (typeof r != `object` || !(`__html` in r))
                throw Error(
                  '`props.dangerouslySetInnerHTML` must be in the form `{__html: ...}`. Please visit https://react.dev/link/dangerously-set-inner-html for more information.',
                );
              if (((n = r.__html), n != null)) {
                if (i.children != null)
                  throw Error('Can only set one of `children` or `props.dangerouslySetInnerHTML`.');
                a?.__html !== n && (e.innerHTML = n);
              }
            }
            break;
          case `multiple`:
            e.multiple = r && typeof r != `function` && typeof r != `symbol`;
            break;
          case `muted`:
            e.muted = r && typeof r != `function` && typeof r != `symbol`;
            break;
          case `suppressContentEditableWarning`:
          case `suppressHydrationWarning`:
          case `defaultValue`:
          case `defaultChecked`:
          case `innerHTML`:
          case `ref`:
            break;
          case `autoFocus`:
            break;
          case `xlinkHref`:
            if (r == null || typeof r == `function` || typeof r == `boolean` || typeof r == `symbol`) {
              e.removeAttribute(`xlink:href`);
              break;
            }
            P(r, n), (n = mn(r)), e.setAttributeNS(Qw, `xlink:href`, n);
            break;
          case `contentEditable`:
          case `spellCheck`:
          case `draggable`:
          case `value`:
          case `autoReverse`:
          case `externalResourcesRequired`:
          case `focusable`:
          case `preserveAlpha`:
            r != null && typeof r != `function` && typeof r != `symbol`
              ? (P(r, n), e.setAttribute(n, r))
              : e.removeAttribute(n);
            break;
          case `inert`:
            r !== `` ||
              Yw[n] ||
              ((Yw[n] = !0),
              console.error(
                'Received an empty string for a boolean attribute `%s`. This will treat the attribute as if it were false. Either pass `false` to silence this warning, or pass `true` if you used an empty string in earlier versions of React to indicate this attribute is true.',
                n,
              ));
          case `allowFullScreen`:
          case `async`:
          case `autoPlay`:
          case `controls`:
          case `credentialless`:
          case `default`:
          case `defer`:
          case `disabled`:
          case `disablePictureInPicture`:
          case `disableRemotePlayback`:
          case `formNoValidate`:
          case `hidden`:
          case `loop`:
          case `noModule`:
          case `noValidate`:
          case `open`:
          case `playsInline`:
          case `readOnly`:
          case `required`:
          case `reversed`:
          case `scoped`:
          case `seamless`:
          case `itemScope`:
            r && typeof r != `function` && typeof r != `symbol`
              ? e.setAttribute(n, ``)
              : e.removeAttribute(n);
            break;
          case `capture`:
          case `download`:
            !0 === r
              ? e.setAttribute(n, ``)
              : !1 !== r && r != null && typeof r != `function` && typeof r != `symbol`
                ? (P(r, n), e.setAttribute(n, r))
                : e.removeAttribute(n);
            break;
          case `cols`:
          case `rows`:
          case `size`:
          case `span`:
            r != null && typeof r != `function` && typeof r != `symbol` && !isNaN(r) && 1 <= r
              ? (P(r, n), e.setAttribute(n, r))
              : e.removeAttribute(n);
            break;
          case `rowSpan`:
          case `start`:
            r == null || typeof r == `function` || typeof r == `symbol` || isNaN(r)
              ? e.removeAttribute(n)
              : (P(r, n), e.setAttribute(n, r));
            break;
          case `popover`:
            z(`beforetoggle`, e), z(`toggle`, e), ht(e, `popover`, r);
            break;
          case `xlinkActuate`:
            _t(e, Qw, `xlink:actuate`, r);
            break;
          case `xlinkArcrole`:
            _t(e, Qw, `xlink:arcrole`, r);
            break;
          case `xlinkRole`:
            _t(e, Qw, `xlink:role`, r);
            break;
          case `xlinkShow`:
            _t(e, Qw, `xlink:show`, r);
            break;
          case `xlinkTitle`:
            _t(e, Qw, `xlink:title`, r);
            break;
          case `xlinkType`:
            _t(e, Qw, `xlink:type`, r);
            break;
          case `xmlBase`:
            _t(e, $w, `xml:base`, r);
            break;
          case `xmlLang`:
            _t(e, $w, `xml:lang`, r);
            break;
          case `xmlSpace`:
            _t(e, $w, `xml:space`, r);
            break;
          case `is`:
            a != null && console.error(`Cannot update the "is" prop after it has been initialized.`),
              ht(e, `is`, r);
            break;
          case `innerText`:
          case `textContent`:
            return;
          case `popoverTarget`:
            Jw ||
              typeof r != `object` ||
              !r ||
              ((Jw = !0),
              console.error(
                'The `popoverTarget` prop expects the ID of an Element as a string. Received %s instead.',
                r,
              ));
          default:
            if (!(2 < n.length) || (n[0] !== `o` && n[0] !== `O`) || (n[1] !== `n` && n[1] !== `N`))
              (n = ln(n)), ht(e, n, r);
            else {
              Object.hasOwn(eg, n) && r != null && typeof r != `function` && Td(n, r);
              return;
            }
        }
        og = !0;
      }
      function Ad(e, t, n, r, i, a) {
        switch (n) {
          case `style`:
            sn(e, r, a);
            return;
          case `dangerouslySetInnerHTML`:
            if (r != null) {
              if (typeof r != `object` || !(`__html` in r))
                throw Error(
                  '`props.dangerouslySetInnerHTML` must be in the form `{__html: ...}`. Please visit https://react.dev/link/dangerously-set-inner-html for more information.',
                );
              if (((n = r.__html), n != null)) {
                if (i.children != null)
                  throw Error('Can only set one of `children` or `props.dangerouslySetInnerHTML`.');
                a?.__html !== n && (e.innerHTML = n);
              }
            }
            break;
          case `children`:
            if (typeof r == `string`) rn(e, r);
            else if (typeof r == `number` || typeof r == `bigint`) rn(e, `` + r);
            else return;
            break;
          case `onScroll`:
            r != null && (typeof r != `function` && Td(n, r), z(`scroll`, e));
            return;
          case `onScrollEnd`:
            r != null && (typeof r != `function` && Td(n, r), z(`scrollend`, e));
            return;
          case `onClick`:
            r != null && (typeof r != `function` && Td(n, r), (e.onclick = hn));
            return;
          case `suppressContentEditableWarning`:
          case `suppressHydrationWarning`:
          case `innerHTML`:
          case `ref`:
            return;
          case `innerText`:
          case `textContent`:
            return;
          default:
            if (Object.hasOwn(eg, n)) r != null && typeof r != `function` && Td(n, r);
            else
              a: {
                if (
                  n[0] === `o` &&
                  n[1] === `n` &&
                  ((i = n.endsWith(`Capture`)),
                  (a = n.slice(2, i ? n.length - 7 : void 0)),
                  (t = e[Gh] || null),
                  (t = t == null ? null : t[n]),
                  typeof t == `function` && e.removeEventListener(a, t, i),
                  typeof r == `function`)
                ) {
                  typeof t != `function` &&
                    t !== null &&
                    (n in e ? (e[n] = null) : e.hasAttribute(n) && e.removeAttribute(n)),
                    e.addEventListener(a, r, i);
                  break a;
                }
                (og = !0), n in e ? (e[n] = r) : !0 === r ? e.setAttribute(n, ``) : ht(e, n, r);
              }
            return;
        }
        og = !0;
      }
      function jd(e, t, n) {
        switch ((bd(t, n), t)) {
          case `div`:
          case `span`:
          case `svg`:
          case `path`:
          case `a`:
          case `g`:
          case `p`:
          case `li`:
            break;
          case `img`:
            z(`error`, e), z(`load`, e);
            var r = !1,
              i = !1,
              a;
            for (a in n)
              if (Object.hasOwn(n, a)) {
                var o = n[a];
                if (o != null)
                  switch (a) {
                    case `src`:
                      r = !0;
                      break;
                    case `srcSet`:
                      i = !0;
                      break;
                    case `children`:
                    case `dangerouslySetInnerHTML`:
                      throw Error(
                        t +
                          ' is a void element tag and must neither have `children` nor use `dangerouslySetInnerHTML`.',
                      );
                    default:
                      kd(e, t, a, o, n, null);
                  }
              }
            i && kd(e, t, `srcSet`, n.srcSet, n, null), r && kd(e, t, `src`, n.src, n, null);
            return;
          case `input`:
            dt(`input`, n), z(`invalid`, e);
            var s = (a = o = i = null),
              c = null,
              l = null;
            for (r in n)
              if (Object.hasOwn(n, r)) {
                var u = n[r];
                if (u != null)
                  switch (r) {
                    case `name`:
                      i = u;
                      break;
                    case `type`:
                      o = u;
                      break;
                    case `checked`:
                      c = u;
                      break;
                    case `defaultChecked`:
                      l = u;
                      break;
                    case `value`:
                      a = u;
                      break;
                    case `defaultValue`:
                      s = u;
                      break;
                    case `children`:
                    case `dangerouslySetInnerHTML`:
                      if (u != null)
                        throw Error(
                          t +
                            ' is a void element tag and must neither have `children` nor use `dangerouslySetInnerHTML`.',
                        );
                      break;
                    default:
                      kd(e, t, r, u, n, null);
                  }
              }
            Ct(e, n), Tt(e, a, s, c, l, o, i, !1);
            return;
          case `select`:
            for (i in (dt(`select`, n), z(`invalid`, e), (r = o = a = null), n))
              if (Object.hasOwn(n, i) && ((s = n[i]), s != null))
                switch (i) {
                  case `value`:
                    a = s;
                    break;
                  case `defaultValue`:
                    o = s;
                    break;
                  case `multiple`:
                    r = s;
                  default:
                    kd(e, t, i, s, n, null);
                }
            At(e, n),
              (t = a),
              (n = o),
              (e.multiple = !!r),
              t == null ? n != null && kt(e, !!r, n, !0) : kt(e, !!r, t, !1);
            return;
          case `textarea`:
            for (o in (dt(`textarea`, n), z(`invalid`, e), (a = i = r = null), n))
              if (Object.hasOwn(n, o) && ((s = n[o]), s != null))
                switch (o) {
                  case `value`:
                    r = s;
                    break;
                  case `defaultValue`:
                    i = s;
                    break;
                  case `children`:
                    a = s;
                    break;
                  case `dangerouslySetInnerHTML`:
                    if (s != null)
                      throw Error('`dangerouslySetInnerHTML` does not make sense on <textarea>.');
                    break;
                  default:
                    kd(e, t, o, s, n, null);
                }
            jt(e, n), Nt(e, r, i, a);
            return;
          case `option`:
            for (c in (Dt(e, n), n))
              if (Object.hasOwn(n, c) && ((r = n[c]), r != null))
                switch (c) {
                  case `selected`:
                    e.selected = r && typeof r != `function` && typeof r != `symbol`;
                    break;
                  default:
                    kd(e, t, c, r, n, null);
                }
            return;
          case `dialog`:
            z(`beforetoggle`, e), z(`toggle`, e), z(`cancel`, e), z(`close`, e);
            break;
          case `iframe`:
          case `object`:
            z(`load`, e);
            break;
          case `video`:
          case `audio`:
            for (r = 0; r < zw.length; r++) z(zw[r], e);
            break;
          case `image`:
            z(`error`, e), z(`load`, e);
            break;
          case `details`:
            z(`toggle`, e);
            break;
          case `embed`:
          case `source`:
          case `link`:
            z(`error`, e), z(`load`, e);
          case `area`:
          case `base`:
          case `br`:
          case `col`:
          case `hr`:
          case `keygen`:
          case `meta`:
          case `param`:
          case `track`:
          case `wbr`:
          case `menuitem`:
            for (l in n)
              if (Object.hasOwn(n, l) && ((r = n[l]), r != null))
                switch (l) {
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    throw Error(
                      t +
                        ' is a void element tag and must neither have `children` nor use `dangerouslySetInnerHTML`.',
                    );
                  default:
                    kd(e, t, l, r, n, null);
                }
            return;
          default:
            if (cn(t)) {
              for (u in n) Object.hasOwn(n, u) && ((r = n[u]), r !== void 0 && Ad(e, t, u, r, n, void 0));
              return;
            }
        }
        for (s in n) Object.hasOwn(n, s) && ((r = n[s]), r != null && kd(e, t, s, r, n, null));
      }
      function Md(e, t, n, r) {
        switch ((bd(t, r), t)) {
          case `div`:
          case `span`:
          case `svg`:
          case `path`:
          case `a`:
          case `g`:
          case `p`:
          case `li`:
            break;
          case `input`:
            var i = null,
              a = null,
              o = null,
              s = null,
              c = null,
              l = null,
              u = null;
            for (p in n) {
              var d = n[p];
              if (Object.hasOwn(n, p) && d != null)
                switch (p) {
                  case `checked`:
                    break;
                  case `value`:
                    break;
                  case `defaultValue`:
                    c = d;
                  default:
                    Object.hasOwn(r, p) || kd(e, t, p, null, r, d);
                }
            }
            for (var f in r) {
              var p = r[f];
              if (((d = n[f]), Object.hasOwn(r, f) && (p != null || d != null)))
                switch (f) {
                  case `type`:
                    p !== d && (og = !0), (a = p);
                    break;
                  case `name`:
                    p !== d && (og = !0), (i = p);
                    break;
                  case `checked`:
                    p !== d && (og = !0), (l = p);
                    break;
                  case `defaultChecked`:
                    p !== d && (og = !0), (u = p);
                    break;
                  case `value`:
                    p !== d && (og = !0), (o = p);
                    break;
                  case `defaultValue`:
                    p !== d && (og = !0), (s = p);
                    break;
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    if (p != null)
                      throw Error(
                        t +
                          ' is a void element tag and must neither have `children` nor use `dangerouslySetInnerHTML`.',
                      );
                    break;
                  default:
                    p !== d && kd(e, t, f, p, r, d);
                }
            }
            (t = n.type === `checkbox` || n.type === `radio` ? n.checked != null : n.value != null),
              (r = r.type === `checkbox` || r.type === `radio` ? r.checked != null : r.value != null),
              t ||
                !r ||
                Uw ||
                (console.error(
                  `A component is changing an uncontrolled input to be controlled. This is likely caused by the value changing from undefined to a defined value, which should not happen. Decide between using a controlled or uncontrolled input element for the lifetime of the component. More info: https://react.dev/link/controlled-components`,
                ),
                (Uw = !0)),
              !t ||
                r ||
                Hw ||
                (console.error(
                  `A component is changing a controlled input to be uncontrolled. This is likely caused by the value changing from a defined to undefined, which should not happen. Decide between using a controlled or uncontrolled input element for the lifetime of the component. More info: https://react.dev/link/controlled-components`,
                ),
                (Hw = !0)),
              wt(e, o, s, c, l, u, a, i);
            return;
          case `select`:
            for (a in ((p = o = s = f = null), n))
              if (((c = n[a]), Object.hasOwn(n, a) && c != null))
                switch (a) {
                  case `value`:
                    break;
                  case `multiple`:
                    p = c;
                  default:
                    Object.hasOwn(r, a) || kd(e, t, a, null, r, c);
                }
            for (i in r)
              if (((a = r[i]), (c = n[i]), Object.hasOwn(r, i) && (a != null || c != null)))
                switch (i) {
                  case `value`:
                    a !== c && (og = !0), (f = a);
                    break;
                  case `defaultValue`:
                    a !== c && (og = !0), (s = a);
                    break;
                  case `multiple`:
                    a !== c && (og = !0), (o = a);
                  default:
                    a !== c && kd(e, t, i, a, r, c);
                }
            (r = s),
              (t = o),
              (n = p),
              f == null
                ? !!n != !!t && (r == null ? kt(e, !!t, t ? [] : ``, !1) : kt(e, !!t, r, !0))
                : kt(e, !!t, f, !1);
            return;
          case `textarea`:
            for (s in ((p = f = null), n))
              if (((i = n[s]), Object.hasOwn(n, s) && i != null && !Object.hasOwn(r, s)))
                switch (s) {
                  case `value`:
                    break;
                  case `children`:
                    break;
                  default:
                    kd(e, t, s, null, r, i);
                }
            for (o in r)
              if (((i = r[o]), (a = n[o]), Object.hasOwn(r, o) && (i != null || a != null)))
                switch (o) {
                  case `value`:
                    i !== a && (og = !0), (f = i);
                    break;
                  case `defaultValue`:
                    i !== a && (og = !0), (p = i);
                    break;
                  case `children`:
                    break;
                  case `dangerouslySetInnerHTML`:
                    if (i != null)
                      throw Error('`dangerouslySetInnerHTML` does not make sense on <textarea>.');
                    break;
                  default:
                    i !== a && kd(e, t, o, i, r, a);
                }
            Mt(e, f, p);
            return;
          case `option`:
            for (var m in n)
              if (((f = n[m]), Object.hasOwn(n, m) && f != null && !Object.hasOwn(r, m)))
                switch (m) {
                  case `selected`:
                    e.selected = !1;
                    break;
                  default:
                    kd(e, t, m, null, r, f);
                }
            for (c in r)
              if (((f = r[c]), (p = n[c]), Object.hasOwn(r, c) && f !== p && (f != null || p != null)))
                switch (c) {
                  case `selected`:
                    f !== p && (og = !0), (e.selected = f && typeof f != `function` && typeof f != `symbol`);
                    break;
                  default:
                    kd(e, t, c, f, r, p);
                }
            return;
          case `img`:
          case `link`:
          case `area`:
          case `base`:
          case `br`:
          case `col`:
          case `embed`:
          case `hr`:
          case `keygen`:
          case `meta`:
          case `param`:
          case `source`:
          case `track`:
          case `wbr`:
          case `menuitem`:
            for (var h in n)
              (f = n[h]), Object.hasOwn(n, h) && f != null && !Object.hasOwn(r, h) && kd(e, t, h, null, r, f);
            for (l in r)
              if (((f = r[l]), (p = n[l]), Object.hasOwn(r, l) && f !== p && (f != null || p != null)))
                switch (l) {
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    if (f != null)
                      throw Error(
                        t +
                          ' is a void element tag and must neither have `children` nor use `dangerouslySetInnerHTML`.',
                      );
                    break;
                  default:
                    kd(e, t, l, f, r, p);
                }
            return;
          default:
            if (cn(t)) {
              for (var g in n)
                (f = n[g]),
                  Object.hasOwn(n, g) && f !== void 0 && !Object.hasOwn(r, g) && Ad(e, t, g, void 0, r, f);
              for (u in r)
                (f = r[u]),
                  (p = n[u]),
                  !Object.hasOwn(r, u) || f === p || (f === void 0 && p === void 0) || Ad(e, t, u, f, r, p);
              return;
            }
        }
        for (var _ in n)
          (f = n[_]), Object.hasOwn(n, _) && f != null && !Object.hasOwn(r, _) && kd(e, t, _, null, r, f);
        for (d in r)
          (f = r[d]),
            (p = n[d]),
            !Object.hasOwn(r, d) || f === p || (f == null && p == null) || kd(e, t, d, f, r, p);
      }
      function Nd(e) {
        switch (e) {
          case `class`:
            return `className`;
          case `for`:
            return `htmlFor`;
          default:
            return e;
        }
      }
      function Pd(e) {
        for (var t = {}, n = e.style, r = 0; r < n.length; r++) {
          var i = n[r];
          (i === `view-transition-name` && Cd(e)) || (t[i] = n.getPropertyValue(i));
        }
        return t;
      }
      function Fd(e, t, n) {
        if (t != null && typeof t != `object`)
          console.error(
            "The `style` prop expects a mapping from style properties to values, not a string. For example, style={{marginRight: spacing + 'em'}} when using JSX.",
          );
        else {
          var r,
            i = (r = ``),
            a;
          for (a in t)
            if (Object.hasOwn(t, a)) {
              var o = t[a];
              o != null &&
                typeof o != `boolean` &&
                o !== `` &&
                (a.indexOf(`--`) === 0
                  ? (je(o, a), (r += i + a + `:` + (`` + o).trim()))
                  : typeof o != `number` || o === 0 || Pg.has(a)
                    ? (je(o, a),
                      (r +=
                        i + a.replace(wg, `-$1`).toLowerCase().replace(Tg, `-ms-`) + `:` + (`` + o).trim()))
                    : (r += i + a.replace(wg, `-$1`).toLowerCase().replace(Tg, `-ms-`) + `:` + o + `px`),
                (i = `;`));
            }
          (r ||= null),
            (t = e.getAttribute(`style`)),
            t !== r &&
              ((r = Dd(r)), (t = Dd(t)), t === r || (t[t.length - 1] === `;` && Sd(e)) || (n.style = Pd(e)));
        }
      }
      function Id(e, t, n, r, i, a) {
        if ((i.delete(n), (e = e.getAttribute(n)), e === null))
          switch (typeof r) {
            case `undefined`:
            case `function`:
            case `symbol`:
            case `boolean`:
              return;
          }
        else if (r != null)
          switch (typeof r) {
            case `function`:
            case `symbol`:
            case `boolean`:
              break;
            default:
              if ((P(r, t), e === `` + r)) return;
          }
        xd(t, e, r, a);
      }
      function Ld(e, t, n, r, i, a) {
        if ((i.delete(n), (e = e.getAttribute(n)), e === null)) {
          switch (typeof r) {
            case `function`:
            case `symbol`:
              return;
          }
          if (!r) return;
        } else
          switch (typeof r) {
            case `function`:
            case `symbol`:
              break;
            default:
              if (r) return;
          }
        xd(t, e, r, a);
      }
      function Rd(e, t, n, r, i, a) {
        if ((i.delete(n), (e = e.getAttribute(n)), e === null))
          switch (typeof r) {
            case `undefined`:
            case `function`:
            case `symbol`:
              return;
          }
        else if (r != null)
          switch (typeof r) {
            case `function`:
            case `symbol`:
              break;
            default:
              if ((P(r, n), e === `` + r)) return;
          }
        xd(t, e, r, a);
      }
      function zd(e, t, n, r, i, a) {
        if ((i.delete(n), (e = e.getAttribute(n)), e === null))
          switch (typeof r) {
            case `undefined`:
            case `function`:
            case `symbol`:
            case `boolean`:
              return;
            default:
              if (isNaN(r)) return;
          }
        else if (r != null)
          switch (typeof r) {
            case `function`:
            case `symbol`:
            case `boolean`:
              break;
            default:
              if (!isNaN(r) && (P(r, t), e === `` + r)) return;
          }
        xd(t, e, r, a);
      }
      function Bd(e, t, n, r, i, a) {
        if ((i.delete(n), (e = e.getAttribute(n)), e === null))
          switch (typeof r) {
            case `undefined`:
            case `function`:
            case `symbol`:
            case `boolean`:
              return;
          }
        else if (r != null)
          switch (typeof r) {
            case `function`:
            case `symbol`:
            case `boolean`:
              break;
            default:
              if ((P(r, t), (n = mn(`` + r)), e === n)) return;
          }
        xd(t, e, r, a);
      }
      function Vd(e, t, n, r) {
        for (var i = {}, a = new Set(), o = e.attributes, s = 0; s < o.length; s++)
          switch (o[s].name.toLowerCase()) {
            case `value`:
              break;
            case `checked`:
              break;
            case `selected`:
              break;
            case `vt-name`:
            case `vt-update`:
            case `vt-enter`:
            case `vt-exit`:
            case `vt-share`:
            case `vt-parent-enter`:
            case `vt-parent-exit`:
              break;
            default:
              a.add(o[s].name);
          }
        if (cn(t)) {
          for (var c in n)
            if (Object.hasOwn(n, c)) {
              var l = n[c];
              if (l != null) {
                if (Object.hasOwn(eg, c)) typeof l != `function` && Td(c, l);
                else if (!0 !== n.suppressHydrationWarning)
                  switch (c) {
                    case `children`:
                      (typeof l != `string` && typeof l != `number`) || xd(`children`, e.textContent, l, i);
                      continue;
                    case `suppressContentEditableWarning`:
                    case `suppressHydrationWarning`:
                    case `defaultValue`:
                    case `defaultChecked`:
                    case `innerHTML`:
                    case `ref`:
                      continue;
                    case `dangerouslySetInnerHTML`:
                      (o = e.innerHTML),
                        (l = l ? l.__html : void 0),
                        l != null && ((l = Ed(e, l)), xd(c, o, l, i));
                      continue;
                    case `style`:
                      a.delete(c), Fd(e, l, i);
                      continue;
                    case `offsetParent`:
                    case `offsetTop`:
                    case `offsetLeft`:
                    case `offsetWidth`:
                    case `offsetHeight`:
                    case `isContentEditable`:
                    case `outerText`:
                    case `outerHTML`:
                      a.delete(c.toLowerCase()),
                        console.error('Assignment to read-only property will result in a no-op: `%s`', c);
                      continue;
                    case `className`:
                      a.delete(`class`), (o = mt(e, `class`, l)), xd(`className`, o, l, i);
                      continue;
                    default:
                      r.context === _T && t !== `svg` && t !== `math`
                        ? a.delete(c.toLowerCase())
                        : a.delete(c),
                        (o = mt(e, c, l)),
                        xd(c, o, l, i);
                  }
              }
            }
        } else
          for (l in n)
            if (Object.hasOwn(n, l) && ((c = n[l]), c != null)) {
              if (Object.hasOwn(eg, l)) typeof c != `function` && Td(l, c);
              else if (!0 !== n.suppressHydrationWarning)
                switch (l) {
                  case `children`:
                    (typeof c != `string` && typeof c != `number`) || xd(`children`, e.textContent, c, i);
                    continue;
                  case `suppressContentEditableWarning`:
                  case `suppressHydrationWarning`:
                  case `value`:
                  case `checked`:
                  case `selected`:
                  case `defaultValue`:
                  case `defaultChecked`:
                  case `innerHTML`:
                  case `ref`:
                    continue;
                  case `dangerouslySetInnerHTML`:
                    (o = e.innerHTML),
                      (c = c ? c.__html : void 0),
                      c != null && ((c = Ed(e, c)), o !== c && (i[l] = { __html: o }));
                    continue;
                  case `className`:
                    Id(e, l, `class`, c, a, i);
                    continue;
                  case `tabIndex`:
                    Id(e, l, `tabindex`, c, a, i);
                    continue;
                  case `style`:
                    a.delete(l), Fd(e, c, i);
                    continue;
                  case `multiple`:
                    a.delete(l), xd(l, e.multiple, c, i);
                    continue;
                  case `muted`:
                    a.delete(l), xd(l, e.muted, c, i);
                    continue;
                  case `autoFocus`:
                    a.delete(`autofocus`), xd(l, e.autofocus, c, i);
                    continue;
                  case `data`:
                    if (t !== `object`) {
                      a.delete(l), (o = e.getAttribute(`data`)), xd(l, o, c, i);
                      continue;
                    }
                  case `src`:
                  case `href`:
                    if (!(c !== `` || (t === `a` && l === `href`) || (t === `object` && l === `data`))) {
                      console.error(
                        l === `src`
                          ? `An empty string ("") was passed to the %s attribute. This may cause the browser to download the whole page again over the network. To fix this, either do not render the element at all or pass null to %s instead of an empty string.`
                          : `An empty string ("") was passed to the %s attribute. To fix this, either do not render the element at all or pass null to %s instead of an empty string.`,
                        l,
                        l,
                      );
                      continue;
                    }
                    Bd(e, l, l, c, a, i);
                    continue;
                  case `action`:
                  case `formAction`:
                    if (((o = e.getAttribute(l)), typeof c == `function`)) {
                      a.delete(l.toLowerCase()),
                        l === `formAction`
                          ? (a.delete(`name`),
                            a.delete(`formenctype`),
                            a.delete(`formmethod`),
                            a.delete(`formtarget`))
                          : (a.delete(`enctype`), a.delete(`method`), a.delete(`target`));
                      continue;
                    }
                    if (o === tT) {
                      a.delete(l.toLowerCase()), xd(l, `function`, c, i);
                      continue;
                    }
                    Bd(e, l, l.toLowerCase(), c, a, i);
                    continue;
                  case `xlinkHref`:
                    Bd(e, l, `xlink:href`, c, a, i);
                    continue;
                  case `contentEditable`:
                    Rd(e, l, `contenteditable`, c, a, i);
                    continue;
                  case `spellCheck`:
                    Rd(e, l, `spellcheck`, c, a, i);
                    continue;
                  case `draggable`:
                  case `autoReverse`:
                  case `externalResourcesRequired`:
                  case `focusable`:
                  case `preserveAlpha`:
                    Rd(e, l, l, c, a, i);
                    continue;
                  case `allowFullScreen`:
                  case `async`:
                  case `autoPlay`:
                  case `controls`:
                  case `credentialless`:
                  case `default`:
                  case `defer`:
                  case `disabled`:
                  case `disablePictureInPicture`:
                  case `disableRemotePlayback`:
                  case `formNoValidate`:
                  case `hidden`:
                  case `loop`:
                  case `noModule`:
                  case `noValidate`:
                  case `open`:
                  case `playsInline`:
                  case `readOnly`:
                  case `required`:
                  case `reversed`:
                  case `scoped`:
                  case `seamless`:
                  case `itemScope`:
                    Ld(e, l, l.toLowerCase(), c, a, i);
                    continue;
                  case `capture`:
                  case `download`:
                    a: {
                      s = e;
                      var u = (o = l),
                        d = i;
                      if ((a.delete(u), (s = s.getAttribute(u)), s === null))
                        switch (typeof c) {
                          case `undefined`:
                          case `function`:
                          case `symbol`:
                            break a;
                          default:
                            if (!1 === c) break a;
                        }
                      else if (c != null)
                        switch (typeof c) {
                          case `function`:
                          case `symbol`:
                            break;
                          case `boolean`:
                            if (!0 === c && s === ``) break a;
                            break;
                          default:
                            if ((P(c, o), s === `` + c)) break a;
                        }
                      xd(o, s, c, d);
                    }
                    continue;
                  case `cols`:
                  case `rows`:
                  case `size`:
                  case `span`:
                    a: {
                      if (((s = e), (u = o = l), (d = i), a.delete(u), (s = s.getAttribute(u)), s === null))
                        switch (typeof c) {
                          case `undefined`:
                          case `function`:
                          case `symbol`:
                          case `boolean`:
                            break a;
                          default:
                            if (isNaN(c) || 1 > c) break a;
                        }
                      else if (c != null)
                        switch (typeof c) {
                          case `function`:
                          case `symbol`:
                          case `boolean`:
                            break;
                          default:
                            if (!(isNaN(c) || 1 > c) && (P(c, o), s === `` + c)) break a;
                        }
                      xd(o, s, c, d);
                    }
                    continue;
                  case `rowSpan`:
                    zd(e, l, `rowspan`, c, a, i);
                    continue;
                  case `start`:
                    zd(e, l, l, c, a, i);
                    continue;
                  case `xHeight`:
                    Id(e, l, `x-height`, c, a, i);
                    continue;
                  case `xlinkActuate`:
                    Id(e, l, `xlink:actuate`, c, a, i);
                    continue;
                  case `xlinkArcrole`:
                    Id(e, l, `xlink:arcrole`, c, a, i);
                    continue;
                  case `xlinkRole`:
                    Id(e, l, `xlink:role`, c, a, i);
                    continue;
                  case `xlinkShow`:
                    Id(e, l, `xlink:show`, c, a, i);
                    continue;
                  case `xlinkTitle`:
                    Id(e, l, `xlink:title`, c, a, i);
                    continue;
                  case `xlinkType`:
                    Id(e, l, `xlink:type`, c, a, i);
                    continue;
                  case `xmlBase`:
                    Id(e, l, `xml:base`, c, a, i);
                    continue;
                  case `xmlLang`:
                    Id(e, l, `xml:lang`, c, a, i);
                    continue;
                  case `xmlSpace`:
                    Id(e, l, `xml:space`, c, a, i);
                    continue;
                  case `inert`:
                    c !== `` ||
                      Yw[l] ||
                      ((Yw[l] = !0),
                      console.error(
                        'Received an empty string for a boolean attribute `%s`. This will treat the attribute as if it were false. Either pass `false` to silence this warning, or pass `true` if you used an empty string in earlier versions of React to indicate this attribute is true.',
                        l,
                      )),
                      Ld(e, l, l, c, a, i);
                    continue;
                  default:
                    if (!(2 < l.length) || (l[0] !== `o` && l[0] !== `O`) || (l[1] !== `n` && l[1] !== `N`)) {
                      (s = ln(l)),
                        (o = !1),
                        r.context === _T && t !== `svg` && t !== `math`
                          ? a.delete(s.toLowerCase())
                          : ((u = l.toLowerCase()),
                            (u = (Object.hasOwn(Rg, u) && Rg[u]) || null),
                            u !== null && u !== l && ((o = !0), a.delete(u)),
                            a.delete(s));
                      a: if (((u = e), (d = s), (s = c), ft(d))) {
                        if (u.hasAttribute(d))
                          (u = d.toLowerCase() === `nonce` ? u.nonce : u.getAttribute(d)),
                            P(s, d),
                            (s = u === `` + s ? s : u);
                        else {
                          switch (typeof s) {
                            case `function`:
                            case `symbol`:
                              break a;
                            case `boolean`:
                              if (((u = d.toLowerCase().slice(0, 5)), u !== `data-` && u !== `aria-`))
                                break a;
                          }
                          s = s === void 0 ? void 0 : null;
                        }
                      } else s = void 0;
                      o || xd(l, s, c, i);
                    }
                }
            }
        return (
          0 < a.size && !0 !== n.suppressHydrationWarning && wd(e, a, i),
          Object.keys(i).length === 0 ? null : i
        );
      }
      function Hd(e, t) {
        switch (e.length) {
          case 0:
            return ``;
          case 1:
            return e[0];
          case 2:
            return e[0] + ` ` + t + ` ` + e[1];
          default:
            return e.slice(0, -1).join(`, `) + `, ` + t + ` ` + e[e.length - 1];
        }
      }
      function Ud(e) {
        switch (e) {
          case `css`:
          case `script`:
          case `font`:
          case `img`:
          case `image`:
          case `input`:
          case `link`:
            return !0;
          default:
            return !1;
        }
      }
      function Wd() {
        if (typeof performance.getEntriesByType == `function`) {
          for (var e = 0, t = 0, n = performance.getEntriesByType(`resource`), r = 0; r < n.length; r++) {
            var i = n[r],
              a = i.transferSize,
              o = i.initiatorType,
              s = i.duration;
            if (a && s && Ud(o)) {
              for (o = 0, s = i.responseEnd, r += 1; r < n.length; r++) {
                var c = n[r],
                  l = c.startTime;
                if (l > s) break;
                var u = c.transferSize,
                  d = c.initiatorType;
                u && Ud(d) && ((c = c.responseEnd), (o += u * (c < s ? 1 : (s - l) / (c - l))));
              }
              if ((--r, (t += (8 * (a + o)) / (i.duration / 1e3)), e++, 10 < e)) break;
            }
          }
          if (0 < e) return t / e / 1e6;
        }
        return navigator.connection && ((e = navigator.connection.downlink), typeof e == `number`) ? e : 5;
      }
      function Gd(e) {
        return e.nodeType === 9 ? e : e.ownerDocument;
      }
      function Kd(e) {
        switch (e) {
          case Ig:
            return vT;
          case Fg:
            return yT;
          default:
            return _T;
        }
      }
      function qd(e, t) {
        if (e === _T)
          switch (t) {
            case `svg`:
              return vT;
            case `math`:
              return yT;
            default:
              return _T;
          }
        return e === vT && t === `foreignObject` ? _T : e;
      }
      function Jd(e, t, n, r) {
        return ((n = Gd(n).createElement(e)), (n[Wh] = r), (n[Gh] = t), jd(n, e, t), st(n), n);
      }
      function Yd(e) {
        if (
          ((e = e.type),
          typeof e != `string` ||
            e === `` ||
            ((e = e.toLowerCase()), e === `module` || e === `importmap` || e === `speculationrules`))
        )
          return !1;
        switch (e) {
          case `application/ecmascript`:
          case `application/javascript`:
          case `application/x-ecmascript`:
          case `application/x-javascript`:
          case `text/ecmascript`:
          case `text/javascript`:
          case `text/javascript1.0`:
          case `text/javascript1.1`:
          case `text/javascript1.2`:
          case `text/javascript1.3`:
          case `text/javascript1.4`:
          case `text/javascript1.5`:
          case `text/jscript`:
          case `text/livescript`:
          case `text/x-ecmascript`:
          case `text/x-javascript`:
            return !1;
        }
        return !0;
      }
      function Xd(e, t) {
        return (
          e === `textarea` ||
          e === `noscript` ||
          typeof t.children == `string` ||
          typeof t.children == `number` ||
          typeof t.children == `bigint` ||
          (typeof t.dangerouslySetInnerHTML == `object` &&
            t.dangerouslySetInnerHTML !== null &&
            t.dangerouslySetInnerHTML.__html != null)
        );
      }
      function Zd() {
        var e = window.event;
        return e && e.type === `popstate` ? e !== wT && ((wT = e), !0) : ((wT = null), !1);
      }
      function Qd() {
        var e = window.event;
        return e && e !== TT ? e.type : null;
      }
      function $d() {
        var e = window.event;
        return e && e !== TT ? e.timeStamp : -1.1;
      }
      function ef(e) {
        setTimeout(() => {
          throw e;
        });
      }
      function tf(e, t, n) {
        switch (t) {
          case `button`:
          case `input`:
          case `select`:
          case `textarea`:
            n.autoFocus && e.focus();
            break;
          case `img`:
            n.src ? (e.src = n.src) : n.srcSet && (e.srcset = n.srcSet);
        }
      }
      function nf() {}
      function rf(e, t, n, r) {
        Md(e, t, n, r), (e[Gh] = r);
      }
      function af(e) {
        rn(e, ``);
      }
      function of(e, t, n) {
        e.nodeValue = n;
      }
      function sf(e) {
        if (!e.__reactWarnedAboutChildrenConflict) {
          var t = e[Gh] || null;
          if (t !== null) {
            var n = rt(e);
            n !== null &&
              (typeof t.children == `string` || typeof t.children == `number`
                ? ((e.__reactWarnedAboutChildrenConflict = !0),
                  N(n, () => {
                    console.error(
                      'Cannot use a ref on a React element as a container to `createRoot` or `createPortal` if that element also sets "children" text content using React. It should be a leaf with no children. Otherwise it\'s ambiguous which children should be used.',
                    );
                  }))
                : t.dangerouslySetInnerHTML != null &&
                  ((e.__reactWarnedAboutChildrenConflict = !0),
                  N(n, () => {
                    console.error(
                      'Cannot use a ref on a React element as a container to `createRoot` or `createPortal` if that element also sets "dangerouslySetInnerHTML" using React. It should be a leaf with no children. Otherwise it\'s ambiguous which children should be used.',
                    );
                  })));
          }
        }
      }
      function cf(e) {
        return e === `head`;
      }
      function lf(e, t) {
        e.removeChild(t);
      }
      function uf(e, t) {
        (e.nodeType === 9 ? e.body : e.nodeName === `HTML` ? e.ownerDocument.body : e).removeChild(t);
      }
      function df(e, t) {
        var n = t,
          r = 0;
        do {
          var i = n.nextSibling;
          if ((e.removeChild(n), i && i.nodeType === 8)) {
            if (((n = i.data), n === oT || n === iT)) {
              if (r === 0) {
                e.removeChild(i), hm(t);
                return;
              }
              r--;
            } else if (n === aT || n === sT || n === cT || n === lT || n === rT) r++;
            else if (n === uT) gp(e.ownerDocument.documentElement);
            else if (n === fT) {
              (n = e.ownerDocument.head), gp(n);
              for (var a = n.firstChild; a; ) {
                var o = a.nextSibling,
                  s = a.nodeName;
                a[Zh] ||
                  s === `SCRIPT` ||
                  s === `STYLE` ||
                  (s === `LINK` && a.rel.toLowerCase() === `stylesheet`) ||
                  n.removeChild(a),
                  (a = o);
              }
            } else n === dT && gp(e.ownerDocument.body);
          }
          n = i;
        } while (n);
        hm(t);
      }
      function ff(e, t) {
        var n = e;
        e = 0;
        do {
          var r = n.nextSibling;
          if (
            (n.nodeType === 1
              ? t
                ? ((n._stashedDisplay = n.style.display), (n.style.display = `none`))
                : ((n.style.display = n._stashedDisplay || ``),
                  n.getAttribute(`style`) === `` && n.removeAttribute(`style`))
              : n.nodeType === 3 &&
                (t
                  ? ((n._stashedText = n.nodeValue), (n.nodeValue = ``))
                  : (n.nodeValue = n._stashedText || ``)),
            r && r.nodeType === 8)
          ) {
            if (((n = r.data), n === oT)) {
              if (e === 0) break;
              e--;
            } else (n !== aT && n !== sT && n !== cT && n !== lT) || e++;
          }
          n = r;
        } while (n);
      }
      function pf(e) {
        ff(e, !0);
      }
      function mf(e) {
        (e = e.style),
          typeof e.setProperty == `function`
            ? e.setProperty(`display`, `none`, `important`)
            : (e.display = `none`);
      }
      function hf(e) {
        e.nodeValue = ``;
      }
      function gf(e) {
        ff(e, !1);
      }
      function _f(e, t) {
        (t = t[gT]),
          (t = t != null && Object.hasOwn(t, `display`) ? t.display : null),
          (e.style.display = t == null || typeof t == `boolean` ? `` : (`` + t).trim());
      }
      function vf(e, t) {
        e.nodeValue = t;
      }
      function yf(e) {
        for (var t = e.firstChild; t != null; ) {
          if (t.nodeType === 1 && getComputedStyle(t).display === `block`) {
            N(
              rt(t) || rt(e),
              (e, t) => {
                console.error(
                  `You're about to start a <ViewTransition> around a display: inline element <%s>, which itself has a display: block element <%s> inside it. This might trigger a bug in Safari which causes the View Transition to be skipped with a duplicate name error.
https://bugs.webkit.org/show_bug.cgi?id=290923`,
                  e.toLocaleLowerCase(),
                  t.toLocaleLowerCase(),
                );
              },
              e.tagName,
              t.tagName,
            );
            break;
          }
          if (t.firstChild != null) t = t.firstChild;
          else {
            if (t === e) break;
            for (; t.nextSibling == null && t.parentNode != null && t.parentNode !== e; ) t = t.parentNode;
            t = t.nextSibling;
          }
        }
      }
      function bf(e, t, n) {
        if (
          ((t = CSS.escape(t) === t ? t : `r-` + btoa(t).replace(/=/g, ``)),
          (e.style.viewTransitionName = t),
          n != null && (e.style.viewTransitionClass = n),
          (n = getComputedStyle(e)),
          n.display === `inline`)
        ) {
          if (((t = e.getClientRects()), t.length === 1)) var r = 1;
          else
            for (var i = (r = 0); i < t.length; i++) {
              var a = t[i];
              0 < a.width && 0 < a.height && r++;
            }
          r === 1
            ? ((e = e.style),
              (e.display = t.length === 1 ? `inline-block` : `block`),
              (e.marginTop = `-` + n.paddingTop),
              (e.marginBottom = `-` + n.paddingBottom))
            : yf(e);
        }
      }
      function xf(e, t) {
        (e = e.style), (t = t[gT]);
        var n =
          t == null
            ? null
            : Object.hasOwn(t, `viewTransitionName`)
              ? t.viewTransitionName
              : Object.hasOwn(t, `view-transition-name`)
                ? t[`view-transition-name`]
                : null;
        (e.viewTransitionName = n == null || typeof n == `boolean` ? `` : (`` + n).trim()),
          (n =
            t == null
              ? null
              : Object.hasOwn(t, `viewTransitionClass`)
                ? t.viewTransitionClass
                : Object.hasOwn(t, `view-transition-class`)
                  ? t[`view-transition-class`]
                  : null),
          (e.viewTransitionClass = n == null || typeof n == `boolean` ? `` : (`` + n).trim()),
          e.display === `inline-block` &&
            (t == null
              ? (e.display = e.margin = ``)
              : ((n = t.display),
                (e.display = n == null || typeof n == `boolean` ? `` : n),
                (n = t.margin),
                n == null
                  ? ((n = Object.hasOwn(t, `marginTop`) ? t.marginTop : t[`margin-top`]),
                    (e.marginTop = n == null || typeof n == `boolean` ? `` : n),
                    (t = Object.hasOwn(t, `marginBottom`) ? t.marginBottom : t[`margin-bottom`]),
                    (e.marginBottom = t == null || typeof t == `boolean` ? `` : t))
                  : (e.margin = n)));
      }
      function Sf(e, t, n) {
        return (
          (n = n.ownerDocument.defaultView),
          {
            rect: e,
            abs: t.position === `absolute` || t.position === `fixed`,
            clip:
              t.clipPath !== `none` ||
              t.overflow !== `visible` ||
              t.filter !== `none` ||
              t.mask !== `none` ||
              t.mask !== `none` ||
              t.borderRadius !== `0px`,
            view: 0 <= e.bottom && 0 <= e.right && e.top <= n.innerHeight && e.left <= n.innerWidth,
          }
        );
      }
      function Cf(e) {
        return Sf(e.getBoundingClientRect(), getComputedStyle(e), e);
      }
      function wf(e) {
        var t = e.getBoundingClientRect();
        t = new DOMRect(t.x + 2e4, t.y + 2e4, t.width, t.height);
        var n = getComputedStyle(e);
        return Sf(t, n, e);
      }
      function Tf(e, t) {
        if (typeof e == `object` && e)
          switch (e.name) {
            case `TimeoutError`:
              return Error(
                `A ViewTransition timed out because a Navigation stalled. This can happen if a Navigation is blocked on React itself. Such as if it's resolved inside useEffect. This can be solved by moving the resolution to useLayoutEffect.`,
                { cause: e },
              );
            case `AbortError`:
              return t
                ? null
                : Error(
                    `A ViewTransition was aborted early. This might be because you have other View Transition libraries on the page and only one can run at a time. To avoid this, use only React's built-in <ViewTransition> to coordinate.`,
                    { cause: e },
                  );
            case `InvalidStateError`:
              if (
                e.message === `View transition was skipped because document visibility state is hidden.` ||
                e.message ===
                  `Skipping view transition because document visibility state has become hidden.` ||
                e.message === `Skipping view transition because viewport size changed.` ||
                e.message === `Transition was aborted because of invalid state`
              )
                return null;
          }
        return e;
      }
      function Ef(e) {
        return e.documentElement.clientHeight;
      }
      function Df(e) {
        this.addEventListener(`load`, e), this.addEventListener(`error`, e);
      }
      function Of(e, t, n, r, i, a, o, s, c, l, u) {
        var d = t.nodeType === 9 ? t : t.ownerDocument;
        try {
          var f = d.startViewTransition({
            update: () => {
              var t = d.defaultView,
                n = t.navigation && t.navigation.transition,
                o = d.fonts.status;
              r();
              var s = [];
              if (
                (o === `loaded` && (Ef(d), d.fonts.status === `loading` && s.push(d.fonts.ready)),
                (o = s.length),
                e !== null)
              )
                for (var c = e.suspenseyImages, u = 0, f = 0; f < c.length; f++) {
                  var p = c[f];
                  if (!p.complete) {
                    var m = p.getBoundingClientRect();
                    if (0 < m.bottom && 0 < m.right && m.top < t.innerHeight && m.left < t.innerWidth) {
                      if (((u += Ip(p)), u > YT)) {
                        s.length = o;
                        break;
                      }
                      (p = new Promise(Df.bind(p))), s.push(p);
                    }
                  }
                }
              if (0 < s.length)
                return (
                  l(
                    0 < o
                      ? s.length > o
                        ? `Waiting on Fonts and Images`
                        : `Waiting on Fonts`
                      : `Waiting on Images`,
                  ),
                  (t = Promise.race([Promise.all(s), new Promise((e) => setTimeout(e, MT))]).then(i, i)),
                  (n ? Promise.allSettled([n.finished, t]) : t).then(a, a)
                );
              if ((i(), n)) return n.finished.then(a, a);
              a();
            },
            types: n,
          });
          d.__reactViewTransition = f;
          var p = [];
          return (
            f.ready.then(
              () => {
                for (var e = d.documentElement.getAnimations({ subtree: !0 }), t = 0; t < e.length; t++) {
                  var n = e[t],
                    r = n.effect,
                    i = r.pseudoElement;
                  if (i != null && i.startsWith(`::view-transition`)) {
                    p.push(n), (n = r.getKeyframes());
                    for (var a = (i = void 0), s = !0, c = 0; c < n.length; c++) {
                      var l = n[c],
                        u = l.width;
                      if (i === void 0) i = u;
                      else if (i !== u) {
                        s = !1;
                        break;
                      }
                      if (((u = l.height), a === void 0)) a = u;
                      else if (a !== u) {
                        s = !1;
                        break;
                      }
                      delete l.width, delete l.height, l.transform === `none` && delete l.transform;
                    }
                    s &&
                      i !== void 0 &&
                      a !== void 0 &&
                      (r.setKeyframes(n),
                      (s = getComputedStyle(r.target, r.pseudoElement)),
                      s.width !== i || s.height !== a) &&
                      ((s = n[0]),
                      (s.width = i),
                      (s.height = a),
                      (s = n[n.length - 1]),
                      (s.width = i),
                      (s.height = a),
                      r.setKeyframes(n));
                  }
                }
                o();
              },
              (e) => {
                d.__reactViewTransition === f && (d.__reactViewTransition = null);
                try {
                  (e = Tf(e, !1)), e !== null && c(e);
                } finally {
                  r(), i(), o(), u();
                }
              },
            ),
            f.finished.finally(() => {
              for (var e = 0; e < p.length; e++) p[e].cancel();
              d.__reactViewTransition === f && (d.__reactViewTransition = null), u(), s();
            }),
            f
          );
        } catch {
          return (r(), i(), u(), o(), null);
        }
      }
      function kf(e, t) {
        (this._scope = document.documentElement), (this._selector = `::view-transition-` + e + `(` + t + `)`);
      }
      function Af(e) {
        return {
          name: e,
          group: new kf(`group`, e),
          imagePair: new kf(`image-pair`, e),
          old: new kf(`old`, e),
          new: new kf(`new`, e),
        };
      }
      function jf(e) {
        (this._fragmentFiber = e), (this._observers = this._eventListeners = null);
      }
      function Mf(e, t, n, r) {
        return (D(e).addEventListener(t, n, r), !1);
      }
      function Nf(e, t, n, r) {
        return (D(e).removeEventListener(t, n, r), !1);
      }
      function Pf(e) {
        return e != null && typeof e != `boolean` && (!0 === e.once || e.signal instanceof AbortSignal)
          ? { capture: e.capture, passive: e.passive }
          : e;
      }
      function Ff(e) {
        return e == null
          ? `c=0`
          : typeof e == `boolean`
            ? `c=` + (e ? `1` : `0`)
            : `c=` + (e.capture ? `1` : `0`);
      }
      function If(e, t, n, r) {
        if (e.length === 0) return -1;
        r = Ff(r);
        for (var i = 0; i < e.length; i++) {
          var a = e[i];
          if (a.type === t && a.listener === n && Ff(a.optionsOrUseCapture) === r) return i;
        }
        return -1;
      }
      function Lf(e, t) {
        return e.tag !== 6 && ((e = D(e)), dp(e, t));
      }
      function Rf(e, t) {
        return (t.push(e), !1);
      }
      function zf(e, t) {
        return e.tag !== 6 && ((e = D(e)), e === t || e.contains(t) ? (t.blur(), !0) : !1);
      }
      function Bf(e, t) {
        return (e.tag === 6 || ((e = D(e)), t.observe(e)), !1);
      }
      function Vf(e, t) {
        return (e.tag === 6 || ((e = D(e)), t.unobserve(e)), !1);
      }
      function Hf(e, t, n) {
        NT.push({ fragmentInstance: e, observer: t, instance: n }),
          PT ||
            ((PT = !0),
            fp(() => {
              PT = !1;
              var e = NT;
              NT = [];
              for (var t = 0; t < e.length; t++) {
                var n = e[t];
                n.observer.unobserve(n.instance);
              }
            }));
      }
      function Uf(e, t) {
        if (e.tag === 6) {
          e = e.stateNode;
          var n = e.ownerDocument.createRange();
          n.selectNodeContents(e), t.push.apply(t, n.getClientRects());
        } else (e = D(e)), t.push.apply(t, e.getClientRects());
        return !1;
      }
      function Wf(e, t, n, r, i) {
        var a = tt(i);
        if (e & Node.DOCUMENT_POSITION_CONTAINED_BY) {
          if ((n = !!a))
            a: {
              for (; a !== null; ) {
                if (a.tag === 7 && (a === t || a.alternate === t)) {
                  n = !0;
                  break a;
                }
                a = a.return;
              }
              n = !1;
            }
          return n;
        }
        if (e & Node.DOCUMENT_POSITION_CONTAINS) {
          if (a === null) return ((a = i.ownerDocument), i === a || i === a.documentElement || i === a.body);
          a: {
            for (a = t, t = te(t); a !== null; ) {
              if (!((a.tag !== 5 && a.tag !== 3 && a.tag !== 27) || (a !== t && a.alternate !== t))) {
                a = !0;
                break a;
              }
              a = a.return;
            }
            a = !1;
          }
          return a;
        }
        return e & Node.DOCUMENT_POSITION_PRECEDING
          ? ((t = !!a) &&
              !(t = a === n) &&
              ((t = oe(n, a, ae)),
              t === null ? (t = !1) : (T(t, !0, O, a, n), (a = Cm), (Cm = null), (t = a !== null))),
            t)
          : e & Node.DOCUMENT_POSITION_FOLLOWING
            ? ((t = !!a) &&
                !(t = a === r) &&
                ((t = oe(r, a, ae)),
                t === null ? (t = !1) : (T(t, !0, ie, a, r), (a = Cm), (wm = Cm = null), (t = a !== null))),
              t)
            : !1;
      }
      function Gf(e, t) {
        var n = e.ownerDocument.createRange();
        n.selectNodeContents(e),
          (e = n.getBoundingClientRect()),
          window.scrollTo(
            window.scrollX + e.left,
            t ? window.scrollY + e.top : window.scrollY + e.bottom - window.innerHeight,
          );
      }
      function Kf(e, t) {
        return ((e = D(e)), qf(e, t), !1);
      }
      function qf(e, t) {
        (e.reactFragments ??= new Set()), e.reactFragments.add(t);
      }
      function Jf(e, t) {
        var n = t._eventListeners;
        if (n !== null)
          for (var r = 0; r < n.length; r++) {
            var i = n[r];
            e.addEventListener(i.type, i.attachedListener, Pf(i.optionsOrUseCapture));
          }
        e.nodeType !== 3 &&
          ((n = t._observers),
          n !== null &&
            n.forEach((n) => {
              for (var r = 0, i = 0; i < NT.length; i++) {
                var a = NT[i];
                (a.fragmentInstance !== t || a.observer !== n || a.instance !== e) && (NT[r++] = a);
              }
              (NT.length = r), n.observe(e);
            }),
          qf(e, t));
      }
      function Yf(e, t) {
        var n = t._eventListeners;
        if (n !== null)
          for (var r = 0; r < n.length; r++) {
            var i = n[r];
            e.removeEventListener(i.type, i.attachedListener, Pf(i.optionsOrUseCapture));
          }
        e.nodeType !== 3 &&
          ((n = t._observers),
          n !== null &&
            n.forEach((n) => {
              typeof n.rootMargin == `string` ? Hf(t, n, e) : n.unobserve(e);
            }),
          e.reactFragments != null && e.reactFragments.delete(t));
      }
      function Xf(e) {
        var t = e.firstChild;
        for (t && t.nodeType === 10 && (t = t.nextSibling); t; ) {
          var n = t;
          switch (((t = t.nextSibling), n.nodeName)) {
            case `HTML`:
            case `HEAD`:
            case `BODY`:
              Xf(n), et(n);
              continue;
            case `SCRIPT`:
            case `STYLE`:
              continue;
            case `LINK`:
              if (n.rel.toLowerCase() === `stylesheet`) continue;
          }
          e.removeChild(n);
        }
      }
      function Zf(e, t, n, r) {
        for (; e.nodeType === 1; ) {
          var i = n;
          if (e.nodeName.toLowerCase() !== t.toLowerCase()) {
            if (!r && (e.nodeName !== `INPUT` || e.type !== `hidden`)) break;
          } else if (!r) {
            if (t === `input` && e.type === `hidden`) {
              P(i.name, `name`);
              var a = i.name == null ? null : `` + i.name;
              if (i.type === `hidden` && e.getAttribute(`name`) === a) return e;
            } else return e;
          } else if (!e[Zh])
            switch (t) {
              case `meta`:
                if (!e.hasAttribute(`itemprop`)) break;
                return e;
              case `link`:
                if (
                  ((a = e.getAttribute(`rel`)),
                  (a === `stylesheet` && e.hasAttribute(`data-precedence`)) ||
                    a !== i.rel ||
                    e.getAttribute(`href`) !== (i.href == null || i.href === `` ? null : i.href) ||
                    e.getAttribute(`crossorigin`) !== (i.crossOrigin == null ? null : i.crossOrigin) ||
                    e.getAttribute(`title`) !== (i.title == null ? null : i.title))
                )
                  break;
                return e;
              case `style`:
                if (e.hasAttribute(`data-precedence`)) break;
                return e;
              case `script`:
                if (
                  ((a = e.getAttribute(`src`)),
                  (a !== (i.src == null ? null : i.src) ||
                    e.getAttribute(`type`) !== (i.type == null ? null : i.type) ||
                    e.getAttribute(`crossorigin`) !== (i.crossOrigin == null ? null : i.crossOrigin)) &&
                    a &&
                    e.hasAttribute(`async`) &&
                    !e.hasAttribute(`itemprop`))
                )
                  break;
                return e;
              default:
                return e;
            }
          if (((e = rp(e.nextSibling)), e === null)) break;
        }
        return null;
      }
      function Qf(e, t, n) {
        if (t === ``) return null;
        for (; e.nodeType !== 3; )
          if (
            ((e.nodeType !== 1 || e.nodeName !== `INPUT` || e.type !== `hidden`) && !n) ||
            ((e = rp(e.nextSibling)), e === null)
          )
            return null;
        return e;
      }
      function $f(e, t) {
        for (; e.nodeType !== 8; )
          if (
            ((e.nodeType !== 1 || e.nodeName !== `INPUT` || e.type !== `hidden`) && !t) ||
            ((e = rp(e.nextSibling)), e === null)
          )
            return null;
        return e;
      }
      function ep(e) {
        return e.data === sT || e.data === cT;
      }
      function tp(e) {
        return e.data === lT || (e.data === sT && e.ownerDocument.readyState !== hT);
      }
      function np(e, t) {
        var n = e.ownerDocument;
        if (e.data === cT) e._reactRetry = t;
        else if (e.data !== sT || n.readyState !== hT) t();
        else {
          var r = () => {
            t(), n.removeEventListener(`DOMContentLoaded`, r);
          };
          n.addEventListener(`DOMContentLoaded`, r), (e._reactRetry = r);
        }
      }
      function rp(e) {
        for (; e != null; e = e.nextSibling) {
          var t = e.nodeType;
          if (t === 1 || t === 3) break;
          if (t === 8) {
            if (
              ((t = e.data), t === aT || t === lT || t === sT || t === cT || t === rT || t === pT || t === mT)
            )
              break;
            if (t === oT || t === iT) return null;
          }
        }
        return e;
      }
      function ip(e) {
        if (e.nodeType === 1) {
          for (var t = e.nodeName.toLowerCase(), n = {}, r = e.attributes, i = 0; i < r.length; i++) {
            var a = r[i];
            n[Nd(a.name)] = a.name.toLowerCase() === `style` ? Pd(e) : a.value;
          }
          return { type: t, props: n };
        }
        return e.nodeType === 8
          ? e.data === rT
            ? { type: `Activity`, props: {} }
            : { type: `Suspense`, props: {} }
          : e.nodeValue;
      }
      function ap(e, t, n) {
        return n === null || !0 !== n[nT]
          ? (e.nodeValue === t ? (e = null) : ((t = Dd(t)), (e = Dd(e.nodeValue) === t ? null : e.nodeValue)),
            e)
          : null;
      }
      function op(e) {
        e = e.nextSibling;
        for (var t = 0; e; ) {
          if (e.nodeType === 8) {
            var n = e.data;
            if (n === oT || n === iT) {
              if (t === 0) return rp(e.nextSibling);
              t--;
            } else (n !== aT && n !== lT && n !== sT && n !== cT && n !== rT) || t++;
          }
          e = e.nextSibling;
        }
        return null;
      }
      function sp(e) {
        e = e.previousSibling;
        for (var t = 0; e; ) {
          if (e.nodeType === 8) {
            var n = e.data;
            if (n === aT || n === lT || n === sT || n === cT || n === rT) {
              if (t === 0) return e;
              t--;
            } else (n !== oT && n !== iT) || t++;
          }
          e = e.previousSibling;
        }
        return null;
      }
      function cp(e) {
        hm(e);
      }
      function lp(e) {
        hm(e);
      }
      function up(e) {
        hm(e);
      }
      function dp(e, t) {
        function n() {
          r = !0;
        }
        if (e.ownerDocument.activeElement === e) return !0;
        var r = !1;
        try {
          e.ownerDocument.addEventListener(`focus`, n, !0),
            (e.focus || HTMLElement.prototype.focus).call(e, t);
        } finally {
          e.ownerDocument.removeEventListener(`focus`, n, !0);
        }
        return r;
      }
      function fp(e) {
        AT(() => {
          AT((t) => e(t));
        });
      }
      function pp(e, t, n, r, i) {
        switch ((i && tn(e, r.ancestorInfo), (t = Gd(n)), e)) {
          case `html`:
            if (((e = t.documentElement), !e))
              throw Error(
                `React expected an <html> element (document.documentElement) to exist in the Document but one was not found. React never removes the documentElement for any Document it renders into so the cause is likely in some other script running on this page.`,
              );
            return e;
          case `head`:
            if (((e = t.head), !e))
              throw Error(
                `React expected a <head> element (document.head) to exist in the Document but one was not found. React never removes the head for any Document it renders into so the cause is likely in some other script running on this page.`,
              );
            return e;
          case `body`:
            if (((e = t.body), !e))
              throw Error(
                `React expected a <body> element (document.body) to exist in the Document but one was not found. React never removes the body for any Document it renders into so the cause is likely in some other script running on this page.`,
              );
            return e;
          default:
            throw Error(
              `resolveSingletonInstance was called with an element type that is not supported. This is a bug in React.`,
            );
        }
      }
      function mp(e, t, n, r) {
        if (!n[Kh] && rt(n)) {
          var i = n.tagName.toLowerCase();
          console.error(
            `You are mounting a new %s component when a previous one has not first unmounted. It is an error to render more than one %s component at a time and attributes and children of these components will likely fail in unpredictable ways. Please only render a single instance of <%s> and if you need to mount a new one, ensure any previous ones have unmounted first.`,
            i,
            i,
            i,
          );
        }
        switch (e) {
          case `html`:
          case `head`:
          case `body`:
            break;
          default:
            console.error(
              `acquireSingletonInstance was called with an element type that is not supported. This is a bug in React.`,
            );
        }
        for (i = n.attributes; i.length; ) n.removeAttributeNode(i[0]);
        jd(n, e, t), (n[Wh] = r), (n[Gh] = t);
      }
      function hp(e, t, n) {
        for (var r in n) {
          var i = n[r];
          Object.hasOwn(n, r) && i != null && kd(e, t, r, null, eT, i);
        }
        n.dangerouslySetInnerHTML != null && (e.textContent = ``),
          e.onclick === hn && (e.onclick = null),
          et(e);
      }
      function gp(e) {
        for (var t = e.attributes; t.length; ) e.removeAttributeNode(t[0]);
        et(e);
      }
      function _p(e) {
        if (typeof e.getRootNode == `function`) {
          var t = e.getRootNode();
          if (t.nodeType === 9 || t.nodeType === 11) return t;
        }
        return e.nodeType === 9 ? e : e.ownerDocument;
      }
      function vp(e, t, n) {
        var r = WT;
        if (r && typeof t == `string` && t) {
          var i = St(t);
          (i = `link[rel="` + e + `"][href="` + i + `"]`),
            typeof n == `string` && (i += `[crossorigin="` + n + `"]`),
            HT.has(i) ||
              (HT.add(i),
              (e = { rel: e, crossOrigin: n, href: t }),
              r.querySelector(i) === null &&
                ((t = r.createElement(`link`)), jd(t, `link`, e), st(t), r.head.appendChild(t)));
        }
      }
      function yp(e, t, n, r) {
        var i = (i = $m.current) ? _p(i) : null;
        if (!i) throw Error(`"resourceRoot" was expected to exist. This is a bug in React.`);
        switch (e) {
          case `meta`:
          case `title`:
            return null;
          case `style`:
            return typeof n.precedence == `string` && typeof n.href == `string`
              ? ((n = xp(n.href)),
                (t = ot(i).hoistableStyles),
                (r = t.get(n)),
                r || ((r = { type: `style`, instance: null, count: 0, state: null }), t.set(n, r)),
                r)
              : { type: `void`, instance: null, count: 0, state: null };
          case `link`:
            if (n.rel === `stylesheet` && typeof n.href == `string` && typeof n.precedence == `string`) {
              e = xp(n.href);
              var a = ot(i).hoistableStyles,
                o = a.get(e);
              if (
                (o ||
                  ((i = i.ownerDocument || i),
                  (o = {
                    type: `stylesheet`,
                    instance: null,
                    count: 0,
                    state: { loading: IT, preload: null },
                  }),
                  a.set(e, o),
                  (a = i.querySelector(Sp(e)))
                    ? a._p || ((o.instance = a), (o.state.loading = LT | BT))
                    : ((a = VT.get(e)),
                      a ||
                        ((a = {
                          rel: `preload`,
                          as: `style`,
                          href: n.href,
                          crossOrigin: n.crossOrigin,
                          integrity: n.integrity,
                          media: n.media,
                          hrefLang: n.hrefLang,
                          referrerPolicy: n.referrerPolicy,
                        }),
                        VT.set(e, a)),
                      wp(i, e, a, o.state))),
                t && r === null)
              )
                throw (
                  (n =
                    `

  - ` +
                    bp(t) +
                    `
  + ` +
                    bp(n)),
                  Error(
                    'Expected <link> not to update to be updated to a stylesheet with precedence. Check the `rel`, `href`, and `precedence` props of this component. Alternatively, check whether two different <link> components render in the same slot or share the same key.' +
                      n,
                  )
                );
              return o;
            }
            if (t && r !== null)
              throw (
                (n =
                  `

  - ` +
                  bp(t) +
                  `
  + ` +
                  bp(n)),
                Error(
                  'Expected stylesheet with precedence to not be updated to a different kind of <link>. Check the `rel`, `href`, and `precedence` props of this component. Alternatively, check whether two different <link> components render in the same slot or share the same key.' +
                    n,
                )
              );
            return null;
          case `script`:
            return (
              (t = n.async),
              (n = n.src),
              typeof n == `string` && t && typeof t != `function` && typeof t != `symbol`
                ? ((n = Tp(n)),
                  (t = ot(i).hoistableScripts),
                  (r = t.get(n)),
                  r || ((r = { type: `script`, instance: null, count: 0, state: null }), t.set(n, r)),
                  r)
                : { type: `void`, instance: null, count: 0, state: null }
            );
          default:
            throw Error(
              `getResource encountered a type it did not expect: "` + e + `". this is a bug in React.`,
            );
        }
      }
      function bp(e) {
        var t = 0,
          n = `<link`;
        return (
          typeof e.rel == `string`
            ? (t++, (n += ` rel="` + e.rel + `"`))
            : hh.call(e, `rel`) &&
              (t++, (n += ` rel="` + (e.rel === null ? `null` : `invalid type ` + typeof e.rel) + `"`)),
          typeof e.href == `string`
            ? (t++, (n += ` href="` + e.href + `"`))
            : hh.call(e, `href`) &&
              (t++, (n += ` href="` + (e.href === null ? `null` : `invalid type ` + typeof e.href) + `"`)),
          typeof e.precedence == `string`
            ? (t++, (n += ` precedence="` + e.precedence + `"`))
            : hh.call(e, `precedence`) &&
              (t++,
              (n +=
                ` precedence={` +
                (e.precedence === null ? `null` : `invalid type ` + typeof e.precedence) +
                `}`)),
          Object.getOwnPropertyNames(e).length > t && (n += ` ...`),
          n + ` />`
        );
      }
      function xp(e) {
        return `href="` + St(e) + `"`;
      }
      function Sp(e) {
        return `link[rel="stylesheet"][` + e + `]`;
      }
      function Cp(e) {
        return B({}, e, { 'data-precedence': e.precedence, precedence: null });
      }
      function wp(e, t, n, r) {
        if ((t = e.querySelector(`link[rel="preload"][as="style"][` + t + `]`))) {
          if (!0 !== t[Qh]) {
            r.loading = LT;
            return;
          }
        } else
          (t = e.createElement(`link`)),
            (t[Qh] = !0),
            (t.onload = t.onerror = ct.bind(null, t)),
            jd(t, `link`, n),
            st(t),
            e.head.appendChild(t);
        (r.preload = t),
          t.addEventListener(`load`, () => (r.loading |= LT)),
          t.addEventListener(`error`, () => (r.loading |= RT));
      }
      function Tp(e) {
        return `[src="` + St(e) + `"]`;
      }
      function Ep(e) {
        return `script[async]` + e;
      }
      function Dp(e, t, n) {
        if ((t.count++, t.instance === null))
          switch (t.type) {
            case `style`:
              var r = e.querySelector(`style[data-href~="` + St(n.href) + `"]`);
              if (r) return ((t.instance = r), st(r), r);
              var i = B({}, n, {
                'data-href': n.href,
                'data-precedence': n.precedence,
                href: null,
                precedence: null,
              });
              return (
                (r = (e.ownerDocument || e).createElement(`style`)),
                st(r),
                jd(r, `style`, i),
                Op(r, n.precedence, e),
                (t.instance = r)
              );
            case `stylesheet`:
              i = xp(n.href);
              var a = e.querySelector(Sp(i));
              if (a) return ((t.state.loading |= BT), (t.instance = a), st(a), a);
              (r = Cp(n)),
                (i = VT.get(i)) && kp(r, i),
                (a = (e.ownerDocument || e).createElement(`link`)),
                st(a);
              var o = a;
              return (
                (o._p = new Promise((e, t) => {
                  (o.onload = e), (o.onerror = t);
                })),
                jd(a, `link`, r),
                (t.state.loading |= BT),
                Op(a, n.precedence, e),
                (t.instance = a)
              );
            case `script`:
              return (
                (a = Tp(n.src)),
                (i = e.querySelector(Ep(a)))
                  ? ((t.instance = i), st(i), i)
                  : ((r = n),
                    (i = VT.get(a)) && ((r = B({}, n)), Ap(r, i)),
                    (e = e.ownerDocument || e),
                    (i = e.createElement(`script`)),
                    st(i),
                    jd(i, `link`, r),
                    e.head.appendChild(i),
                    (t.instance = i))
              );
            case `void`:
              return null;
            default:
              throw Error(
                `acquireResource encountered a resource type it did not expect: "` +
                  t.type +
                  `". this is a bug in React.`,
              );
          }
        else
          t.type === `stylesheet` &&
            (t.state.loading & BT) === IT &&
            ((r = t.instance), (t.state.loading |= BT), Op(r, n.precedence, e));
        return t.instance;
      }
      function Op(e, t, n) {
        for (
          var r = n.querySelectorAll(`link[rel="stylesheet"][data-precedence],style[data-precedence]`),
            i = r.length ? r[r.length - 1] : null,
            a = i,
            o = 0;
          o < r.length;
          o++
        ) {
          var s = r[o];
          if (s.dataset.precedence === t) a = s;
          else if (a !== i) break;
        }
        a
          ? a.parentNode.insertBefore(e, a.nextSibling)
          : ((t = n.nodeType === 9 ? n.head : n), t.insertBefore(e, t.firstChild));
      }
      function kp(e, t) {
        (e.crossOrigin ??= t.crossOrigin), (e.referrerPolicy ??= t.referrerPolicy), (e.title ??= t.title);
      }
      function Ap(e, t) {
        (e.crossOrigin ??= t.crossOrigin),
          (e.referrerPolicy ??= t.referrerPolicy),
          (e.integrity ??= t.integrity);
      }
      function jp(e, t, n) {
        if (GT === null) {
          var r = new Map(),
            i = (GT = new Map());
          i.set(n, r);
        } else (i = GT), (r = i.get(n)), r || ((r = new Map()), i.set(n, r));
        if (r.has(e)) return r;
        for (r.set(e, null), n = n.getElementsByTagName(e), i = 0; i < n.length; i++) {
          var a = n[i];
          if (
            !(a[Zh] || a[Wh] || (e === `link` && a.getAttribute(`rel`) === `stylesheet`)) &&
            a.namespaceURI !== Ig
          ) {
            var o = a.getAttribute(t) || ``;
            o = e + o;
            var s = r.get(o);
            s ? s.push(a) : r.set(o, [a]);
          }
        }
        return r;
      }
      function Mp(e, t, n) {
        (e = e.ownerDocument || e),
          e.head.insertBefore(n, t === `title` ? e.querySelector(`head > title`) : null);
      }
      function Np(e, t, n) {
        var r = !n.ancestorInfo.containerTagInScope;
        if (n.context === vT || t.itemProp != null)
          return (
            !r ||
              t.itemProp == null ||
              (e !== `meta` && e !== `title` && e !== `style` && e !== `link` && e !== `script`) ||
              console.error(
                'Cannot render a <%s> outside the main document if it has an `itemProp` prop. `itemProp` suggests the tag belongs to an `itemScope` which can appear anywhere in the DOM. If you were intending for React to hoist this <%s> remove the `itemProp` prop. Otherwise, try moving this tag into the <head> or <body> of the Document.',
                e,
                e,
              ),
            !1
          );
        switch (e) {
          case `meta`:
          case `title`:
            return !0;
          case `style`:
            if (typeof t.precedence != `string` || typeof t.href != `string` || t.href === ``) {
              r &&
                console.error(
                  'Cannot render a <style> outside the main document without knowing its precedence and a unique href key. React can hoist and deduplicate <style> tags if you provide a `precedence` prop along with an `href` prop that does not conflict with the `href` values used in any other hoisted <style> or <link rel="stylesheet" ...> tags.  Note that hoisting <style> tags is considered an advanced feature that most will not use directly. Consider moving the <style> tag to the <head> or consider adding a `precedence="default"` and `href="some unique resource identifier"`.',
                );
              break;
            }
            return !0;
          case `link`:
            if (
              typeof t.rel != `string` ||
              typeof t.href != `string` ||
              t.href === `` ||
              t.onLoad ||
              t.onError
            ) {
              if (t.rel === `stylesheet` && typeof t.precedence == `string`) {
                e = t.href;
                var i = t.onError,
                  a = t.disabled;
                (n = []),
                  t.onLoad && n.push('`onLoad`'),
                  i && n.push('`onError`'),
                  a != null && n.push('`disabled`'),
                  (i = Hd(n, `and`)),
                  (i += n.length === 1 ? ` prop` : ` props`),
                  (a = n.length === 1 ? `an ` + i : `the ` + i),
                  n.length &&
                    console.error(
                      'React encountered a <link rel="stylesheet" href="%s" ... /> with a `precedence` prop that also included %s. The presence of loading and error handlers indicates an intent to manage the stylesheet loading state from your from your Component code and React will not hoist or deduplicate this stylesheet. If your intent was to have React hoist and deduplciate this stylesheet using the `precedence` prop remove the %s, otherwise remove the `precedence` prop.',
                      e,
                      a,
                      i,
                    );
              }
              r &&
                (typeof t.rel != `string` || typeof t.href != `string` || t.href === ``
                  ? console.error(
                      'Cannot render a <link> outside the main document without a `rel` and `href` prop. Try adding a `rel` and/or `href` prop to this <link> or moving the link into the <head> tag',
                    )
                  : (t.onError || t.onLoad) &&
                    console.error(
                      `Cannot render a <link> with onLoad or onError listeners outside the main document. Try removing onLoad={...} and onError={...} or moving it into the root <head> tag or somewhere in the <body>.`,
                    ));
              break;
            }
            switch (t.rel) {
              case `stylesheet`:
                return (
                  (e = t.precedence),
                  (t = t.disabled),
                  typeof e != `string` &&
                    r &&
                    console.error(
                      `Cannot render a <link rel="stylesheet" /> outside the main document without knowing its precedence. Consider adding precedence="default" or moving it into the root <head> tag.`,
                    ),
                  typeof e == `string` && t == null
                );
              default:
                return !0;
            }
          case `script`:
            if (
              ((e = t.async && typeof t.async != `function` && typeof t.async != `symbol`),
              !e || t.onLoad || t.onError || !t.src || typeof t.src != `string`)
            ) {
              r &&
                (e
                  ? t.onLoad || t.onError
                    ? console.error(
                        `Cannot render a <script> with onLoad or onError listeners outside the main document. Try removing onLoad={...} and onError={...} or moving it into the root <head> tag or somewhere in the <body>.`,
                      )
                    : console.error(
                        'Cannot render a <script> outside the main document without `async={true}` and a non-empty `src` prop. Ensure there is a valid `src` and either make the script async or move it into the root <head> tag or somewhere in the <body>.',
                      )
                  : console.error(
                      `Cannot render a sync or defer <script> outside the main document without knowing its order. Try adding async="" or moving it into the root <head> tag.`,
                    ));
              break;
            }
            return !0;
          case `noscript`:
          case `template`:
            r &&
              console.error(
                `Cannot render <%s> outside the main document. Try moving it into the root <head> tag.`,
                e,
              );
        }
        return !1;
      }
      function Pp(e, t) {
        return e === `img` && t.src != null && t.src !== `` && t.onLoad == null && t.loading !== `lazy`;
      }
      function Fp(e) {
        return e.type !== `stylesheet` || (e.state.loading & zT) !== IT;
      }
      function Ip(e) {
        return (
          (e.width || 100) *
          (e.height || 100) *
          (typeof devicePixelRatio == `number` ? devicePixelRatio : 1) *
          0.25
        );
      }
      function Lp(e, t) {
        typeof t.decode == `function` &&
          (e.imgCount++,
          t.complete || ((e.imgBytes += Ip(t)), e.suspenseyImages.push(t)),
          (e = Hp.bind(e)),
          t.decode().then(e, e));
      }
      function Rp(e, t, n, r) {
        if (
          n.type === `stylesheet` &&
          (typeof r.media != `string` || !1 !== matchMedia(r.media).matches) &&
          (n.state.loading & BT) === IT
        ) {
          if (n.instance === null) {
            var i = xp(r.href),
              a = t.querySelector(Sp(i));
            if (a) {
              (t = a._p),
                typeof t == `object` &&
                  t &&
                  typeof t.then == `function` &&
                  (e.count++, (e = Vp.bind(e)), t.then(e, e)),
                (n.state.loading |= BT),
                (n.instance = a),
                st(a);
              return;
            }
            (a = t.ownerDocument || t),
              (r = Cp(r)),
              (i = VT.get(i)) && kp(r, i),
              (a = a.createElement(`link`)),
              st(a);
            var o = a;
            (o._p = new Promise((e, t) => {
              (o.onload = e), (o.onerror = t);
            })),
              jd(a, `link`, r),
              (n.instance = a);
          }
          e.stylesheets === null && (e.stylesheets = new Map()),
            e.stylesheets.set(n, t),
            (t = n.state.preload) &&
              (n.state.loading & zT) === IT &&
              (e.count++, (n = Vp.bind(e)), t.addEventListener(`load`, n), t.addEventListener(`error`, n));
        }
      }
      function zp(e, t) {
        return (
          e.stylesheets && e.count === 0 && Up(e, e.stylesheets),
          0 < e.count || 0 < e.imgCount
            ? (n) => {
                var r = setTimeout(() => {
                  if ((e.stylesheets && Up(e, e.stylesheets), e.unsuspend)) {
                    var t = e.unsuspend;
                    (e.unsuspend = null), t();
                  }
                }, KT + t);
                0 < e.imgBytes && YT === 0 && (YT = 125 * Wd() * JT);
                var i = setTimeout(
                  () => {
                    if (
                      ((e.waitingForImages = !1),
                      e.count === 0 && (e.stylesheets && Up(e, e.stylesheets), e.unsuspend))
                    ) {
                      var t = e.unsuspend;
                      (e.unsuspend = null), t();
                    }
                  },
                  (e.imgBytes > YT ? 50 : qT) + t,
                );
                return (
                  (e.unsuspend = n),
                  () => {
                    (e.unsuspend = null), clearTimeout(r), clearTimeout(i);
                  }
                );
              }
            : null
        );
      }
      function Bp(e) {
        if (e.count === 0 && (e.imgCount === 0 || !e.waitingForImages)) {
          if (e.stylesheets) Up(e, e.stylesheets);
          else if (e.unsuspend) {
            var t = e.unsuspend;
            (e.unsuspend = null), t();
          }
        }
      }
      function Vp() {
        this.count--, Bp(this);
      }
      function Hp() {
        this.imgCount--, Bp(this);
      }
      function Up(e, t) {
        (e.stylesheets = null),
          e.unsuspend !== null && (e.count++, (ZT = new Map()), t.forEach(Wp, e), (ZT = null), Vp.call(e));
      }
      function Wp(e, t) {
        if (!(t.state.loading & BT)) {
          var n = ZT.get(e);
          if (n) var r = n.get(XT);
          else {
            (n = new Map()), ZT.set(e, n);
            for (
              var i = e.querySelectorAll(`link[data-precedence],style[data-precedence]`), a = 0;
              a < i.length;
              a++
            ) {
              var o = i[a];
              (o.nodeName === `LINK` || o.getAttribute(`media`) !== `not all`) &&
                (n.set(o.dataset.precedence, o), (r = o));
            }
            r && n.set(XT, r);
          }
          (i = t.instance),
            (o = i.getAttribute(`data-precedence`)),
            (a = n.get(o) || r),
            a === r && n.set(XT, i),
            n.set(o, i),
            this.count++,
            (r = Vp.bind(this)),
            i.addEventListener(`load`, r),
            i.addEventListener(`error`, r),
            a
              ? a.parentNode.insertBefore(i, a.nextSibling)
              : ((e = e.nodeType === 9 ? e.head : e), e.insertBefore(i, e.firstChild)),
            (t.state.loading |= BT);
        }
      }
      function Gp(e, t, n, r, i, a, o, s, c) {
        for (
          this.tag = 1,
            this.containerInfo = e,
            this.pingCache = this.current = this.pendingChildren = null,
            this.timeoutHandle = OT,
            this.callbackNode =
              this.next =
              this.pendingContext =
              this.context =
              this.cancelPendingCommit =
                null,
            this.callbackPriority = 0,
            this.expirationTimes = He(-1),
            this.entangledLanes =
              this.shellSuspendCounter =
              this.errorRecoveryDisabledLanes =
              this.expiredLanes =
              this.warmLanes =
              this.pingedLanes =
              this.suspendedLanes =
              this.pendingLanes =
                0,
            this.entanglements = He(0),
            this.hiddenUpdates = He(null),
            this.identifierPrefix = r,
            this.onUncaughtError = i,
            this.onCaughtError = a,
            this.onRecoverableError = o,
            this.pooledCache = null,
            this.pooledCacheLanes = 0,
            this.formState = c,
            this.transitionTypes = null,
            this.incompleteTransitions = new Map(),
            this.passiveEffectDuration = this.effectDuration = -0,
            this.memoizedUpdaters = new Set(),
            e = this.pendingUpdatersLaneMap = [],
            t = 0;
          31 > t;
          t++
        )
          e.push(new Set());
        this._debugRootType = n ? `hydrateRoot()` : `createRoot()`;
      }
      function Kp(e, t, n, r, i, a, o, s, c, l, u, d) {
        return (
          (e = new Gp(e, t, n, o, c, l, u, d, s)),
          (t = Bv),
          !0 === a && (t |= Vv | Hv),
          (t |= G),
          (a = m(3, null, null, t)),
          (e.current = a),
          (a.stateNode = e),
          (t = vi()),
          yi(t),
          (e.pooledCache = t),
          yi(t),
          (a.memoizedState = { element: r, isDehydrated: n, cache: t }),
          ma(a),
          e
        );
      }
      function qp(e) {
        return e ? ((e = Lv), e) : Lv;
      }
      function Jp(e, t, n, r, i, a) {
        if (Ah && typeof Ah.onScheduleFiberRoot == `function`)
          try {
            Ah.onScheduleFiberRoot(kh, r, n);
          } catch (e) {
            jh || ((jh = !0), console.error(`React instrumentation encountered an error: %o`, e));
          }
        (i = qp(i)),
          r.context === null ? (r.context = i) : (r.pendingContext = i),
          mh &&
            ph !== null &&
            !aE &&
            ((aE = !0),
            console.error(
              `Render methods should be a pure function of props and state; triggering nested component updates from render is not allowed. If necessary, trigger nested updates in componentDidUpdate.

Check the render method of %s.`,
              A(ph) || `Unknown`,
            )),
          (r = ga(t)),
          (r.payload = { element: n }),
          (a = a === void 0 ? null : a),
          a !== null &&
            (typeof a != `function` &&
              console.error(
                'Expected the last optional `callback` argument to be a function. Instead received: %s.',
                a,
              ),
            (r.callback = a)),
          (n = _a(e, r, t)),
          n !== null && (Ci(t, `root.render()`, null), eu(n, e, t), va(n, e, t));
      }
      function Yp(e, t) {
        if (((e = e.memoizedState), e !== null && e.dehydrated !== null)) {
          var n = e.retryLane;
          e.retryLane = n !== 0 && n < t ? n : t;
        }
      }
      function Xp(e, t) {
        Yp(e, t), (e = e.alternate) && Yp(e, t);
      }
      function Zp(e) {
        if (e.tag === 13 || e.tag === 31) {
          var t = Tr(e, 67108864);
          t !== null && eu(t, e, 67108864), Xp(e, 67108864);
        }
      }
      function Qp(e) {
        if (e.tag === 13 || e.tag === 31) {
          var t = Zl(e);
          t = Je(t);
          var n = Tr(e, t);
          n !== null && eu(n, e, t), Xp(e, t);
        }
      }
      function $p() {
        return ph;
      }
      function em(e, t, n, r) {
        var i = V.T;
        V.T = null;
        var a = Km.p;
        try {
          (Km.p = zh), nm(e, t, n, r);
        } finally {
          (Km.p = a), (V.T = i);
        }
      }
      function tm(e, t, n, r) {
        var i = V.T;
        V.T = null;
        var a = Km.p;
        try {
          (Km.p = Bh), nm(e, t, n, r);
        } finally {
          (Km.p = a), (V.T = i);
        }
      }
      function nm(e, t, n, r) {
        if (gE) {
          var i = rm(r);
          if (i === null) hd(e, t, r, _E, n), om(e, r);
          else if (cm(i, e, t, n, r)) r.stopPropagation();
          else if ((om(e, r), t & 4 && -1 < TE.indexOf(e))) {
            for (; i !== null; ) {
              var a = rt(i);
              if (a !== null)
                switch (a.tag) {
                  case 3:
                    if (((a = a.stateNode), a.current.memoizedState.isDehydrated)) {
                      var o = Ie(a.pendingLanes);
                      if (o !== 0) {
                        var s = a;
                        for (s.pendingLanes |= 2, s.entangledLanes |= 2; o; ) {
                          var c = 1 << (31 - Nh(o));
                          (s.entanglements[1] |= c), (o &= ~c);
                        }
                        Qu(a), (fC & (rC | iC)) === nC && ((HC = bh() + UC), $u(0, !1));
                      }
                    }
                    break;
                  case 31:
                  case 13:
                    (s = Tr(a, 2)), s !== null && eu(s, a, 2), au(), Xp(a, 2);
                }
              if (((a = rm(r)), a === null && hd(e, t, r, _E, n), a === i)) break;
              i = a;
            }
            i !== null && r.stopPropagation();
          } else hd(e, t, r, null, n);
        }
      }
      function rm(e) {
        return ((e = gn(e)), im(e));
      }
      function im(e) {
        if (((_E = null), (e = tt(e)), e !== null)) {
          var t = y(e);
          if (t === null) e = null;
          else {
            var n = t.tag;
            if (n === 13) {
              if (((e = b(t)), e !== null)) return e;
              e = null;
            } else if (n === 31) {
              if (((e = x(t)), e !== null)) return e;
              e = null;
            } else if (n === 3) {
              if (t.stateNode.current.memoizedState.isDehydrated)
                return t.tag === 3 ? t.stateNode.containerInfo : null;
              e = null;
            } else t !== e && (e = null);
          }
        }
        return ((_E = e), null);
      }
      function am(e) {
        switch (e) {
          case `beforetoggle`:
          case `cancel`:
          case `click`:
          case `close`:
          case `contextmenu`:
          case `copy`:
          case `cut`:
          case `auxclick`:
          case `dblclick`:
          case `dragend`:
          case `dragstart`:
          case `drop`:
          case `focusin`:
          case `focusout`:
          case `input`:
          case `invalid`:
          case `keydown`:
          case `keypress`:
          case `keyup`:
          case `mousedown`:
          case `mouseup`:
          case `paste`:
          case `pause`:
          case `play`:
          case `pointercancel`:
          case `pointerdown`:
          case `pointerup`:
          case `ratechange`:
          case `reset`:
          case `seeked`:
          case `submit`:
          case `toggle`:
          case `touchcancel`:
          case `touchend`:
          case `touchstart`:
          case `volumechange`:
          case `change`:
          case `selectionchange`:
          case `textInput`:
          case `compositionstart`:
          case `compositionend`:
          case `compositionupdate`:
          case `beforeblur`:
          case `afterblur`:
          case `beforeinput`:
          case `blur`:
          case `fullscreenchange`:
          case `fullscreenerror`:
          case `focus`:
          case `hashchange`:
          case `popstate`:
          case `select`:
          case `selectstart`:
            return zh;
          case `drag`:
          case `dragenter`:
          case `dragexit`:
          case `dragleave`:
          case `dragover`:
          case `mousemove`:
          case `mouseout`:
          case `mouseover`:
          case `pointermove`:
          case `pointerout`:
          case `pointerover`:
          case `resize`:
          case `scroll`:
          case `touchmove`:
          case `wheel`:
          case `mouseenter`:
          case `mouseleave`:
          case `pointerenter`:
          case `pointerleave`:
            return Bh;
          case `message`:
            switch (xh()) {
              case Sh:
                return zh;
              case Ch:
                return Bh;
              case wh:
              case Th:
                return Vh;
              case Eh:
                return Hh;
              default:
                return Vh;
            }
          default:
            return Vh;
        }
      }
      function om(e, t) {
        switch (e) {
          case `focusin`:
          case `focusout`:
            yE = null;
            break;
          case `dragenter`:
          case `dragleave`:
            bE = null;
            break;
          case `mouseover`:
          case `mouseout`:
            xE = null;
            break;
          case `pointerover`:
          case `pointerout`:
            SE.delete(t.pointerId);
            break;
          case `gotpointercapture`:
          case `lostpointercapture`:
            CE.delete(t.pointerId);
        }
      }
      function sm(e, t, n, r, i, a) {
        return e === null || e.nativeEvent !== a
          ? ((e = {
              blockedOn: t,
              domEventName: n,
              eventSystemFlags: r,
              nativeEvent: a,
              targetContainers: [i],
            }),
            t !== null && ((t = rt(t)), t !== null && Zp(t)),
            e)
          : ((e.eventSystemFlags |= r),
            (t = e.targetContainers),
            i !== null && t.indexOf(i) === -1 && t.push(i),
            e);
      }
      function cm(e, t, n, r, i) {
        switch (t) {
          case `focusin`:
            return ((yE = sm(yE, e, t, n, r, i)), !0);
          case `dragenter`:
            return ((bE = sm(bE, e, t, n, r, i)), !0);
          case `mouseover`:
            return ((xE = sm(xE, e, t, n, r, i)), !0);
          case `pointerover`:
            var a = i.pointerId;
            return (SE.set(a, sm(SE.get(a) || null, e, t, n, r, i)), !0);
          case `gotpointercapture`:
            return ((a = i.pointerId), CE.set(a, sm(CE.get(a) || null, e, t, n, r, i)), !0);
        }
        return !1;
      }
      function lm(e) {
        var t = tt(e.target);
        if (t !== null) {
          var n = y(t);
          if (n !== null) {
            if (((t = n.tag), t === 13)) {
              if (((t = b(n)), t !== null)) {
                (e.blockedOn = t),
                  $e(e.priority, () => {
                    Qp(n);
                  });
                return;
              }
            } else if (t === 31) {
              if (((t = x(n)), t !== null)) {
                (e.blockedOn = t),
                  $e(e.priority, () => {
                    Qp(n);
                  });
                return;
              }
            } else if (t === 3 && n.stateNode.current.memoizedState.isDehydrated) {
              e.blockedOn = n.tag === 3 ? n.stateNode.containerInfo : null;
              return;
            }
          }
        }
        e.blockedOn = null;
      }
      function um(e) {
        if (e.blockedOn !== null) return !1;
        for (var t = e.targetContainers; 0 < t.length; ) {
          var n = rm(e.nativeEvent);
          if (n === null) {
            n = e.nativeEvent;
            var r = new n.constructor(n.type, n),
              i = r;
            Xg !== null &&
              console.error(
                `Expected currently replaying event to be null. This error is likely caused by a bug in React. Please file an issue.`,
              ),
              (Xg = i),
              n.target.dispatchEvent(r),
              Xg === null &&
                console.error(
                  `Expected currently replaying event to not be null. This error is likely caused by a bug in React. Please file an issue.`,
                ),
              (Xg = null);
          } else return ((t = rt(n)), t !== null && Zp(t), (e.blockedOn = n), !1);
          t.shift();
        }
        return !0;
      }
      function dm(e, t, n) {
        um(e) && n.delete(t);
      }
      function fm() {
        (vE = !1),
          yE !== null && um(yE) && (yE = null),
          bE !== null && um(bE) && (bE = null),
          xE !== null && um(xE) && (xE = null),
          SE.forEach(dm),
          CE.forEach(dm);
      }
      function pm(e, t) {
        e.blockedOn === t &&
          ((e.blockedOn = null),
          vE || ((vE = !0), bm.unstable_scheduleCallback(bm.unstable_NormalPriority, fm)));
      }
      function mm(e) {
        EE !== e &&
          ((EE = e),
          bm.unstable_scheduleCallback(bm.unstable_NormalPriority, () => {
            EE === e && (EE = null);
            for (var t = 0; t < e.length; t += 3) {
              var n = e[t],
                r = e[t + 1],
                i = e[t + 2];
              if (typeof r != `function`) {
                if (im(r || n) === null) continue;
                break;
              }
              var a = rt(n);
              a !== null &&
                (e.splice(t, 3),
                (t -= 3),
                (n = { pending: !0, data: i, method: n.method, action: r }),
                Object.freeze(n),
                Qo(a, n, r, i));
            }
          }));
      }
      function hm(e) {
        function t(t) {
          return pm(t, e);
        }
        yE !== null && pm(yE, e),
          bE !== null && pm(bE, e),
          xE !== null && pm(xE, e),
          SE.forEach(t),
          CE.forEach(t);
        for (var n = 0; n < wE.length; n++) {
          var r = wE[n];
          r.blockedOn === e && (r.blockedOn = null);
        }
        for (; 0 < wE.length && ((n = wE[0]), n.blockedOn === null); )
          lm(n), n.blockedOn === null && wE.shift();
        if (((n = (e.ownerDocument || e).$$reactFormReplay), n != null))
          for (r = 0; r < n.length; r += 3) {
            var i = n[r],
              a = n[r + 1],
              o = i[Gh] || null;
            if (typeof a == `function`) o || mm(n);
            else if (o) {
              var s = null;
              if (a && a.hasAttribute(`formAction`)) {
                if (((i = a), (o = a[Gh] || null))) s = o.formAction;
                else if (im(i) !== null) continue;
              } else s = o.action;
              typeof s == `function` ? (n[r + 1] = s) : (n.splice(r, 3), (r -= 3)), mm(n);
            }
          }
      }
      function gm() {
        function e(e) {
          e.canIntercept &&
            e.info === `react-transition` &&
            e.intercept({
              handler: () => new Promise((e) => (i = e)),
              focusReset: `manual`,
              scroll: `manual`,
            });
        }
        function t() {
          i !== null && (i(), (i = null)), r || setTimeout(n, 20);
        }
        function n() {
          if (!r && !navigation.transition) {
            var e = navigation.currentEntry;
            e &&
              e.url != null &&
              navigation.navigate(e.url, {
                state: e.getState(),
                info: `react-transition`,
                history: `replace`,
              });
          }
        }
        if (typeof navigation == `object`) {
          var r = !1,
            i = null;
          return (
            navigation.addEventListener(`navigate`, e),
            navigation.addEventListener(`navigatesuccess`, t),
            navigation.addEventListener(`navigateerror`, t),
            setTimeout(n, 100),
            () => {
              (r = !0),
                navigation.removeEventListener(`navigate`, e),
                navigation.removeEventListener(`navigatesuccess`, t),
                navigation.removeEventListener(`navigateerror`, t),
                i !== null && (i(), (i = null));
            }
          );
        }
      }
      function _m(e) {
        this._internalRoot = e;
      }
      function vm(e) {
        this._internalRoot = e;
      }
      function ym(e) {
        e[Kh] &&
          (e._reactRootContainer
            ? console.error(
                `You are calling ReactDOMClient.createRoot() on a container that was previously passed to ReactDOM.render(). This is not supported.`,
              )
            : console.error(
                `You are calling ReactDOMClient.createRoot() on a container that has already been passed to createRoot() before. Instead, call root.render() on the existing root instead if you want to update it.`,
              ));
      }
      typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart == `function` &&
        __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStart(Error());
      var bm = nt(),
        xm = u(),
        Sm = it(),
        Cm = null,
        wm = null,
        B = Object.assign,
        Tm = Symbol.for(`react.element`),
        Em = Symbol.for(`react.transitional.element`),
        Dm = Symbol.for(`react.portal`),
        Om = Symbol.for(`react.fragment`),
        km = Symbol.for(`react.strict_mode`),
        Am = Symbol.for(`react.profiler`),
        jm = Symbol.for(`react.consumer`),
        Mm = Symbol.for(`react.context`),
        Nm = Symbol.for(`react.forward_ref`),
        Pm = Symbol.for(`react.suspense`),
        Fm = Symbol.for(`react.suspense_list`),
        Im = Symbol.for(`react.memo`),
        Lm = Symbol.for(`react.lazy`),
        Rm = Symbol.for(`react.activity`),
        zm = Symbol.for(`react.legacy_hidden`),
        Bm = Symbol.for(`react.memo_cache_sentinel`),
        Vm = Symbol.for(`react.view_transition`),
        Hm = Symbol.for(`react.recoverable`),
        Um = Symbol.iterator,
        Wm = Symbol.for(`react.client.reference`),
        Gm = Array.isArray,
        V = xm.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
        Km = Sm.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
        qm = Object.freeze({ pending: !1, data: null, method: null, action: null }),
        Jm = [],
        Ym = [],
        Xm = -1,
        Zm = le(null),
        Qm = le(null),
        $m = le(null),
        eh = le(null),
        th = 0,
        nh,
        rh,
        ih,
        ah,
        oh,
        sh,
        ch;
      _e.__reactDisabledLog = !0;
      var lh,
        uh,
        dh = !1,
        fh = new (typeof WeakMap == `function` ? WeakMap : Map)(),
        ph = null,
        mh = !1,
        hh = Object.prototype.hasOwnProperty,
        gh = bm.unstable_scheduleCallback,
        _h = bm.unstable_cancelCallback,
        vh = bm.unstable_shouldYield,
        yh = bm.unstable_requestPaint,
        bh = bm.unstable_now,
        xh = bm.unstable_getCurrentPriorityLevel,
        Sh = bm.unstable_ImmediatePriority,
        Ch = bm.unstable_UserBlockingPriority,
        wh = bm.unstable_NormalPriority,
        Th = bm.unstable_LowPriority,
        Eh = bm.unstable_IdlePriority,
        Dh = bm.log,
        Oh = bm.unstable_setDisableYieldValue,
        kh = null,
        Ah = null,
        jh = !1,
        Mh = typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u`,
        Nh = Math.clz32 ? Math.clz32 : Fe,
        Ph = Math.log,
        Fh = Math.LN2,
        Ih = 256,
        Lh = 262144,
        Rh = 4194304,
        zh = 2,
        Bh = 8,
        Vh = 32,
        Hh = 268435456,
        Uh = Math.random().toString(36).slice(2),
        Wh = `__reactFiber$` + Uh,
        Gh = `__reactProps$` + Uh,
        Kh = `__reactContainer$` + Uh,
        qh = `__reactEvents$` + Uh,
        Jh = `__reactListeners$` + Uh,
        Yh = `__reactHandles$` + Uh,
        Xh = `__reactResources$` + Uh,
        Zh = `__reactMarker$` + Uh,
        Qh = `__reactLoad$` + Uh,
        $h = new Set(),
        eg = {},
        tg = {},
        ng = { button: !0, checkbox: !0, image: !0, hidden: !0, radio: !0, reset: !0, submit: !0 },
        rg =
          /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
        ig = {},
        ag = {},
        og = !1,
        sg = /[\n"\\]/g,
        cg = !1,
        lg = !1,
        ug = !1,
        dg = !1,
        fg = !1,
        pg = !1,
        mg = [`value`, `defaultValue`],
        hg = !1,
        gg = /["'&<>\n\t]|^\s|\s$/,
        _g =
          `address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input isindex li link listing main marquee menu menuitem meta nav noembed noframes noscript object ol p param plaintext pre script section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp`.split(
            ` `,
          ),
        vg = `applet caption html table td th marquee object select template foreignObject desc title`.split(
          ` `,
        ),
        yg = vg.concat([`button`]),
        bg = `dd dt li option optgroup p rp rt`.split(` `),
        xg = {
          current: null,
          formTag: null,
          aTagInScope: null,
          buttonTagInScope: null,
          nobrTagInScope: null,
          pTagInButtonScope: null,
          listItemTagAutoclosing: null,
          dlItemTagAutoclosing: null,
          containerTagInScope: null,
          implicitRootScope: !1,
        },
        Sg = {},
        Cg = {
          animation:
            `animationDelay animationDirection animationDuration animationFillMode animationIterationCount animationName animationPlayState animationTimingFunction`.split(
              ` `,
            ),
          background:
            `backgroundAttachment backgroundClip backgroundColor backgroundImage backgroundOrigin backgroundPositionX backgroundPositionY backgroundRepeat backgroundSize`.split(
              ` `,
            ),
          backgroundPosition: [`backgroundPositionX`, `backgroundPositionY`],
          border:
            `borderBottomColor borderBottomStyle borderBottomWidth borderImageOutset borderImageRepeat borderImageSlice borderImageSource borderImageWidth borderLeftColor borderLeftStyle borderLeftWidth borderRightColor borderRightStyle borderRightWidth borderTopColor borderTopStyle borderTopWidth`.split(
              ` `,
            ),
          borderBlock:
            `borderBlockEndColor borderBlockEndStyle borderBlockEndWidth borderBlockStartColor borderBlockStartStyle borderBlockStartWidth`.split(
              ` `,
            ),
          borderBlockColor: [`borderBlockEndColor`, `borderBlockStartColor`],
          borderBlockEnd: [`borderBlockEndColor`, `borderBlockEndStyle`, `borderBlockEndWidth`],
          borderBlockStart: [`borderBlockStartColor`, `borderBlockStartStyle`, `borderBlockStartWidth`],
          borderBlockStyle: [`borderBlockEndStyle`, `borderBlockStartStyle`],
          borderBlockWidth: [`borderBlockEndWidth`, `borderBlockStartWidth`],
          borderBottom: [`borderBottomColor`, `borderBottomStyle`, `borderBottomWidth`],
          borderColor: [`borderBottomColor`, `borderLeftColor`, `borderRightColor`, `borderTopColor`],
          borderImage: [
            `borderImageOutset`,
            `borderImageRepeat`,
            `borderImageSlice`,
            `borderImageSource`,
            `borderImageWidth`,
          ],
          borderInline:
            `borderInlineEndColor borderInlineEndStyle borderInlineEndWidth borderInlineStartColor borderInlineStartStyle borderInlineStartWidth`.split(
              ` `,
            ),
          borderInlineColor: [`borderInlineEndColor`, `borderInlineStartColor`],
          borderInlineEnd: [`borderInlineEndColor`, `borderInlineEndStyle`, `borderInlineEndWidth`],
          borderInlineStart: [`borderInlineStartColor`, `borderInlineStartStyle`, `borderInlineStartWidth`],
          borderInlineStyle: [`borderInlineEndStyle`, `borderInlineStartStyle`],
          borderInlineWidth: [`borderInlineEndWidth`, `borderInlineStartWidth`],
          borderLeft: [`borderLeftColor`, `borderLeftStyle`, `borderLeftWidth`],
          borderRadius: [
            `borderBottomLeftRadius`,
            `borderBottomRightRadius`,
            `borderTopLeftRadius`,
            `borderTopRightRadius`,
          ],
          borderRight: [`borderRightColor`, `borderRightStyle`, `borderRightWidth`],
          borderStyle: [`borderBottomStyle`, `borderLeftStyle`, `borderRightStyle`, `borderTopStyle`],
          borderTop: [`borderTopColor`, `borderTopStyle`, `borderTopWidth`],
          borderWidth: [`borderBottomWidth`, `borderLeftWidth`, `borderRightWidth`, `borderTopWidth`],
          colorAdjust: [`printColorAdjust`],
          columnRule: [`columnRuleColor`, `columnRuleStyle`, `columnRuleWidth`],
          columns: [`columnCount`, `columnWidth`],
          containIntrinsicSize: [`containIntrinsicHeight`, `containIntrinsicWidth`],
          container: [`containerName`, `containerType`],
          flex: [`flexBasis`, `flexGrow`, `flexShrink`],
          flexFlow: [`flexDirection`, `flexWrap`],
          font: `fontFamily fontFeatureSettings fontKerning fontLanguageOverride fontSize fontSizeAdjust fontStretch fontStyle fontVariant fontVariantAlternates fontVariantCaps fontVariantEastAsian fontVariantLigatures fontVariantNumeric fontVariantPosition fontWeight lineHeight`.split(
            ` `,
          ),
          fontSynthesis: [
            `fontSynthesisPosition`,
            `fontSynthesisSmallCaps`,
            `fontSynthesisStyle`,
            `fontSynthesisWeight`,
          ],
          fontVariant:
            `fontVariantAlternates fontVariantCaps fontVariantEastAsian fontVariantLigatures fontVariantNumeric fontVariantPosition`.split(
              ` `,
            ),
          gap: [`columnGap`, `rowGap`],
          grid: `gridAutoColumns gridAutoFlow gridAutoRows gridTemplateAreas gridTemplateColumns gridTemplateRows`.split(
            ` `,
          ),
          gridArea: [`gridColumnEnd`, `gridColumnStart`, `gridRowEnd`, `gridRowStart`],
          gridColumn: [`gridColumnEnd`, `gridColumnStart`],
          gridColumnGap: [`columnGap`],
          gridGap: [`columnGap`, `rowGap`],
          gridRow: [`gridRowEnd`, `gridRowStart`],
          gridRowGap: [`rowGap`],
          gridTemplate: [`gridTemplateAreas`, `gridTemplateColumns`, `gridTemplateRows`],
          inset: [`bottom`, `left`, `right`, `top`],
          insetBlock: [`insetBlockEnd`, `insetBlockStart`],
          insetInline: [`insetInlineEnd`, `insetInlineStart`],
          listStyle: [`listStyleImage`, `listStylePosition`, `listStyleType`],
          margin: [`marginBottom`, `marginLeft`, `marginRight`, `marginTop`],
          marginBlock: [`marginBlockEnd`, `marginBlockStart`],
          marginInline: [`marginInlineEnd`, `marginInlineStart`],
          marker: [`markerEnd`, `markerMid`, `markerStart`],
          mask: `maskClip maskComposite maskImage maskMode maskOrigin maskPositionX maskPositionY maskRepeat maskSize`.split(
            ` `,
          ),
          maskPosition: [`maskPositionX`, `maskPositionY`],
          offset: [`offsetAnchor`, `offsetDistance`, `offsetPath`, `offsetPosition`, `offsetRotate`],
          outline: [`outlineColor`, `outlineStyle`, `outlineWidth`],
          overflow: [`overflowX`, `overflowY`],
          overscrollBehavior: [`overscrollBehaviorX`, `overscrollBehaviorY`],
          padding: [`paddingBottom`, `paddingLeft`, `paddingRight`, `paddingTop`],
          paddingBlock: [`paddingBlockEnd`, `paddingBlockStart`],
          paddingInline: [`paddingInlineEnd`, `paddingInlineStart`],
          pageBreakAfter: [`breakAfter`],
          pageBreakBefore: [`breakBefore`],
          pageBreakInside: [`breakInside`],
          placeContent: [`alignContent`, `justifyContent`],
          placeItems: [`alignItems`, `justifyItems`],
          placeSelf: [`alignSelf`, `justifySelf`],
          scrollMargin: [`scrollMarginBottom`, `scrollMarginLeft`, `scrollMarginRight`, `scrollMarginTop`],
          scrollMarginBlock: [`scrollMarginBlockEnd`, `scrollMarginBlockStart`],
          scrollMarginInline: [`scrollMarginInlineEnd`, `scrollMarginInlineStart`],
          scrollPadding: [
            `scrollPaddingBottom`,
            `scrollPaddingLeft`,
            `scrollPaddingRight`,
            `scrollPaddingTop`,
          ],
          scrollPaddingBlock: [`scrollPaddingBlockEnd`, `scrollPaddingBlockStart`],
          scrollPaddingInline: [`scrollPaddingInlineEnd`, `scrollPaddingInlineStart`],
          textDecoration: [
            `textDecorationColor`,
            `textDecorationLine`,
            `textDecorationStyle`,
            `textDecorationThickness`,
          ],
          textEmphasis: [`textEmphasisColor`, `textEmphasisStyle`],
          textWrap: [`textWrapMode`, `textWrapStyle`],
          transition: [
            `transitionBehavior`,
            `transitionDelay`,
            `transitionDuration`,
            `transitionProperty`,
            `transitionTimingFunction`,
          ],
          verticalAlign: [`alignmentBaseline`, `baselineShift`, `baselineSource`],
          whiteSpace: [`textWrapMode`, `whiteSpaceCollapse`],
          wordWrap: [`overflowWrap`],
        },
        wg = /([A-Z])/g,
        Tg = /^ms-/,
        Eg = /^(?:webkit|moz|o)[A-Z]/,
        Dg = /^-ms-/,
        Og = /-(.)/g,
        kg = /;\s*$/,
        Ag = {},
        jg = {},
        Mg = !1,
        Ng = !1,
        Pg = new Set(
          `animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp`.split(
            ` `,
          ),
        ),
        Fg = `http://www.w3.org/1998/Math/MathML`,
        Ig = `http://www.w3.org/2000/svg`,
        Lg = new Map([
          [`acceptCharset`, `accept-charset`],
          [`htmlFor`, `for`],
          [`httpEquiv`, `http-equiv`],
          [`crossOrigin`, `crossorigin`],
          [`accentHeight`, `accent-height`],
          [`alignmentBaseline`, `alignment-baseline`],
          [`arabicForm`, `arabic-form`],
          [`baselineShift`, `baseline-shift`],
          [`capHeight`, `cap-height`],
          [`clipPath`, `clip-path`],
          [`clipRule`, `clip-rule`],
          [`colorInterpolation`, `color-interpolation`],
          [`colorInterpolationFilters`, `color-interpolation-filters`],
          [`colorProfile`, `color-profile`],
          [`colorRendering`, `color-rendering`],
          [`dominantBaseline`, `dominant-baseline`],
          [`enableBackground`, `enable-background`],
          [`fillOpacity`, `fill-opacity`],
          [`fillRule`, `fill-rule`],
          [`floodColor`, `flood-color`],
          [`floodOpacity`, `flood-opacity`],
          [`fontFamily`, `font-family`],
          [`fontSize`, `font-size`],
          [`fontSizeAdjust`, `font-size-adjust`],
          [`fontStretch`, `font-stretch`],
          [`fontStyle`, `font-style`],
          [`fontVariant`, `font-variant`],
          [`fontWeight`, `font-weight`],
          [`glyphName`, `glyph-name`],
          [`glyphOrientationHorizontal`, `glyph-orientation-horizontal`],
          [`glyphOrientationVertical`, `glyph-orientation-vertical`],
          [`horizAdvX`, `horiz-adv-x`],
          [`horizOriginX`, `horiz-origin-x`],
          [`imageRendering`, `image-rendering`],
          [`letterSpacing`, `letter-spacing`],
          [`lightingColor`, `lighting-color`],
          [`markerEnd`, `marker-end`],
          [`markerMid`, `marker-mid`],
          [`markerStart`, `marker-start`],
          [`maskType`, `mask-type`],
          [`overlinePosition`, `overline-position`],
          [`overlineThickness`, `overline-thickness`],
          [`paintOrder`, `paint-order`],
          [`panose-1`, `panose-1`],
          [`pointerEvents`, `pointer-events`],
          [`renderingIntent`, `rendering-intent`],
          [`shapeRendering`, `shape-rendering`],
          [`stopColor`, `stop-color`],
          [`stopOpacity`, `stop-opacity`],
          [`strikethroughPosition`, `strikethrough-position`],
          [`strikethroughThickness`, `strikethrough-thickness`],
          [`strokeDasharray`, `stroke-dasharray`],
          [`strokeDashoffset`, `stroke-dashoffset`],
          [`strokeLinecap`, `stroke-linecap`],
          [`strokeLinejoin`, `stroke-linejoin`],
          [`strokeMiterlimit`, `stroke-miterlimit`],
          [`strokeOpacity`, `stroke-opacity`],
          [`strokeWidth`, `stroke-width`],
          [`textAnchor`, `text-anchor`],
          [`textDecoration`, `text-decoration`],
          [`textRendering`, `text-rendering`],
          [`transformOrigin`, `transform-origin`],
          [`underlinePosition`, `underline-position`],
          [`underlineThickness`, `underline-thickness`],
          [`unicodeBidi`, `unicode-bidi`],
          [`unicodeRange`, `unicode-range`],
          [`unitsPerEm`, `units-per-em`],
          [`vAlphabetic`, `v-alphabetic`],
          [`vHanging`, `v-hanging`],
          [`vIdeographic`, `v-ideographic`],
          [`vMathematical`, `v-mathematical`],
          [`vectorEffect`, `vector-effect`],
          [`vertAdvY`, `vert-adv-y`],
          [`vertOriginX`, `vert-origin-x`],
          [`vertOriginY`, `vert-origin-y`],
          [`wordSpacing`, `word-spacing`],
          [`writingMode`, `writing-mode`],
          [`xmlnsXlink`, `xmlns:xlink`],
          [`xHeight`, `x-height`],
        ]),
        Rg = {
          accept: `accept`,
          acceptcharset: `acceptCharset`,
          'accept-charset': `acceptCharset`,
          accesskey: `accessKey`,
          action: `action`,
          allowfullscreen: `allowFullScreen`,
          alt: `alt`,
          as: `as`,
          async: `async`,
          autocapitalize: `autoCapitalize`,
          autocomplete: `autoComplete`,
          autocorrect: `autoCorrect`,
          autofocus: `autoFocus`,
          autoplay: `autoPlay`,
          autosave: `autoSave`,
          capture: `capture`,
          cellpadding: `cellPadding`,
          cellspacing: `cellSpacing`,
          challenge: `challenge`,
          charset: `charSet`,
          checked: `checked`,
          children: `children`,
          cite: `cite`,
          class: `className`,
          classid: `classID`,
          classname: `className`,
          cols: `cols`,
          colspan: `colSpan`,
          content: `content`,
          contenteditable: `contentEditable`,
          contextmenu: `contextMenu`,
          controls: `controls`,
          controlslist: `controlsList`,
          coords: `coords`,
          credentialless: `credentialless`,
          crossorigin: `crossOrigin`,
          dangerouslysetinnerhtml: `dangerouslySetInnerHTML`,
          data: `data`,
          datetime: `dateTime`,
          default: `default`,
          defaultchecked: `defaultChecked`,
          defaultvalue: `defaultValue`,
          defer: `defer`,
          dir: `dir`,
          disabled: `disabled`,
          disablepictureinpicture: `disablePictureInPicture`,
          disableremoteplayback: `disableRemotePlayback`,
          download: `download`,
          draggable: `draggable`,
          enctype: `encType`,
          enterkeyhint: `enterKeyHint`,
          fetchpriority: `fetchPriority`,
          for: `htmlFor`,
          form: `form`,
          formmethod: `formMethod`,
          formaction: `formAction`,
          formenctype: `formEncType`,
          formnovalidate: `formNoValidate`,
          formtarget: `formTarget`,
          frameborder: `frameBorder`,
          headers: `headers`,
          height: `height`,
          hidden: `hidden`,
          high: `high`,
          href: `href`,
          hreflang: `hrefLang`,
          htmlfor: `htmlFor`,
          httpequiv: `httpEquiv`,
          'http-equiv': `httpEquiv`,
          icon: `icon`,
          id: `id`,
          imagesizes: `imageSizes`,
          imagesrcset: `imageSrcSet`,
          inert: `inert`,
          innerhtml: `innerHTML`,
          inputmode: `inputMode`,
          integrity: `integrity`,
          is: `is`,
          itemid: `itemID`,
          itemprop: `itemProp`,
          itemref: `itemRef`,
          itemscope: `itemScope`,
          itemtype: `itemType`,
          keyparams: `keyParams`,
          keytype: `keyType`,
          kind: `kind`,
          label: `label`,
          lang: `lang`,
          list: `list`,
          loop: `loop`,
          low: `low`,
          manifest: `manifest`,
          marginwidth: `marginWidth`,
          marginheight: `marginHeight`,
          max: `max`,
          maxlength: `maxLength`,
          media: `media`,
          mediagroup: `mediaGroup`,
          method: `method`,
          min: `min`,
          minlength: `minLength`,
          multiple: `multiple`,
          muted: `muted`,
          name: `name`,
          nomodule: `noModule`,
          nonce: `nonce`,
          novalidate: `noValidate`,
          open: `open`,
          optimum: `optimum`,
          pattern: `pattern`,
          placeholder: `placeholder`,
          playsinline: `playsInline`,
          poster: `poster`,
          preload: `preload`,
          profile: `profile`,
          radiogroup: `radioGroup`,
          readonly: `readOnly`,
          referrerpolicy: `referrerPolicy`,
          rel: `rel`,
          required: `required`,
          reversed: `reversed`,
          role: `role`,
          rows: `rows`,
          rowspan: `rowSpan`,
          sandbox: `sandbox`,
          scope: `scope`,
          scoped: `scoped`,
          scrolling: `scrolling`,
          seamless: `seamless`,
          selected: `selected`,
          shape: `shape`,
          size: `size`,
          sizes: `sizes`,
          span: `span`,
          spellcheck: `spellCheck`,
          src: `src`,
          srcdoc: `srcDoc`,
          srclang: `srcLang`,
          srcset: `srcSet`,
          start: `start`,
          step: `step`,
          style: `style`,
          summary: `summary`,
          tabindex: `tabIndex`,
          target: `target`,
          title: `title`,
          type: `type`,
          usemap: `useMap`,
          value: `value`,
          width: `width`,
          wmode: `wmode`,
          wrap: `wrap`,
          about: `about`,
          accentheight: `accentHeight`,
          'accent-height': `accentHeight`,
          accumulate: `accumulate`,
          additive: `additive`,
          alignmentbaseline: `alignmentBaseline`,
          'alignment-baseline': `alignmentBaseline`,
          allowreorder: `allowReorder`,
          alphabetic: `alphabetic`,
          amplitude: `amplitude`,
          arabicform: `arabicForm`,
          'arabic-form': `arabicForm`,
          ascent: `ascent`,
          attributename: `attributeName`,
          attributetype: `attributeType`,
          autoreverse: `autoReverse`,
          azimuth: `azimuth`,
          basefrequency: `baseFrequency`,
          baselineshift: `baselineShift`,
          'baseline-shift': `baselineShift`,
          baseprofile: `baseProfile`,
          bbox: `bbox`,
          begin: `begin`,
          bias: `bias`,
          by: `by`,
          calcmode: `calcMode`,
          capheight: `capHeight`,
          'cap-height': `capHeight`,
          clip: `clip`,
          clippath: `clipPath`,
          'clip-path': `clipPath`,
          clippathunits: `clipPathUnits`,
          cliprule: `clipRule`,
          'clip-rule': `clipRule`,
          color: `color`,
          colorinterpolation: `colorInterpolation`,
          'color-interpolation': `colorInterpolation`,
          colorinterpolationfilters: `colorInterpolationFilters`,
          'color-interpolation-filters': `colorInterpolationFilters`,
          colorprofile: `colorProfile`,
          'color-profile': `colorProfile`,
          colorrendering: `colorRendering`,
          'color-rendering': `colorRendering`,
          contentscripttype: `contentScriptType`,
          contentstyletype: `contentStyleType`,
          cursor: `cursor`,
          cx: `cx`,
          cy: `cy`,
          d: `d`,
          datatype: `datatype`,
          decelerate: `decelerate`,
          descent: `descent`,
          diffuseconstant: `diffuseConstant`,
          direction: `direction`,
          display: `display`,
          divisor: `divisor`,
          dominantbaseline: `dominantBaseline`,
          'dominant-baseline': `dominantBaseline`,
          dur: `dur`,
          dx: `dx`,
          dy: `dy`,
          edgemode: `edgeMode`,
          elevation: `elevation`,
          enablebackground: `enableBackground`,
          'enable-background': `enableBackground`,
          end: `end`,
          exponent: `exponent`,
          externalresourcesrequired: `externalResourcesRequired`,
          fill: `fill`,
          fillopacity: `fillOpacity`,
          'fill-opacity': `fillOpacity`,
          fillrule: `fillRule`,
          'fill-rule': `fillRule`,
          filter: `filter`,
          filterres: `filterRes`,
          filterunits: `filterUnits`,
          floodopacity: `floodOpacity`,
          'flood-opacity': `floodOpacity`,
          floodcolor: `floodColor`,
          'flood-color': `floodColor`,
          focusable: `focusable`,
          fontfamily: `fontFamily`,
          'font-family': `fontFamily`,
          fontsize: `fontSize`,
          'font-size': `fontSize`,
          fontsizeadjust: `fontSizeAdjust`,
          'font-size-adjust': `fontSizeAdjust`,
          fontstretch: `fontStretch`,
          'font-stretch': `fontStretch`,
          fontstyle: `fontStyle`,
          'font-style': `fontStyle`,
          fontvariant: `fontVariant`,
          'font-variant': `fontVariant`,
          fontweight: `fontWeight`,
          'font-weight': `fontWeight`,
          format: `format`,
          from: `from`,
          fx: `fx`,
          fy: `fy`,
          g1: `g1`,
          g2: `g2`,
          glyphname: `glyphName`,
          'glyph-name': `glyphName`,
          glyphorientationhorizontal: `glyphOrientationHorizontal`,
          'glyph-orientation-horizontal': `glyphOrientationHorizontal`,
          glyphorientationvertical: `glyphOrientationVertical`,
          'glyph-orientation-vertical': `glyphOrientationVertical`,
          glyphref: `glyphRef`,
          gradienttransform: `gradientTransform`,
          gradientunits: `gradientUnits`,
          hanging: `hanging`,
          horizadvx: `horizAdvX`,
          'horiz-adv-x': `horizAdvX`,
          horizoriginx: `horizOriginX`,
          'horiz-origin-x': `horizOriginX`,
          ideographic: `ideographic`,
          imagerendering: `imageRendering`,
          'image-rendering': `imageRendering`,
          in2: `in2`,
          in: `in`,
          inlist: `inlist`,
          intercept: `intercept`,
          k1: `k1`,
          k2: `k2`,
          k3: `k3`,
          k4: `k4`,
          k: `k`,
          kernelmatrix: `kernelMatrix`,
          kernelunitlength: `kernelUnitLength`,
          kerning: `kerning`,
          keypoints: `keyPoints`,
          keysplines: `keySplines`,
          keytimes: `keyTimes`,
          lengthadjust: `lengthAdjust`,
          letterspacing: `letterSpacing`,
          'letter-spacing': `letterSpacing`,
          lightingcolor: `lightingColor`,
          'lighting-color': `lightingColor`,
          limitingconeangle: `limitingConeAngle`,
          local: `local`,
          markerend: `markerEnd`,
          'marker-end': `markerEnd`,
          markerheight: `markerHeight`,
          markermid: `markerMid`,
          'marker-mid': `markerMid`,
          markerstart: `markerStart`,
          'marker-start': `markerStart`,
          markerunits: `markerUnits`,
          markerwidth: `markerWidth`,
          mask: `mask`,
          maskcontentunits: `maskContentUnits`,
          masktype: `maskType`,
          maskunits: `maskUnits`,
          mathematical: `mathematical`,
          mode: `mode`,
          numoctaves: `numOctaves`,
          offset: `offset`,
          opacity: `opacity`,
          operator: `operator`,
          order: `order`,
          orient: `orient`,
          orientation: `orientation`,
          origin: `origin`,
          overflow: `overflow`,
          overlineposition: `overlinePosition`,
          'overline-position': `overlinePosition`,
          overlinethickness: `overlineThickness`,
          'overline-thickness': `overlineThickness`,
          paintorder: `paintOrder`,
          'paint-order': `paintOrder`,
          panose1: `panose1`,
          'panose-1': `panose1`,
          pathlength: `pathLength`,
          patterncontentunits: `patternContentUnits`,
          patterntransform: `patternTransform`,
          patternunits: `patternUnits`,
          pointerevents: `pointerEvents`,
          'pointer-events': `pointerEvents`,
          points: `points`,
          pointsatx: `pointsAtX`,
          pointsaty: `pointsAtY`,
          pointsatz: `pointsAtZ`,
          popover: `popover`,
          popovertarget: `popoverTarget`,
          popovertargetaction: `popoverTargetAction`,
          prefix: `prefix`,
          preservealpha: `preserveAlpha`,
          preserveaspectratio: `preserveAspectRatio`,
          primitiveunits: `primitiveUnits`,
          property: `property`,
          r: `r`,
          radius: `radius`,
          refx: `refX`,
          refy: `refY`,
          renderingintent: `renderingIntent`,
          'rendering-intent': `renderingIntent`,
          repeatcount: `repeatCount`,
          repeatdur: `repeatDur`,
          requiredextensions: `requiredExtensions`,
          requiredfeatures: `requiredFeatures`,
          resource: `resource`,
          restart: `restart`,
          result: `result`,
          results: `results`,
          rotate: `rotate`,
          rx: `rx`,
          ry: `ry`,
          scale: `scale`,
          security: `security`,
          seed: `seed`,
          shaperendering: `shapeRendering`,
          'shape-rendering': `shapeRendering`,
          slope: `slope`,
          spacing: `spacing`,
          specularconstant: `specularConstant`,
          specularexponent: `specularExponent`,
          speed: `speed`,
          spreadmethod: `spreadMethod`,
          startoffset: `startOffset`,
          stddeviation: `stdDeviation`,
          stemh: `stemh`,
          stemv: `stemv`,
          stitchtiles: `stitchTiles`,
          stopcolor: `stopColor`,
          'stop-color': `stopColor`,
          stopopacity: `stopOpacity`,
          'stop-opacity': `stopOpacity`,
          strikethroughposition: `strikethroughPosition`,
          'strikethrough-position': `strikethroughPosition`,
          strikethroughthickness: `strikethroughThickness`,
          'strikethrough-thickness': `strikethroughThickness`,
          string: `string`,
          stroke: `stroke`,
          strokedasharray: `strokeDasharray`,
          'stroke-dasharray': `strokeDasharray`,
          strokedashoffset: `strokeDashoffset`,
          'stroke-dashoffset': `strokeDashoffset`,
          strokelinecap: `strokeLinecap`,
          'stroke-linecap': `strokeLinecap`,
          strokelinejoin: `strokeLinejoin`,
          'stroke-linejoin': `strokeLinejoin`,
          strokemiterlimit: `strokeMiterlimit`,
          'stroke-miterlimit': `strokeMiterlimit`,
          strokewidth: `strokeWidth`,
          'stroke-width': `strokeWidth`,
          strokeopacity: `strokeOpacity`,
          'stroke-opacity': `strokeOpacity`,
          suppresscontenteditablewarning: `suppressContentEditableWarning`,
          suppresshydrationwarning: `suppressHydrationWarning`,
          surfacescale: `surfaceScale`,
          systemlanguage: `systemLanguage`,
          tablevalues: `tableValues`,
          targetx: `targetX`,
          targety: `targetY`,
          textanchor: `textAnchor`,
          'text-anchor': `textAnchor`,
          textdecoration: `textDecoration`,
          'text-decoration': `textDecoration`,
          textlength: `textLength`,
          textrendering: `textRendering`,
          'text-rendering': `textRendering`,
          to: `to`,
          transform: `transform`,
          transformorigin: `transformOrigin`,
          'transform-origin': `transformOrigin`,
          typeof: `typeof`,
          u1: `u1`,
          u2: `u2`,
          underlineposition: `underlinePosition`,
          'underline-position': `underlinePosition`,
          underlinethickness: `underlineThickness`,
          'underline-thickness': `underlineThickness`,
          unicode: `unicode`,
          unicodebidi: `unicodeBidi`,
          'unicode-bidi': `unicodeBidi`,
          unicoderange: `unicodeRange`,
          'unicode-range': `unicodeRange`,
          unitsperem: `unitsPerEm`,
          'units-per-em': `unitsPerEm`,
          unselectable: `unselectable`,
          valphabetic: `vAlphabetic`,
          'v-alphabetic': `vAlphabetic`,
          values: `values`,
          vectoreffect: `vectorEffect`,
          'vector-effect': `vectorEffect`,
          version: `version`,
          vertadvy: `vertAdvY`,
          'vert-adv-y': `vertAdvY`,
          vertoriginx: `vertOriginX`,
          'vert-origin-x': `vertOriginX`,
          vertoriginy: `vertOriginY`,
          'vert-origin-y': `vertOriginY`,
          vhanging: `vHanging`,
          'v-hanging': `vHanging`,
          videographic: `vIdeographic`,
          'v-ideographic': `vIdeographic`,
          viewbox: `viewBox`,
          viewtarget: `viewTarget`,
          visibility: `visibility`,
          vmathematical: `vMathematical`,
          'v-mathematical': `vMathematical`,
          vocab: `vocab`,
          widths: `widths`,
          wordspacing: `wordSpacing`,
          'word-spacing': `wordSpacing`,
          writingmode: `writingMode`,
          'writing-mode': `writingMode`,
          x1: `x1`,
          x2: `x2`,
          x: `x`,
          xchannelselector: `xChannelSelector`,
          xheight: `xHeight`,
          'x-height': `xHeight`,
          xlinkactuate: `xlinkActuate`,
          'xlink:actuate': `xlinkActuate`,
          xlinkarcrole: `xlinkArcrole`,
          'xlink:arcrole': `xlinkArcrole`,
          xlinkhref: `xlinkHref`,
          'xlink:href': `xlinkHref`,
          xlinkrole: `xlinkRole`,
          'xlink:role': `xlinkRole`,
          xlinkshow: `xlinkShow`,
          'xlink:show': `xlinkShow`,
          xlinktitle: `xlinkTitle`,
          'xlink:title': `xlinkTitle`,
          xlinktype: `xlinkType`,
          'xlink:type': `xlinkType`,
          xmlbase: `xmlBase`,
          'xml:base': `xmlBase`,
          xmllang: `xmlLang`,
          'xml:lang': `xmlLang`,
          xmlns: `xmlns`,
          'xml:space': `xmlSpace`,
          xmlnsxlink: `xmlnsXlink`,
          'xmlns:xlink': `xmlnsXlink`,
          xmlspace: `xmlSpace`,
          y1: `y1`,
          y2: `y2`,
          y: `y`,
          ychannelselector: `yChannelSelector`,
          z: `z`,
          zoomandpan: `zoomAndPan`,
        },
        zg = {
          'aria-current': 0,
          'aria-description': 0,
          'aria-details': 0,
          'aria-disabled': 0,
          'aria-hidden': 0,
          'aria-invalid': 0,
          'aria-keyshortcuts': 0,
          'aria-label': 0,
          'aria-roledescription': 0,
          'aria-autocomplete': 0,
          'aria-checked': 0,
          'aria-expanded': 0,
          'aria-haspopup': 0,
          'aria-level': 0,
          'aria-modal': 0,
          'aria-multiline': 0,
          'aria-multiselectable': 0,
          'aria-orientation': 0,
          'aria-placeholder': 0,
          'aria-pressed': 0,
          'aria-readonly': 0,
          'aria-required': 0,
          'aria-selected': 0,
          'aria-sort': 0,
          'aria-valuemax': 0,
          'aria-valuemin': 0,
          'aria-valuenow': 0,
          'aria-valuetext': 0,
          'aria-atomic': 0,
          'aria-busy': 0,
          'aria-live': 0,
          'aria-relevant': 0,
          'aria-dropeffect': 0,
          'aria-grabbed': 0,
          'aria-activedescendant': 0,
          'aria-colcount': 0,
          'aria-colindex': 0,
          'aria-colspan': 0,
          'aria-controls': 0,
          'aria-describedby': 0,
          'aria-errormessage': 0,
          'aria-flowto': 0,
          'aria-labelledby': 0,
          'aria-owns': 0,
          'aria-posinset': 0,
          'aria-rowcount': 0,
          'aria-rowindex': 0,
          'aria-rowspan': 0,
          'aria-setsize': 0,
          'aria-braillelabel': 0,
          'aria-brailleroledescription': 0,
          'aria-colindextext': 0,
          'aria-rowindextext': 0,
        },
        Bg = {},
        Vg =
          /^(aria)-[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
        Hg =
          /^(aria)[A-Z][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
        Ug = !1,
        Wg = {},
        Gg = /^on./,
        Kg = /^on[^A-Z]/,
        qg =
          /^(aria)-[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
        Jg =
          /^(aria)[A-Z][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/,
        Yg =
          /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i,
        Xg = null,
        Zg = null,
        Qg = null,
        $g = !1,
        e_ = typeof window < `u` && window.document !== void 0 && window.document.createElement !== void 0,
        t_ = !1;
      if (e_)
        try {
          var n_ = {};
          Object.defineProperty(n_, 'passive', {
            get: () => {
              t_ = !0;
            },
          }),
            window.addEventListener(`test`, n_, n_),
            window.removeEventListener(`test`, n_, n_);
        } catch {
          t_ = !1;
        }
      var r_ = null,
        i_ = null,
        a_ = null,
        o_ = {
          eventPhase: 0,
          bubbles: 0,
          cancelable: 0,
          timeStamp: (e) => e.timeStamp || Date.now(),
          defaultPrevented: 0,
          isTrusted: 0,
        },
        s_ = wn(o_),
        c_ = B({}, o_, { view: 0, detail: 0 }),
        l_ = wn(c_),
        u_,
        d_,
        f_,
        p_ = B({}, c_, {
          screenX: 0,
          screenY: 0,
          clientX: 0,
          clientY: 0,
          pageX: 0,
          pageY: 0,
          ctrlKey: 0,
          shiftKey: 0,
          altKey: 0,
          metaKey: 0,
          getModifierState: En,
          button: 0,
          buttons: 0,
          relatedTarget: (e) =>
            e.relatedTarget === void 0
              ? e.fromElement === e.srcElement
                ? e.toElement
                : e.fromElement
              : e.relatedTarget,
          movementX: (e) =>
            `movementX` in e
              ? e.movementX
              : (e !== f_ &&
                  (f_ && e.type === `mousemove`
                    ? ((u_ = e.screenX - f_.screenX), (d_ = e.screenY - f_.screenY))
                    : (d_ = u_ = 0),
                  (f_ = e)),
                u_),
          movementY: (e) => (`movementY` in e ? e.movementY : d_),
        }),
        m_ = wn(p_),
        h_ = wn(B({}, p_, { dataTransfer: 0 })),
        g_ = wn(B({}, c_, { relatedTarget: 0 })),
        __ = wn(B({}, o_, { animationName: 0, elapsedTime: 0, pseudoElement: 0 })),
        v_ = wn(
          B({}, o_, {
            clipboardData: (e) => (`clipboardData` in e ? e.clipboardData : window.clipboardData),
          }),
        ),
        y_ = wn(B({}, o_, { data: 0 })),
        b_ = y_,
        x_ = {
          Esc: `Escape`,
          Spacebar: ` `,
          Left: `ArrowLeft`,
          Up: `ArrowUp`,
          Right: `ArrowRight`,
          Down: `ArrowDown`,
          Del: `Delete`,
          Win: `OS`,
          Menu: `ContextMenu`,
          Apps: `ContextMenu`,
          Scroll: `ScrollLock`,
          MozPrintableKey: `Unidentified`,
        },
        S_ = {
          8: `Backspace`,
          9: `Tab`,
          12: `Clear`,
          13: `Enter`,
          16: `Shift`,
          17: `Control`,
          18: `Alt`,
          19: `Pause`,
          20: `CapsLock`,
          27: `Escape`,
          32: ` `,
          33: `PageUp`,
          34: `PageDown`,
          35: `End`,
          36: `Home`,
          37: `ArrowLeft`,
          38: `ArrowUp`,
          39: `ArrowRight`,
          40: `ArrowDown`,
          45: `Insert`,
          46: `Delete`,
          112: `F1`,
          113: `F2`,
          114: `F3`,
          115: `F4`,
          116: `F5`,
          117: `F6`,
          118: `F7`,
          119: `F8`,
          120: `F9`,
          121: `F10`,
          122: `F11`,
          123: `F12`,
          144: `NumLock`,
          145: `ScrollLock`,
          224: `Meta`,
        },
        C_ = { Alt: `altKey`, Control: `ctrlKey`, Meta: `metaKey`, Shift: `shiftKey` },
        w_ = wn(
          B({}, c_, {
            key: (e) => {
              if (e.key) {
                var t = x_[e.key] || e.key;
                if (t !== `Unidentified`) return t;
              }
              return e.type === `keypress`
                ? ((e = xn(e)), e === 13 ? `Enter` : String.fromCharCode(e))
                : e.type === `keydown` || e.type === `keyup`
                  ? S_[e.keyCode] || `Unidentified`
                  : ``;
            },
            code: 0,
            location: 0,
            ctrlKey: 0,
            shiftKey: 0,
            altKey: 0,
            metaKey: 0,
            repeat: 0,
            locale: 0,
            getModifierState: En,
            charCode: (e) => (e.type === `keypress` ? xn(e) : 0),
            keyCode: (e) => (e.type === `keydown` || e.type === `keyup` ? e.keyCode : 0),
            which: (e) =>
              e.type === `keypress` ? xn(e) : e.type === `keydown` || e.type === `keyup` ? e.keyCode : 0,
          }),
        ),
        T_ = wn(
          B({}, p_, {
            pointerId: 0,
            width: 0,
            height: 0,
            pressure: 0,
            tangentialPressure: 0,
            tiltX: 0,
            tiltY: 0,
            twist: 0,
            pointerType: 0,
            isPrimary: 0,
          }),
        ),
        E_ = wn(B({}, o_, { submitter: 0 })),
        D_ = wn(
          B({}, c_, {
            touches: 0,
            targetTouches: 0,
            changedTouches: 0,
            altKey: 0,
            metaKey: 0,
            ctrlKey: 0,
            shiftKey: 0,
            getModifierState: En,
          }),
        ),
        O_ = wn(B({}, o_, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 })),
        k_ = wn(
          B({}, p_, {
            deltaX: (e) => (`deltaX` in e ? e.deltaX : `wheelDeltaX` in e ? -e.wheelDeltaX : 0),
            deltaY: (e) =>
              `deltaY` in e
                ? e.deltaY
                : `wheelDeltaY` in e
                  ? -e.wheelDeltaY
                  : `wheelDelta` in e
                    ? -e.wheelDelta
                    : 0,
            deltaZ: 0,
            deltaMode: 0,
          }),
        ),
        A_ = wn(B({}, o_, { newState: 0, oldState: 0, source: 0 })),
        j_ = [9, 13, 27, 32],
        M_ = 229,
        N_ = e_ && `CompositionEvent` in window,
        P_ = null;
      e_ && `documentMode` in document && (P_ = document.documentMode);
      var F_ = e_ && `TextEvent` in window && !P_,
        I_ = e_ && (!N_ || (P_ && 8 < P_ && 11 >= P_)),
        L_ = 32,
        R_ = String.fromCharCode(L_),
        z_ = !1,
        B_ = !1,
        V_ = {
          color: !0,
          date: !0,
          datetime: !0,
          'datetime-local': !0,
          email: !0,
          month: !0,
          number: !0,
          password: !0,
          range: !0,
          search: !0,
          tel: !0,
          text: !0,
          time: !0,
          url: !0,
          week: !0,
        },
        H_ = null,
        U_ = null,
        W_ = !1;
      e_ && (W_ = Mn(`input`) && (!document.documentMode || 9 < document.documentMode));
      var G_ = typeof Object.is == `function` ? Object.is : Un,
        K_ = e_ && `documentMode` in document && 11 >= document.documentMode,
        q_ = null,
        J_ = null,
        Y_ = null,
        X_ = !1,
        Z_ = {
          animationend: Qn(`Animation`, `AnimationEnd`),
          animationiteration: Qn(`Animation`, `AnimationIteration`),
          animationstart: Qn(`Animation`, `AnimationStart`),
          transitionrun: Qn(`Transition`, `TransitionRun`),
          transitionstart: Qn(`Transition`, `TransitionStart`),
          transitioncancel: Qn(`Transition`, `TransitionCancel`),
          transitionend: Qn(`Transition`, `TransitionEnd`),
        },
        Q_ = {},
        $_ = {};
      e_ &&
        (($_ = document.createElement(`div`).style),
        `AnimationEvent` in window ||
          (delete Z_.animationend.animation,
          delete Z_.animationiteration.animation,
          delete Z_.animationstart.animation),
        `TransitionEvent` in window || delete Z_.transitionend.transition);
      var ev = $n(`animationend`),
        tv = $n(`animationiteration`),
        nv = $n(`animationstart`),
        rv = $n(`transitionrun`),
        iv = $n(`transitionstart`),
        av = $n(`transitioncancel`),
        ov = $n(`transitionend`),
        sv = new Map(),
        cv =
          `abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(
            ` `,
          );
      cv.push(`scrollEnd`);
      var lv = 0,
        uv = 0;
      if (typeof performance == `object` && typeof performance.now == `function`)
        var dv = performance,
          fv = () => dv.now();
      else {
        var pv = Date;
        fv = () => pv.now();
      }
      var mv =
          typeof reportError == `function`
            ? reportError
            : (e) => {
                if (typeof window == `object` && typeof window.ErrorEvent == `function`) {
                  var t = new window.ErrorEvent(`error`, {
                    bubbles: !0,
                    cancelable: !0,
                    message:
                      typeof e == `object` && e && typeof e.message == `string`
                        ? String(e.message)
                        : String(e),
                    error: e,
                  });
                  if (!window.dispatchEvent(t)) return;
                } else if (typeof process == `object` && typeof process.emit == `function`) {
                  process.emit(`uncaughtException`, e);
                  return;
                }
                console.error(e);
              },
        hv = `This object has been omitted by React in the console log to avoid sending too much data from the server. Try logging smaller or more specific objects.`,
        gv = 0,
        _v = 1,
        vv = 2,
        yv = 3,
        bv = 100,
        xv = `-\xA0`,
        Sv = `+\xA0`,
        Cv = ` \xA0`,
        wv =
          typeof console < `u` &&
          typeof console.timeStamp == `function` &&
          typeof performance < `u` &&
          typeof performance.measure == `function`,
        Tv = `Components ⚛`,
        H = `Scheduler ⚛`,
        U = `Blocking`,
        Ev = !1,
        Dv = { color: `primary`, properties: null, tooltipText: ``, track: Tv },
        Ov = { start: -0, end: -0, detail: { devtools: Dv } },
        kv = [`Changed Props`, ``],
        Av = `This component received deeply equal props. It might benefit from useMemo or the React Compiler in its owner.`,
        jv = [`Changed Props`, Av],
        Mv = 1,
        Nv = 2,
        Pv = [],
        Fv = 0,
        Iv = 0,
        Lv = {};
      Object.freeze(Lv);
      var Rv = null,
        zv = null,
        W = 0,
        Bv = 1,
        G = 2,
        Vv = 8,
        Hv = 16,
        Uv = 32,
        Wv = !1;
      try {
        Object.preventExtensions({});
      } catch {
        Wv = !0;
      }
      var Gv = new WeakMap(),
        Kv = [],
        qv = 0,
        Jv = null,
        Yv = 0,
        Xv = [],
        Zv = 0,
        Qv = null,
        $v = 1,
        ey = ``,
        ty = null,
        ny = null,
        K = !1,
        ry = !1,
        iy = null,
        ay = null,
        oy = !1,
        sy = Error(
          `Hydration Mismatch Exception: This is not a real error, and should not leak into userspace. If you're seeing this, it's likely a bug in React.`,
        ),
        cy = le(null),
        ly = le(null),
        uy = {},
        dy = null,
        fy = null,
        py = !1,
        my =
          typeof AbortController < `u`
            ? AbortController
            : function () {
                var e = [],
                  t = (this.signal = {
                    aborted: !1,
                    addEventListener: (t, n) => {
                      e.push(n);
                    },
                  });
                this.abort = () => {
                  (t.aborted = !0), e.forEach((e) => e());
                };
              },
        hy = bm.unstable_scheduleCallback,
        gy = bm.unstable_NormalPriority,
        _y = {
          $$typeof: Mm,
          Consumer: null,
          Provider: null,
          _currentValue: null,
          _currentValue2: null,
          _threadCount: 0,
          _currentRenderer: null,
          _currentRenderer2: null,
        },
        vy = null,
        yy = bm.unstable_now,
        by = console.createTask ? console.createTask : () => null,
        xy = 1,
        Sy = 2,
        Cy = -0,
        wy = -0,
        Ty = -0,
        Ey = null,
        Dy = -1.1,
        Oy = -0,
        ky = -0,
        q = -1.1,
        J = -1.1,
        Ay = null,
        jy = !1,
        My = -0,
        Ny = -1.1,
        Py = null,
        Fy = 0,
        Iy = null,
        Ly = null,
        Ry = -1.1,
        zy = null,
        By = -1.1,
        Vy = -1.1,
        Hy = -0,
        Uy = -1.1,
        Wy = -1.1,
        Gy = 0,
        Ky = null,
        qy = null,
        Jy = null,
        Yy = -1.1,
        Xy = null,
        Zy = -1.1,
        Qy = -1.1,
        $y = -0,
        eb = -0,
        tb = 0,
        nb = null,
        rb = 0,
        ib = -1.1,
        ab = !1,
        ob = !1,
        sb = null,
        cb = 0,
        lb = 0,
        ub = null,
        db = V.S;
      V.S = (e, t) => {
        if (((BC = bh()), typeof t == `object` && t && typeof t.then == `function`)) {
          if (0 > Uy && 0 > Wy) {
            Uy = yy();
            var n = $d(),
              r = Qd();
            (n !== Zy || r !== Xy) && (Zy = -1.1), (Yy = n), (Xy = r);
          }
          Hi(e, t);
        }
        if (vy !== null) for (n = jw; n !== null; ) xi(n, vy), (n = n.next);
        if (((n = e.types), n !== null)) {
          for (r = jw; r !== null; ) xi(r, n), (r = r.next);
          if (lb !== 0) {
            (r = vy), r === null && (r = vy = []);
            for (var i = 0; i < n.length; i++) {
              var a = n[i];
              r.indexOf(a) === -1 && r.push(a);
            }
          }
        }
        db !== null && db(e, t);
      };
      var fb = le(null),
        pb = {
          recordUnsafeLifecycleWarnings: () => {},
          flushPendingUnsafeLifecycleWarnings: () => {},
          recordLegacyContextWarning: () => {},
          flushLegacyContextWarning: () => {},
          discardPendingWarnings: () => {},
        },
        mb = [],
        hb = [],
        gb = [],
        _b = [],
        vb = [],
        yb = [],
        bb = new Set();
      (pb.recordUnsafeLifecycleWarnings = (e, t) => {
        bb.has(e.type) ||
          (typeof t.componentWillMount == `function` &&
            !0 !== t.componentWillMount.__suppressDeprecationWarning &&
            mb.push(e),
          e.mode & Vv && typeof t.UNSAFE_componentWillMount == `function` && hb.push(e),
          typeof t.componentWillReceiveProps == `function` &&
            !0 !== t.componentWillReceiveProps.__suppressDeprecationWarning &&
            gb.push(e),
          e.mode & Vv && typeof t.UNSAFE_componentWillReceiveProps == `function` && _b.push(e),
          typeof t.componentWillUpdate == `function` &&
            !0 !== t.componentWillUpdate.__suppressDeprecationWarning &&
            vb.push(e),
          e.mode & Vv && typeof t.UNSAFE_componentWillUpdate == `function` && yb.push(e));
      }),
        (pb.flushPendingUnsafeLifecycleWarnings = () => {
          var e = new Set();
          0 < mb.length &&
            (mb.forEach((t) => {
              e.add(A(t) || `Component`), bb.add(t.type);
            }),
            (mb = []));
          var t = new Set();
          0 < hb.length &&
            (hb.forEach((e) => {
              t.add(A(e) || `Component`), bb.add(e.type);
            }),
            (hb = []));
          var n = new Set();
          0 < gb.length &&
            (gb.forEach((e) => {
              n.add(A(e) || `Component`), bb.add(e.type);
            }),
            (gb = []));
          var r = new Set();
          0 < _b.length &&
            (_b.forEach((e) => {
              r.add(A(e) || `Component`), bb.add(e.type);
            }),
            (_b = []));
          var i = new Set();
          0 < vb.length &&
            (vb.forEach((e) => {
              i.add(A(e) || `Component`), bb.add(e.type);
            }),
            (vb = []));
          var a = new Set();
          if (
            (0 < yb.length &&
              (yb.forEach((e) => {
                a.add(A(e) || `Component`), bb.add(e.type);
              }),
              (yb = [])),
            0 < t.size)
          ) {
            var o = p(t);
            console.error(
              `Using UNSAFE_componentWillMount in strict mode is not recommended and may indicate bugs in your code. See https://react.dev/link/unsafe-component-lifecycles for details.

* Move code with side effects to componentDidMount, and set initial state in the constructor.

Please update the following components: %s`,
              o,
            );
          }
          0 < r.size &&
            ((o = p(r)),
            console.error(
              `Using UNSAFE_componentWillReceiveProps in strict mode is not recommended and may indicate bugs in your code. See https://react.dev/link/unsafe-component-lifecycles for details.

* Move data fetching code or side effects to componentDidUpdate.
* If you're updating state whenever props change, refactor your code to use memoization techniques or move it to static getDerivedStateFromProps. Learn more at: https://react.dev/link/derived-state

Please update the following components: %s`,
              o,
            )),
            0 < a.size &&
              ((o = p(a)),
              console.error(
                `Using UNSAFE_componentWillUpdate in strict mode is not recommended and may indicate bugs in your code. See https://react.dev/link/unsafe-component-lifecycles for details.

* Move data fetching code or side effects to componentDidUpdate.

Please update the following components: %s`,
                o,
              )),
            0 < e.size &&
              ((o = p(e)),
              console.warn(
                `componentWillMount has been renamed, and is not recommended for use. See https://react.dev/link/unsafe-component-lifecycles for details.

* Move code with side effects to componentDidMount, and set initial state in the constructor.
* Rename componentWillMount to UNSAFE_componentWillMount to suppress this warning in non-strict mode. In React 18.x, only the UNSAFE_ name will work. To rename all deprecated lifecycles to their new names, you can run \`npx react-codemod rename-unsafe-lifecycles\` in your project source folder.

Please update the following components: %s`,
                o,
              )),
            0 < n.size &&
              ((o = p(n)),
              console.warn(
                `componentWillReceiveProps has been renamed, and is not recommended for use. See https://react.dev/link/unsafe-component-lifecycles for details.

* Move data fetching code or side effects to componentDidUpdate.
* If you're updating state whenever props change, refactor your code to use memoization techniques or move it to static getDerivedStateFromProps. Learn more at: https://react.dev/link/derived-state
* Rename componentWillReceiveProps to UNSAFE_componentWillReceiveProps to suppress this warning in non-strict mode. In React 18.x, only the UNSAFE_ name will work. To rename all deprecated lifecycles to their new names, you can run \`npx react-codemod rename-unsafe-lifecycles\` in your project source folder.

Please update the following components: %s`,
                o,
              )),
            0 < i.size &&
              ((o = p(i)),
              console.warn(
                `componentWillUpdate has been renamed, and is not recommended for use. See https://react.dev/link/unsafe-component-lifecycles for details.

* Move data fetching code or side effects to componentDidUpdate.
* Rename componentWillUpdate to UNSAFE_componentWillUpdate to suppress this warning in non-strict mode. In React 18.x, only the UNSAFE_ name will work. To rename all deprecated lifecycles to their new names, you can run \`npx react-codemod rename-unsafe-lifecycles\` in your project source folder.

Please update the following components: %s`,
                o,
              ));
        });
      var xb = new Map(),
        Sb = new Set();
      (pb.recordLegacyContextWarning = (e, t) => {
        for (var n = null, r = e; r !== null; ) r.mode & Vv && (n = r), (r = r.return);
        n === null
          ? console.error(
              `Expected to find a StrictMode component in a strict mode tree. This error is likely caused by a bug in React. Please file an issue.`,
            )
          : !Sb.has(e.type) &&
            ((r = xb.get(n)),
            e.type.contextTypes != null ||
              e.type.childContextTypes != null ||
              (t !== null && typeof t.getChildContext == `function`)) &&
            (r === void 0 && ((r = []), xb.set(n, r)), r.push(e));
      }),
        (pb.flushLegacyContextWarning = () => {
          xb.forEach((e) => {
            if (e.length !== 0) {
              var t = e[0],
                n = new Set();
              e.forEach((e) => {
                n.add(A(e) || `Component`), Sb.add(e.type);
              });
              var r = p(n);
              N(t, () => {
                console.error(
                  `Legacy context API has been detected within a strict-mode tree.

The old API will be supported in all 16.x releases, but applications using it should migrate to the new version.

Please update the following components: %s

Learn more about this warning here: https://react.dev/link/legacy-context`,
                  r,
                );
              });
            }
          });
        }),
        (pb.discardPendingWarnings = () => {
          (mb = []), (hb = []), (gb = []), (_b = []), (vb = []), (yb = []), (xb = new Map());
        });
      var Cb = ``,
        wb = {
          react_stack_bottom_frame: (e, t, n) => {
            var r = mh;
            mh = !0;
            try {
              return e(t, n);
            } finally {
              mh = r;
            }
          },
        },
        Tb = wb.react_stack_bottom_frame.bind(wb),
        Eb = {
          react_stack_bottom_frame: (e) => {
            var t = mh;
            mh = !0;
            try {
              return e.render();
            } finally {
              mh = t;
            }
          },
        },
        Db = Eb.react_stack_bottom_frame.bind(Eb),
        Ob = {
          react_stack_bottom_frame: (e, t) => {
            try {
              t.componentDidMount();
            } catch (t) {
              zu(e, e.return, t);
            }
          },
        },
        kb = Ob.react_stack_bottom_frame.bind(Ob),
        Ab = {
          react_stack_bottom_frame: (e, t, n, r, i) => {
            try {
              t.componentDidUpdate(n, r, i);
            } catch (t) {
              zu(e, e.return, t);
            }
          },
        },
        jb = Ab.react_stack_bottom_frame.bind(Ab),
        Mb = {
          react_stack_bottom_frame: (e, t) => {
            var n = t.stack;
            e.componentDidCatch(t.value, { componentStack: n === null ? `` : n });
          },
        },
        Nb = Mb.react_stack_bottom_frame.bind(Mb),
        Pb = {
          react_stack_bottom_frame: (e, t, n) => {
            try {
              n.componentWillUnmount();
            } catch (n) {
              zu(e, t, n);
            }
          },
        },
        Fb = Pb.react_stack_bottom_frame.bind(Pb),
        Ib = {
          react_stack_bottom_frame: (e) => {
            var t = e.create;
            return ((e = e.inst), (t = t()), (e.destroy = t));
          },
        },
        Lb = Ib.react_stack_bottom_frame.bind(Ib),
        Rb = {
          react_stack_bottom_frame: (e, t, n) => {
            try {
              n();
            } catch (n) {
              zu(e, t, n);
            }
          },
        },
        zb = Rb.react_stack_bottom_frame.bind(Rb),
        Bb = {
          react_stack_bottom_frame: (e) => {
            var t = e._init;
            return t(e._payload);
          },
        },
        Vb = Bb.react_stack_bottom_frame.bind(Bb),
        Hb = Error(
          "Suspense Exception: This is not a real error! It's an implementation detail of `use` to interrupt the current render. You must either rethrow it immediately, or move the `use` call outside of the `try/catch` block. Capturing without rethrowing will lead to unexpected behavior.\n\nTo handle async errors, wrap your component in an error boundary, or call the promise's `.catch` method and pass the result to `use`.",
        ),
        Ub = Error(
          `Suspense Exception: This is not a real error, and should not leak into userspace. If you're seeing this, it's likely a bug in React.`,
        ),
        Wb = Error(
          "Suspense Exception: This is not a real error! It's an implementation detail of `useActionState` to interrupt the current render. You must either rethrow it immediately, or move the `useActionState` call outside of the `try/catch` block. Capturing without rethrowing will lead to unexpected behavior.\n\nTo handle async errors, wrap your component in an error boundary.",
        ),
        Gb = {
          then: () => {
            console.error(
              `Internal React error: A listener was unexpectedly attached to a "noop" thenable. This is a bug in React. Please file an issue.`,
            );
          },
        },
        Kb = null,
        qb = null,
        Jb = !1,
        Yb = null,
        Xb = !1,
        Zb = null,
        Qb = 0,
        Y = null,
        $b,
        ex = ($b = !1),
        tx = {},
        nx = {},
        rx = {};
      f = (e, t, n) => {
        if (
          typeof n == `object` &&
          n &&
          n._store &&
          ((!n._store.validated && n.key == null) || n._store.validated === 2)
        ) {
          if (typeof n._store != `object`)
            throw Error(
              `React Component in warnForMissingKey should have a _store. This error is likely caused by a bug in React. Please file an issue.`,
            );
          n._store.validated = 1;
          var r = A(e),
            i = r || `null`;
          if (!tx[i]) {
            (tx[i] = !0), (n = n._owner), (e = e._debugOwner);
            var a = ``;
            e &&
              typeof e.tag == `number` &&
              (i = A(e)) &&
              (a =
                `

Check the render method of \`` +
                i +
                '`.'),
              a ||
                (r &&
                  (a =
                    `

Check the top-level render call using <` +
                    r +
                    `>.`));
            var o = ``;
            n != null &&
              e !== n &&
              ((r = null),
              typeof n.tag == `number` ? (r = A(n)) : typeof n.name == `string` && (r = n.name),
              r && (o = ` It was passed a child from ` + r + `.`)),
              N(t, () => {
                console.error(
                  `Each child in a list should have a unique "key" prop.%s%s See https://react.dev/link/warning-keys for more information.`,
                  a,
                  o,
                );
              });
          }
        }
      };
      var ix = fa(!0),
        ax = fa(!1),
        ox = 0,
        sx = 1,
        cx = 2,
        lx = 3,
        ux = !1,
        dx = !1,
        fx = null,
        px = !1,
        mx = le(null),
        hx = le(0),
        gx = le(null),
        _x = null,
        vx = 1,
        yx = 2,
        bx = le(0),
        xx = 0,
        Sx = 1,
        Cx = 2,
        wx = 4,
        Tx = 8,
        Ex,
        Dx = new Set(),
        Ox = new Set(),
        kx = new Set(),
        Ax = new Set(),
        jx = 0,
        X = null,
        Mx = null,
        Nx = null,
        Px = !1,
        Fx = !1,
        Ix = !1,
        Lx = 0,
        Rx = 0,
        zx = null,
        Bx = 0,
        Vx = 25,
        Z = null,
        Hx = null,
        Ux = -1,
        Wx = !1,
        Gx = {
          readContext: hi,
          use: Za,
          useCallback: Ra,
          useContext: Ra,
          useEffect: Ra,
          useImperativeHandle: Ra,
          useLayoutEffect: Ra,
          useInsertionEffect: Ra,
          useMemo: Ra,
          useReducer: Ra,
          useRef: Ra,
          useState: Ra,
          useDebugValue: Ra,
          useDeferredValue: Ra,
          useTransition: Ra,
          useSyncExternalStore: Ra,
          useId: Ra,
          useHostTransitionStatus: Ra,
          useFormState: Ra,
          useActionState: Ra,
          useOptimistic: Ra,
          useMemoCache: Ra,
          useCacheRefresh: Ra,
          useEffectEvent: Ra,
        },
        Kx = null,
        qx = null,
        Jx = null,
        Yx = null,
        Xx = null,
        Zx = null,
        Qx = null;
      (Kx = {
        readContext: (e) => hi(e),
        use: Za,
        useCallback: (e, t) => ((Z = `useCallback`), I(), Ia(t), Vo(e, t)),
        useContext: (e) => ((Z = `useContext`), I(), hi(e)),
        useEffect: (e, t) => ((Z = `useEffect`), I(), Ia(t), No(e, t)),
        useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), I(), Ia(n), zo(e, t, n)),
        useInsertionEffect: (e, t) => {
          (Z = `useInsertionEffect`), I(), Ia(t), R(4, Cx, e, t);
        },
        useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), I(), Ia(t), Lo(e, t)),
        useMemo: (e, t) => {
          (Z = `useMemo`), I(), Ia(t);
          var n = V.H;
          V.H = Xx;
          try {
            return Uo(e, t);
          } finally {
            V.H = n;
          }
        },
        useReducer: (e, t, n) => {
          (Z = `useReducer`), I();
          var r = V.H;
          V.H = Xx;
          try {
            return eo(e, t, n);
          } finally {
            V.H = r;
          }
        },
        useRef: (e) => ((Z = `useRef`), I(), jo(e)),
        useState: (e) => {
          (Z = `useState`), I();
          var t = V.H;
          V.H = Xx;
          try {
            return po(e);
          } finally {
            V.H = t;
          }
        },
        useDebugValue: () => {
          (Z = `useDebugValue`), I();
        },
        useDeferredValue: (e, t) => ((Z = `useDeferredValue`), I(), Go(e, t)),
        useTransition: () => ((Z = `useTransition`), I(), ts()),
        useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), I(), io(e, t, n)),
        useId: () => ((Z = `useId`), I(), as()),
        useFormState: (e, t) => ((Z = `useFormState`), I(), La(), To(e, t)),
        useActionState: (e, t) => ((Z = `useActionState`), I(), To(e, t)),
        useOptimistic: (e) => ((Z = `useOptimistic`), I(), mo(e)),
        useHostTransitionStatus: is,
        useMemoCache: Qa,
        useCacheRefresh: () => ((Z = `useCacheRefresh`), I(), os()),
        useEffectEvent: (e) => ((Z = `useEffectEvent`), I(), Fo(e)),
      }),
        (qx = {
          readContext: (e) => hi(e),
          use: Za,
          useCallback: (e, t) => ((Z = `useCallback`), L(), Vo(e, t)),
          useContext: (e) => ((Z = `useContext`), L(), hi(e)),
          useEffect: (e, t) => ((Z = `useEffect`), L(), No(e, t)),
          useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), L(), zo(e, t, n)),
          useInsertionEffect: (e, t) => {
            (Z = `useInsertionEffect`), L(), R(4, Cx, e, t);
          },
          useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), L(), Lo(e, t)),
          useMemo: (e, t) => {
            (Z = `useMemo`), L();
            var n = V.H;
            V.H = Xx;
            try {
              return Uo(e, t);
            } finally {
              V.H = n;
            }
          },
          useReducer: (e, t, n) => {
            (Z = `useReducer`), L();
            var r = V.H;
            V.H = Xx;
            try {
              return eo(e, t, n);
            } finally {
              V.H = r;
            }
          },
          useRef: (e) => ((Z = `useRef`), L(), jo(e)),
          useState: (e) => {
            (Z = `useState`), L();
            var t = V.H;
            V.H = Xx;
            try {
              return po(e);
            } finally {
              V.H = t;
            }
          },
          useDebugValue: () => {
            (Z = `useDebugValue`), L();
          },
          useDeferredValue: (e, t) => ((Z = `useDeferredValue`), L(), Go(e, t)),
          useTransition: () => ((Z = `useTransition`), L(), ts()),
          useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), L(), io(e, t, n)),
          useId: () => ((Z = `useId`), L(), as()),
          useActionState: (e, t) => ((Z = `useActionState`), L(), To(e, t)),
          useFormState: (e, t) => ((Z = `useFormState`), L(), La(), To(e, t)),
          useOptimistic: (e) => ((Z = `useOptimistic`), L(), mo(e)),
          useHostTransitionStatus: is,
          useMemoCache: Qa,
          useCacheRefresh: () => ((Z = `useCacheRefresh`), L(), os()),
          useEffectEvent: (e) => ((Z = `useEffectEvent`), L(), Fo(e)),
        }),
        (Jx = {
          readContext: (e) => hi(e),
          use: Za,
          useCallback: (e, t) => ((Z = `useCallback`), L(), Ho(e, t)),
          useContext: (e) => ((Z = `useContext`), L(), hi(e)),
          useEffect: (e, t) => {
            (Z = `useEffect`), L(), Mo(2048, Tx, e, t);
          },
          useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), L(), Bo(e, t, n)),
          useInsertionEffect: (e, t) => ((Z = `useInsertionEffect`), L(), Mo(4, Cx, e, t)),
          useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), L(), Mo(4, wx, e, t)),
          useMemo: (e, t) => {
            (Z = `useMemo`), L();
            var n = V.H;
            V.H = Zx;
            try {
              return Wo(e, t);
            } finally {
              V.H = n;
            }
          },
          useReducer: (e, t, n) => {
            (Z = `useReducer`), L();
            var r = V.H;
            V.H = Zx;
            try {
              return to(e, t, n);
            } finally {
              V.H = r;
            }
          },
          useRef: () => ((Z = `useRef`), L(), Ja().memoizedState),
          useState: () => {
            (Z = `useState`), L();
            var e = V.H;
            V.H = Zx;
            try {
              return to($a);
            } finally {
              V.H = e;
            }
          },
          useDebugValue: () => {
            (Z = `useDebugValue`), L();
          },
          useDeferredValue: (e, t) => ((Z = `useDeferredValue`), L(), Ko(e, t)),
          useTransition: () => ((Z = `useTransition`), L(), ns()),
          useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), L(), ao(e, t, n)),
          useId: () => ((Z = `useId`), L(), Ja().memoizedState),
          useFormState: (e) => ((Z = `useFormState`), L(), La(), Eo(e)),
          useActionState: (e) => ((Z = `useActionState`), L(), Eo(e)),
          useOptimistic: (e, t) => ((Z = `useOptimistic`), L(), ho(e, t)),
          useHostTransitionStatus: is,
          useMemoCache: Qa,
          useCacheRefresh: () => ((Z = `useCacheRefresh`), L(), Ja().memoizedState),
          useEffectEvent: (e) => ((Z = `useEffectEvent`), L(), Io(e)),
        }),
        (Yx = {
          readContext: (e) => hi(e),
          use: Za,
          useCallback: (e, t) => ((Z = `useCallback`), L(), Ho(e, t)),
          useContext: (e) => ((Z = `useContext`), L(), hi(e)),
          useEffect: (e, t) => {
            (Z = `useEffect`), L(), Mo(2048, Tx, e, t);
          },
          useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), L(), Bo(e, t, n)),
          useInsertionEffect: (e, t) => ((Z = `useInsertionEffect`), L(), Mo(4, Cx, e, t)),
          useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), L(), Mo(4, wx, e, t)),
          useMemo: (e, t) => {
            (Z = `useMemo`), L();
            var n = V.H;
            V.H = Qx;
            try {
              return Wo(e, t);
            } finally {
              V.H = n;
            }
          },
          useReducer: (e, t, n) => {
            (Z = `useReducer`), L();
            var r = V.H;
            V.H = Qx;
            try {
              return ro(e, t, n);
            } finally {
              V.H = r;
            }
          },
          useRef: () => ((Z = `useRef`), L(), Ja().memoizedState),
          useState: () => {
            (Z = `useState`), L();
            var e = V.H;
            V.H = Qx;
            try {
              return ro($a);
            } finally {
              V.H = e;
            }
          },
          useDebugValue: () => {
            (Z = `useDebugValue`), L();
          },
          useDeferredValue: (e, t) => ((Z = `useDeferredValue`), L(), qo(e, t)),
          useTransition: () => ((Z = `useTransition`), L(), rs()),
          useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), L(), ao(e, t, n)),
          useId: () => ((Z = `useId`), L(), Ja().memoizedState),
          useFormState: (e) => ((Z = `useFormState`), L(), La(), ko(e)),
          useActionState: (e) => ((Z = `useActionState`), L(), ko(e)),
          useOptimistic: (e, t) => ((Z = `useOptimistic`), L(), _o(e, t)),
          useHostTransitionStatus: is,
          useMemoCache: Qa,
          useCacheRefresh: () => ((Z = `useCacheRefresh`), L(), Ja().memoizedState),
          useEffectEvent: (e) => ((Z = `useEffectEvent`), L(), Io(e)),
        }),
        (Xx = {
          readContext: (e) => (l(), hi(e)),
          use: (e) => (c(), Za(e)),
          useCallback: (e, t) => ((Z = `useCallback`), c(), I(), Vo(e, t)),
          useContext: (e) => ((Z = `useContext`), c(), I(), hi(e)),
          useEffect: (e, t) => ((Z = `useEffect`), c(), I(), No(e, t)),
          useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), c(), I(), zo(e, t, n)),
          useInsertionEffect: (e, t) => {
            (Z = `useInsertionEffect`), c(), I(), R(4, Cx, e, t);
          },
          useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), c(), I(), Lo(e, t)),
          useMemo: (e, t) => {
            (Z = `useMemo`), c(), I();
            var n = V.H;
            V.H = Xx;
            try {
              return Uo(e, t);
            } finally {
              V.H = n;
            }
          },
          useReducer: (e, t, n) => {
            (Z = `useReducer`), c(), I();
            var r = V.H;
            V.H = Xx;
            try {
              return eo(e, t, n);
            } finally {
              V.H = r;
            }
          },
          useRef: (e) => ((Z = `useRef`), c(), I(), jo(e)),
          useState: (e) => {
            (Z = `useState`), c(), I();
            var t = V.H;
            V.H = Xx;
            try {
              return po(e);
            } finally {
              V.H = t;
            }
          },
          useDebugValue: () => {
            (Z = `useDebugValue`), c(), I();
          },
          useDeferredValue: (e, t) => ((Z = `useDeferredValue`), c(), I(), Go(e, t)),
          useTransition: () => ((Z = `useTransition`), c(), I(), ts()),
          useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), c(), I(), io(e, t, n)),
          useId: () => ((Z = `useId`), c(), I(), as()),
          useFormState: (e, t) => ((Z = `useFormState`), c(), I(), To(e, t)),
          useActionState: (e, t) => ((Z = `useActionState`), c(), I(), To(e, t)),
          useOptimistic: (e) => ((Z = `useOptimistic`), c(), I(), mo(e)),
          useMemoCache: (e) => (c(), Qa(e)),
          useHostTransitionStatus: is,
          useCacheRefresh: () => ((Z = `useCacheRefresh`), I(), os()),
          useEffectEvent: (e) => ((Z = `useEffectEvent`), c(), I(), Fo(e)),
        }),
        (Zx = {
          readContext: (e) => (l(), hi(e)),
          use: (e) => (c(), Za(e)),
          useCallback: (e, t) => ((Z = `useCallback`), c(), L(), Ho(e, t)),
          useContext: (e) => ((Z = `useContext`), c(), L(), hi(e)),
          useEffect: (e, t) => {
            (Z = `useEffect`), c(), L(), Mo(2048, Tx, e, t);
          },
          useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), c(), L(), Bo(e, t, n)),
          useInsertionEffect: (e, t) => ((Z = `useInsertionEffect`), c(), L(), Mo(4, Cx, e, t)),
          useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), c(), L(), Mo(4, wx, e, t)),
          useMemo: (e, t) => {
            (Z = `useMemo`), c(), L();
            var n = V.H;
            V.H = Zx;
            try {
              return Wo(e, t);
            } finally {
              V.H = n;
            }
          },
          useReducer: (e, t, n) => {
            (Z = `useReducer`), c(), L();
            var r = V.H;
            V.H = Zx;
            try {
              return to(e, t, n);
            } finally {
              V.H = r;
            }
          },
          useRef: () => ((Z = `useRef`), c(), L(), Ja().memoizedState),
          useState: () => {
            (Z = `useState`), c(), L();
            var e = V.H;
            V.H = Zx;
            try {
              return to($a);
            } finally {
              V.H = e;
            }
          },
          useDebugValue: () => {
            (Z = `useDebugValue`), c(), L();
          },
          useDeferredValue: (e, t) => ((Z = `useDeferredValue`), c(), L(), Ko(e, t)),
          useTransition: () => ((Z = `useTransition`), c(), L(), ns()),
          useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), c(), L(), ao(e, t, n)),
          useId: () => ((Z = `useId`), c(), L(), Ja().memoizedState),
          useFormState: (e) => ((Z = `useFormState`), c(), L(), Eo(e)),
          useActionState: (e) => ((Z = `useActionState`), c(), L(), Eo(e)),
          useOptimistic: (e, t) => ((Z = `useOptimistic`), c(), L(), ho(e, t)),
          useMemoCache: (e) => (c(), Qa(e)),
          useHostTransitionStatus: is,
          useCacheRefresh: () => ((Z = `useCacheRefresh`), L(), Ja().memoizedState),
          useEffectEvent: (e) => ((Z = `useEffectEvent`), c(), L(), Io(e)),
        }),
        (Qx = {
          readContext: (e) => (l(), hi(e)),
          use: (e) => (c(), Za(e)),
          useCallback: (e, t) => ((Z = `useCallback`), c(), L(), Ho(e, t)),
          useContext: (e) => ((Z = `useContext`), c(), L(), hi(e)),
          useEffect: (e, t) => {
            (Z = `useEffect`), c(), L(), Mo(2048, Tx, e, t);
          },
          useImperativeHandle: (e, t, n) => ((Z = `useImperativeHandle`), c(), L(), Bo(e, t, n)),
          useInsertionEffect: (e, t) => ((Z = `useInsertionEffect`), c(), L(), Mo(4, Cx, e, t)),
          useLayoutEffect: (e, t) => ((Z = `useLayoutEffect`), c(), L(), Mo(4, wx, e, t)),
          useMemo: (e, t) => {
            (Z = `useMemo`), c(), L();
            var n = V.H;
            V.H = Zx;
            try {
              return Wo(e, t);
            } finally {
              V.H = n;
            }
          },
          useReducer: (e, t, n) => {
            (Z = `useReducer`), c(), L();
            var r = V.H;
            V.H = Zx;
            try {
              return ro(e, t, n);
            } finally {
              V.H = r;
            }
          },
          useRef: () => ((Z = `useRef`), c(), L(), Ja().memoizedState),
          useState: () => {
            (Z = `useState`), c(), L();
            var e = V.H;
            V.H = Zx;
            try {
              return ro($a);
            } finally {
              V.H = e;
            }
          },
          useDebugValue: () => {
            (Z = `useDebugValue`), c(), L();
          },
          useDeferredValue: (e, t) => ((Z = `useDeferredValue`), c(), L(), qo(e, t)),
          useTransition: () => ((Z = `useTransition`), c(), L(), rs()),
          useSyncExternalStore: (e, t, n) => ((Z = `useSyncExternalStore`), c(), L(), ao(e, t, n)),
          useId: () => ((Z = `useId`), c(), L(), Ja().memoizedState),
          useFormState: (e) => ((Z = `useFormState`), c(), L(), ko(e)),
          useActionState: (e) => ((Z = `useActionState`), c(), L(), ko(e)),
          useOptimistic: (e, t) => ((Z = `useOptimistic`), c(), L(), _o(e, t)),
          useMemoCache: (e) => (c(), Qa(e)),
          useHostTransitionStatus: is,
          useCacheRefresh: () => ((Z = `useCacheRefresh`), L(), Ja().memoizedState),
          useEffectEvent: (e) => ((Z = `useEffectEvent`), c(), L(), Io(e)),
        });
      var $x = {},
        eS = new Set(),
        tS = new Set(),
        nS = new Set(),
        rS = new Set(),
        iS = new Set(),
        aS = new Set(),
        oS = new Set(),
        sS = new Set(),
        cS = new Set(),
        lS = new Set();
      Object.freeze($x);
      var uS = {
          enqueueSetState: (e, t, n) => {
            e = e._reactInternals;
            var r = Zl(e),
              i = ga(r);
            (i.payload = t),
              n != null && (hs(n), (i.callback = n)),
              (t = _a(e, i, r)),
              t !== null && (Ci(r, `this.setState()`, e), eu(t, e, r), va(t, e, r));
          },
          enqueueReplaceState: (e, t, n) => {
            e = e._reactInternals;
            var r = Zl(e),
              i = ga(r);
            (i.tag = sx),
              (i.payload = t),
              n != null && (hs(n), (i.callback = n)),
              (t = _a(e, i, r)),
              t !== null && (Ci(r, `this.replaceState()`, e), eu(t, e, r), va(t, e, r));
          },
          enqueueForceUpdate: (e, t) => {
            e = e._reactInternals;
            var n = Zl(e),
              r = ga(n);
            (r.tag = cx),
              t != null && (hs(t), (r.callback = t)),
              (t = _a(e, r, n)),
              t !== null && (Ci(n, `this.forceUpdate()`, e), eu(t, e, n), va(t, e, n));
          },
        },
        dS = null,
        fS = null,
        pS = Error(
          `This is not a real error. It's an implementation detail of React's selective hydration feature. If this leaks into userspace, it's a bug in React. Please file an issue.`,
        ),
        mS = !1,
        hS = {},
        gS = {},
        _S = {},
        vS = {},
        yS = !1,
        bS = {},
        xS = {},
        SS = {},
        CS = { dehydrated: null, treeContext: null, retryLane: 0, hydrationErrors: null },
        wS = !1,
        TS = null;
      TS = new Set();
      var ES = !1,
        DS = null,
        OS = null,
        kS = 0,
        AS = new Map(),
        jS = {},
        MS = 0,
        NS = 1,
        PS = 2,
        FS = !1,
        IS = !1,
        LS = !1,
        RS = !1,
        zS = typeof WeakSet == `function` ? WeakSet : Set,
        BS = null,
        VS = null,
        HS = null,
        US = !1,
        WS = !1,
        GS = !1,
        KS = !1,
        qS = null,
        JS = !1,
        YS = null,
        XS = !1,
        ZS = 8192,
        QS = {
          getCacheForType: (e) => {
            var t = hi(_y),
              n = t.data.get(e);
            return (n === void 0 && ((n = e()), t.data.set(e, n)), n);
          },
          cacheSignal: () => hi(_y).controller.signal,
          getOwner: () => ph,
        };
      if (typeof Symbol == `function` && Symbol.for) {
        var $S = Symbol.for;
        $S(`selector.component`),
          $S(`selector.has_pseudo_class`),
          $S(`selector.role`),
          $S(`selector.test_id`),
          $S(`selector.text`);
      }
      var eC = [],
        tC = typeof WeakMap == `function` ? WeakMap : Map,
        nC = 0,
        rC = 2,
        iC = 4,
        aC = 0,
        oC = 1,
        sC = 2,
        cC = 3,
        lC = 4,
        uC = 6,
        dC = 5,
        fC = nC,
        pC = null,
        Q = null,
        $ = 0,
        mC = 0,
        hC = 1,
        gC = 2,
        _C = 3,
        vC = 4,
        yC = 5,
        bC = 6,
        xC = 7,
        SC = 8,
        CC = 9,
        wC = mC,
        TC = null,
        EC = !1,
        DC = !1,
        OC = !1,
        kC = 0,
        AC = aC,
        jC = 0,
        MC = 0,
        NC = 0,
        PC = 0,
        FC = 0,
        IC = null,
        LC = null,
        RC = !1,
        zC = 0,
        BC = 0,
        VC = 300,
        HC = 1 / 0,
        UC = 500,
        WC = null,
        GC = null,
        KC = null,
        qC = 0,
        JC = 1,
        YC = 2,
        XC = 3,
        ZC = 0,
        QC = 1,
        $C = 2,
        ew = 3,
        tw = 4,
        nw = 5,
        rw = 0,
        iw = null,
        aw = null,
        ow = 0,
        sw = 0,
        cw = -0,
        lw = null,
        uw = null,
        dw = null,
        fw = null,
        pw = null,
        mw = null,
        hw = qC,
        gw = null,
        _w = 50,
        vw = 0,
        yw = null,
        bw = !1,
        xw = !1,
        Sw = 50,
        Cw = 0,
        ww = null,
        Tw = !1,
        Ew = !1,
        Dw = null,
        Ow = !1,
        kw = new Set(),
        Aw = {},
        jw = null,
        Mw = null,
        Nw = !1,
        Pw = !1,
        Fw = !1,
        Iw = !1,
        Lw = 0,
        Rw = {};
      (() => {
        for (var e = 0; e < cv.length; e++) {
          var t = cv[e],
            n = t.toLowerCase();
          (t = t[0].toUpperCase() + t.slice(1)), er(n, `on` + t);
        }
        er(ev, `onAnimationEnd`),
          er(tv, `onAnimationIteration`),
          er(nv, `onAnimationStart`),
          er(`dblclick`, `onDoubleClick`),
          er(`focusin`, `onFocus`),
          er(`focusout`, `onBlur`),
          er(rv, `onTransitionRun`),
          er(iv, `onTransitionStart`),
          er(av, `onTransitionCancel`),
          er(ov, `onTransitionEnd`);
      })(),
        ut(`onMouseEnter`, [`mouseout`, `mouseover`]),
        ut(`onMouseLeave`, [`mouseout`, `mouseover`]),
        ut(`onPointerEnter`, [`pointerout`, `pointerover`]),
        ut(`onPointerLeave`, [`pointerout`, `pointerover`]),
        lt(`onChange`, `change click focusin focusout input keydown keyup selectionchange`.split(` `)),
        lt(
          `onSelect`,
          `focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `),
        ),
        lt(`onBeforeInput`, [`compositionend`, `keypress`, `textInput`, `paste`]),
        lt(`onCompositionEnd`, `compositionend focusout keydown keypress keyup mousedown`.split(` `)),
        lt(`onCompositionStart`, `compositionstart focusout keydown keypress keyup mousedown`.split(` `)),
        lt(`onCompositionUpdate`, `compositionupdate focusout keydown keypress keyup mousedown`.split(` `));
      var zw =
          `abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(
            ` `,
          ),
        Bw = new Set(`beforetoggle cancel close invalid load scroll scrollend toggle`.split(` `).concat(zw)),
        Vw = `_reactListening` + Math.random().toString(36).slice(2),
        Hw = !1,
        Uw = !1,
        Ww = !1,
        Gw = !1,
        Kw = !1,
        qw = !1,
        Jw = !1,
        Yw = {},
        Xw = /\r\n?/g,
        Zw = /\u0000|\uFFFD/g,
        Qw = `http://www.w3.org/1999/xlink`,
        $w = `http://www.w3.org/XML/1998/namespace`,
        eT = {},
        tT = `javascript:throw new Error('React form unexpectedly submitted.')`,
        nT = `suppressHydrationWarning`,
        rT = `&`,
        iT = `/&`,
        aT = `$`,
        oT = `/$`,
        sT = `$?`,
        cT = `$~`,
        lT = `$!`,
        uT = `html`,
        dT = `body`,
        fT = `head`,
        pT = `F!`,
        mT = `F`,
        hT = `loading`,
        gT = `style`,
        _T = 0,
        vT = 1,
        yT = 2,
        bT = null,
        xT = null,
        ST = !1,
        CT = { dialog: !0, webview: !0 },
        wT = null,
        TT = void 0,
        ET = typeof setTimeout == `function` ? setTimeout : void 0,
        DT = typeof clearTimeout == `function` ? clearTimeout : void 0,
        OT = -1,
        kT = typeof Promise == `function` ? Promise : void 0,
        AT = typeof requestAnimationFrame == `function` ? requestAnimationFrame : ET,
        jT =
          typeof queueMicrotask == `function`
            ? queueMicrotask
            : kT === void 0
              ? ET
              : (e) => kT.resolve(null).then(e).catch(ef),
        MT = 500;
      (kf.prototype.animate = function (e, t) {
        return (
          (t = typeof t == `number` ? { duration: t } : B({}, t)),
          (t.pseudoElement = this._selector),
          this._scope.animate(e, t)
        );
      }),
        (kf.prototype.getAnimations = function () {
          for (
            var e = this._scope, t = this._selector, n = e.getAnimations({ subtree: !0 }), r = [], i = 0;
            i < n.length;
            i++
          ) {
            var a = n[i].effect;
            a !== null && a.target === e && a.pseudoElement === t && r.push(n[i]);
          }
          return r;
        }),
        (kf.prototype.getComputedStyle = function () {
          return getComputedStyle(this._scope, this._selector);
        }),
        (jf.prototype.addEventListener = function (e, t, n) {
          var r = null,
            i = null;
          if (!(n != null && typeof n != `boolean` && ((r = n.signal || null), r !== null && r.aborted))) {
            this._eventListeners === null && (this._eventListeners = []);
            var a = this._eventListeners;
            if (If(a, e, t, n) === -1) {
              var o = this,
                s = t;
              n != null &&
                typeof n != `boolean` &&
                !0 === n.once &&
                (s = function (r) {
                  o.removeEventListener(e, t, n), typeof t == `function` ? t.call(this, r) : t.handleEvent(r);
                }),
                r !== null &&
                  ((i = o.removeEventListener.bind(o, e, t, n)),
                  r.addEventListener(`abort`, i, { once: !0 }),
                  (i = r.removeEventListener.bind(r, `abort`, i))),
                (r = Pf(n)),
                a.push({ type: e, listener: t, optionsOrUseCapture: n, attachedListener: s, cleanup: i }),
                w(this._fragmentFiber, Mf, e, s, r);
            }
            this._eventListeners = a;
          }
        }),
        (jf.prototype.removeEventListener = function (e, t, n) {
          var r = this._eventListeners;
          if (r !== null && ((t = If(r, e, t, n)), t !== -1)) {
            var i = r[t];
            n = i.attachedListener;
            var a = i.cleanup;
            (i = Pf(i.optionsOrUseCapture)),
              w(this._fragmentFiber, Nf, e, n, i),
              r.splice(t, 1),
              a !== null && a();
          }
        }),
        (jf.prototype.dispatchEvent = function (e) {
          var t = te(this._fragmentFiber);
          if (t === null) return !0;
          t = D(t);
          var n = this._eventListeners;
          if ((n !== null && 0 < n.length) || !e.bubbles) {
            var r = t.nodeType === 9 ? t.createComment(``) : document.createTextNode(``);
            if (n)
              for (var i = 0; i < n.length; i++) {
                var a = n[i];
                r.addEventListener(a.type, a.attachedListener, Pf(a.optionsOrUseCapture));
              }
            if ((t.appendChild(r), (e = r.dispatchEvent(e)), n))
              for (i = 0; i < n.length; i++)
                (a = n[i]), r.removeEventListener(a.type, a.attachedListener, Pf(a.optionsOrUseCapture));
            return (t.removeChild(r), e);
          }
          return t.dispatchEvent(e);
        }),
        (jf.prototype.focus = function (e) {
          T(this._fragmentFiber.child, !0, Lf, e, void 0, void 0);
        }),
        (jf.prototype.focusLast = function (e) {
          var t = [];
          T(this._fragmentFiber.child, !0, Rf, t, void 0, void 0);
          for (var n = t.length - 1; 0 <= n && !Lf(t[n], e); n--);
        }),
        (jf.prototype.blur = function () {
          var e = te(this._fragmentFiber);
          e !== null && ((e = D(e)), (e = Gd(e).activeElement), e !== null && w(this._fragmentFiber, zf, e));
        }),
        (jf.prototype.observeUsing = function (e) {
          var t = !1,
            n = !1;
          w(this._fragmentFiber, (e) => {
            if (e.tag === 6) t = !0;
            else return (n = !0);
            return !1;
          }),
            t &&
              !n &&
              console.error(
                `observeUsing() was called on a FragmentInstance with only text children. Observers do not work on text nodes.`,
              ),
            this._observers === null && (this._observers = new Set()),
            this._observers.add(e),
            w(this._fragmentFiber, Bf, e);
        }),
        (jf.prototype.unobserveUsing = function (e) {
          var t = this._observers;
          if (t !== null && t.has(e)) {
            t.delete(e), w(this._fragmentFiber, Vf, e);
            for (var n = (t = 0); n < NT.length; n++) {
              var r = NT[n];
              r.fragmentInstance === this && r.observer === e ? e.unobserve(r.instance) : (NT[t++] = r);
            }
            NT.length = t;
          } else
            console.error(
              `You are calling unobserveUsing() with an observer that is not being observed with this fragment instance. First attach the observer with observeUsing()`,
            );
        });
      var NT = [],
        PT = !1;
      (jf.prototype.getClientRects = function () {
        var e = [];
        return (w(this._fragmentFiber, Uf, e), e);
      }),
        (jf.prototype.getRootNode = function (e) {
          var t = te(this._fragmentFiber);
          return t === null ? this : D(t).getRootNode(e);
        }),
        (jf.prototype.compareDocumentPosition = function (e) {
          var t = te(this._fragmentFiber);
          if (t === null) return Node.DOCUMENT_POSITION_DISCONNECTED;
          var n = [];
          w(this._fragmentFiber, Rf, n);
          var r = D(t);
          if (n.length === 0) {
            if (((t = r), E(this._fragmentFiber))) {
              a: {
                for (n = this._fragmentFiber.return; n !== null; ) {
                  if (n.tag === 4) {
                    n = n.stateNode.containerInfo;
                    break a;
                  }
                  if (n.tag === 3 || n.tag === 5 || n.tag === 27) break;
                  n = n.return;
                }
                n = null;
              }
              n != null && (t = n);
            }
            n = this._fragmentFiber;
            var i = (r = t.compareDocumentPosition(e));
            return (
              t === e
                ? (i = Node.DOCUMENT_POSITION_CONTAINS)
                : r & Node.DOCUMENT_POSITION_CONTAINED_BY &&
                  ((n = ne(n)[1]),
                  n === null
                    ? (i = Node.DOCUMENT_POSITION_PRECEDING)
                    : ((e = D(n).compareDocumentPosition(e)),
                      (i =
                        e === 0 || e & Node.DOCUMENT_POSITION_FOLLOWING
                          ? Node.DOCUMENT_POSITION_FOLLOWING
                          : Node.DOCUMENT_POSITION_PRECEDING))),
              (i |= Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC)
            );
          }
          (t = D(n[0])), (i = D(n[n.length - 1]));
          var a = E(this._fragmentFiber) ? t.parentElement : r;
          if (a == null) return Node.DOCUMENT_POSITION_DISCONNECTED;
          (r = a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_CONTAINED_BY),
            (a = a.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_CONTAINED_BY);
          var o = t.compareDocumentPosition(e),
            s = i.compareDocumentPosition(e),
            c = o & Node.DOCUMENT_POSITION_CONTAINED_BY || s & Node.DOCUMENT_POSITION_CONTAINED_BY;
          return (
            (s = r && a && o & Node.DOCUMENT_POSITION_FOLLOWING && s & Node.DOCUMENT_POSITION_PRECEDING),
            (t =
              (r && t === e) || (a && i === e) || c || s
                ? Node.DOCUMENT_POSITION_CONTAINED_BY
                : (!r && t === e) || (!a && i === e)
                  ? Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
                  : o),
            t & Node.DOCUMENT_POSITION_DISCONNECTED ||
            t & Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC ||
            Wf(t, this._fragmentFiber, n[0], n[n.length - 1], e)
              ? t
              : Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
          );
        }),
        (jf.prototype.scrollIntoView = function (e) {
          if (typeof e == `object`)
            throw Error(
              `FragmentInstance.scrollIntoView() does not support scrollIntoViewOptions. Use the alignToTop boolean instead.`,
            );
          var t = [];
          w(this._fragmentFiber, Rf, t);
          var n = !1 !== e;
          if (t.length === 0) {
            var r = ne(this._fragmentFiber);
            if (((r = n ? r[1] || r[0] || te(this._fragmentFiber) : r[0] || r[1]), r === null)) return;
            if (r.tag === 6) {
              (e = D(r)), Gf(e, n);
              return;
            }
            if (((r = D(r)), r.nodeType !== 9)) {
              if (r.nodeType === 11) {
                (n = `host` in r ? r.host : null),
                  n === null
                    ? console.warn(
                        `You are attempting to scroll a FragmentInstance that is only mounted inside a detached DocumentFragment. No scroll was performed.`,
                      )
                    : n.scrollIntoView(e);
                return;
              }
              r.scrollIntoView(e);
            }
          }
          for (r = n ? t.length - 1 : 0; r !== (n ? -1 : t.length); ) {
            var i = t[r];
            i.tag === 6 ? ((i = D(i)), Gf(i, n)) : D(i).scrollIntoView(e), (r += n ? -1 : 1);
          }
        });
      var FT = null,
        IT = 0,
        LT = 1,
        RT = 2,
        zT = 3,
        BT = 4,
        VT = new Map(),
        HT = new Set(),
        UT = Km.d;
      Km.d = {
        f: () => {
          var e = UT.f(),
            t = au();
          return e || t;
        },
        r: (e) => {
          var t = rt(e);
          t !== null && t.tag === 5 && t.type === `form` ? es(t) : UT.r(e);
        },
        D: (e) => {
          UT.D(e), vp(`dns-prefetch`, e, null);
        },
        C: (e, t) => {
          UT.C(e, t), vp(`preconnect`, e, t);
        },
        L: (e, t, n) => {
          UT.L(e, t, n);
          var r = WT;
          if (r && e && t) {
            var i = `link[rel="preload"][as="` + St(t) + `"]`;
            t === `image` && n && n.imageSrcSet
              ? ((i += `[imagesrcset="` + St(n.imageSrcSet) + `"]`),
                typeof n.imageSizes == `string` && (i += `[imagesizes="` + St(n.imageSizes) + `"]`))
              : (i += `[href="` + St(e) + `"]`);
            var a = i;
            switch (t) {
              case `style`:
                a = xp(e);
                break;
              case `script`:
                a = Tp(e);
            }
            if (
              !(
                VT.has(a) ||
                ((e = B(
                  { rel: `preload`, href: t === `image` && n && n.imageSrcSet ? void 0 : e, as: t },
                  n,
                )),
                VT.set(a, e),
                r.querySelector(i) !== null ||
                  (t === `style` && r.querySelector(Sp(a))) ||
                  (t === `script` && r.querySelector(Ep(a))))
              )
            ) {
              var o = r.createElement(`link`);
              jd(o, `link`, e),
                t === `style` &&
                  ((o[Qh] = !0),
                  (o.onload = o.onerror =
                    () => {
                      ct(o);
                    })),
                st(o),
                r.head.appendChild(o);
            }
          }
        },
        m: (e, t) => {
          UT.m(e, t);
          var n = WT;
          if (n && e) {
            var r = t && typeof t.as == `string` ? t.as : `script`,
              i = `link[rel="modulepreload"][as="` + St(r) + `"][href="` + St(e) + `"]`,
              a = i;
            switch (r) {
              case `audioworklet`:
              case `paintworklet`:
              case `serviceworker`:
              case `sharedworker`:
              case `worker`:
              case `script`:
                a = Tp(e);
            }
            if (
              !VT.has(a) &&
              ((e = B({ rel: `modulepreload`, href: e }, t)), VT.set(a, e), n.querySelector(i) === null)
            ) {
              switch (r) {
                case `audioworklet`:
                case `paintworklet`:
                case `serviceworker`:
                case `sharedworker`:
                case `worker`:
                case `script`:
                  if (n.querySelector(Ep(a))) return;
              }
              (r = n.createElement(`link`)), jd(r, `link`, e), st(r), n.head.appendChild(r);
            }
          }
        },
        X: (e, t) => {
          UT.X(e, t);
          var n = WT;
          if (n && e) {
            var r = ot(n).hoistableScripts,
              i = Tp(e),
              a = r.get(i);
            a ||
              ((a = n.querySelector(Ep(i))),
              a ||
                ((e = B({ src: e, async: !0 }, t)),
                (t = VT.get(i)) && Ap(e, t),
                (a = n.createElement(`script`)),
                st(a),
                jd(a, `link`, e),
                n.head.appendChild(a)),
              (a = { type: `script`, instance: a, count: 1, state: null }),
              r.set(i, a));
          }
        },
        S: (e, t, n) => {
          UT.S(e, t, n);
          var r = WT;
          if (r && e) {
            var i = ot(r).hoistableStyles,
              a = xp(e);
            t ||= `default`;
            var o = i.get(a);
            if (!o) {
              var s = { loading: IT, preload: null };
              if ((o = r.querySelector(Sp(a)))) s.loading = LT | BT;
              else {
                (e = B({ rel: `stylesheet`, href: e, 'data-precedence': t }, n)), (n = VT.get(a)) && kp(e, n);
                var c = (o = r.createElement(`link`));
                st(c),
                  jd(c, `link`, e),
                  (c._p = new Promise((e, t) => {
                    (c.onload = e), (c.onerror = t);
                  })),
                  c.addEventListener(`load`, () => {
                    s.loading |= LT;
                  }),
                  c.addEventListener(`error`, () => {
                    s.loading |= RT;
                  }),
                  (s.loading |= BT),
                  Op(o, t, r);
              }
              (o = { type: `stylesheet`, instance: o, count: 1, state: s }), i.set(a, o);
            }
          }
        },
        M: (e, t) => {
          UT.M(e, t);
          var n = WT;
          if (n && e) {
            var r = ot(n).hoistableScripts,
              i = Tp(e),
              a = r.get(i);
            a ||
              ((a = n.querySelector(Ep(i))),
              a ||
                ((e = B({ src: e, async: !0, type: `module` }, t)),
                (t = VT.get(i)) && Ap(e, t),
                (a = n.createElement(`script`)),
                st(a),
                jd(a, `link`, e),
                n.head.appendChild(a)),
              (a = { type: `script`, instance: a, count: 1, state: null }),
              r.set(i, a));
          }
        },
      };
      var WT = typeof document > `u` ? null : document,
        GT = null,
        KT = 6e4,
        qT = 800,
        JT = 500,
        YT = 0,
        XT = null,
        ZT = null,
        QT = qm,
        $T = {
          $$typeof: Mm,
          Provider: null,
          Consumer: null,
          _currentValue: QT,
          _currentValue2: QT,
          _threadCount: 0,
        },
        eE = `%c%s%c`,
        tE = `background: #e6e6e6;background: light-dark(rgba(0,0,0,0.1), rgba(255,255,255,0.25));color: #000000;color: light-dark(#000000, #ffffff);border-radius: 2px`,
        nE = ``,
        rE = ` `,
        iE = Function.prototype.bind,
        aE = !1,
        oE = null,
        sE = null,
        cE = null,
        lE = null,
        uE = null,
        dE = null,
        fE = null,
        pE = null,
        mE = null,
        hE = null;
      (oE = (e, r, i, a) => {
        (r = t(e, r)),
          r !== null &&
            ((i = n(r.memoizedState, i, 0, a)),
            (r.memoizedState = i),
            (r.baseState = i),
            (e.memoizedProps = B({}, e.memoizedProps)),
            (i = Tr(e, 2)),
            i !== null && eu(i, e, 2));
      }),
        (sE = (e, n, r) => {
          (n = t(e, n)),
            n !== null &&
              ((r = a(n.memoizedState, r, 0)),
              (n.memoizedState = r),
              (n.baseState = r),
              (e.memoizedProps = B({}, e.memoizedProps)),
              (r = Tr(e, 2)),
              r !== null && eu(r, e, 2));
        }),
        (cE = (e, n, i, a) => {
          (n = t(e, n)),
            n !== null &&
              ((i = r(n.memoizedState, i, a)),
              (n.memoizedState = i),
              (n.baseState = i),
              (e.memoizedProps = B({}, e.memoizedProps)),
              (i = Tr(e, 2)),
              i !== null && eu(i, e, 2));
        }),
        (lE = (e, t, r) => {
          (e.pendingProps = n(e.memoizedProps, t, 0, r)),
            e.alternate && (e.alternate.pendingProps = e.pendingProps),
            (t = Tr(e, 2)),
            t !== null && eu(t, e, 2);
        }),
        (uE = (e, t) => {
          (e.pendingProps = a(e.memoizedProps, t, 0)),
            e.alternate && (e.alternate.pendingProps = e.pendingProps),
            (t = Tr(e, 2)),
            t !== null && eu(t, e, 2);
        }),
        (dE = (e, t, n) => {
          (e.pendingProps = r(e.memoizedProps, t, n)),
            e.alternate && (e.alternate.pendingProps = e.pendingProps),
            (t = Tr(e, 2)),
            t !== null && eu(t, e, 2);
        }),
        (fE = (e) => {
          var t = Tr(e, 2);
          t !== null && eu(t, e, 2);
        }),
        (pE = (e) => {
          var t = Ve(),
            n = Tr(e, t);
          n !== null && eu(n, e, t);
        }),
        (mE = (e) => {
          s = e;
        }),
        (hE = (e) => {
          o = e;
        });
      var gE = !0,
        _E = null,
        vE = !1,
        yE = null,
        bE = null,
        xE = null,
        SE = new Map(),
        CE = new Map(),
        wE = [],
        TE =
          `mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset`.split(
            ` `,
          ),
        EE = null;
      if (
        ((vm.prototype.render = _m.prototype.render =
          function (e) {
            var t = this._internalRoot;
            if (t === null) throw Error(`Cannot update an unmounted root.`);
            var n = arguments;
            typeof n[1] == `function`
              ? console.error(
                  `does not support the second callback argument. To execute a side effect after rendering, declare it in a component body with useEffect().`,
                )
              : v(n[1])
                ? console.error(
                    `You passed a container to the second argument of root.render(...). You don't need to pass it again since you already passed it to create the root.`,
                  )
                : n[1] !== void 0 &&
                  console.error(
                    `You passed a second argument to root.render(...) but it only accepts one argument.`,
                  ),
              (n = e);
            var r = t.current;
            Jp(r, Zl(r), n, t, null, null);
          }),
        (vm.prototype.unmount = _m.prototype.unmount =
          function () {
            var e = arguments;
            if (
              (typeof e[0] == `function` &&
                console.error(
                  `does not support a callback argument. To execute a side effect after rendering, declare it in a component body with useEffect().`,
                ),
              (e = this._internalRoot),
              e !== null)
            ) {
              this._internalRoot = null;
              var t = e.containerInfo;
              (fC & (rC | iC)) !== nC &&
                console.error(
                  `Attempted to synchronously unmount a root while React was already rendering. React cannot finish unmounting the root until the current render has completed, which may lead to a race condition.`,
                ),
                Jp(e.current, 2, null, e, null, null),
                au(),
                (t[Kh] = null);
            }
          }),
        (vm.prototype.unstable_scheduleHydration = (e) => {
          if (e) {
            var t = Qe();
            e = { blockedOn: null, target: e, priority: t };
            for (var n = 0; n < wE.length && t !== 0 && t < wE[n].priority; n++);
            wE.splice(n, 0, e), n === 0 && lm(e);
          }
        }),
        (() => {
          var e = xm.version;
          if (e !== `19.3.1`)
            throw Error(
              `Incompatible React versions: The "react" and "react-dom" packages must have the exact same version. Instead got:
  - react:      ` +
                (e +
                  `
  - react-dom:  19.3.1
Learn more: https://react.dev/warnings/version-mismatch`),
            );
        })(),
        (typeof Map == `function` &&
          Map.prototype != null &&
          typeof Map.prototype.forEach == `function` &&
          typeof Set == `function` &&
          Set.prototype != null &&
          typeof Set.prototype.clear == `function` &&
          typeof Set.prototype.forEach == `function`) ||
          console.error(
            `React depends on Map and Set built-in types. Make sure that you load a polyfill in older browsers. https://react.dev/link/react-polyfills`,
          ),
        (Km.findDOMNode = (e) => {
          var t = e._reactInternals;
          if (t === void 0)
            throw typeof e.render == `function`
              ? Error(`Unable to find node on an unmounted component.`)
              : ((e = Object.keys(e).join(`,`)),
                Error(`Argument appears to not be a ReactComponent. Keys: ` + e));
          return ((e = ee(t)), (e = e === null ? null : C(e)), (e = e === null ? null : e.stateNode), e);
        }),
        !(() => {
          var e = {
            bundleType: 1,
            version: `19.3.1`,
            rendererPackageName: `react-dom`,
            currentDispatcherRef: V,
            reconcilerVersion: `19.3.1`,
          };
          return (
            (e.overrideHookState = oE),
            (e.overrideHookStateDeletePath = sE),
            (e.overrideHookStateRenamePath = cE),
            (e.overrideProps = lE),
            (e.overridePropsDeletePath = uE),
            (e.overridePropsRenamePath = dE),
            (e.scheduleUpdate = fE),
            (e.scheduleRetry = pE),
            (e.setErrorHandler = mE),
            (e.setSuspenseHandler = hE),
            (e.scheduleRefresh = g),
            (e.scheduleRoot = h),
            (e.setRefreshHandler = _),
            (e.getCurrentFiber = $p),
            Ne(e)
          );
        })() &&
          e_ &&
          window.top === window.self &&
          ((-1 < navigator.userAgent.indexOf(`Chrome`) && navigator.userAgent.indexOf(`Edge`) === -1) ||
            -1 < navigator.userAgent.indexOf(`Firefox`)))
      ) {
        var DE = window.location.protocol;
        /^(https?|file):$/.test(DE) &&
          console.info(
            `%cDownload the React DevTools for a better development experience: https://react.dev/link/react-devtools` +
              (DE === `file:`
                ? `
You might need to use a local HTTP server (instead of file://): https://react.dev/link/react-devtools-faq`
                : ``),
            `font-weight:bold`,
          );
      }
      (e.createRoot = (e, t) => {
        if (!v(e)) throw Error(`Target container is not a DOM element.`);
        ym(e);
        var n = !1,
          r = ``,
          i = bs,
          a = xs,
          o = Ss;
        return (
          t != null &&
            (t.hydrate
              ? console.warn(
                  `hydrate through createRoot is deprecated. Use ReactDOMClient.hydrateRoot(container, <App />) instead.`,
                )
              : typeof t == `object` &&
                t &&
                t.$$typeof === Em &&
                console.error(`You passed a JSX element to createRoot. You probably meant to call root.render instead. Example usage:

  let root = createRoot(domContainer);
  root.render(<App />);`),
            !0 === t.unstable_strictMode && (n = !0),
            t.identifierPrefix !== void 0 && (r = t.identifierPrefix),
            t.onUncaughtError !== void 0 && (i = t.onUncaughtError),
            t.onCaughtError !== void 0 && (a = t.onCaughtError),
            t.onRecoverableError !== void 0 && (o = t.onRecoverableError)),
          (t = Kp(e, 1, !1, null, null, n, r, null, i, a, o, gm)),
          (e[Kh] = t.current),
          pd(e),
          new _m(t)
        );
      }),
        (e.hydrateRoot = (e, t, n) => {
          if (!v(e)) throw Error(`Target container is not a DOM element.`);
          ym(e),
            t === void 0 &&
              console.error(
                `Must provide initial children as second argument to hydrateRoot. Example usage: hydrateRoot(domContainer, <App />)`,
              );
          var r = !1,
            i = ``,
            a = bs,
            o = xs,
            s = Ss,
            c = null;
          return (
            n != null &&
              (!0 === n.unstable_strictMode && (r = !0),
              n.identifierPrefix !== void 0 && (i = n.identifierPrefix),
              n.onUncaughtError !== void 0 && (a = n.onUncaughtError),
              n.onCaughtError !== void 0 && (o = n.onCaughtError),
              n.onRecoverableError !== void 0 && (s = n.onRecoverableError),
              n.formState !== void 0 && (c = n.formState)),
            (t = Kp(e, 1, !0, t, n ?? null, r, i, c, a, o, s, gm)),
            (t.context = qp(null)),
            (n = t.current),
            (r = Zl(n)),
            (r = Je(r)),
            (i = ga(r)),
            (i.callback = null),
            _a(n, i, r),
            Ci(r, `hydrateRoot()`, null),
            (n = r),
            (t.current.lanes = n),
            Ue(t, n),
            Qu(t),
            (e[Kh] = t.current),
            pd(e),
            new vm(t)
          );
        }),
        (e.version = `19.3.1`),
        typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` &&
          typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop == `function` &&
          __REACT_DEVTOOLS_GLOBAL_HOOK__.registerInternalModuleStop(Error());
    })();
  }),
  ot = o((e, t) => {
    t.exports = at();
  }),
  st = (e) => {
    throw TypeError(e);
  },
  ct = (e, t, n) => t.has(e) || st(`Cannot ` + n),
  lt = (e, t, n) => (ct(e, t, `read from private field`), n ? n.call(e) : t.get(e)),
  ut = (e, t, n) =>
    t.has(e)
      ? st(`Cannot add the same private member more than once`)
      : t instanceof WeakSet
        ? t.add(e)
        : t.set(e, n),
  dt = (e, t, n, r) => (ct(e, t, `write to private field`), r ? r.call(e, n) : t.set(e, n), n),
  ft = /^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,
  pt = /^[\\/]{2}/;
function mt(e, t) {
  return t + e.replace(/\\/g, `/`);
}
var ht = `popstate`;
function gt(e) {
  return (
    typeof e == `object` &&
    !!e &&
    `pathname` in e &&
    `search` in e &&
    `hash` in e &&
    `state` in e &&
    `key` in e
  );
}
function _t(e = {}) {
  function t(e, t) {
    const n = t.state?.masked,
      { pathname: r, search: i, hash: a } = n || e.location;
    return xt(
      ``,
      { pathname: r, search: i, hash: a },
      (t.state && t.state.usr) || null,
      (t.state && t.state.key) || `default`,
      n ? { pathname: e.location.pathname, search: e.location.search, hash: e.location.hash } : void 0,
    );
  }
  function n(e, t) {
    return typeof t == `string` ? t : St(t);
  }
  return wt(t, n, null, e);
}
function F(e, t) {
  if (e === !1 || e == null) throw Error(t);
}
function vt(e, t) {
  if (!e) {
    typeof console < `u` && console.warn(t);
    try {
      throw Error(t);
    } catch {}
  }
}
function yt() {
  return Math.random().toString(36).substring(2, 10);
}
function bt(e, t) {
  return {
    usr: e.state,
    key: e.key,
    idx: t,
    masked: e.mask ? { pathname: e.pathname, search: e.search, hash: e.hash } : void 0,
  };
}
function xt(e, t, n = null, r, i) {
  return {
    pathname: typeof e == `string` ? e : e.pathname,
    search: ``,
    hash: ``,
    ...(typeof t == `string` ? Ct(t) : t),
    state: n,
    key: (t && t.key) || r || yt(),
    mask: i,
  };
}
function St({ pathname: e = `/`, search: t = ``, hash: n = `` }) {
  return (
    t && t !== `?` && (e += t.charAt(0) === `?` ? t : `?` + t),
    n && n !== `#` && (e += n.charAt(0) === `#` ? n : `#` + n),
    e
  );
}
function Ct(e) {
  const t = {};
  if (e) {
    const n = e.indexOf(`#`);
    n >= 0 && ((t.hash = e.substring(n)), (e = e.substring(0, n)));
    const r = e.indexOf(`?`);
    r >= 0 && ((t.search = e.substring(r)), (e = e.substring(0, r))), e && (t.pathname = e);
  }
  return t;
}
function wt(e, t, n, r = {}) {
  let { window: i = document.defaultView, v5Compat: a = !1 } = r,
    o = i.history,
    s = `POP`,
    c = null,
    l = u();
  l ?? ((l = 0), o.replaceState({ ...o.state, idx: l }, ``));
  function u() {
    return (o.state || { idx: null }).idx;
  }
  function d() {
    s = `POP`;
    const e = u(),
      t = e == null ? null : e - l;
    (l = e), c && c({ action: s, location: h.location, delta: t });
  }
  function f(e, t) {
    s = `PUSH`;
    const r = gt(e) ? e : xt(h.location, e, t);
    n && n(r, e), (l = u() + 1);
    const d = bt(r, l),
      f = h.createHref(r.mask || r);
    try {
      o.pushState(d, ``, f);
    } catch (e) {
      if (e instanceof DOMException && e.name === `DataCloneError`) throw e;
      i.location.assign(f);
    }
    a && c && c({ action: s, location: h.location, delta: 1 });
  }
  function p(e, t) {
    s = `REPLACE`;
    const r = gt(e) ? e : xt(h.location, e, t);
    n && n(r, e), (l = u());
    const i = bt(r, l),
      d = h.createHref(r.mask || r);
    o.replaceState(i, ``, d), a && c && c({ action: s, location: h.location, delta: 0 });
  }
  function m(e) {
    return Tt(i, e);
  }
  const h = {
    get action() {
      return s;
    },
    get location() {
      return e(i, o);
    },
    listen(e) {
      if (c) throw Error(`A history only accepts one active listener`);
      return (
        i.addEventListener(ht, d),
        (c = e),
        () => {
          i.removeEventListener(ht, d), (c = null);
        }
      );
    },
    createHref(e) {
      return t(i, e);
    },
    createURL: m,
    encodeLocation(e) {
      const t = m(e);
      return { pathname: t.pathname, search: t.search, hash: t.hash };
    },
    push: f,
    replace: p,
    go(e) {
      return o.go(e);
    },
  };
  return h;
}
function Tt(e, t, n = !1) {
  let r = `http://localhost`;
  e && (r = e.location.origin === `null` ? e.location.href : e.location.origin),
    F(r, `No window.location.(origin|href) available to create URL`);
  let i = typeof t == `string` ? t : St(t);
  return ((i = i.replace(/ $/, `%20`)), !n && pt.test(i) && (i = r + i), new URL(i, r));
}
var Et = new URL(`http://localhost`);
function Dt(e) {
  if (e.createURL) return e.createURL(`/`);
  try {
    return new URL(e.createHref(`/`), Et);
  } catch {
    return Et;
  }
}
function Ot(e, t) {
  return e.origin === t.origin && (e.origin !== `null` || (e.protocol === t.protocol && e.host === t.host));
}
function kt(e, t) {
  if (e.startsWith(`//`)) return !0;
  const n = t.protocol.toLowerCase();
  return e.toLowerCase().startsWith(n) ? t.host === `` || e.slice(n.length).startsWith(`//`) : !1;
}
function At(e) {
  let t = e.replace(/[\t\n\r]/g, ``),
    n = 0;
  for (; t.charCodeAt(n) <= 32; ) n++;
  if (((t = t.slice(n)), !ft.test(t))) return;
  let r;
  try {
    r = new URL(e, Et);
  } catch {
    return;
  }
  if (!kt(e, r)) throw Error(`External navigation is not allowed`);
}
function jt(e, t, n, r) {
  let i = null;
  try {
    i = e == null ? null : new URL(e, n);
  } catch {}
  const a = new URL(t, n),
    o = i != null && !Ot(i, n),
    s = !Ot(a, n);
  if (r === `reject`) {
    if (o || s) throw Error(`External navigation is not allowed`);
  } else if (s && (i == null || !kt(e, i) || !Ot(i, a))) throw Error(`External navigation is not allowed`);
}
var Mt,
  Nt = class {
    constructor(e) {
      if ((ut(this, Mt, new Map()), e)) for (const [t, n] of e) this.set(t, n);
    }
    get(e) {
      if (lt(this, Mt).has(e)) return lt(this, Mt).get(e);
      if (e.defaultValue !== void 0) return e.defaultValue;
      throw Error(`No value found for context`);
    }
    set(e, t) {
      lt(this, Mt).set(e, t);
    }
  };
Mt = new WeakMap();
var Pt = new Set([`lazy`, `caseSensitive`, `path`, `id`, `index`, `children`]);
function Ft(e) {
  return Pt.has(e);
}
var It = new Set([`lazy`, `caseSensitive`, `path`, `id`, `index`, `middleware`, `children`]);
function Lt(e) {
  return It.has(e);
}
function Rt(e) {
  return e.index === !0;
}
function zt(e, t, n = [], r = {}, i = !1) {
  return e.map((e, a) => {
    const o = [...n, String(a)],
      s = typeof e.id == `string` ? e.id : o.join(`-`);
    if (
      (F(e.index !== !0 || !e.children, `Cannot specify children on an index route`),
      F(
        i || !r[s],
        `Found a route id collision on id "${s}".  Route id's must be globally unique within Data Router usages`,
      ),
      Rt(e))
    ) {
      const n = { ...e, id: s };
      return ((r[s] = Bt(n, t(n))), n);
    }
    {
      const n = { ...e, id: s, children: void 0 };
      return ((r[s] = Bt(n, t(n))), e.children && (n.children = zt(e.children, t, o, r, i)), n);
    }
  });
}
function Bt(e, t) {
  return Object.assign(e, {
    ...t,
    ...(typeof t.lazy == `object` && t.lazy != null ? { lazy: { ...e.lazy, ...t.lazy } } : {}),
  });
}
function Vt(e, t, n = `/`) {
  return Ht(e, t, n, !1);
}
function Ht(e, t, n, r, i) {
  const a = un((typeof t == `string` ? Ct(t) : t).pathname || `/`, n);
  if (a == null) return null;
  let o = i ?? Wt(e),
    s = null,
    c = ln(a);
  for (let e = 0; s == null && e < o.length; ++e) s = rn(o[e], c, r);
  return s;
}
function Ut(e, t) {
  const { route: n, pathname: r, params: i } = e;
  return { id: n.id, pathname: r, params: i, data: t[n.id], loaderData: t[n.id], handle: n.handle };
}
function Wt(e) {
  const t = Gt(e);
  return (qt(t), t);
}
function Gt(e, t = [], n = [], r = ``, i = !1) {
  const a = (e, a, o = i, s) => {
    const c = {
      relativePath: s === void 0 ? e.path || `` : s,
      caseSensitive: e.caseSensitive === !0,
      childrenIndex: a,
      route: e,
    };
    if (c.relativePath.startsWith(`/`)) {
      if (!c.relativePath.startsWith(r) && o) return;
      F(
        c.relativePath.startsWith(r),
        `Absolute route path "${c.relativePath}" nested under path "${r}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`,
      ),
        (c.relativePath = c.relativePath.slice(r.length));
    }
    const l = bn([r, c.relativePath]),
      u = n.concat(c);
    e.children &&
      e.children.length > 0 &&
      (F(
        e.index !== !0,
        `Index routes must not have child routes. Please remove all child routes from route path "${l}".`,
      ),
      Gt(e.children, t, u, l, o)),
      (e.path != null || e.index) &&
        t.push({
          path: l,
          score: tn(l, e.index),
          routesMeta: u.map((e, t) => {
            const [n, r] = cn(e.relativePath, e.caseSensitive, t === u.length - 1);
            return { ...e, matcher: n, compiledParams: r };
          }),
        });
  };
  return (
    e.forEach((e, t) => {
      if (e.path === `` || !e.path?.includes(`?`)) a(e, t);
      else for (const n of Kt(e.path)) a(e, t, !0, n);
    }),
    t
  );
}
function Kt(e) {
  const t = e.split(`/`);
  if (t.length === 0) return [];
  const [n, ...r] = t,
    i = n.endsWith(`?`),
    a = n.replace(/\?$/, ``);
  if (r.length === 0) return i ? [a, ``] : [a];
  const o = Kt(r.join(`/`)),
    s = [];
  return (
    s.push(...o.map((e) => (e === `` ? a : [a, e].join(`/`)))),
    i && s.push(...o),
    s.map((t) => (e.startsWith(`/`) && t === `` ? `/` : t))
  );
}
function qt(e) {
  e.sort((e, t) =>
    e.score === t.score
      ? nn(
          e.routesMeta.map((e) => e.childrenIndex),
          t.routesMeta.map((e) => e.childrenIndex),
        )
      : t.score - e.score,
  );
}
var Jt = /^:[\w-]+$/,
  Yt = 3,
  Xt = 2,
  Zt = 1,
  Qt = 10,
  $t = -2,
  en = (e) => e === `*`;
function tn(e, t) {
  let n = e.split(`/`),
    r = n.length;
  return (
    n.some(en) && (r += $t),
    t && (r += Xt),
    n.filter((e) => !en(e)).reduce((e, t) => e + (Jt.test(t) ? Yt : t === `` ? Zt : Qt), r)
  );
}
function nn(e, t) {
  return e.length === t.length && e.slice(0, -1).every((e, n) => e === t[n])
    ? e[e.length - 1] - t[t.length - 1]
    : 0;
}
function rn(e, t, n = !1) {
  let { routesMeta: r } = e,
    i = {},
    a = `/`,
    o = [];
  for (let e = 0; e < r.length; ++e) {
    let s = r[e],
      c = e === r.length - 1,
      l = a === `/` ? t : t.slice(a.length) || `/`,
      u = { path: s.relativePath, caseSensitive: s.caseSensitive, end: c },
      d = s.matcher && s.compiledParams ? sn(u, l, s.matcher, s.compiledParams) : on(u, l),
      f = s.route;
    if (
      (!d &&
        c &&
        n &&
        !r[r.length - 1].route.index &&
        (d = on({ path: s.relativePath, caseSensitive: s.caseSensitive, end: !1 }, l)),
      !d)
    )
      return null;
    Object.assign(i, d.params),
      o.push({
        params: i,
        pathname: bn([a, d.pathname]),
        pathnameBase: Sn(bn([a, d.pathnameBase])),
        route: f,
      }),
      d.pathnameBase !== `/` && (a = bn([a, d.pathnameBase]));
  }
  return o;
}
var an = 12;
function on(e, t) {
  typeof e == `string` && (e = { path: e, caseSensitive: !1, end: !0 });
  let { path: n } = e,
    r = 0;
  for (let e = n.indexOf(`?`); e !== -1; e = n.indexOf(`?`, e + 1))
    if (++r > an)
      throw Error(`Path pattern ${JSON.stringify(n)} exceeds the limit of ${an} optional segments.`);
  const [i, a] = cn(n, e.caseSensitive, e.end);
  return sn(e, t, i, a);
}
function sn(e, t, n, r) {
  const i = t.match(n);
  if (!i) return null;
  let a = i[0],
    o = xn(a, 1),
    s = i.slice(1);
  return {
    params: r.reduce((e, { paramName: t, isOptional: n }, r) => {
      if (t === `*`) {
        const e = s[r] || ``;
        o = xn(a.slice(0, a.length - e.length), 1);
      }
      const i = s[r];
      return ((e[t] = n && !i ? void 0 : (i || ``).replace(/%2F/g, `/`)), e);
    }, {}),
    pathname: a,
    pathnameBase: o,
    pattern: e,
  };
}
function cn(e, t = !1, n = !0) {
  vt(
    e === `*` || !e.endsWith(`*`) || e.endsWith(`/*`),
    `Route path "${e}" will be treated as if it were "${e.replace(/\*$/, `/*`)}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${e.replace(/\*$/, `/*`)}".`,
  );
  let r = [],
    i =
      `^` +
      e
        .replace(/\/*\*?$/, ``)
        .replace(/^\/*/, `/`)
        .replace(/[\\.*+^${}|()[\]]/g, `\\$&`)
        .replace(/\/:([\w-]+)(\?)?/g, (e, t, n, i, a) => {
          if ((r.push({ paramName: t, isOptional: n != null }), n)) {
            const t = a.charAt(i + e.length);
            return t && t !== `/` ? `/([^\\/]*)` : `(?:/([^\\/]*))?`;
          }
          return `/([^\\/]+)`;
        })
        .replace(/\/([\w-]+)\?(\/|$)/g, `(/$1)?$2`);
  return (
    e.endsWith(`*`)
      ? (r.push({ paramName: `*` }), (i += e === `*` || e === `/*` ? `(.*)$` : `(?:\\/(.+)|\\/*)$`))
      : n
        ? (i += `\\/*$`)
        : e !== `` && e !== `/` && (i += `(?:(?=\\/|$))`),
    [new RegExp(i, t ? void 0 : `i`), r]
  );
}
function ln(e) {
  try {
    return e
      .split(`/`)
      .map((e) => decodeURIComponent(e).replace(/\//g, `%2F`))
      .join(`/`);
  } catch (t) {
    return (
      vt(
        !1,
        `The URL path "${e}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${t}).`,
      ),
      e
    );
  }
}
function un(e, t) {
  if (t === `/`) return e;
  if (!e.toLowerCase().startsWith(t.toLowerCase())) return null;
  const n = t.endsWith(`/`) ? t.length - 1 : t.length,
    r = e.charAt(n);
  return r && r !== `/` ? null : e.slice(n) || `/`;
}
function dn({ basename: e, pathname: t }) {
  return t === `/` ? e : bn([e, t]);
}
var fn = (e) => ft.test(e);
function pn(e, t = `/`) {
  let { pathname: n, search: r = ``, hash: i = `` } = typeof e == `string` ? Ct(e) : e,
    a;
  return (
    n
      ? ((n = yn(n)), (a = n.startsWith(`/`) || n.startsWith(`\\`) ? mn(n.substring(1), `/`) : mn(n, t)))
      : (a = t),
    { pathname: a, search: Cn(r), hash: wn(i) }
  );
}
function mn(e, t) {
  const n = xn(t).split(`/`);
  return (
    e.split(`/`).forEach((e) => {
      e === `..` ? n.length > 1 && n.pop() : e !== `.` && n.push(e);
    }),
    n.length > 1 ? n.join(`/`) : `/`
  );
}
function hn(e, t, n, r) {
  return `Cannot include a '${e}' character in a manually specified \`to.${t}\` field [${JSON.stringify(r)}].  Please separate it out to the \`to.${n}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`;
}
function gn(e) {
  return e.filter((e, t) => t === 0 || (e.route.path && e.route.path.length > 0));
}
function _n(e) {
  const t = gn(e);
  return t.map((e, n) => (n === t.length - 1 ? e.pathname : e.pathnameBase));
}
function vn(e, t, n, r = !1) {
  let i;
  typeof e == `string`
    ? (i = Ct(e))
    : ((i = { ...e }),
      F(!i.pathname || !i.pathname.includes(`?`), hn(`?`, `pathname`, `search`, i)),
      F(!i.pathname || !i.pathname.includes(`#`), hn(`#`, `pathname`, `hash`, i)),
      F(!i.search || !i.search.includes(`#`), hn(`#`, `search`, `hash`, i)));
  let a = e === `` || i.pathname === ``,
    o = a ? `/` : i.pathname,
    s;
  if (o == null) s = n;
  else {
    let e = t.length - 1;
    if (!r && o.startsWith(`..`)) {
      const t = o.split(`/`);
      for (; t[0] === `..`; ) t.shift(), --e;
      i.pathname = t.join(`/`);
    }
    s = e >= 0 ? t[e] : `/`;
  }
  const c = pn(i, s),
    l = o && o !== `/` && o.endsWith(`/`),
    u = (a || o === `.`) && n.endsWith(`/`);
  return (!c.pathname.endsWith(`/`) && (l || u) && (c.pathname += `/`), c);
}
var yn = (e) => e.replace(/[\\/]{2,}/g, `/`),
  bn = (e) => yn(e.join(`/`));
function xn(e, t = 0) {
  let n = e.length;
  for (; n > t && e.charCodeAt(n - 1) === 47; ) n--;
  return n === e.length ? e : e.slice(0, n);
}
var Sn = (e) => xn(e).replace(/^\/*/, `/`),
  Cn = (e) => (!e || e === `?` ? `` : e.startsWith(`?`) ? e : `?` + e),
  wn = (e) => (!e || e === `#` ? `` : e.startsWith(`#`) ? e : `#` + e),
  Tn = [`EvalError`, `RangeError`, `ReferenceError`, `SyntaxError`, `TypeError`, `URIError`],
  En = class {
    constructor(e, t, n, r = !1) {
      (this.status = e),
        (this.statusText = t || ``),
        (this.internal = r),
        n instanceof Error ? ((this.data = n.toString()), (this.error = n)) : (this.data = n);
    }
  };
function Dn(e) {
  return (
    e != null &&
    typeof e.status == `number` &&
    typeof e.statusText == `string` &&
    typeof e.internal == `boolean` &&
    `data` in e
  );
}
function On(e) {
  return bn(e.map((e) => e.route.path).filter(Boolean)) || `/`;
}
var kn = typeof window < `u` && window.document !== void 0 && window.document.createElement !== void 0;
function An(e, t) {
  let n = e;
  if (typeof n != `string` || !ft.test(n)) return { absoluteURL: void 0, isExternal: !1, to: n };
  let r = n,
    i = !1;
  if (kn)
    try {
      const e = new URL(window.location.href),
        r = pt.test(n) ? new URL(mt(n, e.protocol)) : new URL(n),
        a = un(r.pathname, t);
      r.origin === e.origin && a != null ? (n = a + r.search + r.hash) : (i = !0);
    } catch {
      vt(
        !1,
        `<Link to="${n}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`,
      );
    }
  return { absoluteURL: r, isExternal: i, to: n };
}
var jn = Symbol(`Uninstrumented`);
function Mn(e, t) {
  const n = {
    lazy: [],
    'lazy.loader': [],
    'lazy.action': [],
    'lazy.middleware': [],
    middleware: [],
    loader: [],
    action: [],
  };
  e.forEach((e) =>
    e({
      id: t.id,
      index: t.index,
      path: t.path,
      instrument(e) {
        const t = Object.keys(n);
        for (const r of t) e[r] && n[r].push(e[r]);
      },
    }),
  );
  const r = {};
  if (typeof t.lazy == `function` && n.lazy.length > 0) {
    const e = Pn(n.lazy, t.lazy, () => void 0);
    e && (r.lazy = e);
  }
  if (typeof t.lazy == `object`) {
    const e = t.lazy;
    [`middleware`, `loader`, `action`].forEach((t) => {
      const i = e[t],
        a = n[`lazy.${t}`];
      if (typeof i == `function` && a.length > 0) {
        const e = Pn(a, i, () => void 0);
        e && (r.lazy = Object.assign(r.lazy || {}, { [t]: e }));
      }
    });
  }
  return (
    [`loader`, `action`].forEach((e) => {
      const i = t[e];
      if (typeof i == `function` && n[e].length > 0) {
        const t = i[jn] ?? i,
          a = Pn(n[e], t, (...e) => In(e[0]));
        a && (e === `loader` && t.hydrate === !0 && (a.hydrate = !0), (a[jn] = t), (r[e] = a));
      }
    }),
    t.middleware &&
      t.middleware.length > 0 &&
      n.middleware.length > 0 &&
      (r.middleware = t.middleware.map((e) => {
        const t = e[jn] ?? e,
          r = Pn(n.middleware, t, (...e) => In(e[0]));
        return r ? ((r[jn] = t), r) : e;
      })),
    r
  );
}
function Nn(e, t) {
  const n = { navigate: [], fetch: [] };
  if (
    (t.forEach((e) =>
      e({
        instrument(e) {
          const t = Object.keys(e);
          for (const r of t) e[r] && n[r].push(e[r]);
        },
      }),
    ),
    n.navigate.length > 0)
  ) {
    const t = e.navigate[jn] ?? e.navigate,
      r = Pn(n.navigate, t, (...t) => {
        const [n, r] = t;
        return { to: typeof n == `number` || typeof n == `string` ? n : n ? St(n) : `.`, ...Ln(e, r ?? {}) };
      });
    r && ((r[jn] = t), (e.navigate = r));
  }
  if (n.fetch.length > 0) {
    const t = e.fetch[jn] ?? e.fetch,
      r = Pn(n.fetch, t, (...t) => {
        const [n, , r, i] = t;
        return { href: r ?? `.`, fetcherKey: n, ...Ln(e, i ?? {}) };
      });
    r && ((r[jn] = t), (e.fetch = r));
  }
  return e;
}
function Pn(e, t, n) {
  return e.length === 0
    ? null
    : async (...r) => {
        const i = await Fn(e, n(...r), () => t(...r), e.length - 1);
        if (i.type === `error`) throw i.value;
        return i.value;
      };
}
async function Fn(e, t, n, r) {
  let i = e[r],
    a;
  if (i) {
    let o,
      s = async () => (
        o ? console.error(`You cannot call instrumented handlers more than once`) : (o = Fn(e, t, n, r - 1)),
        (a = await o),
        F(a, `Expected a result`),
        a.type === `error` && a.value instanceof Error
          ? { status: `error`, error: a.value }
          : { status: `success`, error: void 0 }
      );
    try {
      await i(s, t);
    } catch (e) {
      console.error(`An instrumentation function threw an error:`, e);
    }
    o || (await s()), await o;
  } else
    try {
      a = { type: `success`, value: await n() };
    } catch (e) {
      a = { type: `error`, value: e };
    }
  return a || { type: `error`, value: Error(`No result assigned in instrumentation chain.`) };
}
function In(e) {
  const { request: t, context: n, params: r, pattern: i } = e;
  return { request: Rn(t), params: { ...r }, pattern: i, context: zn(n) };
}
function Ln(e, t) {
  return {
    currentUrl: St(e.state.location),
    ...(`formMethod` in t ? { formMethod: t.formMethod } : {}),
    ...(`formEncType` in t ? { formEncType: t.formEncType } : {}),
    ...(`formData` in t ? { formData: t.formData } : {}),
    ...(`body` in t ? { body: t.body } : {}),
  };
}
function Rn(e) {
  return { method: e.method, url: e.url, headers: { get: (...t) => e.headers.get(...t) } };
}
function zn(e) {
  if (Vn(e)) {
    const t = { ...e };
    return (Object.freeze(t), t);
  }
  return { get: (t) => e.get(t) };
}
var Bn = Object.getOwnPropertyNames(Object.prototype).sort().join(`\0`);
function Vn(e) {
  if (typeof e != `object` || !e) return !1;
  const t = Object.getPrototypeOf(e);
  return t === Object.prototype || t === null || Object.getOwnPropertyNames(t).sort().join(`\0`) === Bn;
}
var Hn = [`POST`, `PUT`, `PATCH`, `DELETE`],
  Un = new Set(Hn),
  Wn = [`GET`, ...Hn],
  Gn = new Set(Wn),
  Kn = new Set([301, 302, 303, 307, 308]),
  qn = new Set([307, 308]),
  Jn = {
    state: `idle`,
    location: void 0,
    matches: void 0,
    historyAction: void 0,
    formMethod: void 0,
    formAction: void 0,
    formEncType: void 0,
    formData: void 0,
    json: void 0,
    text: void 0,
  },
  Yn = {
    state: `idle`,
    data: void 0,
    formMethod: void 0,
    formAction: void 0,
    formEncType: void 0,
    formData: void 0,
    json: void 0,
    text: void 0,
  },
  Xn = { state: `unblocked`, proceed: void 0, reset: void 0, location: void 0 },
  Zn = (e) => ({ hasErrorBoundary: !!e.hasErrorBoundary }),
  Qn = `remix-router-transitions`,
  $n = Symbol(`ResetLoaderData`),
  er,
  tr,
  nr,
  rr,
  ir = class {
    constructor(e) {
      ut(this, er), ut(this, tr), ut(this, nr), ut(this, rr), dt(this, er, e), dt(this, tr, Wt(e));
    }
    get stableRoutes() {
      return lt(this, er);
    }
    get activeRoutes() {
      return lt(this, nr) ?? lt(this, er);
    }
    get branches() {
      return lt(this, rr) ?? lt(this, tr);
    }
    get hasHMRRoutes() {
      return lt(this, nr) != null;
    }
    setRoutes(e) {
      dt(this, er, e), dt(this, tr, Wt(e));
    }
    setHmrRoutes(e) {
      dt(this, nr, e), dt(this, rr, Wt(e));
    }
    commitHmrRoutes() {
      lt(this, nr) &&
        (dt(this, er, lt(this, nr)), dt(this, tr, lt(this, rr)), dt(this, nr, void 0), dt(this, rr, void 0));
    }
  };
(er = new WeakMap()), (tr = new WeakMap()), (nr = new WeakMap()), (rr = new WeakMap());
function ar(e) {
  const t = e.window ? e.window : typeof window < `u` ? window : void 0,
    n = t !== void 0 && t.document !== void 0 && t.document.createElement !== void 0;
  F(e.routes.length > 0, `You must provide a non-empty routes array to createRouter`);
  let r = e.hydrationRouteProperties || [],
    i = e.mapRouteProperties || Zn,
    a = i;
  if (e.instrumentations) {
    const t = e.instrumentations;
    a = (e) => ({ ...i(e), ...Mn(t.map((e) => e.route).filter(Boolean), e) });
  }
  let o = {},
    s = new ir(zt(e.routes, a, void 0, o)),
    c = e.basename || `/`;
  c.startsWith(`/`) || (c = `/${c}`);
  let l = e.dataStrategy || Sr,
    u = { ...e.future },
    d = null,
    f = new Set(),
    p = null,
    m = null,
    h = null,
    g = null,
    _ = e.hydrationData != null,
    v = Ht(s.activeRoutes, e.history.location, c, !1, s.branches),
    y = !1,
    b = null,
    x,
    S;
  if (v == null && !e.patchRoutesOnNavigation) {
    const t = qr(404, { pathname: e.history.location.pathname }),
      { matches: n, route: r } = Kr(s.activeRoutes);
    (x = !0), (S = !x), (v = n), (b = { [r.id]: t });
  } else if (
    (v && !e.hydrationData && Ye(v, s.activeRoutes, e.history.location.pathname).active && (v = null), !v)
  ) {
    (x = !1), (S = !x), (v = []);
    const t = Ye(null, s.activeRoutes, e.history.location.pathname);
    t.active && t.matches && ((y = !0), (v = t.matches));
  } else if (v.some((e) => e.route.lazy)) (x = !1), (S = !x);
  else if (!v.some((e) => ur(e.route))) (x = !0), (S = !x);
  else {
    let t = e.hydrationData ? e.hydrationData.loaderData : null,
      n = e.hydrationData ? e.hydrationData.errors : null,
      r = v;
    if (n) {
      const e = v.findIndex((e) => n[e.route.id] !== void 0);
      r = r.slice(0, e + 1);
    }
    (S = !1),
      (x = !0),
      r.forEach((e) => {
        const r = dr(e.route, t, n);
        (S ||= r.renderFallback), (x &&= !r.shouldLoad);
      });
  }
  let ee,
    C = {
      historyAction: e.history.action,
      location: e.history.location,
      matches: v,
      initialized: x,
      renderFallback: S,
      navigation: Jn,
      restoreScrollPosition: e.hydrationData == null && null,
      preventScrollReset: !1,
      revalidation: `idle`,
      loaderData: (e.hydrationData && e.hydrationData.loaderData) || {},
      actionData: (e.hydrationData && e.hydrationData.actionData) || null,
      errors: (e.hydrationData && e.hydrationData.errors) || b,
      fetchers: new Map(),
      blockers: new Map(),
    },
    w = `POP`,
    T = null,
    te = !1,
    E,
    ne = !1,
    re = new Map(),
    D = null,
    O = !1,
    ie = !1,
    ae = new Set(),
    oe = new Map(),
    se = 0,
    k = -1,
    ce = new Map(),
    A = new Set(),
    le = new Map(),
    ue = new Map(),
    j = new Set(),
    de = new Map(),
    fe,
    pe = null;
  function me() {
    if (
      ((d = e.history.listen(({ action: t, location: n, delta: r }) => {
        if (fe) {
          fe(), (fe = void 0);
          return;
        }
        vt(
          de.size === 0 || r != null,
          'You are trying to use a blocker on a POP navigation to a location that was not created by @remix-run/router. This will fail silently in production. This can happen if you are navigating outside the router via `window.history.pushState`/`window.location.hash` instead of using router navigation APIs.  This can also happen if you are using createHashRouter and the user manually changes the URL.',
        );
        const i = Ue({ currentLocation: C.location, nextLocation: n, historyAction: t });
        if (i && r != null) {
          const t = new Promise((e) => {
            fe = e;
          });
          e.history.go(r * -1),
            He(i, {
              state: `blocked`,
              location: n,
              proceed() {
                He(i, { state: `proceeding`, proceed: void 0, reset: void 0, location: n }),
                  t.then(() => e.history.go(r));
              },
              reset() {
                const e = new Map(C.blockers);
                e.set(i, Xn), _e({ blockers: e });
              },
            }),
            T?.resolve(),
            (T = null);
        } else return xe(t, n);
      })),
      n)
    ) {
      _i(t, re);
      const e = () => vi(t, re);
      t.addEventListener(`pagehide`, e), (D = () => t.removeEventListener(`pagehide`, e));
    }
    return (C.initialized || xe(`POP`, C.location, { initialHydration: !0 }), ee);
  }
  function he() {
    d && d(),
      D && D(),
      f.clear(),
      E && E.abort(),
      C.fetchers.forEach((e, t) => Pe(C.fetchers, t)),
      C.blockers.forEach((e, t) => Ve(t));
  }
  function ge(e) {
    if ((f.add(e), p)) {
      const { newErrors: t } = p;
      (p = null), e(C, { deletedFetchers: [], newErrors: t, viewTransitionOpts: void 0, flushSync: !1 });
    }
    return () => f.delete(e);
  }
  function _e(e, t = {}) {
    (e.matches &&= e.matches.map((e) => {
      const t = o[e.route.id],
        n = e.route;
      return n.element !== t.element ||
        n.errorElement !== t.errorElement ||
        n.hydrateFallbackElement !== t.hydrateFallbackElement
        ? { ...e, route: t }
        : e;
    })),
      (C = { ...C, ...e });
    const n = [],
      r = [];
    C.fetchers.forEach((e, t) => {
      e.state === `idle` && (j.has(t) ? n.push(t) : r.push(t));
    }),
      j.forEach((e) => {
        !C.fetchers.has(e) && !oe.has(e) && n.push(e);
      }),
      f.size === 0 && (p = { newErrors: e.errors ?? null }),
      [...f].forEach((r) =>
        r(C, {
          deletedFetchers: n,
          newErrors: e.errors ?? null,
          viewTransitionOpts: t.viewTransitionOpts,
          flushSync: t.flushSync === !0,
        }),
      ),
      n.forEach((e) => Pe(C.fetchers, e)),
      r.forEach((e) => C.fetchers.delete(e));
  }
  function ve(t, n, { flushSync: r } = {}) {
    let i =
        C.actionData != null &&
        C.navigation.formMethod != null &&
        ci(C.navigation.formMethod) &&
        C.navigation.state === `loading` &&
        t.state?._isRedirect !== !0,
      a;
    a = n.actionData ? (Object.keys(n.actionData).length > 0 ? n.actionData : null) : i ? C.actionData : null;
    let o = n.loaderData ? Ur(C.loaderData, n.loaderData, n.matches || [], n.errors) : C.loaderData,
      c = C.blockers;
    c.size > 0 && ((c = new Map(c)), c.forEach((e, t) => c.set(t, Xn)));
    const l = !O && Je(t, n.matches || C.matches),
      u =
        te === !0 ||
        (C.navigation.formMethod != null && ci(C.navigation.formMethod) && t.state?._isRedirect !== !0);
    s.commitHmrRoutes(),
      O ||
        w === `POP` ||
        (w === `PUSH` ? e.history.push(t, t.state) : w === `REPLACE` && e.history.replace(t, t.state));
    let d;
    if (w === `POP` && !O && t !== C.location) {
      const e = re.get(C.location.pathname);
      e && e.has(t.pathname)
        ? (d = { currentLocation: C.location, nextLocation: t })
        : re.has(t.pathname) && (d = { currentLocation: t, nextLocation: C.location });
    } else if (ne) {
      let e = re.get(C.location.pathname);
      e ? e.add(t.pathname) : ((e = new Set([t.pathname])), re.set(C.location.pathname, e)),
        (d = { currentLocation: C.location, nextLocation: t });
    }
    _e(
      {
        ...n,
        actionData: a,
        loaderData: o,
        historyAction: w,
        location: t,
        initialized: !0,
        renderFallback: !1,
        navigation: Jn,
        revalidation: `idle`,
        restoreScrollPosition: l,
        preventScrollReset: u,
        blockers: c,
      },
      { viewTransitionOpts: d, flushSync: r === !0 },
    ),
      (w = `POP`),
      (te = !1),
      (ne = !1),
      (O = !1),
      (ie = !1),
      T?.resolve(),
      (T = null),
      pe?.resolve(),
      (pe = null);
  }
  async function ye(t, n) {
    if ((T?.resolve(), (T = null), typeof t == `number`)) {
      T ||= yi();
      const n = T.promise;
      return (e.history.go(t), n);
    }
    let {
        path: r,
        submission: i,
        error: a,
      } = cr(!1, sr(C.location, C.matches, c, t, n?.fromRouteId, n?.relative), n),
      o;
    if (n?.mask) {
      const t = typeof n.mask == `string` ? Ct(n.mask) : { ...C.location.mask, ...n.mask };
      if (
        ((o = { pathname: t.pathname ?? ``, search: t.search ?? ``, hash: t.hash ?? `` }),
        pt.test(o.pathname))
      )
        throw Error(`External navigation is not allowed`);
      o.pathname.startsWith(`\\`) && (o.pathname = o.pathname.replace(/^\\+/, `/`)),
        jt(typeof n.mask == `string` ? n.mask : St(n.mask), St(o), e.history.createURL(`/`), `reject`);
    }
    let s = C.location,
      l = xt(s, r, n && n.state, void 0, o);
    (l = { ...l, ...e.history.encodeLocation(l) }),
      jt(
        t == null ? e.history.createHref(C.location) : typeof t == `string` ? t : St(t),
        e.history.createHref(l.mask || l),
        e.history.createURL(`/`),
        `reject`,
      );
    let u = n && n.replace != null ? n.replace : void 0,
      d = `PUSH`;
    u === !0
      ? (d = `REPLACE`)
      : u === !1 ||
        (i != null &&
          ci(i.formMethod) &&
          i.formAction === C.location.pathname + C.location.search &&
          (d = `REPLACE`));
    const f = n && `preventScrollReset` in n ? n.preventScrollReset === !0 : void 0,
      p = (n && n.flushSync) === !0,
      m = Ue({ currentLocation: s, nextLocation: l, historyAction: d });
    m
      ? He(m, {
          state: `blocked`,
          location: l,
          proceed() {
            He(m, { state: `proceeding`, proceed: void 0, reset: void 0, location: l }), ye(t, n);
          },
          reset() {
            const e = new Map(C.blockers);
            e.set(m, Xn), _e({ blockers: e });
          },
        })
      : await xe(d, l, {
          submission: i,
          pendingError: a,
          preventScrollReset: f,
          replace: n && n.replace,
          enableViewTransition: n && n.viewTransition,
          flushSync: p,
          callSiteDefaultShouldRevalidate: n && n.defaultShouldRevalidate,
        });
  }
  function be() {
    (pe ||= yi()), Ae(), _e({ revalidation: `loading` });
    const e = pe.promise;
    return C.navigation.state === `submitting`
      ? e
      : C.navigation.state === `idle`
        ? (xe(C.historyAction, C.location, { startUninterruptedRevalidation: !0 }), e)
        : (xe(w || C.historyAction, C.navigation.location, {
            overrideNavigation: C.navigation,
            enableViewTransition: ne === !0,
          }),
          e);
  }
  async function xe(t, n, r) {
    E && E.abort(),
      (E = null),
      (w = t),
      (O = (r && r.startUninterruptedRevalidation) === !0),
      qe(C.location, C.matches),
      (te = (r && r.preventScrollReset) === !0),
      (ne = (r && r.enableViewTransition) === !0);
    let i = s.activeRoutes,
      a =
        r?.initialHydration && C.matches && C.matches.length > 0 && !y
          ? C.matches
          : Ht(i, n, c, !1, s.branches),
      o = (r && r.flushSync) === !0;
    if (
      a &&
      C.initialized &&
      !ie &&
      Xr(C.location, n) &&
      !(r && r.submission && ci(r.submission.formMethod))
    ) {
      ve(n, { matches: a }, { flushSync: o });
      return;
    }
    const l = Ye(a, i, n.pathname);
    if ((l.active && l.matches && (a = l.matches), !a)) {
      const { error: e, notFoundMatches: t, route: r } = We(n.pathname);
      ve(n, { matches: t, loaderData: {}, errors: { [r.id]: e } }, { flushSync: o });
      return;
    }
    let u = r && r.overrideNavigation ? { ...r.overrideNavigation, matches: a, historyAction: t } : void 0;
    E = new AbortController();
    let d = Lr(e.history, n, E.signal, r && r.submission),
      f = e.getContext ? await e.getContext() : new Nt(),
      p;
    if (r && r.pendingError) p = [Gr(a).route.id, { type: `error`, error: r.pendingError }];
    else if (r && r.submission && ci(r.submission.formMethod)) {
      const i = await Se(d, n, r.submission, a, t, f, l.active, r && r.initialHydration === !0, {
        replace: r.replace,
        flushSync: o,
      });
      if (i.shortCircuited) return;
      if (i.pendingActionResult) {
        const [e, t] = i.pendingActionResult;
        if (ti(t) && Dn(t.error) && t.error.status === 404) {
          (E = null), ve(n, { matches: i.matches, loaderData: {}, errors: { [e]: t.error } });
          return;
        }
      }
      (a = i.matches || a),
        (p = i.pendingActionResult),
        (u = fi(n, a, t, r.submission)),
        (o = !1),
        (l.active = !1),
        (d = Lr(e.history, d.url, d.signal));
    }
    const {
      shortCircuited: m,
      matches: h,
      loaderData: g,
      errors: _,
      workingFetchers: v,
    } = await Ce(
      d,
      n,
      a,
      t,
      f,
      l.active,
      u,
      r && r.submission,
      r && r.fetcherSubmission,
      r && r.replace,
      r && r.initialHydration === !0,
      o,
      p,
      r && r.callSiteDefaultShouldRevalidate,
    );
    m ||
      ((E = null),
      ve(n, { matches: h || a, ...Wr(p), loaderData: g, errors: _, ...(v ? { fetchers: v } : {}) }));
  }
  async function Se(t, n, i, l, u, d, f, p, m = {}) {
    if ((Ae(), _e({ navigation: pi(n, l, u, i) }, { flushSync: m.flushSync === !0 }), f)) {
      const e = await Xe(l, n.pathname, t.signal);
      if (e.type === `aborted`) return { shortCircuited: !0 };
      if (e.type === `error`) {
        if (e.partialMatches.length === 0) {
          const { matches: t, route: n } = Kr(s.activeRoutes);
          return { matches: t, pendingActionResult: [n.id, { type: `error`, error: e.error }] };
        }
        const t = Gr(e.partialMatches).route.id;
        return { matches: e.partialMatches, pendingActionResult: [t, { type: `error`, error: e.error }] };
      }
      if (e.matches) l = e.matches;
      else {
        const { notFoundMatches: e, error: t, route: r } = We(n.pathname);
        return { matches: e, pendingActionResult: [r.id, { type: `error`, error: t }] };
      }
    }
    let h,
      g = ui(l, n);
    if (!g.route.action && !g.route.lazy)
      h = { type: `error`, error: qr(405, { method: t.method, pathname: n.pathname, routeId: g.route.id }) };
    else {
      const e = await Oe(t, n, Or(a, o, t, n, l, g, p ? [] : r, d), d, null);
      if (((h = e[g.route.id]), !h)) {
        for (const t of l)
          if (e[t.route.id]) {
            h = e[t.route.id];
            break;
          }
      }
      if (t.signal.aborted) return { shortCircuited: !0 };
    }
    if (ni(h)) {
      let n;
      return (
        (n =
          m && m.replace != null
            ? m.replace
            : Ir(h.response.headers.get(`Location`), new URL(t.url), c, e.history) ===
              C.location.pathname + C.location.search),
        await De(t, h, !0, { submission: i, replace: n }),
        { shortCircuited: !0 }
      );
    }
    if (ti(h)) {
      const e = Gr(l, g.route.id);
      return (
        (m && m.replace) !== !0 && (w = `PUSH`),
        { matches: l, pendingActionResult: [e.route.id, h, g.route.id] }
      );
    }
    return { matches: l, pendingActionResult: [g.route.id, h] };
  }
  async function Ce(t, n, i, l, u, d, f, p, m, h, g, _, v, y) {
    const b = f || fi(n, i, l, p),
      x = p || m || di(b),
      S = !O && !g;
    if (d) {
      if (S) {
        const e = we(v);
        _e({ navigation: b, ...(e === void 0 ? {} : { actionData: e }) }, { flushSync: _ });
      }
      const e = await Xe(i, n.pathname, t.signal);
      if (e.type === `aborted`) return { shortCircuited: !0 };
      if (e.type === `error`) {
        if (e.partialMatches.length === 0) {
          const { matches: t, route: n } = Kr(s.activeRoutes);
          return { matches: t, loaderData: {}, errors: { [n.id]: e.error } };
        }
        const t = Gr(e.partialMatches).route.id;
        return { matches: e.partialMatches, loaderData: {}, errors: { [t]: e.error } };
      }
      if (e.matches) i = e.matches;
      else {
        const { error: e, notFoundMatches: t, route: r } = We(n.pathname);
        return { matches: t, loaderData: {}, errors: { [r.id]: e } };
      }
    }
    const ee = s.activeRoutes,
      { dsMatches: w, revalidatingFetchers: T } = lr(
        t,
        u,
        a,
        o,
        e.history,
        C,
        i,
        x,
        n,
        g ? [] : r,
        g === !0,
        ie,
        ae,
        j,
        le,
        A,
        ee,
        c,
        e.patchRoutesOnNavigation != null,
        s.branches,
        v,
        y,
      );
    if (
      ((k = ++se),
      !e.dataStrategy &&
        !w.some((e) => e.shouldLoad) &&
        !w.some((e) => e.route.middleware && e.route.middleware.length > 0) &&
        T.length === 0)
    ) {
      const e = new Map(C.fetchers),
        t = Re(e);
      return (
        ve(
          n,
          {
            matches: i,
            loaderData: {},
            errors: v && ti(v[1]) ? { [v[0]]: v[1].error } : null,
            ...Wr(v),
            ...(t ? { fetchers: e } : {}),
          },
          { flushSync: _ },
        ),
        { shortCircuited: !0 }
      );
    }
    if (S) {
      const e = {};
      if (!d) {
        e.navigation = b;
        const t = we(v);
        t !== void 0 && (e.actionData = t);
      }
      T.length > 0 && (e.fetchers = Te(T)), _e(e, { flushSync: _ });
    }
    T.forEach((e) => {
      Ie(e.key), e.controller && oe.set(e.key, e.controller);
    });
    const te = () => T.forEach((e) => Ie(e.key));
    E && E.signal.addEventListener(`abort`, te);
    const { loaderResults: ne, fetcherResults: re } = await ke(w, T, t, n, u);
    if (t.signal.aborted) return { shortCircuited: !0 };
    E && E.signal.removeEventListener(`abort`, te), T.forEach((e) => oe.delete(e.key));
    let D = Jr(ne);
    if (D) return (await De(t, D.result, !0, { replace: h }), { shortCircuited: !0 });
    if (((D = Jr(re)), D))
      return (A.add(D.key), await De(t, D.result, !0, { replace: h }), { shortCircuited: !0 });
    let ce = new Map(C.fetchers),
      { loaderData: ue, errors: de } = Hr(C, i, ne, v, T, re, ce);
    g && C.errors && (de = { ...C.errors, ...de });
    const fe = Re(ce),
      pe = ze(k, ce),
      me = fe || pe || T.length > 0;
    return { matches: i, loaderData: ue, errors: de, ...(me ? { workingFetchers: ce } : {}) };
  }
  function we(e) {
    if (e && !ti(e[1])) return { [e[0]]: e[1].data };
    if (C.actionData) return Object.keys(C.actionData).length === 0 ? null : C.actionData;
  }
  function Te(e) {
    const t = new Map(C.fetchers);
    return (
      e.forEach((e) => {
        const n = t.get(e.key),
          r = mi(void 0, n ? n.data : void 0);
        t.set(e.key, r);
      }),
      t
    );
  }
  async function Ee(t, n, r, i) {
    Ie(t);
    const a = (i && i.flushSync) === !0,
      o = s.activeRoutes,
      l = sr(C.location, C.matches, c, r, n, i?.relative);
    jt(null, l, e.history.createURL(`/`), `reject`);
    let u = Ht(o, l, c, !1, s.branches),
      d = Ye(u, o, l);
    if ((d.active && d.matches && (u = d.matches), !u)) {
      je(t, n, qr(404, { pathname: l }), { flushSync: a });
      return;
    }
    const { path: f, submission: p, error: m } = cr(!0, l, i);
    if (m) {
      je(t, n, m, { flushSync: a });
      return;
    }
    const h = e.getContext ? await e.getContext() : new Nt(),
      g = (i && i.preventScrollReset) === !0;
    p && ci(p.formMethod)
      ? await M(t, n, f, u, h, d.active, a, g, p, i && i.defaultShouldRevalidate)
      : (le.set(t, { routeId: n, path: f }), await N(t, n, f, u, h, d.active, a, g, p));
  }
  async function M(t, n, i, l, u, d, f, p, m, h) {
    Ae(), le.delete(t), P(t, hi(m, C.fetchers.get(t)), { flushSync: f });
    const g = new AbortController(),
      _ = Lr(e.history, i, g.signal, m);
    if (d) {
      const e = await Xe(l, new URL(_.url).pathname, _.signal, t);
      if (e.type === `aborted`) return;
      if (e.type === `error`) {
        je(t, n, e.error, { flushSync: f });
        return;
      }
      if (e.matches) l = e.matches;
      else {
        je(t, n, qr(404, { pathname: i }), { flushSync: f });
        return;
      }
    }
    const v = ui(l, i);
    if (!v.route.action && !v.route.lazy) {
      je(t, n, qr(405, { method: m.formMethod, pathname: i, routeId: n }), { flushSync: f });
      return;
    }
    oe.set(t, g);
    let y = se,
      b = Or(a, o, _, i, l, v, r, u),
      x = await Oe(_, i, b, u, t),
      S = x[v.route.id];
    if (!S) {
      for (const e of b)
        if (x[e.route.id]) {
          S = x[e.route.id];
          break;
        }
    }
    if (_.signal.aborted) {
      oe.get(t) === g && oe.delete(t);
      return;
    }
    if (j.has(t)) {
      if (ni(S) || ti(S)) {
        P(t, gi(void 0));
        return;
      }
    } else {
      if (ni(S)) {
        if ((oe.delete(t), k > y)) {
          P(t, gi(void 0));
          return;
        }
        return (A.add(t), P(t, mi(m)), De(_, S, !1, { fetcherSubmission: m, preventScrollReset: p }));
      }
      if (ti(S)) {
        je(t, n, S.error);
        return;
      }
    }
    const ee = C.navigation.location || C.location,
      T = Lr(e.history, ee, g.signal),
      te = s.activeRoutes,
      ne = C.navigation.state === `idle` ? C.matches : Ht(te, C.navigation.location, c, !1, s.branches);
    F(ne, `Didn't find any matches after fetcher action`);
    const re = ++se;
    ce.set(t, re);
    const { dsMatches: D, revalidatingFetchers: O } = lr(
        T,
        u,
        a,
        o,
        e.history,
        C,
        ne,
        m,
        ee,
        r,
        !1,
        ie,
        ae,
        j,
        le,
        A,
        te,
        c,
        e.patchRoutesOnNavigation != null,
        s.branches,
        [v.route.id, S],
        h,
      ),
      ue = mi(m, S.data),
      de = new Map(C.fetchers);
    de.set(t, ue),
      O.filter((e) => e.key !== t).forEach((e) => {
        const t = e.key,
          n = de.get(t),
          r = mi(void 0, n ? n.data : void 0);
        de.set(t, r), Ie(t), e.controller && oe.set(t, e.controller);
      }),
      _e({ fetchers: de });
    const fe = () => O.forEach((e) => Ie(e.key));
    g.signal.addEventListener(`abort`, fe);
    const { loaderResults: pe, fetcherResults: me } = await ke(D, O, T, ee, u);
    if (g.signal.aborted) return;
    g.signal.removeEventListener(`abort`, fe), ce.delete(t), oe.delete(t), O.forEach((e) => oe.delete(e.key));
    let he = C.fetchers.has(t),
      ge = (e) => {
        if (!he) return e;
        const n = new Map(e.fetchers);
        return (n.set(t, gi(S.data)), { ...e, fetchers: n });
      },
      ye = Jr(pe);
    if (ye) return ((C = ge(C)), De(T, ye.result, !1, { preventScrollReset: p }));
    if (((ye = Jr(me)), ye))
      return (A.add(ye.key), (C = ge(C)), De(T, ye.result, !1, { preventScrollReset: p }));
    const be = new Map(C.fetchers);
    he && be.set(t, gi(S.data));
    const { loaderData: xe, errors: Se } = Hr(C, ne, pe, void 0, O, me, be);
    ze(re, be),
      C.navigation.state === `loading` && re > k
        ? (F(w, `Expected pending action`),
          E && E.abort(),
          ve(C.navigation.location, { matches: ne, loaderData: xe, errors: Se, fetchers: be }))
        : (_e({ errors: Se, loaderData: Ur(C.loaderData, xe, ne, Se), fetchers: be }), (ie = !1));
  }
  async function N(t, n, i, s, c, l, u, d, f) {
    const p = C.fetchers.get(t);
    P(t, mi(f, p ? p.data : void 0), { flushSync: u });
    const m = new AbortController(),
      h = Lr(e.history, i, m.signal);
    if (l) {
      const e = await Xe(s, new URL(h.url).pathname, h.signal, t);
      if (e.type === `aborted`) return;
      if (e.type === `error`) {
        je(t, n, e.error, { flushSync: u });
        return;
      }
      if (e.matches) s = e.matches;
      else {
        je(t, n, qr(404, { pathname: i }), { flushSync: u });
        return;
      }
    }
    const g = ui(s, i);
    oe.set(t, m);
    let _ = se,
      v = await Oe(h, i, Or(a, o, h, i, s, g, r, c), c, t),
      y = v[g.route.id];
    if (!y) {
      for (const e of s)
        if (v[e.route.id]) {
          y = v[e.route.id];
          break;
        }
    }
    if ((oe.get(t) === m && oe.delete(t), !h.signal.aborted)) {
      if (j.has(t)) P(t, gi(void 0));
      else if (ni(y)) {
        if (k > _) {
          P(t, gi(void 0));
          return;
        }
        A.add(t), await De(h, y, !1, { preventScrollReset: d });
      } else ti(y) ? je(t, n, y.error) : P(t, gi(y.data));
    }
  }
  async function De(
    r,
    i,
    a,
    { submission: o, fetcherSubmission: s, preventScrollReset: l, replace: u } = {},
  ) {
    a || (T?.resolve(), (T = null)), i.response.headers.has(`X-Remix-Revalidate`) && (ie = !0);
    let d = i.response.headers.get(`Location`);
    F(d, `Expected a Location header on the redirect Response`);
    const f = d,
      p = new URL(r.url);
    (d = Ir(d, p, c, e.history)), jt(f, d, p, `allow-explicit`);
    const m = xt(C.location, d, { _isRedirect: !0 });
    if (n) {
      let e = !1;
      if (i.response.headers.has(`X-Remix-Reload-Document`)) e = !0;
      else if (fn(d)) {
        const n = Tt(t, d, !0);
        e = n.origin !== t.location.origin || un(n.pathname, c) == null;
      }
      if (e) {
        u ? t.location.replace(d) : t.location.assign(d);
        return;
      }
    }
    E = null;
    const h = u === !0 || i.response.headers.has(`X-Remix-Replace`) ? `REPLACE` : `PUSH`,
      { formMethod: g, formAction: _, formEncType: v } = C.navigation;
    !o && !s && g && _ && v && (o = di(C.navigation));
    const y = o || s;
    qn.has(i.response.status) && y && ci(y.formMethod)
      ? await xe(h, m, {
          submission: { ...y, formAction: d },
          preventScrollReset: l || te,
          enableViewTransition: a ? ne : void 0,
        })
      : await xe(h, m, {
          overrideNavigation: fi(m, [], h, o),
          fetcherSubmission: s,
          preventScrollReset: l || te,
          enableViewTransition: a ? ne : void 0,
        });
  }
  async function Oe(e, t, n, r, i) {
    let a,
      o = {};
    try {
      a = await kr(l, e, t, n, i, r, !1);
    } catch (e) {
      return (
        n
          .filter((e) => e.shouldLoad)
          .forEach((t) => {
            o[t.route.id] = { type: `error`, error: e };
          }),
        o
      );
    }
    if (e.signal.aborted) return o;
    if (!ci(e.method))
      for (const e of n) {
        if (a[e.route.id]?.type === `error`) break;
        Object.hasOwn(a, e.route.id) ||
          Object.hasOwn(C.loaderData, e.route.id) ||
          (C.errors && Object.hasOwn(C.errors, e.route.id)) ||
          !e.shouldCallHandler() ||
          (a[e.route.id] = {
            type: `error`,
            result: Error(`No result returned from dataStrategy for route ${e.route.id}`),
          });
      }
    for (const [t, r] of Object.entries(a))
      if (ei(r)) {
        const i = r.result;
        o[t] = { type: `redirect`, response: Nr(i, e, t, n, c) };
      } else o[t] = await Mr(r);
    return o;
  }
  async function ke(e, t, n, r, i) {
    const a = Oe(n, r, e, i, null),
      o = Promise.all(
        t.map(async (e) => {
          if (e.matches && e.match && e.request && e.controller) {
            const t = (await Oe(e.request, e.path, e.matches, i, e.key))[e.match.route.id];
            return { [e.key]: t };
          }
          return Promise.resolve({ [e.key]: { type: `error`, error: qr(404, { pathname: e.path }) } });
        }),
      );
    return { loaderResults: await a, fetcherResults: (await o).reduce((e, t) => Object.assign(e, t), {}) };
  }
  function Ae() {
    (ie = !0),
      le.forEach((e, t) => {
        oe.has(t) && ae.add(t), Ie(t);
      });
  }
  function P(e, t, n = {}) {
    const r = new Map(C.fetchers);
    r.set(e, t), _e({ fetchers: r }, { flushSync: (n && n.flushSync) === !0 });
  }
  function je(e, t, n, r = {}) {
    const i = Gr(C.matches, t),
      a = new Map(C.fetchers);
    Pe(a, e), _e({ errors: { [i.route.id]: n }, fetchers: a }, { flushSync: (r && r.flushSync) === !0 });
  }
  function Me(e) {
    return (ue.set(e, (ue.get(e) || 0) + 1), j.has(e) && j.delete(e), C.fetchers.get(e) || Yn);
  }
  function Ne(e, t) {
    Ie(e, t?.reason), P(e, gi(null));
  }
  function Pe(e, t) {
    const n = C.fetchers.get(t);
    oe.has(t) && !(n && n.state === `loading` && ce.has(t)) && Ie(t),
      le.delete(t),
      ce.delete(t),
      A.delete(t),
      j.delete(t),
      ae.delete(t),
      e.delete(t);
  }
  function Fe(e) {
    const t = (ue.get(e) || 0) - 1;
    t <= 0 ? (ue.delete(e), j.add(e)) : ue.set(e, t), _e({ fetchers: new Map(C.fetchers) });
  }
  function Ie(e, t) {
    const n = oe.get(e);
    n && (n.abort(t), oe.delete(e));
  }
  function Le(e, t) {
    for (const n of e) {
      const e = t.get(n);
      F(e, `Expected fetcher: ${n}`);
      const r = gi(e.data);
      t.set(n, r);
    }
  }
  function Re(e) {
    let t = [],
      n = !1;
    for (const r of A) {
      const i = e.get(r);
      F(i, `Expected fetcher: ${r}`), i.state === `loading` && (A.delete(r), t.push(r), (n = !0));
    }
    return (Le(t, e), n);
  }
  function ze(e, t) {
    const n = [];
    for (const [r, i] of ce)
      if (i < e) {
        const e = t.get(r);
        F(e, `Expected fetcher: ${r}`), e.state === `loading` && (Ie(r), ce.delete(r), n.push(r));
      }
    return (Le(n, t), n.length > 0);
  }
  function Be(e, t) {
    const n = C.blockers.get(e) || Xn;
    return (de.get(e) !== t && de.set(e, t), n);
  }
  function Ve(e) {
    C.blockers.delete(e), de.delete(e);
  }
  function He(e, t) {
    const n = C.blockers.get(e) || Xn;
    F(
      (n.state === `unblocked` && t.state === `blocked`) ||
        (n.state === `blocked` && t.state === `blocked`) ||
        (n.state === `blocked` && t.state === `proceeding`) ||
        (n.state === `blocked` && t.state === `unblocked`) ||
        (n.state === `proceeding` && t.state === `unblocked`),
      `Invalid blocker state transition: ${n.state} -> ${t.state}`,
    );
    const r = new Map(C.blockers);
    r.set(e, t), _e({ blockers: r });
  }
  function Ue({ currentLocation: e, nextLocation: t, historyAction: n }) {
    if (de.size === 0) return;
    de.size > 1 && vt(!1, `A router only supports one blocker at a time`);
    const r = Array.from(de.entries()),
      [i, a] = r[r.length - 1],
      o = C.blockers.get(i);
    if (!(o && o.state === `proceeding`) && a({ currentLocation: e, nextLocation: t, historyAction: n }))
      return i;
  }
  function We(e) {
    const t = qr(404, { pathname: e }),
      n = s.activeRoutes,
      { matches: r, route: i } = Kr(n);
    return { notFoundMatches: r, route: i, error: t };
  }
  function Ge(e, t, n) {
    if (((m = e), (g = t), (h = n || null), !_ && C.navigation === Jn)) {
      _ = !0;
      const e = Je(C.location, C.matches);
      e != null && _e({ restoreScrollPosition: e });
    }
    return () => {
      (m = null), (g = null), (h = null);
    };
  }
  function Ke(e, t) {
    return (
      (h &&
        h(
          e,
          t.map((e) => Ut(e, C.loaderData)),
        )) ||
      e.key
    );
  }
  function qe(e, t) {
    if (m && g) {
      const n = Ke(e, t);
      m[n] = g();
    }
  }
  function Je(e, t) {
    if (m) {
      const n = Ke(e, t),
        r = m[n];
      if (typeof r == `number`) return r;
    }
    return null;
  }
  function Ye(t, n, r) {
    if (e.patchRoutesOnNavigation) {
      const e = s.branches;
      if (!t) return { active: !0, matches: Ht(n, r, c, !0, e) || [] };
      if (Object.keys(t[0].params).length > 0) return { active: !0, matches: Ht(n, r, c, !0, e) };
    }
    return { active: !1, matches: null };
  }
  async function Xe(t, n, r, i) {
    if (!e.patchRoutesOnNavigation) return { type: `success`, matches: t };
    let l = t;
    for (;;) {
      const t = o;
      try {
        await e.patchRoutesOnNavigation({
          signal: r,
          path: n,
          matches: l,
          fetcherKey: i,
          patch: (e, n) => {
            r.aborted || hr(e, n, s, t, a, !1);
          },
        });
      } catch (e) {
        return { type: `error`, error: e, partialMatches: l };
      }
      if (r.aborted) return { type: `aborted` };
      let u = s.branches,
        d = Ht(s.activeRoutes, n, c, !1, u),
        f = null;
      if (
        d &&
        (Object.keys(d[0].params).length === 0 ||
          ((f = Ht(s.activeRoutes, n, c, !0, u)), !(f && l.length < f.length && Ze(l, f.slice(0, l.length)))))
      )
        return { type: `success`, matches: d };
      if (((f ||= Ht(s.activeRoutes, n, c, !0, u)), !f || Ze(l, f)))
        return { type: `success`, matches: null };
      l = f;
    }
  }
  function Ze(e, t) {
    return e.length === t.length && e.every((e, n) => e.route.id === t[n].route.id);
  }
  function Qe(e) {
    (o = {}), s.setHmrRoutes(zt(e, a, void 0, o));
  }
  function $e(e, t, n = !1) {
    hr(e, t, s, o, a, n), s.hasHMRRoutes || _e({});
  }
  return (
    (ee = {
      get basename() {
        return c;
      },
      get future() {
        return u;
      },
      get state() {
        return C;
      },
      get routes() {
        return s.stableRoutes;
      },
      get branches() {
        return s.branches;
      },
      get manifest() {
        return o;
      },
      get window() {
        return t;
      },
      initialize: me,
      subscribe: ge,
      enableScrollRestoration: Ge,
      navigate: ye,
      fetch: Ee,
      revalidate: be,
      createHref: (t) => e.history.createHref(t),
      createURL: (t) => e.history.createURL(t),
      encodeLocation: (t) => e.history.encodeLocation(t),
      getFetcher: Me,
      resetFetcher: Ne,
      deleteFetcher: Fe,
      dispose: he,
      getBlocker: Be,
      deleteBlocker: Ve,
      patchRoutes: $e,
      _internalFetchControllers: oe,
      _internalSetRoutes: Qe,
      _internalSetStateDoNotUseOrYouWillBreakYourApp(e) {
        _e(e);
      },
    }),
    e.instrumentations && (ee = Nn(ee, e.instrumentations.map((e) => e.router).filter(Boolean))),
    ee
  );
}
function or(e) {
  return e != null && ((`formData` in e && e.formData != null) || (`body` in e && e.body !== void 0));
}
function sr(e, t, n, r, i, a) {
  let o, s;
  if (i) {
    o = [];
    for (const e of t)
      if ((o.push(e), e.route.id === i)) {
        s = e;
        break;
      }
  } else (o = t), (s = t[t.length - 1]);
  const c = vn(r || `.`, _n(o), un(e.pathname, n) || e.pathname, a === `path`);
  if ((r ?? ((c.search = e.search), (c.hash = e.hash)), (r == null || r === `` || r === `.`) && s)) {
    const e = li(c.search);
    if (s.route.index && !e) c.search = c.search ? c.search.replace(/^\?/, `?index&`) : `?index`;
    else if (!s.route.index && e) {
      const e = new URLSearchParams(c.search),
        t = e.getAll(`index`);
      e.delete(`index`), t.filter((e) => e).forEach((t) => e.append(`index`, t));
      const n = e.toString();
      c.search = n ? `?${n}` : ``;
    }
  }
  return (n !== `/` && (c.pathname = dn({ basename: n, pathname: c.pathname })), St(c));
}
function cr(e, t, n) {
  if (!n || !or(n)) return { path: t };
  if (n.formMethod && !si(n.formMethod)) return { path: t, error: qr(405, { method: n.formMethod }) };
  const r = () => ({ path: t, error: qr(400, { type: `invalid-body` }) }),
    i = (n.formMethod || `get`).toUpperCase(),
    a = Yr(t);
  if (n.body !== void 0) {
    if (n.formEncType === `text/plain`) {
      if (!ci(i)) return r();
      const e =
        typeof n.body == `string`
          ? n.body
          : n.body instanceof FormData || n.body instanceof URLSearchParams
            ? Array.from(n.body.entries()).reduce(
                (e, [t, n]) => `${e}${t}=${n}
`,
                ``,
              )
            : String(n.body);
      return {
        path: t,
        submission: {
          formMethod: i,
          formAction: a,
          formEncType: n.formEncType,
          formData: void 0,
          json: void 0,
          text: e,
        },
      };
    }
    if (n.formEncType === `application/json`) {
      if (!ci(i)) return r();
      try {
        const e = typeof n.body == `string` ? JSON.parse(n.body) : n.body;
        return {
          path: t,
          submission: {
            formMethod: i,
            formAction: a,
            formEncType: n.formEncType,
            formData: void 0,
            json: e,
            text: void 0,
          },
        };
      } catch {
        return r();
      }
    }
  }
  F(typeof FormData == `function`, `FormData is not available in this environment`);
  let o, s;
  if (n.formData) (o = zr(n.formData)), (s = n.formData);
  else if (n.body instanceof FormData) (o = zr(n.body)), (s = n.body);
  else if (n.body instanceof URLSearchParams) (o = n.body), (s = Br(o));
  else if (n.body == null) (o = new URLSearchParams()), (s = new FormData());
  else
    try {
      (o = new URLSearchParams(n.body)), (s = Br(o));
    } catch {
      return r();
    }
  const c = {
    formMethod: i,
    formAction: a,
    formEncType: (n && n.formEncType) || `application/x-www-form-urlencoded`,
    formData: s,
    json: void 0,
    text: void 0,
  };
  if (ci(c.formMethod)) return { path: t, submission: c };
  const l = Ct(t);
  return (
    e && l.search && li(l.search) && o.append(`index`, ``),
    (l.search = `?${o}`),
    { path: St(l), submission: c }
  );
}
function lr(e, t, n, r, i, a, o, s, c, l, u, d, f, p, m, h, g, _, v, y, b, x) {
  let S = b ? (ti(b[1]) ? b[1].error : b[1].data) : void 0,
    ee = i.createURL(a.location),
    C = i.createURL(c),
    w;
  if (u && a.errors) {
    const e = Object.keys(a.errors)[0];
    w = o.findIndex((t) => t.route.id === e);
  } else if (b && ti(b[1])) {
    const e = b[0];
    w = o.findIndex((t) => t.route.id === e) - 1;
  }
  const T = b ? b[1].statusCode : void 0,
    te = T && T >= 400,
    E = {
      currentUrl: ee,
      currentParams: a.matches[0]?.params || {},
      nextUrl: C,
      nextParams: o[0].params,
      ...s,
      actionResult: S,
      actionStatus: T,
    },
    ne = On(o),
    re = o.map((i, o) => {
      let { route: s } = i,
        f = null;
      if (w != null && o > w) f = !1;
      else if (s.lazy) f = !0;
      else if (!ur(s)) f = !1;
      else if (u) {
        const { shouldLoad: e } = dr(s, a.loaderData, a.errors);
        f = e;
      } else fr(a.loaderData, a.matches[o], i) && (f = !0);
      if (f !== null) return Dr(n, r, e, c, ne, i, l, t, f);
      let p = !1;
      typeof x == `boolean`
        ? (p = x)
        : te
          ? (p = !1)
          : d || ee.pathname + ee.search === C.pathname + C.search
            ? (p = !0)
            : ee.search === C.search
              ? pr(a.matches[o], i) && (p = !0)
              : (p = !0);
      const m = { ...E, defaultShouldRevalidate: p },
        h = mr(i, m);
      return Dr(n, r, e, c, ne, i, l, t, h, m, x);
    }),
    D = [];
  return (
    m.forEach((e, s) => {
      if (u || !o.some((t) => t.route.id === e.routeId) || p.has(s)) return;
      const c = a.fetchers.get(s),
        m = c && c.state !== `idle` && c.data === void 0,
        b = Ht(g, e.path, _ ?? `/`, !1, y);
      if (!b) {
        if (v && m) return;
        D.push({
          key: s,
          routeId: e.routeId,
          path: e.path,
          matches: null,
          match: null,
          request: null,
          controller: null,
        });
        return;
      }
      if (h.has(s)) return;
      let S = ui(b, e.path),
        ee = new AbortController(),
        C = Lr(i, e.path, ee.signal),
        w = null;
      if (f.has(s)) f.delete(s), (w = Or(n, r, C, e.path, b, S, l, t));
      else if (m) d && (w = Or(n, r, C, e.path, b, S, l, t));
      else {
        let i;
        i = typeof x == `boolean` ? x : !te && d;
        const a = { ...E, defaultShouldRevalidate: i };
        mr(S, a) && (w = Or(n, r, C, e.path, b, S, l, t, a));
      }
      w &&
        D.push({
          key: s,
          routeId: e.routeId,
          path: e.path,
          matches: w,
          match: S,
          request: C,
          controller: ee,
        });
    }),
    { dsMatches: re, revalidatingFetchers: D }
  );
}
function ur(e) {
  return e.loader != null || (e.middleware != null && e.middleware.length > 0);
}
function dr(e, t, n) {
  if (e.lazy) return { shouldLoad: !0, renderFallback: !0 };
  if (!ur(e)) return { shouldLoad: !1, renderFallback: !1 };
  const r = t != null && e.id in t,
    i = n != null && n[e.id] !== void 0;
  if (!r && i) return { shouldLoad: !1, renderFallback: !1 };
  if (typeof e.loader == `function` && e.loader.hydrate === !0) return { shouldLoad: !0, renderFallback: !r };
  const a = !r && !i;
  return { shouldLoad: a, renderFallback: a };
}
function fr(e, t, n) {
  const r = !t || n.route.id !== t.route.id,
    i = !Object.hasOwn(e, n.route.id);
  return r || i;
}
function pr(e, t) {
  const n = e.route.path;
  return e.pathname !== t.pathname || (n != null && n.endsWith(`*`) && e.params[`*`] !== t.params[`*`]);
}
function mr(e, t) {
  if (e.route.shouldRevalidate) {
    const n = e.route.shouldRevalidate(t);
    if (typeof n == `boolean`) return n;
  }
  return t.defaultShouldRevalidate;
}
function hr(e, t, n, r, i, a) {
  let o;
  if (e) {
    const t = r[e];
    F(t, `No route found to patch children into: routeId = ${e}`), (t.children ||= []), (o = t.children);
  } else o = n.activeRoutes;
  const s = [],
    c = [];
  if (
    (t.forEach((e) => {
      const t = o.find((t) => gr(e, t));
      t ? c.push({ existingRoute: t, newRoute: e }) : s.push(e);
    }),
    s.length > 0)
  ) {
    const t = zt(s, i, [e || `_`, `patch`, String(o?.length || `0`)], r);
    o.push(...t);
  }
  if (a && c.length > 0)
    for (let e = 0; e < c.length; e++) {
      const { existingRoute: t, newRoute: n } = c[e],
        r = t,
        [a] = zt([n], i, [], {}, !0);
      Object.assign(r, {
        element: a.element ? a.element : r.element,
        errorElement: a.errorElement ? a.errorElement : r.errorElement,
        hydrateFallbackElement: a.hydrateFallbackElement
          ? a.hydrateFallbackElement
          : r.hydrateFallbackElement,
      });
    }
  n.hasHMRRoutes || n.setRoutes([...n.activeRoutes]);
}
function gr(e, t) {
  return `id` in e && `id` in t && e.id === t.id
    ? !0
    : e.index !== t.index || e.path !== t.path || e.caseSensitive !== t.caseSensitive
      ? !1
      : (!e.children || e.children.length === 0) && (!t.children || t.children.length === 0)
        ? !0
        : (e.children?.every((e, n) => t.children?.some((t) => gr(e, t))) ?? !1);
}
var _r = new WeakMap(),
  vr = ({ key: e, route: t, manifest: n, mapRouteProperties: r }) => {
    const i = n[t.id];
    if ((F(i, `No route found in manifest`), !i.lazy || typeof i.lazy != `object`)) return;
    const a = i.lazy[e];
    if (!a) return;
    let o = _r.get(i);
    o || ((o = {}), _r.set(i, o));
    const s = o[e];
    if (s) return s;
    const c = (async () => {
      const t = Ft(e),
        n = i[e] !== void 0 && e !== `hasErrorBoundary`;
      if (t)
        vt(
          !t,
          `Route property ` + e + ` is not a supported lazy route property. This property will be ignored.`,
        ),
          (o[e] = Promise.resolve());
      else if (n)
        vt(!1, `Route "${i.id}" has a static property "${e}" defined. The lazy property will be ignored.`);
      else {
        const t = await a();
        t != null && (Object.assign(i, { [e]: t }), Object.assign(i, r(i)));
      }
      typeof i.lazy == `object` &&
        ((i.lazy[e] = void 0), Object.values(i.lazy).every((e) => e === void 0) && (i.lazy = void 0));
    })();
    return ((o[e] = c), c);
  },
  yr = new WeakMap();
function br(e, t, n, r, i) {
  const a = n[e.id];
  if ((F(a, `No route found in manifest`), !e.lazy))
    return { lazyRoutePromise: void 0, lazyHandlerPromise: void 0 };
  if (typeof e.lazy == `function`) {
    const t = yr.get(a);
    if (t) return { lazyRoutePromise: t, lazyHandlerPromise: t };
    const n = (async () => {
      F(typeof e.lazy == `function`, `No lazy route function found`);
      const t = await e.lazy(),
        n = {};
      for (const e in t) {
        const r = t[e];
        if (r === void 0) continue;
        const i = Lt(e),
          o = a[e] !== void 0 && e !== `hasErrorBoundary`;
        i
          ? vt(
              !i,
              `Route property ` +
                e +
                ` is not a supported property to be returned from a lazy route function. This property will be ignored.`,
            )
          : o
            ? vt(
                !o,
                `Route "${a.id}" has a static property "${e}" defined but its lazy function is also returning a value for this property. The lazy route property "${e}" will be ignored.`,
              )
            : (n[e] = r);
      }
      Object.assign(a, n), Object.assign(a, { ...r(a), lazy: void 0 });
    })();
    return (yr.set(a, n), n.catch(() => {}), { lazyRoutePromise: n, lazyHandlerPromise: n });
  }
  let o = Object.keys(e.lazy),
    s = [],
    c;
  for (const a of o) {
    if (i && i.includes(a)) continue;
    const o = vr({ key: a, route: e, manifest: n, mapRouteProperties: r });
    o && (s.push(o), a === t && (c = o));
  }
  const l = s.length > 0 ? Promise.all(s).then(() => {}) : void 0;
  return (l?.catch(() => {}), c?.catch(() => {}), { lazyRoutePromise: l, lazyHandlerPromise: c });
}
async function xr(e) {
  const t = e.matches.filter((e) => e.shouldLoad),
    n = {};
  return (
    (await Promise.all(t.map((e) => e.resolve()))).forEach((e, r) => {
      n[t[r].route.id] = e;
    }),
    n
  );
}
async function Sr(e) {
  return e.matches.some((e) => e.route.middleware) ? Cr(e, () => xr(e)) : xr(e);
}
function Cr(e, t) {
  return wr(
    e,
    t,
    (e) => {
      if (oi(e)) throw e;
      return e;
    },
    Qr,
    n,
  );
  function n(t, n, r) {
    if (r) return Promise.resolve(Object.assign(r.value, { [n]: { type: `error`, result: t } }));
    {
      const { matches: r } = e,
        i = Gr(
          r,
          r[
            Math.min(
              Math.max(
                r.findIndex((e) => e.route.id === n),
                0,
              ),
              Math.max(
                r.findIndex((e) => e.shouldCallHandler()),
                0,
              ),
            )
          ].route.id,
        ).route.id;
      return Promise.resolve({ [i]: { type: `error`, result: t } });
    }
  }
}
async function wr(e, t, n, r, i) {
  const { matches: a, ...o } = e;
  return await Tr(
    o,
    a.flatMap((e) => (e.route.middleware ? e.route.middleware.map((t) => [e.route.id, t]) : [])),
    t,
    n,
    r,
    i,
  );
}
async function Tr(e, t, n, r, i, a, o = 0) {
  const { request: s } = e;
  if (s.signal.aborted) throw s.signal.reason ?? Error(`Request aborted: ${s.method} ${s.url}`);
  const c = t[o];
  if (!c) return await n();
  let [l, u] = c,
    d,
    f = async () => {
      if (d) throw Error('You may only call `next()` once per middleware');
      try {
        return ((d = { value: await Tr(e, t, n, r, i, a, o + 1) }), d.value);
      } catch (e) {
        return ((d = { value: await a(e, l, d) }), d.value);
      }
    };
  try {
    const t = await u(e, f),
      n = t == null ? void 0 : r(t);
    return i(n) ? n : d ? (n ?? d.value) : ((d = { value: await f() }), d.value);
  } catch (e) {
    return await a(e, l, d);
  }
}
function Er(e, t, n, r, i) {
  const a = vr({ key: `middleware`, route: r.route, manifest: t, mapRouteProperties: e }),
    o = br(r.route, ci(n.method) ? `action` : `loader`, t, e, i);
  return { middleware: a, route: o.lazyRoutePromise, handler: o.lazyHandlerPromise };
}
function Dr(e, t, n, r, i, a, o, s, c, l = null, u) {
  let d = !1,
    f = Er(e, t, n, a, o);
  return {
    ...a,
    _lazyPromises: f,
    shouldLoad: c,
    shouldRevalidateArgs: l,
    shouldCallHandler(e) {
      return (
        (d = !0),
        l
          ? typeof u == `boolean`
            ? mr(a, { ...l, defaultShouldRevalidate: u })
            : typeof e == `boolean`
              ? mr(a, { ...l, defaultShouldRevalidate: e })
              : mr(a, l)
          : c
      );
    },
    resolve(e) {
      const { lazy: t, loader: o, middleware: l } = a.route,
        u = d || c || (e && !ci(n.method) && (t || o)),
        p = l && l.length > 0 && !o && !t;
      return u && (ci(n.method) || !p)
        ? Ar({
            request: n,
            path: r,
            pattern: i,
            match: a,
            lazyHandlerPromise: f?.handler,
            lazyRoutePromise: f?.route,
            handlerOverride: e,
            scopedContext: s,
          })
        : Promise.resolve({ type: `data`, result: void 0 });
    },
  };
}
function Or(e, t, n, r, i, a, o, s, c = null) {
  return i.map((l) =>
    l.route.id === a.route.id
      ? Dr(e, t, n, r, On(i), l, o, s, !0, c)
      : {
          ...l,
          shouldLoad: !1,
          shouldRevalidateArgs: c,
          shouldCallHandler: () => !1,
          _lazyPromises: Er(e, t, n, l, o),
          resolve: () => Promise.resolve({ type: `data`, result: void 0 }),
        },
  );
}
async function kr(e, t, n, r, i, a, o) {
  r.some((e) => e._lazyPromises?.middleware) &&
    (await Promise.all(r.map((e) => e._lazyPromises?.middleware)));
  const s = { request: t, url: Rr(t, n), pattern: On(r), params: r[0].params, context: a, matches: r },
    c = o
      ? () => {
          throw Error(
            'You cannot call `runClientMiddleware()` from a static handler `dataStrategy`. Middleware is run outside of `dataStrategy` during SSR in order to bubble up the Response.  You can enable middleware via the `respond` API in `query`/`queryRoute`',
          );
        }
      : (e) => {
          const t = s;
          return Cr(t, () =>
            e({
              ...t,
              fetcherKey: i,
              runClientMiddleware: () => {
                throw Error(
                  'Cannot call `runClientMiddleware()` from within an `runClientMiddleware` handler',
                );
              },
            }),
          );
        },
    l = await e({ ...s, fetcherKey: i, runClientMiddleware: c });
  try {
    await Promise.all(r.flatMap((e) => [e._lazyPromises?.handler, e._lazyPromises?.route]));
  } catch {}
  return l;
}
async function Ar({
  request: e,
  path: t,
  pattern: n,
  match: r,
  lazyHandlerPromise: i,
  lazyRoutePromise: a,
  handlerOverride: o,
  scopedContext: s,
}) {
  let c,
    l,
    u = ci(e.method),
    d = u ? `action` : `loader`,
    f = (i) => {
      let a,
        c = new Promise((e, t) => (a = t));
      (l = () => a()), e.signal.addEventListener(`abort`, l);
      const u = (a) =>
          typeof i == `function`
            ? i(
                { request: e, url: Rr(e, t), pattern: n, params: r.params, context: s },
                ...(a === void 0 ? [] : [a]),
              )
            : Promise.reject(
                Error(
                  `You cannot call the handler for a route which defines a boolean "${d}" [routeId: ${r.route.id}]`,
                ),
              ),
        f = (async () => {
          try {
            return { type: `data`, result: await (o ? o((e) => u(e)) : u()) };
          } catch (e) {
            return { type: `error`, result: e };
          }
        })();
      return Promise.race([f, c]);
    };
  try {
    const t = u ? r.route.action : r.route.loader;
    if (i || a) {
      if (t) {
        let e,
          [n] = await Promise.all([
            f(t).catch((t) => {
              e = t;
            }),
            i,
            a,
          ]);
        if (e !== void 0) throw e;
        c = n;
      } else {
        await i;
        const t = u ? r.route.action : r.route.loader;
        if (t) [c] = await Promise.all([f(t), a]);
        else if (d === `action`) {
          const t = new URL(e.url),
            n = t.pathname + t.search;
          throw qr(405, { method: e.method, pathname: n, routeId: r.route.id });
        } else return { type: `data`, result: void 0 };
      }
    } else if (t) c = await f(t);
    else {
      const t = new URL(e.url);
      throw qr(404, { pathname: t.pathname + t.search });
    }
  } catch (e) {
    return { type: `error`, result: e };
  } finally {
    l && e.signal.removeEventListener(`abort`, l);
  }
  return c;
}
async function jr(e) {
  const t = e.headers.get(`Content-Type`);
  return t && /\bapplication\/json\b/.test(t) ? (e.body == null ? null : e.json()) : e.text();
}
async function Mr(e) {
  const { result: t, type: n } = e;
  if (ii(t)) {
    let e;
    try {
      e = await jr(t);
    } catch (e) {
      return { type: `error`, error: e };
    }
    return n === `error`
      ? { type: `error`, error: new En(t.status, t.statusText, e), statusCode: t.status, headers: t.headers }
      : { type: `data`, data: e, statusCode: t.status, headers: t.headers };
  }
  return n === `error`
    ? ri(t)
      ? t.data instanceof Error
        ? {
            type: `error`,
            error: t.data,
            statusCode: t.init?.status,
            headers: t.init?.headers ? new Headers(t.init.headers) : void 0,
          }
        : {
            type: `error`,
            error: Zr(t),
            statusCode: Dn(t) ? t.status : void 0,
            headers: t.init?.headers ? new Headers(t.init.headers) : void 0,
          }
      : { type: `error`, error: t, statusCode: Dn(t) ? t.status : void 0 }
    : ri(t)
      ? {
          type: `data`,
          data: t.data,
          statusCode: t.init?.status,
          headers: t.init?.headers ? new Headers(t.init.headers) : void 0,
        }
      : { type: `data`, data: t };
}
function Nr(e, t, n, r, i) {
  let a = e.headers.get(`Location`);
  if (
    (F(a, `Redirects returned/thrown from loaders/actions must have a Location header`),
    jt(a, a, new URL(t.url), `allow-explicit`),
    !fn(a))
  ) {
    const o = r.slice(0, r.findIndex((e) => e.route.id === n) + 1);
    (a = sr(new URL(t.url), o, i, a)), e.headers.set(`Location`, a);
  }
  return e;
}
var Pr = [
  `about:`,
  `blob:`,
  `chrome:`,
  `chrome-untrusted:`,
  `content:`,
  `data:`,
  `devtools:`,
  `file:`,
  `filesystem:`,
  `javascript:`,
];
function Fr(e) {
  try {
    return Pr.includes(new URL(e).protocol);
  } catch {
    return !1;
  }
}
function Ir(e, t, n, r) {
  if (fn(e)) {
    const r = e,
      i = pt.test(r) ? new URL(mt(r, t.protocol)) : new URL(r);
    if (Fr(i.toString())) throw Error(`Invalid redirect location`);
    const a = un(i.pathname, n) != null;
    if (i.origin === t.origin && a) return yn(i.pathname) + i.search + i.hash;
  }
  try {
    if (Fr(r.createURL(e).toString())) throw Error(`Invalid redirect location`);
  } catch {}
  return e;
}
function Lr(e, t, n, r) {
  const i = e.createURL(Yr(t)).toString(),
    a = { signal: n };
  if (r && ci(r.formMethod)) {
    const { formMethod: e, formEncType: t } = r;
    (a.method = e.toUpperCase()),
      t === `application/json`
        ? ((a.headers = new Headers({ 'Content-Type': t })), (a.body = JSON.stringify(r.json)))
        : (a.body =
            t === `text/plain`
              ? r.text
              : t === `application/x-www-form-urlencoded` && r.formData
                ? zr(r.formData)
                : r.formData);
  }
  return new Request(i, a);
}
function Rr(e, t) {
  const n = new URL(e.url),
    r = typeof t == `string` ? Ct(t) : t;
  if (((n.pathname = r.pathname || `/`), r.search)) {
    const e = new URLSearchParams(r.search),
      t = e.getAll(`index`);
    e.delete(`index`);
    for (const n of t.filter(Boolean)) e.append(`index`, n);
    n.search = e.size ? `?${e.toString()}` : ``;
  } else n.search = ``;
  return ((n.hash = r.hash || ``), n);
}
function zr(e) {
  const t = new URLSearchParams();
  for (const [n, r] of e.entries()) t.append(n, typeof r == `string` ? r : r.name);
  return t;
}
function Br(e) {
  const t = new FormData();
  for (const [n, r] of e.entries()) t.append(n, r);
  return t;
}
function Vr(e, t, n, r = !1, i = !1) {
  let a = {},
    o = null,
    s,
    c = !1,
    l = {},
    u = n && ti(n[1]) ? n[1].error : void 0;
  return (
    e.forEach((n) => {
      if (!(n.route.id in t)) return;
      const d = n.route.id,
        f = t[d];
      if ((F(!ni(f), `Cannot handle redirect results in processLoaderData`), ti(f))) {
        let t = f.error;
        if ((u !== void 0 && ((t = u), (u = void 0)), (o ||= {}), i)) o[d] = t;
        else {
          const n = Gr(e, d);
          o[n.route.id] ?? (o[n.route.id] = t);
        }
        r || (a[d] = $n),
          c || ((c = !0), (s = Dn(f.error) ? f.error.status : 500)),
          f.headers && (l[d] = f.headers);
      } else
        (a[d] = f.data),
          f.statusCode && f.statusCode !== 200 && !c && (s = f.statusCode),
          f.headers && (l[d] = f.headers);
    }),
    u !== void 0 && n && ((o = { [n[0]]: u }), n[2] && (a[n[2]] = void 0)),
    { loaderData: a, errors: o, statusCode: s || 200, loaderHeaders: l }
  );
}
function Hr(e, t, n, r, i, a, o) {
  let { loaderData: s, errors: c } = Vr(t, n, r);
  return (
    i
      .filter((e) => !e.matches || e.matches.some((e) => e.shouldLoad))
      .forEach((t) => {
        const { key: n, match: r, controller: i } = t;
        if (i && i.signal.aborted) return;
        const s = a[n];
        if ((F(s, `Did not find corresponding fetcher result`), ti(s))) {
          const t = Gr(e.matches, r?.route.id);
          (c && c[t.route.id]) || (c = { ...c, [t.route.id]: s.error }), o.delete(n);
        } else if (ni(s)) F(!1, `Unhandled fetcher revalidation redirect`);
        else {
          const e = gi(s.data);
          o.set(n, e);
        }
      }),
    { loaderData: s, errors: c }
  );
}
function Ur(e, t, n, r) {
  const i = Object.entries(t)
    .filter(([, e]) => e !== $n)
    .reduce((e, [t, n]) => ((e[t] = n), e), {});
  for (const a of n) {
    const n = a.route.id;
    if (
      (!Object.hasOwn(t, n) && Object.hasOwn(e, n) && a.route.loader && (i[n] = e[n]),
      r && Object.hasOwn(r, n))
    )
      break;
  }
  return i;
}
function Wr(e) {
  return e ? (ti(e[1]) ? { actionData: {} } : { actionData: { [e[0]]: e[1].data } }) : {};
}
function Gr(e, t) {
  return (
    (t ? e.slice(0, e.findIndex((e) => e.route.id === t) + 1) : [...e])
      .reverse()
      .find((e) => e.route.hasErrorBoundary === !0) || e[0]
  );
}
function Kr(e) {
  const t =
    e.length === 1
      ? e[0]
      : e.find((e) => e.index || !e.path || e.path === `/`) || { id: `__shim-error-route__` };
  return { matches: [{ params: {}, pathname: ``, pathnameBase: ``, route: t }], route: t };
}
function qr(e, { pathname: t, routeId: n, method: r, type: i, message: a } = {}) {
  let o = `Unknown Server Error`,
    s = `Unknown @remix-run/router error`;
  return (
    e === 400
      ? ((o = `Bad Request`),
        r && t && n
          ? (s = `You made a ${r} request to "${t}" but did not provide a \`loader\` for route "${n}", so there is no way to handle the request.`)
          : i === `invalid-body` && (s = `Unable to encode submission body`))
      : e === 403
        ? ((o = `Forbidden`), (s = `Route "${n}" does not match URL "${t}"`))
        : e === 404
          ? ((o = `Not Found`), (s = `No route matches URL "${t}"`))
          : e === 405 &&
            ((o = `Method Not Allowed`),
            r && t && n
              ? (s = `You made a ${r.toUpperCase()} request to "${t}" but did not provide an \`action\` for route "${n}", so there is no way to handle the request.`)
              : r && (s = `Invalid request method "${r.toUpperCase()}"`)),
    new En(e || 500, o, Error(s), !0)
  );
}
function Jr(e) {
  const t = Object.entries(e);
  for (let e = t.length - 1; e >= 0; e--) {
    const [n, r] = t[e];
    if (ni(r)) return { key: n, result: r };
  }
}
function Yr(e) {
  return St({ ...(typeof e == `string` ? Ct(e) : e), hash: `` });
}
function Xr(e, t) {
  return e.pathname !== t.pathname || e.search !== t.search
    ? !1
    : e.hash === ``
      ? t.hash !== ``
      : e.hash === t.hash || t.hash !== ``;
}
function Zr(e) {
  return new En(e.init?.status ?? 500, e.init?.statusText ?? `Internal Server Error`, e.data);
}
function Qr(e) {
  return typeof e == `object` && !!e && Object.entries(e).every(([e, t]) => typeof e == `string` && $r(t));
}
function $r(e) {
  return (
    typeof e == `object` && !!e && `type` in e && `result` in e && (e.type === `data` || e.type === `error`)
  );
}
function ei(e) {
  return ii(e.result) && Kn.has(e.result.status);
}
function ti(e) {
  return e.type === `error`;
}
function ni(e) {
  return (e && e.type) === `redirect`;
}
function ri(e) {
  return (
    typeof e == `object` &&
    !!e &&
    `type` in e &&
    `data` in e &&
    `init` in e &&
    e.type === `DataWithResponseInit`
  );
}
function ii(e) {
  return (
    e != null &&
    typeof e.status == `number` &&
    typeof e.statusText == `string` &&
    typeof e.headers == `object` &&
    e.body !== void 0
  );
}
function ai(e) {
  return Kn.has(e);
}
function oi(e) {
  return ii(e) && ai(e.status) && e.headers.has(`Location`);
}
function si(e) {
  return Gn.has(e.toUpperCase());
}
function ci(e) {
  return Un.has(e.toUpperCase());
}
function li(e) {
  return new URLSearchParams(e).getAll(`index`).some((e) => e === ``);
}
function ui(e, t) {
  const n = typeof t == `string` ? Ct(t).search : t.search;
  if (e[e.length - 1].route.index && li(n || ``)) return e[e.length - 1];
  const r = gn(e);
  return r[r.length - 1];
}
function di(e) {
  const { formMethod: t, formAction: n, formEncType: r, text: i, formData: a, json: o } = e;
  if (t && n && r) {
    if (i != null)
      return { formMethod: t, formAction: n, formEncType: r, formData: void 0, json: void 0, text: i };
    if (a != null)
      return { formMethod: t, formAction: n, formEncType: r, formData: a, json: void 0, text: void 0 };
    if (o !== void 0)
      return { formMethod: t, formAction: n, formEncType: r, formData: void 0, json: o, text: void 0 };
  }
}
function fi(e, t, n, r) {
  return r
    ? {
        state: `loading`,
        location: e,
        matches: t,
        historyAction: n,
        formMethod: r.formMethod,
        formAction: r.formAction,
        formEncType: r.formEncType,
        formData: r.formData,
        json: r.json,
        text: r.text,
      }
    : {
        state: `loading`,
        location: e,
        matches: t,
        historyAction: n,
        formMethod: void 0,
        formAction: void 0,
        formEncType: void 0,
        formData: void 0,
        json: void 0,
        text: void 0,
      };
}
function pi(e, t, n, r) {
  return {
    state: `submitting`,
    location: e,
    matches: t,
    historyAction: n,
    formMethod: r.formMethod,
    formAction: r.formAction,
    formEncType: r.formEncType,
    formData: r.formData,
    json: r.json,
    text: r.text,
  };
}
function mi(e, t) {
  return e
    ? {
        state: `loading`,
        formMethod: e.formMethod,
        formAction: e.formAction,
        formEncType: e.formEncType,
        formData: e.formData,
        json: e.json,
        text: e.text,
        data: t,
      }
    : {
        state: `loading`,
        formMethod: void 0,
        formAction: void 0,
        formEncType: void 0,
        formData: void 0,
        json: void 0,
        text: void 0,
        data: t,
      };
}
function hi(e, t) {
  return {
    state: `submitting`,
    formMethod: e.formMethod,
    formAction: e.formAction,
    formEncType: e.formEncType,
    formData: e.formData,
    json: e.json,
    text: e.text,
    data: t ? t.data : void 0,
  };
}
function gi(e) {
  return {
    state: `idle`,
    formMethod: void 0,
    formAction: void 0,
    formEncType: void 0,
    formData: void 0,
    json: void 0,
    text: void 0,
    data: e,
  };
}
function _i(e, t) {
  try {
    const n = e.sessionStorage.getItem(Qn);
    if (n) {
      const e = JSON.parse(n);
      for (const [n, r] of Object.entries(e || {})) r && Array.isArray(r) && t.set(n, new Set(r || []));
    }
  } catch {}
}
function vi(e, t) {
  if (t.size > 0) {
    const n = {};
    for (const [e, r] of t) n[e] = [...r];
    try {
      e.sessionStorage.setItem(Qn, JSON.stringify(n));
    } catch (e) {
      vt(!1, `Failed to save applied view transitions in sessionStorage (${e}).`);
    }
  }
}
function yi() {
  let e,
    t,
    n = new Promise((r, i) => {
      (e = async (e) => {
        r(e);
        try {
          await n;
        } catch {}
      }),
        (t = async (e) => {
          i(e);
          try {
            await n;
          } catch {}
        });
    });
  return { promise: n, resolve: e, reject: t };
}
var bi = d.createContext(null);
bi.displayName = `DataRouter`;
var xi = d.createContext(null);
xi.displayName = `DataRouterState`;
var Si = d.createContext(!1);
function Ci() {
  return d.useContext(Si);
}
var wi = d.createContext({ isTransitioning: !1 });
wi.displayName = `ViewTransition`;
var Ti = d.createContext(new Map());
Ti.displayName = `Fetchers`;
var Ei = d.createContext(null);
Ei.displayName = `Await`;
var Di = d.createContext(null);
Di.displayName = `Navigation`;
var Oi = d.createContext(null);
Oi.displayName = `Location`;
var ki = d.createContext({ outlet: null, matches: [], isDataRoute: !1 });
ki.displayName = `Route`;
var Ai = d.createContext(null);
Ai.displayName = `RouteError`;
var ji = `REACT_ROUTER_ERROR`,
  Mi = `REDIRECT`,
  Ni = `ROUTE_ERROR_RESPONSE`;
function Pi(e) {
  if (e.startsWith(`${ji}:${Mi}:{`))
    try {
      const t = JSON.parse(e.slice(28));
      if (
        typeof t == `object` &&
        t &&
        typeof t.status == `number` &&
        typeof t.statusText == `string` &&
        typeof t.location == `string` &&
        typeof t.reloadDocument == `boolean` &&
        typeof t.replace == `boolean`
      )
        return t;
    } catch {}
}
function Fi(e) {
  if (e.startsWith(`${ji}:${Ni}:{`))
    try {
      const t = JSON.parse(e.slice(40));
      if (typeof t == `object` && t && typeof t.status == `number` && typeof t.statusText == `string`)
        return new En(t.status, t.statusText, t.data);
    } catch {}
}
function Ii(e, { relative: t } = {}) {
  F(Li(), `useHref() may be used only in the context of a <Router> component.`);
  let { basename: n, navigator: r } = d.useContext(Di),
    { hash: i, pathname: a, search: o } = Gi(e, { relative: t }),
    s = a;
  return (n !== `/` && (s = a === `/` ? n : bn([n, a])), r.createHref({ pathname: s, search: o, hash: i }));
}
function Li() {
  return d.useContext(Oi) != null;
}
function Ri() {
  return (
    F(Li(), `useLocation() may be used only in the context of a <Router> component.`),
    d.useContext(Oi).location
  );
}
var zi = `You should call navigate() in a React.useEffect(), not when your component is first rendered.`;
function Bi(e) {
  d.useContext(Di).static || d.useLayoutEffect(e);
}
function Vi() {
  const { isDataRoute: e } = d.useContext(ki);
  return e ? sa() : Hi();
}
function Hi() {
  F(Li(), `useNavigate() may be used only in the context of a <Router> component.`);
  const e = d.useContext(bi),
    { basename: t, navigator: n } = d.useContext(Di),
    { matches: r } = d.useContext(ki),
    { pathname: i } = Ri(),
    a = JSON.stringify(_n(r)),
    o = d.useRef(!1);
  return (
    Bi(() => {
      o.current = !0;
    }),
    d.useCallback(
      (r, s = {}) => {
        if ((vt(o.current, zi), !o.current)) return;
        if (typeof r == `number`) {
          n.go(r);
          return;
        }
        const c = vn(r, JSON.parse(a), i, s.relative === `path`);
        e == null && t !== `/` && (c.pathname = c.pathname === `/` ? t : bn([t, c.pathname])),
          jt(typeof r == `string` ? r : St(r), n.createHref(c), Dt(n), `reject`),
          (s.replace ? n.replace : n.push)(c, s.state, s);
      },
      [t, n, a, i, e],
    )
  );
}
var Ui = d.createContext(null);
function Wi(e) {
  const t = d.useContext(ki).outlet;
  return d.useMemo(() => t && d.createElement(Ui.Provider, { value: e }, t), [t, e]);
}
function Gi(e, { relative: t } = {}) {
  const { matches: n } = d.useContext(ki),
    { pathname: r } = Ri(),
    i = JSON.stringify(_n(n));
  return d.useMemo(() => vn(e, JSON.parse(i), r, t === `path`), [e, i, r, t]);
}
function Ki(e, t, n) {
  F(Li(), `useRoutes() may be used only in the context of a <Router> component.`);
  const { navigator: r } = d.useContext(Di),
    { matches: i } = d.useContext(ki),
    a = i[i.length - 1],
    o = a ? a.params : {},
    s = a ? a.pathname : `/`,
    c = a ? a.pathnameBase : `/`,
    l = a && a.route;
  {
    const e = (l && l.path) || ``;
    la(
      s,
      !l || e.endsWith(`*`) || e.endsWith(`*?`),
      `You rendered descendant <Routes> (or called \`useRoutes()\`) at "${s}" (under <Route path="${e}">) but the parent route path has no trailing "*". This means if you navigate deeper, the parent won't match anymore and therefore the child routes will never render.

Please change the parent <Route path="${e}"> to <Route path="${e === `/` ? `*` : `${e}/*`}">.`,
    );
  }
  let u = Ri(),
    f;
  if (t) {
    const e = typeof t == `string` ? Ct(t) : t;
    F(
      c === `/` || e.pathname?.startsWith(c),
      `When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${c}" but pathname "${e.pathname}" was given in the \`location\` prop.`,
    ),
      (f = e);
  } else f = u;
  let p = f.pathname || `/`,
    m = p;
  if (c !== `/`) {
    const e = c.replace(/^\//, ``).split(`/`);
    m = `/` + p.replace(/^\//, ``).split(`/`).slice(e.length).join(`/`);
  }
  const h =
    n && n.state.matches.length
      ? n.state.matches.map((e) => Object.assign(e, { route: n.manifest[e.route.id] || e.route }))
      : Vt(e, { pathname: m });
  vt(l || h != null, `No routes matched location "${f.pathname}${f.search}${f.hash}" `),
    vt(
      h == null ||
        h[h.length - 1].route.element !== void 0 ||
        h[h.length - 1].route.Component !== void 0 ||
        h[h.length - 1].route.lazy !== void 0,
      `Matched leaf route at location "${f.pathname}${f.search}${f.hash}" does not have an element or Component. This means it will render an <Outlet /> with a null value by default resulting in an "empty" page.`,
    );
  const g = $i(
    h &&
      h.map((e) =>
        Object.assign({}, e, {
          params: Object.assign({}, o, e.params),
          pathname: bn([
            c,
            r.encodeLocation
              ? r.encodeLocation(e.pathname.replace(/%/g, `%25`).replace(/\?/g, `%3F`).replace(/#/g, `%23`))
                  .pathname
              : e.pathname,
          ]),
          pathnameBase:
            e.pathnameBase === `/`
              ? c
              : bn([
                  c,
                  r.encodeLocation
                    ? r.encodeLocation(
                        e.pathnameBase.replace(/%/g, `%25`).replace(/\?/g, `%3F`).replace(/#/g, `%23`),
                      ).pathname
                    : e.pathnameBase,
                ]),
        }),
      ),
    i,
    n,
  );
  return t && g
    ? d.createElement(
        Oi.Provider,
        {
          value: {
            location: {
              pathname: `/`,
              search: ``,
              hash: ``,
              state: null,
              key: `default`,
              mask: void 0,
              ...f,
            },
            navigationType: `POP`,
          },
        },
        g,
      )
    : g;
}
function qi() {
  let e = oa(),
    t = Dn(e) ? `${e.status} ${e.statusText}` : e instanceof Error ? e.message : JSON.stringify(e),
    n = e instanceof Error ? e.stack : null,
    r = `rgba(200,200,200, 0.5)`,
    i = { padding: `0.5rem`, backgroundColor: r },
    a = { padding: `2px 4px`, backgroundColor: r },
    o = null;
  return (
    console.error(`Error handled by React Router default ErrorBoundary:`, e),
    (o = d.createElement(
      d.Fragment,
      null,
      d.createElement(`p`, null, `💿 Hey developer 👋`),
      d.createElement(
        `p`,
        null,
        `You can provide a way better UX than this when your app throws errors by providing your own `,
        d.createElement(`code`, { style: a }, `ErrorBoundary`),
        ` or`,
        ` `,
        d.createElement(`code`, { style: a }, `errorElement`),
        ` prop on your route.`,
      ),
    )),
    d.createElement(
      d.Fragment,
      null,
      d.createElement(`h2`, null, `Unexpected Application Error!`),
      d.createElement(`h3`, { style: { fontStyle: `italic` } }, t),
      n ? d.createElement(`pre`, { style: i }, n) : null,
      o,
    )
  );
}
var Ji = d.createElement(qi, null),
  Yi = class extends d.Component {
    constructor(e) {
      super(e), (this.state = { location: e.location, revalidation: e.revalidation, error: e.error });
    }
    static getDerivedStateFromError(e) {
      return { error: e };
    }
    static getDerivedStateFromProps(e, t) {
      return t.location !== e.location || (t.revalidation !== `idle` && e.revalidation === `idle`)
        ? { error: e.error, location: e.location, revalidation: e.revalidation }
        : {
            error: e.error === void 0 ? t.error : e.error,
            location: t.location,
            revalidation: e.revalidation || t.revalidation,
          };
    }
    componentDidCatch(e, t) {
      this.props.onError
        ? this.props.onError(e, t)
        : console.error(`React Router caught the following error during render`, e);
    }
    render() {
      let e = this.state.error;
      if (this.context && typeof e == `object` && e && `digest` in e && typeof e.digest == `string`) {
        const t = Fi(e.digest);
        t && (e = t);
      }
      const t =
        e === void 0
          ? this.props.children
          : d.createElement(
              ki.Provider,
              { value: this.props.routeContext },
              d.createElement(Ai.Provider, { value: e, children: this.props.component }),
            );
      return this.context ? d.createElement(Zi, { error: e }, t) : t;
    }
  };
Yi.contextType = Si;
var Xi = new WeakMap();
function Zi({ children: e, error: t }) {
  const { basename: n, navigator: r } = d.useContext(Di);
  if (typeof t == `object` && t && `digest` in t && typeof t.digest == `string`) {
    const e = Pi(t.digest);
    if (e) {
      const i = Xi.get(t);
      if (i) throw i;
      const a = An(e.location, n),
        o = a.absoluteURL || a.to;
      if ((jt(e.location, o, Dt(r), `allow-explicit`), Fr(o))) throw Error(`Invalid redirect location`);
      if (kn && !Xi.get(t)) {
        if (a.isExternal || e.reloadDocument) window.location.href = o;
        else {
          const n = Promise.resolve().then(() =>
            window.__reactRouterDataRouter.navigate(a.to, { replace: e.replace }),
          );
          throw (Xi.set(t, n), n);
        }
      }
      return d.createElement(`meta`, { httpEquiv: `refresh`, content: `0;url=${o}` });
    }
  }
  return e;
}
function Qi({ routeContext: e, match: t, children: n }) {
  const r = d.useContext(bi);
  return (
    r &&
      r.static &&
      r.staticContext &&
      (t.route.errorElement || t.route.ErrorBoundary) &&
      (r.staticContext._deepestRenderedBoundaryId = t.route.id),
    d.createElement(ki.Provider, { value: e }, n)
  );
}
function $i(e, t = [], n) {
  const r = n?.state;
  if (e == null) {
    if (!r) return null;
    if (r.errors) e = r.matches;
    else if (t.length === 0 && !r.initialized && r.matches.length > 0) e = r.matches;
    else return null;
  }
  let i = e,
    a = r?.errors;
  if (a != null) {
    const e = i.findIndex((e) => e.route.id && a?.[e.route.id] !== void 0);
    F(e >= 0, `Could not find a matching route for errors on route IDs: ${Object.keys(a).join(`,`)}`),
      (i = i.slice(0, Math.min(i.length, e + 1)));
  }
  let o = !1,
    s = -1;
  if (n && r) {
    o = r.renderFallback;
    for (let e = 0; e < i.length; e++) {
      const t = i[e];
      if (((t.route.HydrateFallback || t.route.hydrateFallbackElement) && (s = e), t.route.id)) {
        const { loaderData: e, errors: a } = r,
          c = t.route.loader && !Object.hasOwn(e, t.route.id) && (!a || a[t.route.id] === void 0);
        if (t.route.lazy || c) {
          n.isStatic && (o = !0), (i = s >= 0 ? i.slice(0, s + 1) : [i[0]]);
          break;
        }
      }
    }
  }
  const c = n?.onError,
    l =
      r && c
        ? (e, t) => {
            c(e, {
              location: r.location,
              params: r.matches?.[0]?.params ?? {},
              pattern: On(r.matches),
              errorInfo: t,
            });
          }
        : void 0;
  return i.reduceRight((e, n, c) => {
    let u,
      f = !1,
      p = null,
      m = null;
    r &&
      ((u = a && n.route.id ? a[n.route.id] : void 0),
      (p = n.route.errorElement || Ji),
      o &&
        (s < 0 && c === 0
          ? (la(
              `route-fallback`,
              !1,
              'No `HydrateFallback` element provided to render during initial hydration',
            ),
            (f = !0),
            (m = null))
          : s === c && ((f = !0), (m = n.route.hydrateFallbackElement || null))));
    const h = t.concat(i.slice(0, c + 1)),
      g = () => {
        let t;
        return (
          (t = u
            ? p
            : f
              ? m
              : n.route.Component
                ? d.createElement(n.route.Component, null)
                : n.route.element
                  ? n.route.element
                  : e),
          d.createElement(Qi, {
            match: n,
            routeContext: { outlet: e, matches: h, isDataRoute: r != null },
            children: t,
          })
        );
      };
    return r && (n.route.ErrorBoundary || n.route.errorElement || c === 0)
      ? d.createElement(Yi, {
          location: r.location,
          revalidation: r.revalidation,
          component: p,
          error: u,
          children: g(),
          routeContext: { outlet: null, matches: h, isDataRoute: !0 },
          onError: l,
        })
      : g();
  }, null);
}
function ea(e) {
  return `${e} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`;
}
function ta(e) {
  const t = d.useContext(bi);
  return (F(t, ea(e)), t);
}
function na(e) {
  const t = d.useContext(xi);
  return (F(t, ea(e)), t);
}
function ra(e) {
  const t = d.useContext(ki);
  return (F(t, ea(e)), t);
}
function ia(e) {
  const t = ra(e),
    n = t.matches[t.matches.length - 1];
  return (F(n.route.id, `${e} can only be used on routes that contain a unique "id"`), n.route.id);
}
function aa() {
  return ia(`useRouteId`);
}
function oa() {
  const e = d.useContext(Ai),
    t = na(`useRouteError`),
    n = ia(`useRouteError`);
  return e === void 0 ? t.errors?.[n] : e;
}
function sa() {
  const { router: e } = ta(`useNavigate`),
    t = ia(`useNavigate`),
    n = d.useRef(!1);
  return (
    Bi(() => {
      n.current = !0;
    }),
    d.useCallback(
      async (r, i = {}) => {
        vt(n.current, zi),
          n.current &&
            (typeof r == `number` ? await e.navigate(r) : await e.navigate(r, { fromRouteId: t, ...i }));
      },
      [e, t],
    )
  );
}
var ca = {};
function la(e, t, n) {
  !t && !ca[e] && ((ca[e] = !0), vt(!1, n));
}
var ua = {};
function da(e, t) {
  !e && !ua[t] && ((ua[t] = !0), console.warn(t));
}
var fa = d.useOptimistic,
  pa = () => void 0;
function ma(e) {
  return fa ? fa(e) : [e, pa];
}
function ha(e) {
  const t = { hasErrorBoundary: e.hasErrorBoundary || e.ErrorBoundary != null || e.errorElement != null };
  return (
    e.Component &&
      (e.element &&
        vt(
          !1,
          'You should not include both `Component` and `element` on your route - `Component` will be used.',
        ),
      Object.assign(t, { element: d.createElement(e.Component), Component: void 0 })),
    e.HydrateFallback &&
      (e.hydrateFallbackElement &&
        vt(
          !1,
          'You should not include both `HydrateFallback` and `hydrateFallbackElement` on your route - `HydrateFallback` will be used.',
        ),
      Object.assign(t, {
        hydrateFallbackElement: d.createElement(e.HydrateFallback),
        HydrateFallback: void 0,
      })),
    e.ErrorBoundary &&
      (e.errorElement &&
        vt(
          !1,
          'You should not include both `ErrorBoundary` and `errorElement` on your route - `ErrorBoundary` will be used.',
        ),
      Object.assign(t, { errorElement: d.createElement(e.ErrorBoundary), ErrorBoundary: void 0 })),
    t
  );
}
var ga = [`HydrateFallback`, `hydrateFallbackElement`],
  _a = class {
    constructor() {
      (this.status = `pending`),
        (this.promise = new Promise((e, t) => {
          (this.resolve = (t) => {
            this.status === `pending` && ((this.status = `resolved`), e(t));
          }),
            (this.reject = (e) => {
              this.status === `pending` && ((this.status = `rejected`), t(e));
            });
        }));
    }
  };
function va({ router: e, flushSync: t, onError: n, useTransitions: r }) {
  r = Ci() || r;
  const [i, a] = d.useState(e.state),
    [o, s] = ma(i),
    [c, l] = d.useState(),
    [u, f] = d.useState({ isTransitioning: !1 }),
    [p, m] = d.useState(),
    [h, g] = d.useState(),
    [_, v] = d.useState(),
    y = d.useRef(new Map()),
    b = d.useCallback(
      (i, { deletedFetchers: o, newErrors: c, flushSync: u, viewTransitionOpts: _ }) => {
        c &&
          n &&
          Object.values(c).forEach((e) =>
            n(e, { location: i.location, params: i.matches[0]?.params ?? {}, pattern: On(i.matches) }),
          ),
          i.fetchers.forEach((e, t) => {
            e.data !== void 0 && y.current.set(t, e.data);
          }),
          o.forEach((e) => y.current.delete(e)),
          da(
            u === !1 || t != null,
            'You provided the `flushSync` option to a router update, but you are not using the `<RouterProvider>` from `react-router/dom` so `ReactDOM.flushSync()` is unavailable.  Please update your app to `import { RouterProvider } from "react-router/dom"` and ensure you have `react-dom` installed as a dependency to use the `flushSync` option.',
          );
        const b =
          e.window != null &&
          e.window.document != null &&
          typeof e.window.document.startViewTransition == `function`;
        if (
          (da(
            _ == null || b,
            'You provided the `viewTransition` option to a router update, but you do not appear to be running in a DOM environment as `window.startViewTransition` is not available.',
          ),
          !_ || !b)
        )
          t && u
            ? t(() => a(i))
            : r === !1
              ? a(i)
              : d.startTransition(() => {
                  r === !0 && s((e) => ya(e, i)), a(i);
                });
        else if (t && u) {
          t(() => {
            h && (p?.resolve(), h.skipTransition()),
              f({
                isTransitioning: !0,
                flushSync: !0,
                currentLocation: _.currentLocation,
                nextLocation: _.nextLocation,
              });
          });
          const n = e.window.document.startViewTransition(() => {
            t(() => a(i));
          });
          n.finished.finally(() => {
            t(() => {
              m(void 0), g(void 0), l(void 0), f({ isTransitioning: !1 });
            });
          }),
            t(() => g(n));
        } else
          h
            ? (p?.resolve(),
              h.skipTransition(),
              v({ state: i, currentLocation: _.currentLocation, nextLocation: _.nextLocation }))
            : (l(i),
              f({
                isTransitioning: !0,
                flushSync: !1,
                currentLocation: _.currentLocation,
                nextLocation: _.nextLocation,
              }));
      },
      [e.window, t, h, p, r, s, n],
    );
  d.useLayoutEffect(() => e.subscribe(b), [e, b]),
    d.useEffect(() => {
      u.isTransitioning && !u.flushSync && m(new _a());
    }, [u]),
    d.useEffect(() => {
      if (p && c && e.window) {
        const t = c,
          n = p.promise,
          i = e.window.document.startViewTransition(async () => {
            r === !1
              ? a(t)
              : d.startTransition(() => {
                  r === !0 && s((e) => ya(e, t)), a(t);
                }),
              await n;
          });
        i.finished.finally(() => {
          m(void 0), g(void 0), l(void 0), f({ isTransitioning: !1 });
        }),
          g(i);
      }
    }, [c, p, e.window, r, s]),
    d.useEffect(() => {
      p && c && o.location.key === c.location.key && p.resolve();
    }, [p, h, o.location, c]),
    d.useEffect(() => {
      !u.isTransitioning &&
        _ &&
        (l(_.state),
        f({
          isTransitioning: !0,
          flushSync: !1,
          currentLocation: _.currentLocation,
          nextLocation: _.nextLocation,
        }),
        v(void 0));
    }, [u.isTransitioning, _]);
  const x = d.useMemo(
      () => ({
        createHref: e.createHref,
        createURL: e.createURL,
        encodeLocation: e.encodeLocation,
        go: (t) => e.navigate(t),
        push: (t, n, r) => e.navigate(t, { state: n, preventScrollReset: r?.preventScrollReset }),
        replace: (t, n, r) =>
          e.navigate(t, { replace: !0, state: n, preventScrollReset: r?.preventScrollReset }),
      }),
      [e],
    ),
    S = e.basename || `/`,
    ee = d.useMemo(() => ({ router: e, navigator: x, static: !1, basename: S, onError: n }), [e, x, S, n]);
  return d.createElement(
    d.Fragment,
    null,
    d.createElement(
      bi.Provider,
      { value: ee },
      d.createElement(
        xi.Provider,
        { value: o },
        d.createElement(
          Ti.Provider,
          { value: y.current },
          d.createElement(
            wi.Provider,
            { value: u },
            d.createElement(
              Ca,
              {
                basename: S,
                location: o.location,
                navigationType: o.historyAction,
                navigator: x,
                useTransitions: r,
              },
              d.createElement(ba, {
                routes: e.routes,
                manifest: e.manifest,
                future: e.future,
                state: o,
                isStatic: !1,
                onError: n,
              }),
            ),
          ),
        ),
      ),
    ),
    null,
  );
}
function ya(e, t) {
  return {
    ...e,
    navigation: t.navigation.state === `idle` ? e.navigation : t.navigation,
    revalidation: t.revalidation === `idle` ? e.revalidation : t.revalidation,
    actionData: t.navigation.state === `submitting` ? e.actionData : t.actionData,
    fetchers: t.fetchers,
  };
}
var ba = d.memo(xa);
function xa({ routes: e, manifest: t, future: n, state: r, isStatic: i, onError: a }) {
  return Ki(e, void 0, { manifest: t, state: r, isStatic: i, onError: a, future: n });
}
function Sa(e) {
  return Wi(e.context);
}
function Ca({
  basename: e = `/`,
  children: t = null,
  location: n,
  navigationType: r = `POP`,
  navigator: i,
  static: a = !1,
  useTransitions: o,
}) {
  F(
    !Li(),
    `You cannot render a <Router> inside another <Router>. You should never have more than one in your app.`,
  );
  const s = e.replace(/^\/*/, `/`),
    c = d.useMemo(
      () => ({ basename: s, navigator: i, static: a, useTransitions: o, future: {} }),
      [s, i, a, o],
    );
  typeof n == `string` && (n = Ct(n));
  const { pathname: l = `/`, search: u = ``, hash: f = ``, state: p = null, key: m = `default`, mask: h } = n,
    g = d.useMemo(() => {
      const e = un(l, s);
      return e == null
        ? null
        : { location: { pathname: e, search: u, hash: f, state: p, key: m, mask: h }, navigationType: r };
    }, [s, l, u, f, p, m, r, h]);
  return (
    vt(
      g != null,
      `<Router basename="${s}"> is not able to match the URL "${l}${u}${f}" because it does not start with the basename, so the <Router> won't render anything.`,
    ),
    g == null
      ? null
      : d.createElement(Di.Provider, { value: c }, d.createElement(Oi.Provider, { children: t, value: g }))
  );
}
d.Component;
var wa = `get`,
  Ta = `application/x-www-form-urlencoded`;
function Ea(e) {
  return typeof HTMLElement < `u` && e instanceof HTMLElement;
}
function Da(e) {
  return Ea(e) && e.tagName.toLowerCase() === `button`;
}
function Oa(e) {
  return Ea(e) && e.tagName.toLowerCase() === `form`;
}
function ka(e) {
  return Ea(e) && e.tagName.toLowerCase() === `input`;
}
function Aa(e) {
  return !!(e.metaKey || e.altKey || e.ctrlKey || e.shiftKey);
}
function ja(e, t) {
  return e.button === 0 && (!t || t === `_self`) && !Aa(e);
}
function Ma(e = ``) {
  return new URLSearchParams(
    typeof e == `string` || Array.isArray(e) || e instanceof URLSearchParams
      ? e
      : Object.keys(e).reduce((t, n) => {
          const r = e[n];
          return t.concat(Array.isArray(r) ? r.map((e) => [n, e]) : [[n, r]]);
        }, []),
  );
}
function Na(e, t) {
  const n = Ma(e);
  return (
    t &&
      t.forEach((e, r) => {
        n.has(r) ||
          t.getAll(r).forEach((e) => {
            n.append(r, e);
          });
      }),
    n
  );
}
var Pa = null;
function Fa() {
  if (Pa === null)
    try {
      new FormData(document.createElement(`form`), 0), (Pa = !1);
    } catch {
      Pa = !0;
    }
  return Pa;
}
var I = new Set([`application/x-www-form-urlencoded`, `multipart/form-data`, `text/plain`]);
function L(e) {
  return e != null && !I.has(e)
    ? (vt(
        !1,
        `"${e}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${Ta}"`,
      ),
      null)
    : e;
}
function Ia(e, t) {
  let n, r, i, a, o;
  if (Oa(e)) {
    const o = e.getAttribute(`action`);
    (r = o ? un(o, t) : null),
      (n = e.getAttribute(`method`) || wa),
      (i = L(e.getAttribute(`enctype`)) || Ta),
      (a = new FormData(e));
  } else if (Da(e) || (ka(e) && (e.type === `submit` || e.type === `image`))) {
    const o = e.form;
    if (o == null) throw Error(`Cannot submit a <button> or <input type="submit"> without a <form>`);
    const s = e.getAttribute(`formaction`) || o.getAttribute(`action`);
    if (
      ((r = s ? un(s, t) : null),
      (n = e.getAttribute(`formmethod`) || o.getAttribute(`method`) || wa),
      (i = L(e.getAttribute(`formenctype`)) || L(o.getAttribute(`enctype`)) || Ta),
      (a = new FormData(o, e)),
      !Fa())
    ) {
      const { name: t, type: n, value: r } = e;
      if (n === `image`) {
        const e = t ? `${t}.` : ``;
        a.append(`${e}x`, `0`), a.append(`${e}y`, `0`);
      } else t && a.append(t, r);
    }
  } else if (Ea(e))
    throw Error(`Cannot submit element that is not <form>, <button>, or <input type="submit|image">`);
  else (n = wa), (r = null), (i = Ta), (o = e);
  return (
    a && i === `text/plain` && ((o = a), (a = void 0)),
    { action: r, method: n.toLowerCase(), encType: i, formData: a, body: o }
  );
}
Object.getOwnPropertyNames(Object.prototype).sort().join(`\0`);
function La(e, t) {
  if (e === !1 || e == null) throw Error(t);
}
function Ra(e, t, n, r) {
  const i =
    typeof e == `string`
      ? new URL(e, typeof window > `u` ? `server://singlefetch/` : window.location.origin)
      : e;
  return (
    (i.pathname = n
      ? i.pathname.endsWith(`/`)
        ? `${i.pathname}_.${r}`
        : `${i.pathname}.${r}`
      : i.pathname === `/`
        ? `_root.${r}`
        : t && un(i.pathname, t) === `/`
          ? `${xn(t)}/_root.${r}`
          : `${xn(i.pathname)}.${r}`),
    i
  );
}
async function za(e, t) {
  if (e.id in t) return t[e.id];
  try {
    const n = await import(e.module);
    return ((t[e.id] = n), n);
  } catch (t) {
    return (
      console.error(`Error loading route module \`${e.module}\`, reloading page...`),
      console.error(t),
      window.__reactRouterContext && window.__reactRouterContext.isSpaMode,
      window.location.reload(),
      new Promise(() => {})
    );
  }
}
function Ba(e) {
  return e != null && typeof e.page == `string`;
}
function Va(e) {
  return e == null
    ? !1
    : e.href == null
      ? e.rel === `preload` && typeof e.imageSrcSet == `string` && typeof e.imageSizes == `string`
      : typeof e.rel == `string` && typeof e.href == `string`;
}
async function Ha(e, t, n) {
  return qa(
    (
      await Promise.all(
        e.map(async (e) => {
          const r = t.routes[e.route.id];
          if (r) {
            const e = await za(r, n);
            return e.links ? e.links() : [];
          }
          return [];
        }),
      )
    )
      .flat(1)
      .filter(Va)
      .filter((e) => e.rel === `stylesheet` || e.rel === `preload`)
      .map((e) =>
        e.rel === `stylesheet` ? { ...e, rel: `prefetch`, as: `style` } : { ...e, rel: `prefetch` },
      ),
  );
}
function Ua(e, t, n, r, i, a) {
  const o = (e, t) => !n[t] || e.route.id !== n[t].route.id,
    s = (e, t) =>
      n[t].pathname !== e.pathname || (n[t].route.path?.endsWith(`*`) && n[t].params[`*`] !== e.params[`*`]);
  return a === `assets`
    ? t.filter((e, t) => o(e, t) || s(e, t))
    : a === `data`
      ? t.filter((t, a) => {
          const c = r.routes[t.route.id];
          if (!c || !c.hasLoader) return !1;
          if (o(t, a) || s(t, a)) return !0;
          if (t.route.shouldRevalidate) {
            const r = t.route.shouldRevalidate({
              currentUrl: new URL(i.pathname + i.search + i.hash, window.origin),
              currentParams: n[0]?.params || {},
              nextUrl: new URL(e, window.origin),
              nextParams: t.params,
              defaultShouldRevalidate: !0,
            });
            if (typeof r == `boolean`) return r;
          }
          return !0;
        })
      : [];
}
function Wa(e, t, { includeHydrateFallback: n } = {}) {
  return Ga(
    e.flatMap((e) => {
      const r = t.routes[e.route.id];
      if (!r) return [];
      let i = [r.module];
      return (
        r.clientActionModule && (i = i.concat(r.clientActionModule)),
        r.clientLoaderModule && (i = i.concat(r.clientLoaderModule)),
        n && r.hydrateFallbackModule && (i = i.concat(r.hydrateFallbackModule)),
        r.imports && (i = i.concat(r.imports)),
        i
      );
    }),
  );
}
function Ga(e) {
  return [...new Set(e)];
}
function Ka(e) {
  const t = {},
    n = Object.keys(e).sort();
  for (const r of n) t[r] = e[r];
  return t;
}
function qa(e, t) {
  const n = new Set(),
    r = new Set(t);
  return e.reduce((e, i) => {
    if (t && !Ba(i) && i.as === `script` && i.href && r.has(i.href)) return e;
    const a = JSON.stringify(Ka(i));
    return (n.has(a) || (n.add(a), e.push({ key: a, link: i })), e);
  }, []);
}
function Ja() {
  const e = d.useContext(bi);
  return (La(e, `You must render this element inside a <DataRouterContext.Provider> element`), e);
}
function Ya() {
  const e = d.useContext(xi);
  return (La(e, `You must render this element inside a <DataRouterStateContext.Provider> element`), e);
}
var Xa = d.createContext(void 0);
Xa.displayName = `FrameworkContext`;
function Za() {
  const e = d.useContext(Xa);
  return (La(e, `You must render this element inside a <HydratedRouter> element`), e);
}
function Qa(e, t) {
  const n = d.useContext(Xa),
    [r, i] = d.useState(!1),
    [a, o] = d.useState(!1),
    { onFocus: s, onBlur: c, onMouseEnter: l, onMouseLeave: u, onTouchStart: f } = t,
    p = d.useRef(null);
  d.useEffect(() => {
    if ((e === `render` && o(!0), e === `viewport`)) {
      const e = new IntersectionObserver(
        (e) => {
          e.forEach((e) => {
            o(e.isIntersecting);
          });
        },
        { threshold: 0.5 },
      );
      return (
        p.current && e.observe(p.current),
        () => {
          e.disconnect();
        }
      );
    }
  }, [e]),
    d.useEffect(() => {
      if (r) {
        const e = setTimeout(() => {
          o(!0);
        }, 100);
        return () => {
          clearTimeout(e);
        };
      }
    }, [r]);
  const m = () => {
      i(!0);
    },
    h = () => {
      i(!1), o(!1);
    };
  return n
    ? e === `intent`
      ? [
          a,
          p,
          {
            onFocus: $a(s, m),
            onBlur: $a(c, h),
            onMouseEnter: $a(l, m),
            onMouseLeave: $a(u, h),
            onTouchStart: $a(f, m),
          },
        ]
      : [a, p, {}]
    : [!1, p, {}];
}
function $a(e, t) {
  return (n) => {
    e && e(n), n.defaultPrevented || t(n);
  };
}
function eo({ page: e, ...t }) {
  const n = Ci(),
    { nonce: r } = Za(),
    { router: i } = Ja(),
    a = d.useMemo(() => Vt(i.routes, e, i.basename), [i.routes, e, i.basename]);
  return a
    ? (t.nonce == null && r && (t = { ...t, nonce: r }),
      n
        ? d.createElement(no, { page: e, matches: a, ...t })
        : d.createElement(ro, { page: e, matches: a, ...t }))
    : null;
}
function to(e) {
  const { manifest: t, routeModules: n } = Za(),
    [r, i] = d.useState([]);
  return (
    d.useEffect(() => {
      let r = !1;
      return (
        Ha(e, t, n).then((e) => {
          r || i(e);
        }),
        () => {
          r = !0;
        }
      );
    }, [e, t, n]),
    r
  );
}
function no({ page: e, matches: t, ...n }) {
  const r = Ri(),
    { future: i } = Za(),
    { basename: a } = Ja(),
    o = d.useMemo(() => {
      if (e === r.pathname + r.search + r.hash) return [];
      let n = Ra(e, a, i.v8_trailingSlashAwareDataRequests, `rsc`),
        o = !1,
        s = [];
      for (const e of t) typeof e.route.shouldRevalidate == `function` ? (o = !0) : s.push(e.route.id);
      return (o && s.length > 0 && n.searchParams.set(`_routes`, s.join(`,`)), [n.pathname + n.search]);
    }, [a, i.v8_trailingSlashAwareDataRequests, e, r, t]);
  return d.createElement(
    d.Fragment,
    null,
    o.map((e) => d.createElement(`link`, { key: e, rel: `prefetch`, as: `fetch`, href: e, ...n })),
  );
}
function ro({ page: e, matches: t, ...n }) {
  const r = Ri(),
    { future: i, manifest: a, routeModules: o } = Za(),
    { basename: s } = Ja(),
    { loaderData: c, matches: l } = Ya(),
    u = d.useMemo(() => Ua(e, t, l, a, r, `data`), [e, t, l, a, r]),
    f = d.useMemo(() => Ua(e, t, l, a, r, `assets`), [e, t, l, a, r]),
    p = d.useMemo(() => {
      if (e === r.pathname + r.search + r.hash) return [];
      let n = new Set(),
        l = !1;
      if (
        (t.forEach((e) => {
          const t = a.routes[e.route.id];
          t &&
            t.hasLoader &&
            ((!u.some((t) => t.route.id === e.route.id) &&
              e.route.id in c &&
              o[e.route.id]?.shouldRevalidate) ||
            t.hasClientLoader
              ? (l = !0)
              : n.add(e.route.id));
        }),
        n.size === 0)
      )
        return [];
      const d = Ra(e, s, i.v8_trailingSlashAwareDataRequests, `data`);
      return (
        l &&
          n.size > 0 &&
          d.searchParams.set(
            `_routes`,
            t
              .filter((e) => n.has(e.route.id))
              .map((e) => e.route.id)
              .join(`,`),
          ),
        [d.pathname + d.search]
      );
    }, [s, i.v8_trailingSlashAwareDataRequests, c, r, a, u, t, e, o]),
    m = d.useMemo(() => Wa(f, a), [f, a]),
    h = to(f);
  return d.createElement(
    d.Fragment,
    null,
    p.map((e) => d.createElement(`link`, { key: e, rel: `prefetch`, as: `fetch`, href: e, ...n })),
    m.map((e) => d.createElement(`link`, { key: e, rel: `modulepreload`, href: e, ...n })),
    h.map(({ key: e, link: t }) =>
      d.createElement(`link`, { key: e, nonce: n.nonce, ...t, crossOrigin: t.crossOrigin ?? n.crossOrigin }),
    ),
  );
}
function io(...e) {
  return (t) => {
    e.forEach((e) => {
      typeof e == `function` ? e(t) : e != null && (e.current = t);
    });
  };
}
d.Component;
var ao = typeof window < `u` && window.document !== void 0 && window.document.createElement !== void 0;
try {
  ao && (window.__reactRouterVersion = `7.18.7`);
} catch {}
function oo(e, t) {
  return ar({
    basename: t?.basename,
    getContext: t?.getContext,
    future: t?.future,
    history: _t({ window: t?.window }),
    hydrationData: t?.hydrationData || so(),
    routes: e,
    mapRouteProperties: ha,
    hydrationRouteProperties: ga,
    dataStrategy: t?.dataStrategy,
    patchRoutesOnNavigation: t?.patchRoutesOnNavigation,
    window: t?.window,
    instrumentations: t?.instrumentations,
  }).initialize();
}
function so() {
  let e = window?.__staticRouterHydrationData;
  return (e && e.errors && (e = { ...e, errors: co(e.errors) }), e);
}
function co(e) {
  if (!e) return null;
  const t = Object.entries(e),
    n = {};
  for (const [e, r] of t)
    if (r && r.__type === `RouteErrorResponse`)
      n[e] = new En(r.status, r.statusText, r.data, r.internal === !0);
    else if (r && r.__type === `Error`) {
      if (typeof r.__subType == `string` && Tn.includes(r.__subType)) {
        const t = window[r.__subType];
        if (typeof t == `function`)
          try {
            const i = new t(r.message);
            (i.stack = ``), (n[e] = i);
          } catch {}
      }
      if (n[e] == null) {
        const t = Error(r.message);
        (t.stack = ``), (n[e] = t);
      }
    } else n[e] = r;
  return n;
}
var lo = d.forwardRef(
  (
    {
      onClick: e,
      discover: t = `render`,
      prefetch: n = `none`,
      relative: r,
      reloadDocument: i,
      replace: a,
      mask: o,
      state: s,
      target: c,
      to: l,
      preventScrollReset: u,
      viewTransition: f,
      defaultShouldRevalidate: p,
      ...m
    },
    h,
  ) => {
    const { basename: g, navigator: _, useTransitions: v } = d.useContext(Di),
      y = typeof l == `string` && ft.test(l),
      b = An(l, g);
    l = b.to;
    let x = Ii(l, { relative: r }),
      S = Ri(),
      ee = null;
    if (o) {
      const e = vn(o, [], S.mask ? S.mask.pathname : `/`, !0);
      g !== `/` && (e.pathname = e.pathname === `/` ? g : bn([g, e.pathname])), (ee = _.createHref(e));
    }
    const [C, w, T] = Qa(n, m),
      te = ho(l, {
        replace: a,
        mask: o,
        state: s,
        target: c,
        preventScrollReset: u,
        relative: r,
        viewTransition: f,
        defaultShouldRevalidate: p,
        useTransitions: v,
      });
    function E(t) {
      e && e(t), t.defaultPrevented || te(t);
    }
    const ne = !(b.isExternal || i),
      re = (ne ? ee : void 0) || b.absoluteURL || x;
    At(re);
    const D = d.createElement(`a`, {
      ...m,
      ...T,
      href: re,
      onClick: ne ? E : e,
      ref: io(h, w),
      target: c,
      'data-discover': !y && t === `render` ? `true` : void 0,
    });
    return C && !y ? d.createElement(d.Fragment, null, D, d.createElement(eo, { page: x })) : D;
  },
);
lo.displayName = `Link`;
var uo = d.forwardRef(
  (
    {
      'aria-current': e = `page`,
      caseSensitive: t = !1,
      className: n = ``,
      end: r = !1,
      style: i,
      to: a,
      viewTransition: o,
      children: s,
      ...c
    },
    l,
  ) => {
    let u = Gi(a, { relative: c.relative }),
      f = Ri(),
      p = d.useContext(xi),
      { navigator: m, basename: h } = d.useContext(Di),
      g = p != null && xo(u) && o === !0,
      _ = m.encodeLocation ? m.encodeLocation(u).pathname : u.pathname,
      v = f.pathname,
      y = p && p.navigation && p.navigation.location ? p.navigation.location.pathname : null;
    t || ((v = v.toLowerCase()), (y = y ? y.toLowerCase() : null), (_ = _.toLowerCase())),
      y && h && (y = un(y, h) || y);
    let b = _ !== `/` && _.endsWith(`/`) ? _.length - 1 : _.length,
      x = v === _ || (!r && v.startsWith(_) && v.charAt(b) === `/`),
      S = y != null && (y === _ || (!r && y.startsWith(_) && y.charAt(_.length) === `/`)),
      ee = { isActive: x, isPending: S, isTransitioning: g },
      C = x ? e : void 0,
      w;
    w =
      typeof n == `function`
        ? n(ee)
        : [n, x ? `active` : null, S ? `pending` : null, g ? `transitioning` : null]
            .filter(Boolean)
            .join(` `);
    const T = typeof i == `function` ? i(ee) : i;
    return d.createElement(
      lo,
      { ...c, 'aria-current': C, className: w, ref: l, style: T, to: a, viewTransition: o },
      typeof s == `function` ? s(ee) : s,
    );
  },
);
uo.displayName = `NavLink`;
var fo = d.forwardRef(
  (
    {
      discover: e = `render`,
      fetcherKey: t,
      navigate: n,
      reloadDocument: r,
      replace: i,
      state: a,
      method: o = wa,
      action: s,
      onSubmit: c,
      relative: l,
      preventScrollReset: u,
      viewTransition: f,
      defaultShouldRevalidate: p,
      ...m
    },
    h,
  ) => {
    const { useTransitions: g } = d.useContext(Di),
      _ = yo(),
      v = bo(s, { relative: l }),
      y = o.toLowerCase() === `get` ? `get` : `post`,
      b = typeof s == `string` && ft.test(s);
    return d.createElement(`form`, {
      ref: h,
      method: y,
      action: v,
      onSubmit: r
        ? c
        : (e) => {
            if ((c && c(e), e.defaultPrevented)) return;
            e.preventDefault();
            const r = e.nativeEvent.submitter,
              s = r?.getAttribute(`formmethod`) || o,
              m = () =>
                _(r || e.currentTarget, {
                  fetcherKey: t,
                  method: s,
                  navigate: n,
                  replace: i,
                  state: a,
                  relative: l,
                  preventScrollReset: u,
                  viewTransition: f,
                  defaultShouldRevalidate: p,
                });
            g && n !== !1 ? d.startTransition(() => m()) : m();
          },
      ...m,
      'data-discover': !b && e === `render` ? `true` : void 0,
    });
  },
);
fo.displayName = `Form`;
function po(e) {
  return `${e} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`;
}
function mo(e) {
  const t = d.useContext(bi);
  return (F(t, po(e)), t);
}
function ho(
  e,
  {
    target: t,
    replace: n,
    mask: r,
    state: i,
    preventScrollReset: a,
    relative: o,
    viewTransition: s,
    defaultShouldRevalidate: c,
    useTransitions: l,
  } = {},
) {
  const u = Vi(),
    f = Ri(),
    p = Gi(e, { relative: o });
  return d.useCallback(
    (m) => {
      if (ja(m, t)) {
        m.preventDefault();
        const t = n === void 0 ? St(f) === St(p) : n,
          h = () =>
            u(e, {
              replace: t,
              mask: r,
              state: i,
              preventScrollReset: a,
              relative: o,
              viewTransition: s,
              defaultShouldRevalidate: c,
            });
        l ? d.startTransition(() => h()) : h();
      }
    },
    [f, u, p, n, r, i, t, e, a, o, s, c, l],
  );
}
function go(e) {
  vt(
    typeof URLSearchParams < `u`,
    'You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.',
  );
  const t = d.useRef(Ma(e)),
    n = d.useRef(!1),
    r = Ri(),
    i = d.useMemo(() => Na(r.search, n.current ? null : t.current), [r.search]),
    a = Vi();
  return [
    i,
    d.useCallback(
      (e, t) => {
        const r = Ma(typeof e == `function` ? e(new URLSearchParams(i)) : e);
        (n.current = !0), a(`?` + r, t);
      },
      [a, i],
    ),
  ];
}
var _o = 0,
  vo = () => `__${String(++_o)}__`;
function yo() {
  const { router: e } = mo(`useSubmit`),
    { basename: t } = d.useContext(Di),
    n = aa(),
    r = e.fetch,
    i = e.navigate;
  return d.useCallback(
    async (e, a = {}) => {
      const { action: o, method: s, encType: c, formData: l, body: u } = Ia(e, t);
      if (a.navigate === !1) {
        const e = a.fetcherKey || vo();
        await r(e, n, a.action || o, {
          defaultShouldRevalidate: a.defaultShouldRevalidate,
          preventScrollReset: a.preventScrollReset,
          formData: l,
          body: u,
          formMethod: a.method || s,
          formEncType: a.encType || c,
          flushSync: a.flushSync,
        });
      } else
        await i(a.action || o, {
          defaultShouldRevalidate: a.defaultShouldRevalidate,
          preventScrollReset: a.preventScrollReset,
          formData: l,
          body: u,
          formMethod: a.method || s,
          formEncType: a.encType || c,
          replace: a.replace,
          state: a.state,
          fromRouteId: n,
          flushSync: a.flushSync,
          viewTransition: a.viewTransition,
        });
    },
    [r, i, t, n],
  );
}
function bo(e, { relative: t } = {}) {
  const { basename: n } = d.useContext(Di),
    r = d.useContext(ki);
  F(r, `useFormAction must be used inside a RouteContext`);
  const [i] = r.matches.slice(-1),
    a = { ...Gi(e || `.`, { relative: t }) },
    o = Ri();
  if (e == null) {
    a.search = o.search;
    const e = new URLSearchParams(a.search),
      t = e.getAll(`index`);
    if (t.some((e) => e === ``)) {
      e.delete(`index`), t.filter((e) => e).forEach((t) => e.append(`index`, t));
      const n = e.toString();
      a.search = n ? `?${n}` : ``;
    }
  }
  (!e || e === `.`) && i.route.index && (a.search = a.search ? a.search.replace(/^\?/, `?index&`) : `?index`),
    n !== `/` && (a.pathname = a.pathname === `/` ? n : bn([n, a.pathname]));
  const s = St(a);
  return (At(s), s);
}
function xo(e, { relative: t } = {}) {
  const n = d.useContext(wi);
  F(
    n != null,
    "`useViewTransitionState` must be used within `react-router-dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?",
  );
  const { basename: r } = mo(`useViewTransitionState`),
    i = Gi(e, { relative: t });
  if (!n.isTransitioning) return !1;
  const a = un(n.currentLocation.pathname, r) || n.currentLocation.pathname,
    o = un(n.nextLocation.pathname, r) || n.nextLocation.pathname;
  return on(i.pathname, o) != null || on(i.pathname, a) != null;
}
var So = ot(),
  Co = class extends Error {
    status;
    code;
    problems;
    constructor(e, t, n, r = []) {
      super(n), (this.status = e), (this.code = t), (this.problems = r);
    }
  },
  wo = null;
function To(e) {
  wo = e;
}
function Eo(e, t) {
  if (!t) return e;
  const n = new URLSearchParams();
  for (const [e, r] of Object.entries(t)) r != null && r !== `` && n.set(e, String(r));
  const r = n.toString();
  return r ? `${e}${e.includes(`?`) ? `&` : `?`}${r}` : e;
}
async function Do(e, t = {}) {
  let n = t.method ?? (t.body === void 0 ? `GET` : `POST`),
    r = { accept: `application/json` },
    i;
  return (
    t.body instanceof FormData
      ? (i = t.body)
      : t.body !== void 0 && ((r[`content-type`] = `application/json`), (i = JSON.stringify(t.body))),
    n !== `GET` && wo && (r[`x-csrf-token`] = wo),
    Oo(
      await fetch(Eo(e, t.query), {
        method: n,
        headers: r,
        body: i,
        signal: t.signal,
        credentials: `same-origin`,
      }),
    )
  );
}
async function Oo(e) {
  if (e.status === 204) return null;
  const t = await e.text(),
    n = t ? ko(t) : null;
  if (!e.ok) {
    const t = n?.error;
    throw new Co(e.status, t?.code ?? `http_${e.status}`, t?.message ?? e.statusText, t?.problems ?? []);
  }
  return n;
}
function ko(e) {
  try {
    return JSON.parse(e);
  } catch {
    return null;
  }
}
var Ao = o((e) => {
    (() => {
      function t(e) {
        if (e == null) return null;
        if (typeof e == `function`) return e.$$typeof === re ? null : e.displayName || e.name || null;
        if (typeof e == `string`) return e;
        switch (e) {
          case v:
            return `Fragment`;
          case b:
            return `Profiler`;
          case y:
            return `StrictMode`;
          case C:
            return `Suspense`;
          case w:
            return `SuspenseList`;
          case E:
            return `Activity`;
          case ne:
            return `ViewTransition`;
        }
        if (typeof e == `object`)
          switch (
            (typeof e.tag == `number` &&
              console.error(
                `Received an unexpected object in getComponentNameFromType(). This is likely a bug in React. Please file an issue.`,
              ),
            e.$$typeof)
          ) {
            case _:
              return `Portal`;
            case S:
              return e.displayName || `Context`;
            case x:
              return (e._context.displayName || `Context`) + `.Consumer`;
            case ee:
              var n = e.render;
              return (
                (e = e.displayName),
                (e ||=
                  ((e = n.displayName || n.name || ``), e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)),
                e
              );
            case T:
              return ((n = e.displayName || null), n === null ? t(e.type) || `Memo` : n);
            case te:
              (n = e._payload), (e = e._init);
              try {
                return t(e(n));
              } catch {}
          }
        return null;
      }
      function n(e) {
        return `` + e;
      }
      function r(e) {
        try {
          n(e);
          var t = !1;
        } catch {
          t = !0;
        }
        if (t) {
          t = console;
          var r = t.error,
            i =
              (typeof Symbol == `function` && Symbol.toStringTag && e[Symbol.toStringTag]) ||
              e.constructor.name ||
              `Object`;
          return (
            r.call(
              t,
              `The provided key is an unsupported type %s. This value must be coerced to a string before using it here.`,
              i,
            ),
            n(e)
          );
        }
      }
      function i(e) {
        if (e === v) return `<>`;
        if (typeof e == `object` && e && e.$$typeof === te) return `<...>`;
        try {
          var n = t(e);
          return n ? `<` + n + `>` : `<...>`;
        } catch {
          return `<...>`;
        }
      }
      function a() {
        var e = D.A;
        return e === null ? null : e.getOwner();
      }
      function o() {
        return Error(`react-stack-top-frame`);
      }
      function s(e) {
        if (O.call(e, `key`)) {
          var t = Object.getOwnPropertyDescriptor(e, `key`).get;
          if (t && t.isReactWarning) return !1;
        }
        return e.key !== void 0;
      }
      function c(e, t) {
        function n() {
          oe ||
            ((oe = !0),
            console.error(
              '%s: `key` is not a prop. Trying to access it will result in `undefined` being returned. If you need to access the same value within the child component, you should pass it as a different prop. (https://react.dev/link/special-props)',
              t,
            ));
        }
        (n.isReactWarning = !0), Object.defineProperty(e, 'key', { get: n, configurable: !0 });
      }
      function l() {
        var e = t(this.type);
        return (
          se[e] ||
            ((se[e] = !0),
            console.error(
              `Accessing element.ref was removed in React 19. ref is now a regular prop. It will be removed from the JSX Element type in a future release.`,
            )),
          (e = this.props.ref),
          e === void 0 ? null : e
        );
      }
      function d(e, t, n, r, i, a) {
        var o = n.ref;
        return (
          (e = { $$typeof: g, type: e, key: t, props: n, _owner: r }),
          (o === void 0 ? null : o) === null
            ? Object.defineProperty(e, 'ref', { enumerable: !1, value: null })
            : Object.defineProperty(e, 'ref', { enumerable: !1, get: l }),
          (e._store = {}),
          Object.defineProperty(e._store, 'validated', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: 0,
          }),
          Object.defineProperty(e, '_debugInfo', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: null,
          }),
          Object.defineProperty(e, '_debugStack', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: i,
          }),
          Object.defineProperty(e, '_debugTask', {
            configurable: !1,
            enumerable: !1,
            writable: !0,
            value: a,
          }),
          Object.freeze && (Object.freeze(e.props), Object.freeze(e)),
          e
        );
      }
      function f(e, n, i, o, l, u) {
        var f = n.children;
        if (f !== void 0) {
          if (o) {
            if (ie(f)) {
              for (o = 0; o < f.length; o++) p(f[o]);
              Object.freeze && Object.freeze(f);
            } else
              console.error(
                `React.jsx: Static children should always be an array. You are likely explicitly calling React.jsxs or React.jsxDEV. Use the Babel transform instead.`,
              );
          } else p(f);
        }
        if (O.call(n, `key`)) {
          f = t(e);
          var m = Object.keys(n).filter((e) => e !== `key`);
          (o = 0 < m.length ? `{key: someKey, ` + m.join(`: ..., `) + `: ...}` : `{key: someKey}`),
            A[f + o] ||
              ((m = 0 < m.length ? `{` + m.join(`: ..., `) + `: ...}` : `{}`),
              console.error(
                `A props object containing a "key" prop is being spread into JSX:
  let props = %s;
  <%s {...props} />
React keys must be passed directly to JSX without using spread:
  let props = %s;
  <%s key={someKey} {...props} />`,
                o,
                f,
                m,
                f,
              ),
              (A[f + o] = !0));
        }
        if (
          ((f = null), i !== void 0 && (r(i), (f = `` + i)), s(n) && (r(n.key), (f = `` + n.key)), `key` in n)
        )
          for (var h in ((i = {}), n)) h !== `key` && (i[h] = n[h]);
        else i = n;
        return (
          f && c(i, typeof e == `function` ? e.displayName || e.name || `Unknown` : e), d(e, f, i, a(), l, u)
        );
      }
      function p(e) {
        m(e)
          ? e._store && (e._store.validated = 1)
          : typeof e == `object` &&
            e &&
            e.$$typeof === te &&
            (e._payload.status === `fulfilled`
              ? m(e._payload.value) && e._payload.value._store && (e._payload.value._store.validated = 1)
              : e._store && (e._store.validated = 1));
      }
      function m(e) {
        return typeof e == `object` && !!e && e.$$typeof === g;
      }
      var h = u(),
        g = Symbol.for(`react.transitional.element`),
        _ = Symbol.for(`react.portal`),
        v = Symbol.for(`react.fragment`),
        y = Symbol.for(`react.strict_mode`),
        b = Symbol.for(`react.profiler`),
        x = Symbol.for(`react.consumer`),
        S = Symbol.for(`react.context`),
        ee = Symbol.for(`react.forward_ref`),
        C = Symbol.for(`react.suspense`),
        w = Symbol.for(`react.suspense_list`),
        T = Symbol.for(`react.memo`),
        te = Symbol.for(`react.lazy`),
        E = Symbol.for(`react.activity`),
        ne = Symbol.for(`react.view_transition`),
        re = Symbol.for(`react.client.reference`),
        D = h.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
        O = Object.prototype.hasOwnProperty,
        ie = Array.isArray,
        ae = console.createTask ? console.createTask : () => null;
      h = { react_stack_bottom_frame: (e) => e() };
      var oe,
        se = {},
        k = h.react_stack_bottom_frame.bind(h, o)(),
        ce = ae(i(o)),
        A = {};
      (e.Fragment = v),
        (e.jsxDEV = (e, t, n, r) => {
          var a = 1e4 > D.recentlyCreatedOwnerStacks++;
          if (a) {
            var o = Error.stackTraceLimit;
            Error.stackTraceLimit = 10;
            var s = Error(`react-stack-top-frame`);
            Error.stackTraceLimit = o;
          } else s = k;
          return f(e, t, n, r, s, a ? ae(i(e)) : ce);
        });
    })();
  }),
  jo = o((e, t) => {
    t.exports = Ao();
  }),
  R = jo(),
  Mo = `/work/main/web/src/api/api.session.tsx`,
  No = (0, d.createContext)(null);
async function Po() {
  const { session: e } = await Do(`/api/session/current`);
  return (To(e?.csrfToken ?? null), e);
}
var Fo = (e) => e.resetQueries({ predicate: (e) => e.queryKey[0] !== `session` });
function Io({ children: e }) {
  const t = _(),
    n = et({ queryKey: [`session`], queryFn: Po, staleTime: 6e4 }),
    r = (0, d.useMemo)(() => {
      const e = n.data ?? null,
        r = (t) => (e ? (e.memberships.find((e) => e.caseId === t)?.role ?? null) : null);
      return {
        session: e,
        loading: n.isPending,
        roleIn: r,
        canWrite: (e) => {
          const t = r(e);
          return t === `editor` || t === `owner`;
        },
        canManage: (t) => r(t) === `owner` || e?.user.instanceRole === `admin`,
        async signIn(e, n) {
          const r = await Do(`/api/session`, { body: { username: e, password: n } });
          return (To(r.csrfToken), t.setQueryData([`session`], r), await Fo(t), r);
        },
        async signOut() {
          await Do(`/api/session`, { method: `DELETE` }),
            To(null),
            t.setQueryData([`session`], null),
            await Fo(t);
        },
      };
    }, [n.data, n.isPending, t]);
  return (0, R.jsxDEV)(
    No.Provider,
    { value: r, children: e },
    void 0,
    !1,
    { fileName: Mo, lineNumber: 68, columnNumber: 10 },
    this,
  );
}
function Lo() {
  const e = (0, d.useContext)(No);
  if (!e) throw Error(`useSession outside SessionProvider`);
  return e;
}
var Ro = `/work/main/web/src/ui/ui.error.tsx`;
function zo({ error: e, title: t }) {
  if (!e) return null;
  const n = e instanceof Co ? e : null,
    r = n ? n.message : e instanceof Error ? e.message : String(e);
  return (0, R.jsxDEV)(
    `div`,
    {
      role: `alert`,
      className: `error-box`,
      children: [
        (0, R.jsxDEV)(
          `strong`,
          { children: t ?? (n?.status === 404 ? `Not found` : n?.status === 403 ? `Not allowed` : `Error`) },
          void 0,
          !1,
          { fileName: Ro, lineNumber: 11, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `p`,
          { children: r },
          void 0,
          !1,
          { fileName: Ro, lineNumber: 12, columnNumber: 7 },
          this,
        ),
        n &&
          n.problems.length > 1 &&
          (0, R.jsxDEV)(
            `ul`,
            {
              className: `problems`,
              children: n.problems.map((e, t) =>
                (0, R.jsxDEV)(
                  `li`,
                  {
                    children: [
                      e.row !== void 0 &&
                        (0, R.jsxDEV)(
                          `span`,
                          { className: `where`, children: [`row `, e.row] },
                          void 0,
                          !0,
                          { fileName: Ro, lineNumber: 19, columnNumber: 39 },
                          this,
                        ),
                      e.path &&
                        (0, R.jsxDEV)(
                          `span`,
                          { className: `where`, children: e.path },
                          void 0,
                          !1,
                          { fileName: Ro, lineNumber: 20, columnNumber: 26 },
                          this,
                        ),
                      e.message,
                    ],
                  },
                  t,
                  !0,
                  { fileName: Ro, lineNumber: 18, columnNumber: 13 },
                  this,
                ),
              ),
            },
            void 0,
            !1,
            { fileName: Ro, lineNumber: 14, columnNumber: 9 },
            this,
          ),
      ],
    },
    void 0,
    !0,
    { fileName: Ro, lineNumber: 10, columnNumber: 5 },
    this,
  );
}
var Bo = `/work/main/web/src/ui/ui.boundary.tsx`,
  Vo = class extends d.Component {
    state = { error: null };
    static getDerivedStateFromError(e) {
      return { error: e };
    }
    render() {
      return this.state.error
        ? (0, R.jsxDEV)(
            zo,
            { error: this.state.error, title: `This page failed` },
            void 0,
            !1,
            { fileName: Bo, lineNumber: 11, columnNumber: 34 },
            this,
          )
        : this.props.children;
    }
  },
  Ho = `/work/main/web/src/ui/ui.status.tsx`;
function Uo({ what: e }) {
  return (0, R.jsxDEV)(
    `p`,
    { className: `loading`, 'aria-live': `polite`, children: [`Loading`, e ? ` ${e}` : ``, `…`] },
    void 0,
    !0,
    { fileName: Ho, lineNumber: 7, columnNumber: 5 },
    this,
  );
}
function Wo({ children: e, title: t, actions: n }) {
  return (
    (0, d.useEffect)(() => {
      document.title = `${t} · Teardown`;
    }, [t]),
    (0, R.jsxDEV)(
      `div`,
      {
        className: `page-title`,
        children: [
          (0, R.jsxDEV)(
            `h1`,
            { children: e },
            void 0,
            !1,
            { fileName: Ho, lineNumber: 27, columnNumber: 7 },
            this,
          ),
          n &&
            (0, R.jsxDEV)(
              `div`,
              { className: `actions`, children: n },
              void 0,
              !1,
              { fileName: Ho, lineNumber: 28, columnNumber: 19 },
              this,
            ),
        ],
      },
      void 0,
      !0,
      { fileName: Ho, lineNumber: 26, columnNumber: 5 },
      this,
    )
  );
}
var Go = `/work/main/web/src/app/app.layout.tsx`,
  Ko = [
    { to: `/`, label: `Overview` },
    { to: `/map`, label: `Map` },
    { to: `/cases`, label: `Cases` },
    { to: `/components`, label: `Components` },
    { to: `/organizations`, label: `Organizations`, signedIn: !0 },
    { to: `/persons`, label: `Persons`, signedIn: !0 },
    { to: `/import`, label: `Import`, signedIn: !0 },
  ];
function qo() {
  const e = Vi(),
    [t, n] = (0, d.useState)(``);
  return (0, R.jsxDEV)(
    `form`,
    {
      role: `search`,
      onSubmit: (n) => {
        n.preventDefault(), t.trim() && e(`/search?q=${encodeURIComponent(t.trim())}`);
      },
      className: `search-box`,
      children: [
        (0, R.jsxDEV)(
          `label`,
          { htmlFor: `global-search`, className: `visually-hidden`, children: `Search everything` },
          void 0,
          !1,
          { fileName: Go, lineNumber: 27, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `input`,
          {
            id: `global-search`,
            type: `search`,
            placeholder: `Search makers, parts, serials…`,
            value: t,
            onChange: (e) => n(e.target.value),
          },
          void 0,
          !1,
          { fileName: Go, lineNumber: 30, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `button`,
          { type: `submit`, children: `Search` },
          void 0,
          !1,
          { fileName: Go, lineNumber: 37, columnNumber: 7 },
          this,
        ),
      ],
    },
    void 0,
    !0,
    { fileName: Go, lineNumber: 26, columnNumber: 5 },
    this,
  );
}
function Jo() {
  const { session: e, loading: t, signOut: n } = Lo(),
    r = Vi();
  return t
    ? null
    : e
      ? (0, R.jsxDEV)(
          `div`,
          {
            className: `account`,
            children: [
              (0, R.jsxDEV)(
                lo,
                { to: `/account`, children: e.user.displayName },
                void 0,
                !1,
                { fileName: Go, lineNumber: 54, columnNumber: 7 },
                this,
              ),
              (0, R.jsxDEV)(
                `button`,
                {
                  type: `button`,
                  onClick: async () => {
                    await n(), r(`/`);
                  },
                  children: `Sign out`,
                },
                void 0,
                !1,
                { fileName: Go, lineNumber: 55, columnNumber: 7 },
                this,
              ),
            ],
          },
          void 0,
          !0,
          { fileName: Go, lineNumber: 53, columnNumber: 5 },
          this,
        )
      : (0, R.jsxDEV)(
          lo,
          { to: `/login`, className: `button`, children: `Sign in` },
          void 0,
          !1,
          { fileName: Go, lineNumber: 48, columnNumber: 7 },
          this,
        );
}
function Yo() {
  const { session: e } = Lo();
  return (0, R.jsxDEV)(
    R.Fragment,
    {
      children: [
        (0, R.jsxDEV)(
          `a`,
          { href: `#main`, className: `skip-link`, children: `Skip to content` },
          void 0,
          !1,
          { fileName: Go, lineNumber: 72, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `header`,
          {
            className: `top`,
            children: [
              (0, R.jsxDEV)(
                lo,
                { to: `/`, className: `brand`, children: `Teardown` },
                void 0,
                !1,
                { fileName: Go, lineNumber: 76, columnNumber: 9 },
                this,
              ),
              (0, R.jsxDEV)(
                `nav`,
                {
                  'aria-label': `Main`,
                  children: Ko.filter((t) => !t.signedIn || e).map((e) =>
                    (0, R.jsxDEV)(
                      uo,
                      { to: e.to, end: e.to === `/`, children: e.label },
                      e.to,
                      !1,
                      { fileName: Go, lineNumber: 83, columnNumber: 15 },
                      this,
                    ),
                  ),
                },
                void 0,
                !1,
                { fileName: Go, lineNumber: 79, columnNumber: 9 },
                this,
              ),
              (0, R.jsxDEV)(qo, {}, void 0, !1, { fileName: Go, lineNumber: 88, columnNumber: 9 }, this),
              (0, R.jsxDEV)(Jo, {}, void 0, !1, { fileName: Go, lineNumber: 89, columnNumber: 9 }, this),
            ],
          },
          void 0,
          !0,
          { fileName: Go, lineNumber: 75, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `main`,
          {
            id: `main`,
            children: (0, R.jsxDEV)(
              Vo,
              {
                children: (0, R.jsxDEV)(
                  d.Suspense,
                  {
                    fallback: (0, R.jsxDEV)(
                      Uo,
                      {},
                      void 0,
                      !1,
                      { fileName: Go, lineNumber: 93, columnNumber: 31 },
                      this,
                    ),
                    children: (0, R.jsxDEV)(
                      Sa,
                      {},
                      void 0,
                      !1,
                      { fileName: Go, lineNumber: 94, columnNumber: 13 },
                      this,
                    ),
                  },
                  void 0,
                  !1,
                  { fileName: Go, lineNumber: 93, columnNumber: 11 },
                  this,
                ),
              },
              void 0,
              !1,
              { fileName: Go, lineNumber: 92, columnNumber: 9 },
              this,
            ),
          },
          void 0,
          !1,
          { fileName: Go, lineNumber: 91, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `footer`,
          {
            className: `bottom`,
            children: [
              `Teardown · `,
              (0, R.jsxDEV)(
                `a`,
                { href: `/api/docs`, children: `API documentation` },
                void 0,
                !1,
                { fileName: Go, lineNumber: 99, columnNumber: 20 },
                this,
              ),
            ],
          },
          void 0,
          !0,
          { fileName: Go, lineNumber: 98, columnNumber: 7 },
          this,
        ),
      ],
    },
    void 0,
    !0,
    { fileName: Go, lineNumber: 71, columnNumber: 5 },
    this,
  );
}
var Xo = `/work/main/web/src/app/app.not-found.tsx`;
function Zo() {
  return (0, R.jsxDEV)(
    R.Fragment,
    {
      children: [
        (0, R.jsxDEV)(
          Wo,
          { title: `Not found`, children: `No such page` },
          void 0,
          !1,
          { fileName: Xo, lineNumber: 8, columnNumber: 7 },
          this,
        ),
        (0, R.jsxDEV)(
          `p`,
          {
            children: [
              `There is no page at this address. `,
              (0, R.jsxDEV)(
                lo,
                { to: `/`, children: `Go to the overview` },
                void 0,
                !1,
                { fileName: Xo, lineNumber: 10, columnNumber: 43 },
                this,
              ),
              `.`,
            ],
          },
          void 0,
          !0,
          { fileName: Xo, lineNumber: 9, columnNumber: 7 },
          this,
        ),
      ],
    },
    void 0,
    !0,
    { fileName: Xo, lineNumber: 7, columnNumber: 5 },
    this,
  );
}
var Qo = `modulepreload`,
  $o = (e) => `/` + e,
  es = {},
  ts = (e) => e.pathname.endsWith(`.css`),
  ns = (e, t, n) => {
    if (t in e) return e[t];
    const r = n();
    if (!r) {
      e[t] = void 0;
      return;
    }
    const i = r.then(
      () => {
        e[t] = void 0;
      },
      (n) => {
        throw ((e[t] = void 0), n);
      },
    );
    return ((e[t] = i), i);
  },
  rs = (e, t, n) => {
    let r = Promise.resolve();
    if (t && t.length > 0) {
      let e,
        i = document.querySelector(`meta[property=csp-nonce]`),
        a = i?.nonce || i?.getAttribute(`nonce`);
      function o(e) {
        return Promise.all(
          e.map((e) =>
            Promise.resolve(e).then(
              (e) => ({ status: `fulfilled`, value: e }),
              (e) => ({ status: `rejected`, reason: e }),
            ),
          ),
        );
      }
      function s(e) {
        return import.meta.resolve ? new URL(import.meta.resolve(e)) : new URL(e, import.meta.url);
      }
      r = o(
        t
          .map((t) => {
            t = $o(t, n);
            const r = s(t),
              i = ts(r);
            return ns(es, r.href, () => {
              if (e === void 0) {
                e = { all: new Set(), styles: new Set() };
                const t = document.getElementsByTagName(`link`);
                for (let n = t.length - 1; n >= 0; n--) {
                  const r = t[n];
                  e.all.add(r.href), r.rel === `stylesheet` && e.styles.add(r.href);
                }
              }
              if ((i ? e.styles : e.all).has(r.href)) return;
              const t = document.createElement(`link`);
              if (
                ((t.rel = i ? `stylesheet` : Qo),
                i || (t.as = `script`),
                (t.crossOrigin = ``),
                (t.href = r.href),
                a && t.setAttribute(`nonce`, a),
                document.head.appendChild(t),
                i)
              )
                return new Promise((e, n) => {
                  const i = (a) => {
                    t.removeEventListener(`load`, i),
                      t.removeEventListener(`error`, i),
                      a.type === `error` ? n(Error(`Unable to preload CSS for ${r}`)) : e(a);
                  };
                  t.addEventListener(`load`, i), t.addEventListener(`error`, i);
                });
            });
          })
          .filter((e) => e !== void 0),
      );
    }
    function i(e) {
      const t = new Event(`vite:preloadError`, { cancelable: !0 });
      if (((t.payload = e), window.dispatchEvent(t), !t.defaultPrevented)) throw e;
    }
    return r.then((t) => {
      for (const e of t || []) e.status === `rejected` && i(e.reason);
      return e().catch(i);
    });
  },
  is = `/work/main/web/src/app/app.routes.tsx`,
  as = (e) => {
    const t = (0, d.lazy)(e);
    return (0, R.jsxDEV)(t, {}, void 0, !1, { fileName: is, lineNumber: 10, columnNumber: 10 }, void 0);
  },
  os = oo([
    {
      element: (0, R.jsxDEV)(Yo, {}, void 0, !1, { fileName: is, lineNumber: 15, columnNumber: 14 }, void 0),
      children: [
        { index: !0, element: as(() => rs(() => import(`./overview.page-DO2aMqTB.js`), [])) },
        { path: `map`, element: as(() => rs(() => import(`./map.page-TNNSeM-M.js`), [])) },
        { path: `cases`, element: as(() => rs(() => import(`./cases.page-nGp3EW4V.js`), [])) },
        { path: `cases/:id`, element: as(() => rs(() => import(`./case.page-B3aCfpKp.js`), [])) },
        { path: `items/:id`, element: as(() => rs(() => import(`./item.page-hpmE-u8l.js`), [])) },
        { path: `components`, element: as(() => rs(() => import(`./components.page-BOdRRN6f.js`), [])) },
        {
          path: `organizations`,
          element: as(() => rs(() => import(`./organizations.page-CrSPpP8L.js`), [])),
        },
        {
          path: `organizations/:id`,
          element: as(() => rs(() => import(`./organization.page-D6R6r57X.js`), [])),
        },
        { path: `persons`, element: as(() => rs(() => import(`./persons.page-BlAjrbN4.js`), [])) },
        { path: `persons/:id`, element: as(() => rs(() => import(`./person.page-CHIW9HFf.js`), [])) },
        { path: `search`, element: as(() => rs(() => import(`./search.page-DmgQnjGA.js`), [])) },
        { path: `import`, element: as(() => rs(() => import(`./import.page-CdG2TD98.js`), [])) },
        { path: `login`, element: as(() => rs(() => import(`./login.page-NcW31ado.js`), [])) },
        { path: `account`, element: as(() => rs(() => import(`./account.page-BIRbfjEP.js`), [])) },
        {
          path: `*`,
          element: (0, R.jsxDEV)(
            Zo,
            {},
            void 0,
            !1,
            { fileName: is, lineNumber: 31, columnNumber: 29 },
            void 0,
          ),
        },
      ],
    },
  ]),
  ss = `/work/main/web/src/main.tsx`,
  cs = new Ke({
    defaultOptions: {
      queries: {
        staleTime: 15e3,
        retry: (e, t) => !(t instanceof Co && t.status >= 400 && t.status < 500) && e < 2,
        refetchOnWindowFocus: !1,
      },
    },
  });
(0, So.createRoot)(document.getElementById(`root`)).render(
  (0, R.jsxDEV)(
    d.StrictMode,
    {
      children: (0, R.jsxDEV)(
        v,
        {
          client: cs,
          children: (0, R.jsxDEV)(
            Io,
            {
              children: (0, R.jsxDEV)(
                va,
                { router: os },
                void 0,
                !1,
                { fileName: ss, lineNumber: 26, columnNumber: 9 },
                void 0,
              ),
            },
            void 0,
            !1,
            { fileName: ss, lineNumber: 25, columnNumber: 7 },
            void 0,
          ),
        },
        void 0,
        !1,
        { fileName: ss, lineNumber: 24, columnNumber: 5 },
        void 0,
      ),
    },
    void 0,
    !1,
    { fileName: ss, lineNumber: 23, columnNumber: 3 },
    void 0,
  ),
);
export { c as l, Do as a, go as s, jo as i, Lo as r, u as c, Vi as o, Wo as t, zo as n };
