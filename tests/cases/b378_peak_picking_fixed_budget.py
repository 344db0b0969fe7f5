# case: event peak picking takes a fixed budget of arg-max frames in a range(config) loop, masking the picks below threshold instead of stopping -> Python-int loop count and fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakConfig:
    threshold = 0.8
    suppress_radius = 2
    max_events = 4


class FixedBudgetPeakPicker(nn.Cell):
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
        peaks, scores = [], []
        remaining = curve
        for _ in range(self.max_events):
            idx = remaining.argmax()
            peaks.append(idx)
            scores.append(remaining[idx])
            remaining = self._suppress(remaining, idx)
        peak_idx = ops.stack(peaks)
        peak_val = ops.stack(scores)
        valid = (peak_val > self.threshold).astype(peak_val.dtype)
        return peak_idx, peak_val * valid


def make():
    np.random.seed(3797)
    curve = Tensor(np.random.rand(50).astype(np.float32))
    return FixedBudgetPeakPicker(PeakConfig()), (curve,)
