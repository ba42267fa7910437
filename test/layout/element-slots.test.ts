import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {ElementSlots} from '../../src/layout/element-slots.js';

describe('ElementSlots', () => {
  it('keeps the slot of every item still in view on a pan, and gives entering items the slots of leaving ones', () => {
    const slots = new ElementSlots();
    expect(slots.assign([10, 20, 30, 40])).to.deep.equal([0, 1, 2, 3]);
    // 10 and 20 leave on the left, 50 and 60 enter on the right.
    expect(slots.assign([30, 40, 50, 60])).to.deep.equal([2, 3, 0, 1]);
  });

  it('takes slots past the last ones when more items enter than left', () => {
    const slots = new ElementSlots();
    slots.assign([10, 20]);
    expect(slots.assign([20, 30, 40])).to.deep.equal([1, 0, 2]);
  });

  it('gives each item of a list its own slot, below the larger of the two list lengths', () => {
    const ids = fc.uniqueArray(fc.nat({max: 200}), {maxLength: 40});
    fc.assert(
      fc.property(fc.array(ids, {maxLength: 12}), (steps) => {
        const slots = new ElementSlots();
        let previous = 0;
        for (const list of steps) {
          const assigned = slots.assign(list);
          expect(new Set(assigned).size).to.equal(list.length);
          for (const slot of assigned) expect(slot).to.be.within(0, Math.max(previous, list.length) - 1);
          previous = Math.max(0, ...assigned.map((slot) => slot + 1));
        }
      }),
    );
  });
});
