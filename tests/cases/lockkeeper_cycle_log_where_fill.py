# case: replace missing durations in a padded lock cycle log with the median fallback using three-argument ops.where -> fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CycleDurationCleaner(nn.Cell):
    def __init__(self, fallback_s=540.0, pad_value=-1.0):
        super().__init__()
        self.fallback = fallback_s
        self.pad_value = pad_value

    def construct(self, durations, lengths):
        steps = ops.arange(durations.shape[1]).reshape(1, -1)
        in_log = steps < lengths.reshape(-1, 1)
        missing = ops.logical_or(durations == self.pad_value, ops.logical_not(in_log))
        filled = ops.where(missing, ops.full_like(durations, self.fallback), durations)
        weight = in_log.astype(ms.float32)
        return (filled * weight).sum(axis=1) / weight.sum(axis=1)


def make():
    np.random.seed(52)
    lengths = np.array([7, 12, 4], dtype=np.int32)
    durs = np.full((3, 12), -1.0, dtype=np.float32)
    for r, n in enumerate(lengths):
        durs[r, :n] = np.random.uniform(400, 700, size=n)
    durs[1, 3] = -1.0
    return CycleDurationCleaner(), (Tensor(durs), Tensor(lengths))
