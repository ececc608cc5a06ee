import { shipCategories } from './shipCategories';
import { lostRingWidth, stalenessOpacity } from './vesselLook';

/**
 * The vessel layer's shaders (GLSL ES 3.00). Each vessel is one point sprite: the vertex shader places it from its
 * mercator position split in two float32 parts (minus the centre, split alike, part by part, so no precision is lost
 * at any zoom), turned by the map's bearing; the fragment shader draws a dot of the category's colour (a ring when
 * lost), or the icon from the atlas turned to the heading. Staleness fades both.
 */
export const vesselVertexShader = `#version 300 es
precision highp float;
layout(location = 0) in vec2 a_high;
layout(location = 1) in vec2 a_low;
layout(location = 2) in float a_rotation;
layout(location = 3) in float a_icon;
layout(location = 4) in float a_category;
layout(location = 5) in float a_staleness;
uniform vec2 u_center_high;
uniform vec2 u_center_low;
uniform float u_world_size;
uniform vec2 u_bearing;
uniform float u_bearing_degrees;
uniform vec2 u_half_size;
uniform bool u_icons;
uniform float u_pixel_ratio;
uniform float u_icon_sprite;
uniform float u_dot_sprite;
uniform float u_ring_sprite;
uniform vec3 u_palette[${shipCategories.length}];
flat out vec3 v_colour;
flat out float v_opacity;
flat out float v_lost;
flat out float v_angle;
flat out float v_icon;
flat out float v_sprite_size;
void main() {
  vec2 offset = ((a_high - u_center_high) + (a_low - u_center_low)) * u_world_size;
  vec2 screen = vec2(offset.x * u_bearing.x + offset.y * u_bearing.y, -offset.x * u_bearing.y + offset.y * u_bearing.x);
  gl_Position = vec4(screen.x / u_half_size.x, -screen.y / u_half_size.y, 0.0, 1.0);
  v_lost = a_staleness > 1.5 ? 1.0 : 0.0;
  // Each sprite no larger than what it draws: SwiftShader (WebGL without a graphics card) pays for every pixel of it.
  gl_PointSize = u_icons ? u_icon_sprite : v_lost > 0.5 ? u_ring_sprite : u_dot_sprite;
  v_sprite_size = gl_PointSize / u_pixel_ratio;
  v_colour = u_palette[int(a_category)];
  v_opacity = a_staleness > 1.5 ? ${stalenessOpacity.lost.toFixed(2)} : a_staleness > 0.5 ? ${stalenessOpacity.stale.toFixed(2)} : ${stalenessOpacity.fresh.toFixed(2)};
  v_angle = radians(a_rotation - u_bearing_degrees);
  v_icon = a_icon;
}
`;

export const vesselFragmentShader = `#version 300 es
precision highp float;
uniform bool u_icons;
uniform float u_dot_radius;
uniform float u_icon_size;
uniform sampler2D u_atlas;
uniform vec2 u_atlas_cells;
uniform float u_cell_padding;
flat in vec3 v_colour;
flat in float v_opacity;
flat in float v_lost;
flat in float v_angle;
flat in float v_icon;
flat in float v_sprite_size;
out vec4 colour;
void main() {
  // CSS pixels from the sprite's centre, y down.
  vec2 from_centre = (gl_PointCoord - 0.5) * v_sprite_size;
  if (u_icons) {
    // The icon points north: the pixel of the turned icon is the pixel of the upright one turned back.
    float c = cos(v_angle);
    float s = sin(v_angle);
    vec2 upright = vec2(c * from_centre.x + s * from_centre.y, -s * from_centre.x + c * from_centre.y) / u_icon_size + 0.5;
    if (any(lessThan(upright, vec2(0.0))) || any(greaterThan(upright, vec2(1.0)))) discard;
    vec2 cell = vec2(mod(v_icon, u_atlas_cells.x), floor(v_icon / u_atlas_cells.x));
    vec2 inCell = u_cell_padding + upright * (1.0 - 2.0 * u_cell_padding);
    colour = texture(u_atlas, (cell + inCell) / u_atlas_cells) * v_opacity;
  } else {
    float distance = length(from_centre);
    // Edges smoothed over one pixel; a lost vessel is a ring just outside the dot's radius, as MapLibre strokes circles.
    float inside = 1.0 - smoothstep(u_dot_radius - 0.5, u_dot_radius + 0.5, distance);
    float ring = smoothstep(u_dot_radius - 0.5, u_dot_radius + 0.5, distance)
      * (1.0 - smoothstep(u_dot_radius + ${lostRingWidth.toFixed(1)} - 0.5, u_dot_radius + ${lostRingWidth.toFixed(1)} + 0.5, distance));
    float coverage = mix(inside, ring, v_lost) * v_opacity;
    colour = vec4(v_colour * coverage, coverage);
  }
  if (colour.a < 0.004) discard;
}
`;
