// The layering of DESIGN.md §1, checked by dependency-cruiser (`npm run check:layers`, run by
// .ci/run). From the ground up: lib, scenario, model, machine, replay, sim, present, classroom,
// net (the class server's wire protocol, shared by the server and the browser);
// then cli, game and server at the top, which never import each other. A folder imports only
// folders below it, and only through their public face (index.ts). No cycles anywhere.
const LAYERS = ['lib', 'scenario', 'model', 'machine', 'replay', 'sim', 'present', 'classroom', 'net'];
const TOP = ['cli', 'game', 'server'];
const below = (i) => LAYERS.slice(0, i);
const any = (names) => `^src/(${names.join('|')})/`;

const layerRules = LAYERS.map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only ${i === 0 ? 'nothing of the project' : below(i).join(', ')} (the layers below it)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/${layer}/`, ...(i === 0 ? [] : [any(below(i))])] },
}));

const topRules = TOP.map((top) => ({
  name: `top-${top}`,
  comment: `src/${top} may import the layers below it, never another top folder`,
  severity: 'error',
  from: { path: `^src/${top}/` },
  to: { path: '^src/', pathNot: [`^src/${top}/`, any(LAYERS)] },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'No import cycles anywhere (type imports included).', severity: 'error', from: {}, to: { circular: true } },
    ...layerRules,
    ...topRules,
    {
      name: 'public-face',
      comment: 'Another layer is imported only through its public face, src/<layer>/index.ts.',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/.+', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'entry-through-faces',
      comment: 'src/main.ts starts the game through its public face.',
      severity: 'error',
      from: { path: '^src/main\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'phaser-only-in-game',
      comment: 'Only src/game draws: Phaser is imported nowhere else.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/game/' },
      to: { path: '^(node_modules/)?phaser(/|$)' },
    },
    {
      name: 'core-without-xstate',
      comment: 'The model is pure rules on plain data: no XState.',
      severity: 'error',
      from: { path: '^src/(lib|scenario|model)/' },
      to: { path: '^(node_modules/)?xstate(/|$)' },
    },
    {
      name: 'node-only-at-the-edges',
      comment: 'Node built-ins only in the command line, the build plugins, the server and the schema writer: the rest runs in the browser too.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(cli|build|server)/', '^src/scenario/write-schema\\.ts$'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'build-sees-only-lib-and-scenario',
      comment: 'The build plugins (icons, manifest, service worker, shipped scenarios) run in Vite: they take the palette from src/lib and the scenario checker, nothing else of the game.',
      severity: 'error',
      from: { path: '^src/build/' },
      to: { path: '^src/', pathNot: ['^src/build/', any(['lib', 'scenario'])] },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with: swc parses.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.css$' },
    combinedDependencies: false,
  },
};
