import { o as a, t as c, a as e, n as i, i as n, r as o, l as r, s, c as t } from './index-CfXXL47n.js';
var l = r(t(), 1),
  u = n(),
  d = `/work/main/web/src/pages/account/login.page.tsx`;
function f() {
  const { signIn: t, session: n } = o(),
    r = a(),
    [f] = s(),
    p = f.get(`next`)?.startsWith(`/`) ? f.get(`next`) : `/`,
    [m, h] = (0, l.useState)(``),
    [g, _] = (0, l.useState)(``),
    [v, y] = (0, l.useState)(``),
    [b, x] = (0, l.useState)(null),
    [S, C] = (0, l.useState)(!1);
  return (n?.user.mustChangePassword ?? !1)
    ? (0, u.jsxDEV)(
        `section`,
        {
          className: `narrow`,
          children: [
            (0, u.jsxDEV)(
              c,
              { title: `Choose a password`, children: `Choose your password` },
              void 0,
              !1,
              { fileName: d, lineNumber: 54, columnNumber: 9 },
              this,
            ),
            (0, u.jsxDEV)(
              `p`,
              {
                children: `The password you signed in with was set for you and works once. Choose your own.`,
              },
              void 0,
              !1,
              { fileName: d, lineNumber: 55, columnNumber: 9 },
              this,
            ),
            (0, u.jsxDEV)(
              `form`,
              {
                onSubmit: async (i) => {
                  i.preventDefault(), C(!0), x(null);
                  try {
                    await e(`/api/account/password`, { body: { currentPassword: g, newPassword: v } }),
                      await t(n.user.username, v),
                      r(p);
                  } catch (e) {
                    x(e);
                  } finally {
                    C(!1);
                  }
                },
                className: `form`,
                children: [
                  (0, u.jsxDEV)(
                    `label`,
                    {
                      children: [
                        `Current password`,
                        (0, u.jsxDEV)(
                          `input`,
                          {
                            type: `password`,
                            autoComplete: `current-password`,
                            value: g,
                            onChange: (e) => _(e.target.value),
                            required: !0,
                          },
                          void 0,
                          !1,
                          { fileName: d, lineNumber: 59, columnNumber: 13 },
                          this,
                        ),
                      ],
                    },
                    void 0,
                    !0,
                    { fileName: d, lineNumber: 57, columnNumber: 11 },
                    this,
                  ),
                  (0, u.jsxDEV)(
                    `label`,
                    {
                      children: [
                        `New password (at least 12 characters)`,
                        (0, u.jsxDEV)(
                          `input`,
                          {
                            type: `password`,
                            autoComplete: `new-password`,
                            value: v,
                            onChange: (e) => y(e.target.value),
                            required: !0,
                            minLength: 12,
                          },
                          void 0,
                          !1,
                          { fileName: d, lineNumber: 63, columnNumber: 13 },
                          this,
                        ),
                      ],
                    },
                    void 0,
                    !0,
                    { fileName: d, lineNumber: 61, columnNumber: 11 },
                    this,
                  ),
                  (0, u.jsxDEV)(
                    i,
                    { error: b },
                    void 0,
                    !1,
                    { fileName: d, lineNumber: 65, columnNumber: 11 },
                    this,
                  ),
                  (0, u.jsxDEV)(
                    `button`,
                    { type: `submit`, disabled: S, children: `Set password` },
                    void 0,
                    !1,
                    { fileName: d, lineNumber: 66, columnNumber: 11 },
                    this,
                  ),
                ],
              },
              void 0,
              !0,
              { fileName: d, lineNumber: 56, columnNumber: 9 },
              this,
            ),
          ],
        },
        void 0,
        !0,
        { fileName: d, lineNumber: 53, columnNumber: 7 },
        this,
      )
    : (0, u.jsxDEV)(
        `section`,
        {
          className: `narrow`,
          children: [
            (0, u.jsxDEV)(
              c,
              { title: `Sign in`, children: `Sign in` },
              void 0,
              !1,
              { fileName: d, lineNumber: 75, columnNumber: 7 },
              this,
            ),
            (0, u.jsxDEV)(
              `p`,
              { children: `Without signing in you see the published cases, in their published form.` },
              void 0,
              !1,
              { fileName: d, lineNumber: 76, columnNumber: 7 },
              this,
            ),
            (0, u.jsxDEV)(
              `form`,
              {
                onSubmit: async (e) => {
                  e.preventDefault(), C(!0), x(null);
                  try {
                    (await t(m, g)).user.mustChangePassword || r(p);
                  } catch (e) {
                    x(e);
                  } finally {
                    C(!1);
                  }
                },
                className: `form`,
                children: [
                  (0, u.jsxDEV)(
                    `label`,
                    {
                      children: [
                        `User name`,
                        (0, u.jsxDEV)(
                          `input`,
                          {
                            name: `username`,
                            autoComplete: `username`,
                            value: m,
                            onChange: (e) => h(e.target.value),
                            required: !0,
                          },
                          void 0,
                          !1,
                          { fileName: d, lineNumber: 80, columnNumber: 11 },
                          this,
                        ),
                      ],
                    },
                    void 0,
                    !0,
                    { fileName: d, lineNumber: 78, columnNumber: 9 },
                    this,
                  ),
                  (0, u.jsxDEV)(
                    `label`,
                    {
                      children: [
                        `Password`,
                        (0, u.jsxDEV)(
                          `input`,
                          {
                            name: `password`,
                            type: `password`,
                            autoComplete: `current-password`,
                            value: g,
                            onChange: (e) => _(e.target.value),
                            required: !0,
                          },
                          void 0,
                          !1,
                          { fileName: d, lineNumber: 84, columnNumber: 11 },
                          this,
                        ),
                      ],
                    },
                    void 0,
                    !0,
                    { fileName: d, lineNumber: 82, columnNumber: 9 },
                    this,
                  ),
                  (0, u.jsxDEV)(
                    i,
                    { error: b },
                    void 0,
                    !1,
                    { fileName: d, lineNumber: 86, columnNumber: 9 },
                    this,
                  ),
                  (0, u.jsxDEV)(
                    `button`,
                    { type: `submit`, disabled: S, children: `Sign in` },
                    void 0,
                    !1,
                    { fileName: d, lineNumber: 87, columnNumber: 9 },
                    this,
                  ),
                ],
              },
              void 0,
              !0,
              { fileName: d, lineNumber: 77, columnNumber: 7 },
              this,
            ),
          ],
        },
        void 0,
        !0,
        { fileName: d, lineNumber: 74, columnNumber: 5 },
        this,
      );
}
export { f as default };
