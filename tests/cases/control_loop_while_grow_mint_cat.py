# case: tensor-dependent while grows a tensor with mint.cat
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        out = x
        while out.sum() < 200:
            out = mint.cat((out, x), dim=0)
        return out


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
