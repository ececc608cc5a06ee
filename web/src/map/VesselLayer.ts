import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import { visibleWorldCopies, type MapView } from './mapView';
import { floatsPerVessel, type VesselInstances } from './vesselInstances';
import type { VesselIcon } from './vesselIcons';
import { categoryPalette, lostRingWidth, vesselIconSize, vesselLookAt } from './vesselLook';
import { vesselFragmentShader, vesselVertexShader } from './vesselShaders';

/** The shaders' uniforms, looked up once. */
const uniformNames = [
  'u_center_high',
  'u_center_low',
  'u_world_size',
  'u_bearing',
  'u_bearing_degrees',
  'u_half_size',
  'u_pixel_ratio',
  'u_dot_sprite',
  'u_ring_sprite',
  'u_icon_sprite',
  'u_palette',
  'u_icons',
  'u_dot_radius',
  'u_icon_size',
  'u_atlas',
  'u_atlas_cells',
  'u_cell_padding',
];

/** Icons per row of the atlas texture. */
const atlasColumns = 8;
/** Transparent pixels around each icon in the atlas, so smoothing never reads a neighbour. */
const atlasPadding = 2;

/**
 * Every live vessel, drawn by MapLibre as a custom WebGL layer from one vertex buffer (VesselInstances): one point
 * sprite per vessel, no tiles. A live push rewrites the changed vessels' slots and uploads that range; nothing is
 * re-tiled in a worker, no bucket is rebuilt, and a frame is one draw call per world copy in view. Clicks are answered
 * by VesselInstances.nearest, not by MapLibre's feature queries.
 */
