import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {ElementSlots} from '../../src/layout/element-slots.js';

describe('ElementSlots', () => {
  it('keeps the slot of every item still in view on a pan, and gives entering items the slots of leaving ones', () => {
    const slots = new ElementSlots();
    expect(slots.assign([10, 20, 30, 40], false)).to.deep.equal([0, 1, 2, 3]);
    // 10 and 20 leave on the left, 50 and 60 enter on the right.
    expect(slots.assign([30, 40, 50, 60], false)).to.deep.equal([2, 3, 0, 1]);
  });

  it('takes slots past the last ones when more items enter than left', () => {
    const slots = new ElementSlots();
    slots.assign([10, 20], false);
    expect(slots.assign([20, 30, 40], false)).to.deep.equal([1, 0, 2]);
  });

  it('hands out slots in order after a zoom step, whatever the items had before', () => {
    const slots = new ElementSlots();
    slots.assign([10, 20, 30], false);
    slots.assign([20, 30, 40], false);
    expect(slots.assign([5, 25, 45, 65], true)).to.deep.equal([0, 1, 2, 3]);
    expect(slots.assign([25, 45, 65, 85], false)).to.deep.equal([1, 2, 3, 0]);
  });

  it('gives each item of a list its own slot, below the larger of the two list lengths', () => {
    const ids = fc.uniqueArray(fc.nat({max: 200}), {maxLength: 40});
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, fc.boolean()), {maxLength: 12}), (steps) => {
        const slots = new ElementSlots();
        let previous = 0;
        for (const [list, regrouped] of steps) {
          const assigned = slots.assign(list, regrouped);
          expect(new Set(assigned).size).to.equal(list.length);
          for (const slot of assigned) expect(slot).to.be.within(0, Math.max(previous, list.length) - 1);
          previous = Math.max(0, ...assigned.map((slot) => slot + 1));
        }
      }),
    );
  });
});
