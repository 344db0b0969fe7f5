import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `ops.zeros(b, self.dim)` in construct (PyTorch's torch.zeros(a, b)): MindSpore's second parameter is the dtype
class Net(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.dim = dim

    def construct(self, x):
        b = x.shape[0]
        pad = ops.zeros(b, self.dim)
        return x + pad


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
