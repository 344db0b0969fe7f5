# case: unrolled mirror-descent solver reading hyperparameters from an @ms.jit_class config object held on the Cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SolverConfig:
    def __init__(self, n_steps=6, step_size=0.5, entropy_reg=0.1):
        self.n_steps = n_steps
        self.step_size = step_size
        self.entropy_reg = entropy_reg

    def effective_lr(self, t):
        return self.step_size / (1.0 + t)


class SimplexMirrorDescent(nn.Cell):
    """Unrolled exponentiated-gradient solver for a linear objective on the simplex."""

    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = SolverConfig() if cfg is None else cfg

    def construct(self, cost):
        n = cost.shape[-1]
        p = ops.ones_like(cost) / n
        for t in range(self.cfg.n_steps):
            grad = cost + self.cfg.entropy_reg * (ops.log(p) + 1.0)
            logits = ops.log(p) - self.cfg.effective_lr(t) * grad
            p = ops.softmax(logits, axis=-1)
        return p, (p * cost).sum(axis=-1)


def make():
    np.random.seed(33)
    solver = SimplexMirrorDescent()
    cost = Tensor(np.random.rand(3, 5).astype(np.float32))
    return solver, (cost,)
