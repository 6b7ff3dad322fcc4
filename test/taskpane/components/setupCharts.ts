// jsdom lays nothing out. Fluent's charts measure text and their box while they render: these
// stand-ins give text a width of 7 px a character and boxes no size, so the charts render their
// SVG; a test that needs bars drawn gives its container a size itself.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const globals = globalThis as { ResizeObserver?: unknown };
globals.ResizeObserver ??= NoResizeObserver;

const measure = (text: string) => ({ width: text.length * 7 });
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => ({ font: '', measureText: measure }) });

const svg = SVGElement.prototype as SVGElement & { getComputedTextLength?: () => number; getBBox?: () => DOMRect };
svg.getComputedTextLength ??= function getComputedTextLength(this: SVGElement) {
  return measure(this.textContent ?? '').width;
};
svg.getBBox ??= () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
