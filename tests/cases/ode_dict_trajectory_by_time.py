# case: logistic-growth integrator stores states in a dict keyed by the tensor time value while integrating to t_end in a tensor while loop -> Graph mode error (tensor as dict key in data-dependent loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogisticIntegrator(nn.Cell):
    def __init__(self, growth=1.0, capacity=1.0):
        super().__init__()
        self.growth = growth
        self.capacity = capacity

    def rhs(self, y):
        return self.growth * y * (1.0 - y / self.capacity)

    def construct(self, y0, t_end, h):
        t = ops.zeros((), ms.float32)
        y = y0
        store = {}
        while t < t_end:
            y = y + h * self.rhs(y)
            t = t + h
            store[t] = y
        return y, len(store)


def make():
    np.random.seed(23)
    y0 = Tensor(np.array([0.1, 0.3], dtype=np.float32))
    return LogisticIntegrator(), (y0, Tensor(1.0, ms.float32), Tensor(0.25, ms.float32))
