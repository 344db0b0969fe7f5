# case: topk with k equal to half the last dimension
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Half(nn.Cell):
    def construct(self, x):
        v, i = ops.topk(x, x.shape[-1] // 2)
        return v


def make():
    return Half(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)
