import { i as e } from './index-CfXXL47n.js';
var t = e(),
  n = `/work/main/web/src/pages/imports/import.page.tsx`;
function r() {
  return (0, t.jsxDEV)(
    `p`,
    { children: `The import page is being built.` },
    void 0,
    !1,
    { fileName: n, lineNumber: 3, columnNumber: 10 },
    this,
  );
}
export { r as default };
