/** Reading the live DOM where the page may have clobbered what the readers read (preflight.ts,
 *  snapshot.ts): a prototype's getter, called on a node, is what no attribute or named control can
 *  shadow. Falls back to the property itself on DOMs that keep it elsewhere (linkedom). */
export function getter<T>(proto: object, name: string): (self: unknown) => T {
  let p: object | null = proto;
  while (p) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get.call.bind(d.get) as (self: unknown) => T;
    p = Object.getPrototypeOf(p) as object | null;
  }
  return (self) => (self as Record<string, T>)[name] as T;
}
