# case: iterative temporal boundary refinement in a while loop on a tensor convergence condition, state shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeBoundaryRefiner(nn.Cell):
    """Cascade refinement: keeps applying a shared offset regressor until updates get small."""

    def __init__(self, feat_dim=8, max_iters=4, tol=1e-2):
        super().__init__()
        self.reg = nn.Dense(feat_dim + 2, 2)
        self.max_iters = max_iters
        self.tol = tol

    def step(self, ctx, bounds):
        inp = ops.concat((ctx, bounds), axis=-1)
        return ops.tanh(self.reg(inp)) * 0.5

    def construct(self, ctx, bounds):
        # ctx: (N, C) proposal context features, bounds: (N, 2)
        i = 0
        delta_norm = Tensor(1.0, ms.float32)
        while i < self.max_iters and delta_norm > self.tol:
            delta = self.step(ctx, bounds)
            bounds = bounds + delta
            delta_norm = ops.abs(delta).max()
            i += 1
        return bounds


def make():
    np.random.seed(37)
    ctx = Tensor(np.random.randn(3, 8).astype(np.float32))
    bounds = Tensor(np.array([[0.0, 3.0], [2.0, 6.0], [5.0, 9.0]], dtype=np.float32))
    return IterativeBoundaryRefiner(), (ctx, bounds)
