// The English catalogue's words for the screens and pages (menus, buttons, labels, hints,
// notices). Part of `en` (catalogue/en.ts).
export const ui = {};
