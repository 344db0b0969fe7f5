# case: platform crowd estimate logged with an f-string of the tensor inside construct -> f-string of tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrowdAlert(nn.Cell):
    def __init__(self, n_zones=5, capacity=120.0):
        super().__init__()
        self.weights = ms.Parameter(Tensor(np.ones(n_zones, np.float32)), name="zone_w")
        self.capacity = capacity

    def construct(self, zone_counts):
        total = (zone_counts * self.weights).sum(axis=1)
        ratio = total / self.capacity
        msg = f"platform load ratio: {ratio.max()}"
        print(msg)
        return ratio


def make():
    np.random.seed(11)
    counts = Tensor(np.random.uniform(0, 40, size=(6, 5)).astype(np.float32))
    return CrowdAlert(), (counts,)
