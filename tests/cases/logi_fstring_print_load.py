# case: logs the current truck load with print of an f-string built from a tensor while accumulating stops -> f-string formatting of tensor data in construct, may error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoadTracker(nn.Cell):
    def __init__(self, capacity=25.0, verbose=True):
        super().__init__()
        self.capacity = capacity
        self.verbose = verbose

    def construct(self, pickups, dropoffs):
        net = ops.cumsum(pickups - dropoffs, axis=0)
        peak = net.max()
        if self.verbose:
            print(f"peak load {peak} of capacity {self.capacity}")
        return net / self.capacity


def make():
    np.random.seed(15)
    pickups = Tensor(np.random.uniform(0, 6, size=(10,)).astype(np.float32))
    dropoffs = Tensor(np.random.uniform(0, 4, size=(10,)).astype(np.float32))
    return LoadTracker(), (pickups, dropoffs)
