/**
 * Human figures in the style of public-information pictograms: thick round-capped strokes, a round head under a
 * helmet, no faces, no weapons, nothing graphic. Drawn side on, facing right, in metres: x to the right, y up
 * negative, the origin on the ground under the body. Scale them by px per metre and they are to scale.
 */
export type Pose = 'standing' | 'crouching' | 'crawling';

type Joint = [x: number, y: number];

interface Skeleton {
  head: Joint;
  shoulder: Joint;
  hip: Joint;
  /** Near and far leg and arm: [knee, ankle, toe] and [elbow, hand]. */
  legs: [Joint, Joint, Joint][];
  arms: [Joint, Joint][];
  /** A pack on the back: x, y of its top left, width, height. */
  pack?: [number, number, number, number];
}

/** Joint positions for each pose, m. Standing is 1.75 m tall to the top of the helmet. */
const SKELETONS: Record<Pose, Skeleton> = {
  standing: {
    head: [0.03, -1.62],
    shoulder: [0, -1.4],
    hip: [0, -0.93],
    legs: [
      [[0.06, -0.5], [0.08, -0.07], [0.22, -0.07]],
      [[-0.04, -0.5], [-0.08, -0.07], [0.06, -0.07]],
    ],
    arms: [
      [[0.1, -1.13], [0.17, -0.88]],
      [[-0.09, -1.14], [-0.12, -0.88]],
    ],
  },
  // Duck-walking, back bent and head bowed: about 1.2 m, what a 1.42 m pipe allows.
  crouching: {
    head: [0.34, -1.05],
    shoulder: [0.19, -0.93],
    hip: [-0.13, -0.55],
    legs: [
      [[0.3, -0.5], [0.02, -0.1], [0.17, -0.07]],
      [[0.22, -0.42], [-0.12, -0.12], [0.02, -0.07]],
    ],
    arms: [
      [[0.37, -0.72], [0.55, -0.58]],
      [[0.3, -0.68], [0.43, -0.5]],
    ],
  },
  // On hands and knees with a pack, head forward: about 0.8 m high and 1.4 m long.
  crawling: {
    head: [0.86, -0.6],
    shoulder: [0.62, -0.55],
    hip: [0.06, -0.58],
    legs: [
      [[0.02, -0.08], [-0.42, -0.07], [-0.48, -0.07]],
      [[0.2, -0.1], [-0.24, -0.08], [-0.3, -0.07]],
    ],
    arms: [[[0.78, -0.32], [0.86, -0.07]]],
    pack: [0.12, -0.86, 0.36, 0.26],
  },
};

export const HEAD_RADIUS_M = 0.115;
/** Stroke widths, m: the torso is drawn thicker than the limbs. */
export const LIMB_M = 0.13;
export const TORSO_M = 0.26;

const r = (n: number) => Math.round(n * 1000) / 1000;
const at = ([x, y]: Joint) => `${r(x)},${r(y)}`;

export interface FigureShape {
  /** Arms and legs, one open path. */
  limbs: string;
  /** Neck to hips. */
  torso: string;
  /** Head centre and radius. */
  head: { x: number; y: number; r: number };
  /** A helmet over the head, and a pack when the pose carries one: closed paths. */
  helmet: string;
  pack: string;
  /** Height to the top of the helmet and extent left and right of the origin, m. */
  height: number;
  left: number;
  right: number;
}

/** A pose as SVG path data in metres. */
export function figure(pose: Pose): FigureShape {
  const s = SKELETONS[pose];
  const [hx, hy] = s.head;
  const hr = HEAD_RADIUS_M;
  // Direction the head faces, for the helmet's brim: from the shoulder through the head.
  const dx = hx - s.shoulder[0];
  const dy = hy - s.shoulder[1];
  const angle = Math.atan2(dy, dx);
  // The helmet covers the head's upper half, turned with the head; its rim sits a little outside the head.
  const R = hr * 1.22;
  const a0 = angle - Math.PI / 2 - 0.35;
  const a1 = angle + Math.PI / 2 + 0.15;
  const p = (a: number, radius = R): Joint => [hx + Math.cos(a) * radius, hy + Math.sin(a) * radius];
  // From the back of the neck over the crown to the brim: a little more than half a turn, clockwise on screen.
  const helmet = `M${at(p(a0))}A${r(R)},${r(R)} 0 1 1 ${at(p(a1))}Z`;
  const limbs = [
    ...s.legs.map(([knee, ankle, toe]) => `M${at(s.hip)}L${at(knee)}L${at(ankle)}L${at(toe)}`),
    ...s.arms.map(([elbow, hand]) => `M${at(s.shoulder)}L${at(elbow)}L${at(hand)}`),
  ].join('');
  const joints: Joint[] = [s.head, s.shoulder, s.hip, ...s.legs.flat(), ...s.arms.flat()];
  const top = Math.min(...joints.map(([, y]) => y), hy - R);
  const xs = joints.map(([x]) => x);
  return {
    limbs,
    torso: `M${at(s.shoulder)}L${at(s.hip)}`,
    head: { x: hx, y: hy, r: hr },
    helmet,
    pack: s.pack ? roundedRect(...s.pack) : '',
    height: r(-top),
    left: r(Math.min(...xs) - TORSO_M / 2),
    right: r(Math.max(...xs, hx + R)),
  };
}

function roundedRect(x: number, y: number, w: number, h: number): string {
  const q = Math.min(w, h) * 0.35;
  return `M${r(x + q)},${r(y)}H${r(x + w - q)}Q${r(x + w)},${r(y)} ${r(x + w)},${r(y + q)}V${r(y + h)}H${r(x)}V${r(y + q)}Q${r(x)},${r(y)} ${r(x + q)},${r(y)}Z`;
}
