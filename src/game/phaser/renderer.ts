// Which Phaser renderer to use. WebGL on a GPU; the Canvas renderer where WebGL is emulated in
// software (SwiftShader, llvmpipe: headless browsers, old school machines, remote desktops),
// where one full-screen textured quad costs tens of milliseconds a frame while Canvas 2D draws
// the same picture well inside 16 ms. `?renderer=webgl|canvas` overrides the choice.

export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function softwareWebGL(doc: Document): boolean | null {
  try {
    const canvas = doc.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(name);
  } catch {
    return null;
  }
}

export function chooseRenderer(doc: Document, search: string): RendererChoice {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'webgl' || asked === 'canvas') return asked;
  const software = softwareWebGL(doc);
  return software === false ? 'webgl' : 'canvas';
}
