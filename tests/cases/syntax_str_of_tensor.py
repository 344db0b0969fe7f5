# case: str() of a tensor value concatenated into a message that is returned
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        msg = "max=" + str(x.max())
        return x, msg


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
