# case: print of an f-string holding a tensor (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Show(nn.Cell):
    def construct(self, x):
        print(f"x = {x}")
        return x + 1


def make():
    return Show(), (Tensor(np.ones((2,), np.float32)),)
