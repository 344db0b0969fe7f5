# case: client optimizer with momentum buffer Parameter and a Python int step counter incremented on self in construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LocalMomentumSGD(nn.Cell):
    """Local client update with heavy-ball momentum and bias correction."""

    def __init__(self, dim=5, lr=0.05, beta=0.9, bias_correction=True):
        super().__init__()
        self.lr = lr
        self.beta = beta
        self.bias_correction = bias_correction
        self.momentum = Parameter(Tensor(np.zeros(dim, np.float32)), name="momentum",
                                  requires_grad=False)
        self.step_count = 0

    def _corrected(self, m):
        if self.bias_correction:
            return m / (1.0 - self.beta ** self.step_count)
        return m

    def construct(self, weight, grad):
        new_m = self.beta * self.momentum + (1.0 - self.beta) * grad
        ops.assign(self.momentum, new_m)
        self.step_count += 1
        return weight - self.lr * self._corrected(new_m)


def make():
    np.random.seed(7)
    w = Tensor(np.random.randn(5).astype(np.float32))
    g = Tensor(np.random.randn(5).astype(np.float32))
    return LocalMomentumSGD(), (w, g)
