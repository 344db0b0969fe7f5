# case: worst-k delays selected with topk where k comes from the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstDelayReport(nn.Cell):
    def __init__(self, k=5, late_minutes=5.0):
        super().__init__()
        self.k = k
        self.late_minutes = late_minutes

    def construct(self, delays, train_ids):
        worst, idx = ops.topk(delays, self.k)
        worst_ids = ops.gather(train_ids, idx, 0)
        late_share = (delays > self.late_minutes).astype(ms.float32).mean()
        return worst, worst_ids, late_share


def make():
    np.random.seed(1)
    delays = Tensor(np.abs(np.random.randn(20) * 6).astype(np.float32))
    ids = Tensor(np.arange(1000, 1020).astype(np.int32))
    return WorstDelayReport(), (delays, ids)
