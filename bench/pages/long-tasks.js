// A classic script, the first thing in each page's head, so that it observes every task after it:
// the main thread's tasks over 50 ms ("longtask"), and the long animation frames with the scripts
// that ran in them ("long-animation-frame"), which say where a long task's time went.
(() => {
  const tasks = [];
  const frames = [];
  const file = (url) =>
    String(url ?? '')
      .replace(/^.*\//, '')
      .replace(/\?.*$/, '');
  const observers = [];
  const observe = (type, into, read) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => into.push(read(entry))));
      observer.observe({type, buffered: true});
      observers.push({observer, into, read});
    } catch {
      // A browser without this entry type: the figures that need it stay empty.
    }
  };
  observe('longtask', tasks, (entry) => ({start: entry.startTime, duration: entry.duration}));
  observe('long-animation-frame', frames, (entry) => ({
    start: entry.startTime,
    duration: entry.duration,
    blocking: entry.blockingDuration,
    // How much of the frame was rendering (style, layout, paint) rather than scripts.
    rendering: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
    // A frame can hold several tasks: each script's start tells which task it ran in.
    scripts: entry.scripts
      .filter((script) => script.duration >= 5)
      .map((script) => ({
        start: script.startTime,
        duration: script.duration,
        // A script block's invoker is its URL: its file name says as much.
        invoker: /^https?:/.test(script.invoker) ? file(script.invoker) : script.invoker,
        source: `${file(script.sourceURL)}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''}`,
        layout: script.forcedStyleAndLayoutDuration,
      })),
  }));

  window.benchLongTasks = {
    /**
     * The long tasks that overlap [from, to] (ms, performance.now()): how many, the longest, the
     * total blocking time (the sum of each one's time past 50 ms), and each with its frame's scripts.
     */
    between(from, to) {
      for (const {observer, into, read} of observers) for (const entry of observer.takeRecords()) into.push(read(entry));
      const overlaps = (entry) => entry.start < to && entry.start + entry.duration > from;
      const inside = tasks.filter(overlaps);
      return {
        from,
        to,
        count: inside.length,
        longest: inside.reduce((most, task) => Math.max(most, task.duration), 0),
        blocking: inside.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        tasks: inside,
        frames: frames.filter(overlaps),
      };
    },
  };
})();
