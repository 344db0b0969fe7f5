# case: event onset/offset boolean maps via frame differences, with per-class event counts and durations as fixed-size reductions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Hysteresis(nn.Cell):
    """Double-threshold binarization approximated with a dilated high-threshold map."""

    def __init__(self, high=0.7, low=0.4, spread=3):
        super().__init__()
        self.high, self.low, self.spread = high, low, spread
        self.dilate = nn.MaxPool1d(kernel_size=2 * spread + 1, stride=1)

    def construct(self, prob):
        strong = (prob > self.high).astype(ms.float32)
        grown = self.dilate(ops.pad(strong, (self.spread, self.spread)))
        return ops.logical_and(grown > 0, prob > self.low)


class EventStats(nn.Cell):
    def __init__(self, hop_s=0.02):
        super().__init__()
        self.binarize = Hysteresis()
        self.hop_s = hop_s

    def construct(self, prob):
        # prob: (B, C, T)
        act = self.binarize(prob).astype(ms.int32)
        padded = ops.pad(act, (1, 1))
        diff = padded[..., 1:] - padded[..., :-1]
        onsets = diff[..., :-1] == 1
        offsets = diff[..., 1:] == -1
        n_events = onsets.astype(ms.int32).sum(axis=-1)
        duration = act.astype(ms.float32).sum(axis=-1) * self.hop_s
        return onsets, offsets, n_events, duration


def make():
    np.random.seed(39)
    prob = np.random.rand(2, 3, 25).astype(np.float32)
    return EventStats(), (Tensor(prob),)
