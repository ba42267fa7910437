/**
 * Input the browser itself delivers, so that its default actions happen as for a reader: a mouse
 * wheel over a point (with Ctrl or ⌘ held, or not), and a touch swipe, through the Chrome
 * DevTools Protocol of the test's own page. A wheel or touch event made in the page is untrusted
 * and never scrolls it, so a test of "the page scrolls" needs these. Also forced colours, which
 * the launcher's media emulation does not offer.
 */
const emulation = new WeakMap();

export function realInput() {
  return {
    name: 'real-input',
    async executeCommand({command, payload, session}) {
      if (command !== 'real-wheel' && command !== 'real-swipe' && command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'forced-colors') {
        // Forced colours as Windows High Contrast gives them (emulateMedia cannot in Chromium's
        // launcher). The emulation lasts while its session is attached: one is kept per page.
        let client = emulation.get(page);
        if (!client) emulation.set(page, (client = await page.createCDPSession()));
        await client.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload.active ? 'active' : 'none'}]});
        return true;
      }
      if (command === 'real-wheel') {
        const {x, y, deltaX = 0, deltaY = 0, modifier} = payload;
        await page.mouse.move(x, y);
        if (modifier) await page.keyboard.down(modifier);
        await page.mouse.wheel({deltaX, deltaY});
        if (modifier) await page.keyboard.up(modifier);
        return true;
      }
      const {x, y, xDistance = 0, yDistance = 0, speed = 800} = payload;
      const client = await page.createCDPSession();
      try {
        // Touch input, as on a phone: the page then honours the chart's touch-action.
        await client.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 5});
        // A finger down, moved in steps, and lifted, as the touchscreen delivers it.
        const steps = 12;
        const at = (i) => [{x: x + (xDistance * i) / steps, y: y + (yDistance * i) / steps, id: 1}];
        await client.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: at(0)});
        for (let i = 1; i <= steps; i++) {
          await client.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: at(i)});
          await new Promise((resolve) => setTimeout(resolve, 16));
        }
        await client.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
        void speed;
      } finally {
        await client.send('Emulation.setTouchEmulationEnabled', {enabled: false}).catch(() => undefined);
        await client.detach();
      }
      return true;
    },
  };
}
