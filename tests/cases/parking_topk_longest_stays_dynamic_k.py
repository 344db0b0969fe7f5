# case: report the k longest-parked cars where k is the number of cars over the limit computed from data -> topk with tensor-derived k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongestStays(nn.Cell):
    def __init__(self, limit=90.0):
        super().__init__()
        self.limit = limit

    def construct(self, dwell):
        k = (dwell > self.limit).astype(ms.int32).sum()
        values, idx = ops.topk(dwell, int(k))
        return values, idx


def make():
    np.random.seed(8)
    dwell = Tensor(np.random.uniform(0, 200, 16).astype(np.float32))
    return LongestStays(), (dwell,)
