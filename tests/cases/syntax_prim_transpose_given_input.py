# case: a primitive built with the tensors it should be applied to (PyTorch's torch.transpose habit)
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = ops.Transpose(x, (1, 0))
        return y * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
