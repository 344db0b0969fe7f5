# case: a module-level read of ops.value_and_grad runs after `from mindspore.ops import operations as ops`: mindspore.ops.operations has no value_and_grad, importing the module fails
import numpy as np
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as ops  # noqa: F811


def forward(x):
    return x.sum()


grad_fn = ops.value_and_grad(forward)


class Net(nn.Cell):
    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
