// V8 gives the objects of a class a hidden class (a "map") for each set of fields, and the
// optimised code of every function that reads such objects is built on those maps. A map lives
// only while some object has it. After a full garbage collection between two reads (an add-in left
// idle, or the benchmark's collection before each run), the maps of the objects that exist only
// during a read (a row's reader, the roster, …) are gone, and V8 throws away the optimised code of
// the whole reader with them: the next read then runs unoptimised while it is compiled again, which
// cost a 10,000-row read a third of its time (docs/performance.md, 2026-11-30). One object of each
// such class, kept for the life of the program, keeps its map.
const kept: object[] = [];

/** Keeps `instance`, and with it its class's map, for the life of the program. */
export function keepShape(instance: object): void {
  kept.push(instance);
}
