# case: coupling block that logs per-layer log-determinants with print(f"...") of tensor values inside construct -> f-string formatting of tensors in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffineStep(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.h = dim // 2
        self.net = nn.Dense(self.h, 2 * (dim - self.h))

    def construct(self, x):
        xa, xb = x[:, :self.h], x[:, self.h:]
        log_s, t = ops.chunk(self.net(xa), 2, axis=1)
        log_s = ops.tanh(log_s)
        y = ops.concat((xb * ops.exp(log_s) + t, xa), axis=1)
        return y, log_s.sum(axis=1)


class VerboseFlow(nn.Cell):
    def __init__(self, dim, depth=2):
        super().__init__()
        self.steps = nn.CellList([AffineStep(dim) for _ in range(depth)])

    def construct(self, x):
        total = ops.zeros((x.shape[0],), ms.float32)
        for i, step in enumerate(self.steps):
            x, ld = step(x)
            print(f"step {i}: mean logdet = {ld.mean()}")
            total = total + ld
        return x, total


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return VerboseFlow(6), (x,)
