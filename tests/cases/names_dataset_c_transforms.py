# case: the MindSpore 1.x vision.c_transforms module, imported at module level
import numpy as np
import mindspore.dataset.vision.c_transforms as C
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        return x * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
