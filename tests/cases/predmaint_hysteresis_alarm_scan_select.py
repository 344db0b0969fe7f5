# case: hysteresis alarm over time steps as a static Python for-loop with tensor state and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HysteresisScan(nn.Cell):
    def __init__(self, high=0.8, low=0.4, smooth=True):
        super().__init__()
        self.high = high
        self.low = low
        self.smooth = smooth
        self.pool = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def _prepare(self, x):
        if self.smooth:
            return self.pool(x.expand_dims(1)).squeeze(1)
        return x

    def _step(self, state, value):
        turn_on = value > self.high
        turn_off = value < self.low
        on = ops.logical_or(turn_on, ops.logical_and(state, ops.logical_not(turn_off)))
        return on

    def construct(self, x):
        # x: (machines, time)
        x = self._prepare(x)
        state = ops.zeros((x.shape[0],), ms.bool_)
        trace = []
        for t in range(x.shape[1]):
            state = self._step(state, x[:, t])
            trace.append(state.astype(ms.int32))
        states = ops.stack(trace, axis=1)
        return states, states.sum(axis=1)


def make():
    np.random.seed(8)
    x = np.clip(np.cumsum(np.random.randn(4, 20) * 0.25, axis=1), 0, 1).astype(np.float32)
    return HysteresisScan(), (Tensor(x),)
