# case: loop over time steps and append (start, end) of anomaly segments to a list when the flag toggles -> list grown under tensor conditions
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentCollector(nn.Cell):
    def __init__(self, length=20):
        super().__init__()
        self.length = length

    def construct(self, flags):
        starts = []
        ends = []
        prev = flags[0] * 0
        for t in range(self.length):
            cur = flags[t]
            if cur > prev:
                starts.append(t)
            if cur < prev:
                ends.append(t)
            prev = cur
        return ops.stack([Tensor(s, ms.int32) for s in starts]), len(ends)


def make():
    np.random.seed(16)
    flags = np.zeros(20, np.int32)
    flags[2:5] = 1
    flags[9:14] = 1
    return SegmentCollector(), (Tensor(flags),)
