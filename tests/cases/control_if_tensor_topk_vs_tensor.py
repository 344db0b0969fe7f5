import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a tensor condition binds `ops.topk(...)` (values and indices) or a tensor to one name
class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            out = ops.topk(x, 2)
        else:
            out = x
        return out


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
