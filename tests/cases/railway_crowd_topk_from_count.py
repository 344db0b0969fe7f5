# case: number of overcrowded platforms computed as a tensor and passed as k to topk -> data-dependent k, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OvercrowdedPlatforms(nn.Cell):
    def __init__(self, capacity=200.0):
        super().__init__()
        self.capacity = capacity

    def count_over(self, occupancy):
        return (occupancy > self.capacity).astype(ms.int32).sum()

    def construct(self, occupancy):
        k = self.count_over(occupancy)
        vals, idx = ops.topk(occupancy, k)
        return vals, idx


def make():
    np.random.seed(16)
    occ = Tensor(np.random.uniform(50, 300, size=12).astype(np.float32))
    return OvercrowdedPlatforms(), (occ,)