export class VesselLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom';
  readonly renderingMode = '2d';
  readonly #vessels: VesselInstances;
  readonly #icons: readonly VesselIcon[];
  readonly #view: () => MapView;
  #map: MapLibreMap | undefined;
  #gl: WebGL2RenderingContext | undefined;
  #program: WebGLProgram | null = null;
  #buffer: WebGLBuffer | null = null;
  #vertexArray: WebGLVertexArrayObject | null = null;
  #atlas: WebGLTexture | null = null;
  readonly #uniforms = new Map<string, WebGLUniformLocation | null>();
  /** Floats the GPU buffer holds: when the instances outgrow it, it is made again whole. */
  #gpuCapacity = 0;
  #maxPointSize = 64;
  readonly #palette = categoryPalette();

  /** `icons`: drawVesselIcons's icons, in the order VesselInstances numbers them; `view`: the map's camera now. */
  constructor(id: string, vessels: VesselInstances, icons: readonly VesselIcon[], view: () => MapView) {
    this.id = id;
    this.#vessels = vessels;
    this.#icons = icons;
    this.#view = view;
  }

  /** Asks MapLibre for a frame: the vessels changed. */
  changed(): void {
    this.#map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.#map = map;
    this.#gl = gl;
    const program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, vesselVertexShader));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, vesselFragmentShader));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      throw new Error(`The vessel shaders do not link: ${gl.getProgramInfoLog(program) ?? ''}`);
    }
    this.#program = program;
    for (const name of uniformNames) this.#uniforms.set(name, gl.getUniformLocation(program, name));
    const range = gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array;
    this.#maxPointSize = range[1] ?? 64;

    this.#buffer = gl.createBuffer();
    this.#vertexArray = gl.createVertexArray();
    gl.bindVertexArray(this.#vertexArray);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    const stride = floatsPerVessel * 4;
    // The layout of vesselAttributes: high x y, low x y, rotation, icon, category, staleness.
    const attributes: [location: number, size: number, offset: number][] = [
      [0, 2, 0],
      [1, 2, 8],
      [2, 1, 16],
      [3, 1, 20],
      [4, 1, 24],
      [5, 1, 28],
    ];
    for (const [location, size, offset] of attributes) {
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset);
    }
    gl.bindVertexArray(null);
    this.#atlas = this.#uploadAtlas(gl);
    // A new buffer: the first frame uploads every vessel held, so what was marked changed before is already in it.
    this.#gpuCapacity = 0;
    this.#vessels.takeDirty();
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteProgram(this.#program);
    gl.deleteBuffer(this.#buffer);
    gl.deleteVertexArray(this.#vertexArray);
    gl.deleteTexture(this.#atlas);
    this.#map = undefined;
    this.#gl = undefined;
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext): void {
    if (this.#gl !== gl || this.#program === null) return;
    const gl2 = this.#gl;
    this.#upload(gl2);
    const count = this.#vessels.count;
    if (count === 0) return;

    const view = this.#view();
    const look = vesselLookAt(this.#map?.getZoom() ?? 0);
    const pixelRatio = this.#map?.getPixelRatio() ?? 1;
    // Sprites in device pixels: the dot with half a pixel of its smoothed edge, the lost vessel's ring outside it, or
    // the icon turned to any angle.
    const sprite = (css: number) => Math.min(this.#maxPointSize, Math.ceil(css * pixelRatio));
    const radius = look.shape === 'dot' ? look.radius : 0;
    const bearing = (view.bearingDegrees * Math.PI) / 180;

    gl2.useProgram(this.#program);
    const uniform = (name: string) => this.#uniforms.get(name) ?? null;
    gl2.uniform1f(uniform('u_world_size'), view.worldSize);
    gl2.uniform2f(uniform('u_bearing'), Math.cos(bearing), Math.sin(bearing));
    gl2.uniform1f(uniform('u_bearing_degrees'), view.bearingDegrees);
    gl2.uniform2f(uniform('u_half_size'), view.width / 2, view.height / 2);
    gl2.uniform1f(uniform('u_pixel_ratio'), pixelRatio);
    gl2.uniform1f(uniform('u_dot_sprite'), sprite(2 * radius + 1));
    gl2.uniform1f(uniform('u_ring_sprite'), sprite(2 * (radius + lostRingWidth) + 1));
    const iconSize = vesselIconSize * (look.shape === 'icon' ? look.scale : 1);
    gl2.uniform1f(uniform('u_icon_sprite'), sprite(iconSize * Math.SQRT2));
    gl2.uniform3fv(uniform('u_palette'), this.#palette);
    gl2.uniform1i(uniform('u_icons'), look.shape === 'icon' ? 1 : 0);
    gl2.uniform1f(uniform('u_dot_radius'), radius);
    gl2.uniform1f(uniform('u_icon_size'), iconSize);
    gl2.uniform2f(uniform('u_atlas_cells'), atlasColumns, Math.ceil(this.#icons.length / atlasColumns));
    gl2.uniform1f(uniform('u_cell_padding'), atlasPadding / this.#cellSize());
    gl2.activeTexture(gl2.TEXTURE0);
    gl2.bindTexture(gl2.TEXTURE_2D, this.#atlas);
    gl2.uniform1i(uniform('u_atlas'), 0);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.bindVertexArray(this.#vertexArray);
    for (const copy of visibleWorldCopies(view)) {
      // The centre as seen from this copy of the world, split as the positions are.
      const centerX = view.centerX - copy;
      const highX = Math.fround(centerX);
      const highY = Math.fround(view.centerY);
      gl2.uniform2f(uniform('u_center_high'), highX, highY);
      gl2.uniform2f(uniform('u_center_low'), centerX - highX, view.centerY - highY);
      gl2.drawArrays(gl2.POINTS, 0, count);
    }
    gl2.bindVertexArray(null);
  }

  #upload(gl: WebGL2RenderingContext): void {
    const dirty = this.#vessels.takeDirty();
    const data = this.#vessels.data;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    if (data.length !== this.#gpuCapacity) {
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
      this.#gpuCapacity = data.length;
    } else if (dirty !== undefined && dirty.to > dirty.from) {
      const from = dirty.from * floatsPerVessel;
      gl.bufferSubData(gl.ARRAY_BUFFER, from * 4, data, from, (dirty.to - dirty.from) * floatsPerVessel);
    }
  }

  #cellSize(): number {
    return (this.#icons[0]?.image.width ?? 0) + 2 * atlasPadding;
  }

  // The icons side by side in one texture, each in a cell with a transparent border, alpha premultiplied as MapLibre
  // blends.
  #uploadAtlas(gl: WebGL2RenderingContext): WebGLTexture {
    const cell = this.#cellSize();
    const rows = Math.ceil(this.#icons.length / atlasColumns);
    const texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, atlasColumns * cell, rows * cell, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
    this.#icons.forEach((icon, index) => {
      const x = (index % atlasColumns) * cell + atlasPadding;
      const y = Math.floor(index / atlasColumns) * cell + atlasPadding;
      gl.texSubImage2D(gl.TEXTURE_2D, 0, x, y, gl.RGBA, gl.UNSIGNED_BYTE, icon.image);
    });
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    return texture;
  }
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (shader === null) throw new Error('The browser cannot create a WebGL shader.');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`A vessel shader does not compile: ${gl.getShaderInfoLog(shader) ?? ''}`);
  }
  return shader;
}
