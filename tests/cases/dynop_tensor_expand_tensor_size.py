import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `x.expand(Tensor([2, 3, 4]))`, the size as a Tensor (MindSpore's older signature)
class Net(nn.Cell):
    def construct(self, x):
        y = x.expand(Tensor(np.array([2, 3, 4], np.int32)))
        return y * 2


def make():
    return Net(), (Tensor(np.ones((1, 3, 4), np.float32)),)
