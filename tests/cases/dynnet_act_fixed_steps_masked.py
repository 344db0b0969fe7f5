# case: adaptive computation time unrolled for a constant max_steps with running-halt masks multiplied in instead of breaking -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PonderConfig:
    max_steps = 4
    threshold = 0.99


class PonderBlock(nn.Cell):
    def __init__(self, dim=16, cfg=PonderConfig()):
        super().__init__()
        self.step_fn = nn.Dense(dim, dim)
        self.halt_fn = nn.Dense(dim, 1)
        self.max_steps = cfg.max_steps
        self.threshold = cfg.threshold

    def construct(self, x):
        b = x.shape[0]
        cum = ops.zeros((b, 1), x.dtype)
        out = ops.zeros_like(x)
        n_updates = ops.zeros((b, 1), x.dtype)
        for i in range(self.max_steps):
            x = ops.tanh(self.step_fn(x)) + x
            p = ops.sigmoid(self.halt_fn(x))
            if i == self.max_steps - 1:
                p = ops.ones_like(p)
            running = (cum < self.threshold).astype(x.dtype)
            p = ops.minimum(p, 1.0 - cum) * running
            out = out + p * x
            cum = cum + p
            n_updates = n_updates + running
        return out, n_updates.mean()


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return PonderBlock(), (x,)
