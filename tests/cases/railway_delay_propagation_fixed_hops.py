# case: delay propagated along a line adjacency matrix for a constant number of hops in a Python loop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayPropagator(nn.Cell):
    def __init__(self, n_stations=10, hops=4, decay=0.7):
        super().__init__()
        adj = np.eye(n_stations, k=1, dtype=np.float32)
        self.adj = Tensor(adj)
        self.hops = hops
        self.decay = decay

    def step(self, delay):
        carried = ops.matmul(delay, self.adj) * self.decay
        return ops.maximum(delay, carried)

    def construct(self, initial_delay):
        delay = initial_delay
        for _ in range(self.hops):
            delay = self.step(delay)
        return delay


def make():
    np.random.seed(3)
    d0 = np.zeros((4, 10), dtype=np.float32)
    d0[:, 0] = np.random.uniform(5, 20, size=4)
    return DelayPropagator(), (Tensor(d0),)
