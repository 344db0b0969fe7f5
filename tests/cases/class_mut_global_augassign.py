# case: global counter incremented with += in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
STEP = 0


class Net(nn.Cell):
    def construct(self, x):
        global STEP
        STEP += 1
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
