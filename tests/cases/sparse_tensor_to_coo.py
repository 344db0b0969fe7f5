# case: Tensor.to_coo of a dense tensor (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        coo = x.to_coo()
        return coo.values


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
