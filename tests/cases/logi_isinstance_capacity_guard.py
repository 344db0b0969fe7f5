# case: accepts vehicle capacity either as a Python float or a per-vehicle tensor and normalises loads, using isinstance as a type guard -> type check resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Utilisation(nn.Cell):
    def __init__(self):
        super().__init__()

    def to_capacity(self, capacity, loads):
        if isinstance(capacity, (int, float)):
            return ops.ones_like(loads) * capacity
        return capacity

    def construct(self, loads, capacity):
        cap = self.to_capacity(capacity, loads)
        util = loads / cap
        over = ops.relu(util - 1.0)
        return util, over.sum()


def make():
    np.random.seed(32)
    loads = Tensor(np.random.uniform(5, 30, size=(6,)).astype(np.float32))
    return Utilisation(), (loads, 20.0)
