# case: greedy event peak picking keeps taking the arg-max frame while the remaining posterior exceeds the threshold, appending picked frames to a Python list -> while on a tensor condition growing a list should be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakConfig:
    threshold = 0.8
    suppress_radius = 2
    max_events = 8


class GreedyPeakPicker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.radius = config.suppress_radius
        self.max_events = config.max_events

    def _suppress(self, curve, idx):
        frames = ops.arange(curve.shape[0])
        near = ops.abs(frames - idx) <= self.radius
        return ops.where(near, ops.zeros_like(curve), curve)

    def construct(self, curve):
        # curve: (T,) posterior of one class
        peaks = []
        remaining = curve
        while remaining.max() > self.threshold:
            idx = remaining.argmax()
            peaks.append(idx)
            remaining = self._suppress(remaining, idx)
        if len(peaks) == 0:
            return ops.zeros((0,), ms.int64)
        return ops.stack(peaks)


def make():
    np.random.seed(3796)
    curve = Tensor(np.random.rand(50).astype(np.float32))
    return GreedyPeakPicker(PeakConfig()), (curve,)
