# case: gradient-descent relaxation in a while loop driven by a Python int counter up to max_steps, convergence handled by scaling the step with a tensor mask -> constant loop, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MorseCluster(nn.Cell):
    def __init__(self, d=0.5, a=1.3, r0=2.0):
        super().__init__()
        self.d, self.a, self.r0 = d, a, r0

    def construct(self, pos):
        n = pos.shape[0]
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        eye = ops.eye(n, n, ms.float32)
        r = ops.sqrt((diff * diff).sum(-1) + eye)
        x = ops.exp(-self.a * (r - self.r0))
        return 0.5 * (self.d * (x * x - 2 * x) * (1.0 - eye)).sum()


class GDRelax(nn.Cell):
    def __init__(self, lr=0.05, fmax=0.01, max_steps=10):
        super().__init__()
        self.pot = MorseCluster()
        self.grad_fn = ops.grad(self.pot)
        self.lr, self.fmax, self.max_steps = lr, fmax, max_steps

    def construct(self, pos):
        i = 0
        while i < self.max_steps:
            g = self.grad_fn(pos)
            active = ops.cast(ops.norm(g, dim=-1).max() > self.fmax, ms.float32)
            pos = pos - self.lr * active * g
            i += 1
        return pos, self.pot(pos)


def make():
    np.random.seed(35)
    pos = Tensor((np.array([[0, 0, 0], [2.2, 0, 0], [0, 2.1, 0], [1.0, 1.0, 1.8]]) + 0.05 * np.random.randn(4, 3)).astype(np.float32))
    return GDRelax(), (pos,)
