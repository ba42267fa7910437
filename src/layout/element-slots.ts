/**
 * Where each item of a list redrawn on every zoom and pan step is drawn, chosen so the fewest
 * elements are made anew or rewritten.
 *
 * The list is drawn as an array of slots, each slot one element (or none): an item drawn in the
 * slot it had keeps its element untouched, and an item drawn in a slot another item had rewrites
 * that element's attributes, which costs far less than making one. So an item keeps its slot,
 * and an item new to the view takes the slot of one that left it.
 */
export class ElementSlots {
  /** Slot of each item id drawn last time. */
  private slotOfId = new Map<number, number>();
  /** Slots used last time: every slot is below this. */
  private slotCount = 0;

  /**
   * Slots for the items with these ids (unique within the call), in the same order. Slots are
   * unique and below the larger of this call's number of items and the number of slots used
   * last time.
   */
  assign(ids: ArrayLike<number>): number[] {
    const count = ids.length;
    const slots = new Array<number>(count);
    const taken = new Uint8Array(Math.max(this.slotCount, count));
    for (let i = 0; i < count; i++) {
      const slot = this.slotOfId.get(ids[i]) ?? -1;
      slots[i] = slot;
      if (slot >= 0) taken[slot] = 1;
    }
    let free = 0;
    for (let i = 0; i < count; i++) {
      if (slots[i] >= 0) continue;
      while (taken[free]) free++;
      slots[i] = free;
      taken[free] = 1;
    }
    this.slotOfId = new Map();
    this.slotCount = 0;
    for (let i = 0; i < count; i++) {
      this.slotOfId.set(ids[i], slots[i]);
      this.slotCount = Math.max(this.slotCount, slots[i] + 1);
    }
    return slots;
  }
}
