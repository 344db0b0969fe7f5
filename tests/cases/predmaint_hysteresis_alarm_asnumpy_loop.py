# case: hysteresis alarm state machine that pulls the signal to host with .asnumpy() and loops in Python -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HysteresisAlarm(nn.Cell):
    """Alarm switches on above `high`, stays on until the value drops below `low`."""

    def __init__(self, high=0.8, low=0.4, min_on_steps=2):
        super().__init__()
        self.high = high
        self.low = low
        self.min_on_steps = min_on_steps
        self.smooth = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def _smoothed(self, x):
        return self.smooth(x.reshape(1, 1, -1)).reshape(-1)

    def _run_state_machine(self, values):
        state, held, out = 0, 0, []
        for v in values.asnumpy().tolist():
            if state == 0 and v > self.high:
                state, held = 1, 0
            elif state == 1:
                held += 1
                if v < self.low and held >= self.min_on_steps:
                    state = 0
            out.append(state)
        return Tensor(np.array(out, dtype=np.int32))

    def construct(self, x):
        return self._run_state_machine(self._smoothed(x))


def make():
    np.random.seed(7)
    x = np.clip(np.cumsum(np.random.randn(32) * 0.2), 0, 1).astype(np.float32)
    return HysteresisAlarm(), (Tensor(x),)
