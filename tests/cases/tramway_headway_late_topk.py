# case: pick the k most irregular headways where k is the count of late trams on the line -> top-k size from data, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def headway_deviation(departures, target_s):
    gaps = departures[1:] - departures[:-1]
    return ops.abs(gaps - target_s)


class IrregularHeadwayPicker(nn.Cell):
    def __init__(self, target_headway_s=300.0, late_tol_s=60.0):
        super().__init__()
        self.target = target_headway_s
        self.late_tol = late_tol_s

    def construct(self, departures):
        dev = headway_deviation(departures, self.target)
        late = (dev > self.late_tol).astype(ms.int32)
        n_late = int(late.sum())
        worst, idx = ops.topk(dev, n_late)
        return worst.mean(), idx


def make():
    np.random.seed(3061)
    base = np.arange(0, 24 * 300, 300, dtype=np.float32)
    jitter = np.random.normal(0, 90, size=base.shape).astype(np.float32)
    departures = Tensor(np.sort(base + jitter))
    return IrregularHeadwayPicker(), (departures,)
