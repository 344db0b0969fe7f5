# case: iterative refinement runs range(int(num_steps)) where num_steps is computed from the input's uncertainty -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineBlock(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc1 = nn.Dense(dim, dim)
        self.fc2 = nn.Dense(dim, dim)

    def construct(self, x):
        return x + 0.5 * self.fc2(ops.relu(self.fc1(x)))


class IterativeRefiner(nn.Cell):
    def __init__(self, dim=8, max_steps=4, min_steps=1):
        super().__init__()
        self.block = RefineBlock(dim)
        self.max_steps = max_steps
        self.min_steps = min_steps

    def _num_steps(self, x):
        uncertainty = x.std(-1).mean()
        return ops.clamp(ops.round(uncertainty * self.max_steps), self.min_steps, self.max_steps)

    def construct(self, x):
        n = self._num_steps(x)
        for _ in range(int(n)):
            x = self.block(x)
        return x


def make():
    np.random.seed(15)
    x = np.random.randn(3, 8).astype(np.float32)
    return IterativeRefiner(), (Tensor(x),)
