// Icons for the meters (assets/icons). Decorative: each one sits beside words that say the same.
import warm from '../../../assets/icons/warm.svg?url';
import cordial from '../../../assets/icons/cordial.svg?url';
import cool from '../../../assets/icons/cool.svg?url';
import cold from '../../../assets/icons/cold.svg?url';
import ship from '../../../assets/icons/ship.svg?url';
import army from '../../../assets/icons/army.svg?url';
import aircraft from '../../../assets/icons/aircraft.svg?url';
import gauge from '../../../assets/icons/gauge.svg?url';
import scope from '../../../assets/icons/scope.svg?url';
import clock from '../../../assets/icons/clock.svg?url';
import handshake from '../../../assets/icons/handshake.svg?url';
import { el } from '../dom/el.ts';
import type { PressureIcon } from '../../scenario/index.ts';

export const ICONS = { warm, cordial, cool, cold, ship, army, aircraft, gauge, scope, clock, handshake } as const;
export type IconName = keyof typeof ICONS;

/** The drawn icon for each pressure icon a scenario may choose. */
export const PRESSURE_ICON: Readonly<Record<PressureIcon, IconName>> = { warship: 'ship', army: 'army', aircraft: 'aircraft', gauge: 'gauge' };

export function icon(name: IconName, className = ''): HTMLImageElement {
  return el('img', { class: className, attrs: { src: ICONS[name], alt: '', width: 16, height: 16 } });
}
