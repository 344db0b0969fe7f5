# case: rank the regions above an outbreak threshold with topk where k is the number of regions over the threshold (a tensor value) -> data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutbreakRanking(nn.Cell):
    def __init__(self, threshold=20.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, incidence):
        weekly = incidence[-7:].mean(axis=0)
        k = (weekly > self.threshold).astype(ms.int32).sum()
        values, idx = ops.topk(weekly, k)
        return values, idx


def make():
    np.random.seed(15)
    incidence = np.random.gamma(2.0, 10.0, size=(14, 8)).astype(np.float32)
    return OutbreakRanking(), (Tensor(incidence),)
