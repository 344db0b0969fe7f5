# case: iterative structure refinement: while loop over a Python int counter with recycled coordinates and a fixed-size update -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoordRefiner(nn.Cell):
    def __init__(self, dim=8, num_recycles=3, step_size=0.2):
        super().__init__()
        self.num_recycles = num_recycles
        self.step_size = step_size
        self.encode = nn.Dense(dim + 3, dim)
        self.to_delta = nn.Dense(dim, 3)

    def refine_step(self, h, x):
        centered = x - x.mean(axis=0, keep_dims=True)
        z = ops.tanh(self.encode(ops.concat((h, centered), -1)))
        return z, x + self.step_size * self.to_delta(z)

    def construct(self, h, x):
        i = 0
        while i < self.num_recycles:
            h, x = self.refine_step(h, x)
            i += 1
        return x


def make():
    np.random.seed(38)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    x = Tensor(np.random.randn(6, 3).astype(np.float32))
    return CoordRefiner(), (h, x)
