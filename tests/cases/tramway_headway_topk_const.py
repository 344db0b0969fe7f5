# case: report the 5 worst headway deviations on a line (k is a fixed config value) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstHeadways(nn.Cell):
    """Fixed-size report of the worst headway gaps for the control room."""

    def __init__(self, target_headway_s=300.0, report_k=5):
        super().__init__()
        self.target = target_headway_s
        self.report_k = report_k

    def deviation(self, departures):
        gaps = departures[1:] - departures[:-1]
        return ops.abs(gaps - self.target)

    def construct(self, departures):
        dev = self.deviation(departures)
        worst, idx = ops.topk(dev, self.report_k)
        late_share = (dev > 60.0).astype(ms.float32).mean()
        return worst, idx, late_share


def make():
    np.random.seed(3062)
    base = np.arange(0, 20 * 300, 300, dtype=np.float32)
    jitter = np.random.normal(0, 80, size=base.shape).astype(np.float32)
    return WorstHeadways(), (Tensor(np.sort(base + jitter)),)
