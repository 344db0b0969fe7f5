# case: counts how many stops fit in the vehicle capacity and slices the stop list with that tensor count -> slice size from tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstFitLoader(nn.Cell):
    def __init__(self, capacity=20.0):
        super().__init__()
        self.capacity = capacity

    def construct(self, demands, coords):
        cum_load = ops.cumsum(demands, axis=0)
        n_fit = (cum_load <= self.capacity).astype(ms.int32).sum()
        served = coords[:n_fit]
        return served.mean(axis=0), n_fit


def make():
    np.random.seed(0)
    demands = Tensor(np.random.uniform(1, 6, size=(12,)).astype(np.float32))
    coords = Tensor(np.random.uniform(0, 10, size=(12, 2)).astype(np.float32))
    return FirstFitLoader(), (demands, coords)
