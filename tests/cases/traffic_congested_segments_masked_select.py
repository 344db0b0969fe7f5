# case: picks out the speeds of road segments below a congestion threshold with masked_select and averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CongestionSpeedStats(nn.Cell):
    """Average speed over the congested road segments of a sensor snapshot."""

    def __init__(self, free_flow_kmh=60.0, ratio=0.5):
        super().__init__()
        self.threshold = free_flow_kmh * ratio

    def construct(self, speeds):
        congested = speeds < self.threshold
        slow = ops.masked_select(speeds, congested)
        total = slow.sum()
        count = ops.cast(congested, ms.float32).sum()
        return total / ops.maximum(count, 1.0)


def make():
    np.random.seed(0)
    speeds = Tensor(np.random.uniform(5, 80, size=(4, 12)).astype(np.float32))
    return CongestionSpeedStats(), (speeds,)
