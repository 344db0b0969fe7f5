# case: picks the k nearest depots for each customer with topk where k comes from the constructor -> constant k, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNearestDepots(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k
        self.topk = ops.TopK(sorted=True)

    def pairwise(self, customers, depots):
        diff = customers.expand_dims(1) - depots.expand_dims(0)
        return ops.sqrt((diff * diff).sum(axis=-1) + 1e-9)

    def construct(self, customers, depots):
        d = self.pairwise(customers, depots)
        neg, idx = self.topk(-d, self.k)
        weights = ops.softmax(neg, axis=-1)
        return idx, weights


def make():
    np.random.seed(24)
    customers = Tensor(np.random.uniform(0, 10, size=(7, 2)).astype(np.float32))
    depots = Tensor(np.random.uniform(0, 10, size=(11, 2)).astype(np.float32))
    return KNearestDepots(), (customers, depots)
