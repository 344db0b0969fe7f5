# case: walk through a power file accumulating kilojoules until the interval work target is reached, loop count depends on the data -> data-driven while loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IntervalSplitter(nn.Cell):
    """Finds how many seconds a rider needs to bank `target_kj` of work."""

    def __init__(self, target_kj=30.0, dt=1.0):
        super().__init__()
        self.target_kj = target_kj
        self.dt = dt

    def construct(self, watts):
        work = Tensor(0.0, ms.float32)
        i = Tensor(0, ms.int32)
        n = watts.shape[0]
        while work < self.target_kj and i < n:
            work = work + watts[i] * self.dt / 1000.0
            i = i + 1
        interval = watts[:i]
        return i, interval.mean()


def make():
    np.random.seed(61)
    watts = np.clip(np.random.normal(280, 40, size=300), 0, 800).astype(np.float32)
    return IntervalSplitter(), (Tensor(watts),)
