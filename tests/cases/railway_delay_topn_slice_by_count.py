# case: number of late trains counted from tensor then used to slice sorted delays -> slice bound from tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateTrainSummary(nn.Cell):
    def __init__(self, late_minutes=5.0):
        super().__init__()
        self.late_minutes = late_minutes

    def construct(self, delays):
        n_late = (delays > self.late_minutes).astype(ms.int32).sum()
        sorted_delays, _ = ops.sort(delays, descending=True)
        worst = sorted_delays[:n_late]
        return worst.mean()


def make():
    np.random.seed(1)
    delays = Tensor(np.abs(np.random.randn(20) * 6).astype(np.float32))
    return LateTrainSummary(), (delays,)
