# case: delay propagated until change falls below tolerance, each iteration's state appended to a list -> while on tensor with growing list, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayPropagator(nn.Cell):
    def __init__(self, n_stations=10, decay=0.7, tol=0.05):
        super().__init__()
        self.adj = Tensor(np.eye(n_stations, k=1, dtype=np.float32))
        self.decay = decay
        self.tol = tol

    def construct(self, initial_delay):
        delay = initial_delay
        history = [delay]
        change = Tensor(1e9, ms.float32)
        while change > self.tol:
            nxt = ops.maximum(delay, ops.matmul(delay, self.adj) * self.decay)
            change = ops.abs(nxt - delay).max()
            delay = nxt
            history.append(delay)
        return ops.stack(history)


def make():
    np.random.seed(3)
    d0 = np.zeros((4, 10), dtype=np.float32)
    d0[:, 0] = np.random.uniform(5, 20, size=4)
    return DelayPropagator(), (Tensor(d0),)
