/**
 * The chart's input: pointer gestures and keys reach their controllers (`GestureController`,
 * `KeyboardController`) once the code of those is there. It loads with the first frame (`load()`),
 * before a reader can reach for the chart; until then an event does nothing.
 */
import type {ReactiveControllerHost} from 'lit';
import type {TimelineModel} from '../model/timeline-model.js';
import type {ReaderSettings} from '../layout/describe.js';
import type {TimelineItem} from '../layout/presentation.js';
import type {GestureController} from './gesture-controller.js';
import type {KeyboardController} from './keyboard-controller.js';
import {LazyPartController} from './lazy-part-controller.js';
import type {SelectionController} from './selection-controller.js';
import type {ViewController} from './view-controller.js';

export interface InputHostBindings {
  model(): TimelineModel | null;
  findItem(id: string | null | undefined): TimelineItem | null;
  /** The chart's box, which tooltips are placed in. */
  chart(): HTMLElement | null;
  dates(): ReaderSettings;
  announce(text: string): void;
}

export class InputController {
  private readonly gestureCode: LazyPartController<typeof import('./gesture-controller.js')>;
  private readonly keyboardCode: LazyPartController<typeof import('./keyboard-controller.js')>;
  private gestureController?: GestureController;
  private keyboard?: KeyboardController;

  /** The chart's event handlers. */
  readonly handlers = {
    onWheel: (event: WheelEvent) => this.gestures()?.onWheel(event),
    onPointerDown: (event: PointerEvent) => this.gestures()?.onPointerDown(event),
    onPointerMove: (event: PointerEvent) => this.gestures()?.onPointerMove(event),
    onPointerOver: (event: PointerEvent) => this.gestures()?.onPointerOver(event),
    onPointerLeave: () => this.gestures()?.onPointerLeave(),
    onPointerUp: (event: PointerEvent) => this.gestures()?.onPointerUp(event),
    onDoubleClick: (event: MouseEvent) => this.gestures()?.onDoubleClick(event),
    onKeyDown: (event: KeyboardEvent) => this.keys()?.onKeyDown(event),
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: ViewController,
    private readonly selection: SelectionController,
    private readonly bind: InputHostBindings,
  ) {
    this.gestureCode = new LazyPartController(host, () => import('./gesture-controller.js'));
    this.keyboardCode = new LazyPartController(host, () => import('./keyboard-controller.js'));
  }

  /** Starts loading the code of gestures and keys. */
  load(): void {
    this.gestureCode.get();
    this.keyboardCode.get();
  }

  /** The loads under way, for the host's `updateComplete`. */
  get parts(): ReadonlyArray<{readonly pending: Promise<void> | undefined}> {
    return [this.gestureCode, this.keyboardCode];
  }

  /** Whether a drag is under way. */
  get dragging(): boolean {
    return this.gestureController?.dragging ?? false;
  }

  /** The key to hold to zoom with the wheel, while the hint saying so shows. */
  get hintKey(): string | null {
    return this.gestureController?.hintKey ?? null;
  }

  private gestures(): GestureController | undefined {
    const code = this.gestureCode.get();
    this.gestureController ??= code && new code.GestureController(this.host, this.view, this.selection, this.bind);
    return this.gestureController;
  }

  private keys(): KeyboardController | undefined {
    const code = this.keyboardCode.get();
    this.keyboard ??= code && new code.KeyboardController(this.view, this.selection, this.bind);
    return this.keyboard;
  }
}
