// Runs before first paint so the page never flashes the wrong theme.
// Stored choice ("light" / "dark") wins; otherwise the system preference.
// Kept as a constant so lib/security/csp.ts can allow it by its hash.
export const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.dataset.theme=d?"dark":"light"}catch(e){}})()`;
