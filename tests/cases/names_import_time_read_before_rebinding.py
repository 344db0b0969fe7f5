# near-miss: a module-level read of ops.value_and_grad runs before `from mindspore.ops import operations as ops` rebinds ops: it reads mindspore.ops, which has it; the Cell's mask stays a hazard
import numpy as np
from mindspore import nn, ops, Tensor


def forward(x):
    return x.sum()


grad_fn = ops.value_and_grad(forward)

from mindspore.ops import operations as ops  # noqa: E402


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.relu = ops.ReLU()

    def construct(self, x):
        return self.relu(x)[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
