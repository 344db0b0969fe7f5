# case: Tensor() of the inverse of a mask read from a dict handed to construct: `~` is not folded, so the Tensor() call falls back at LAX and is refused at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x, batch):
        keep = Tensor(~batch['pad'], ms.int32)
        return x * keep


def _inputs():
    return (Tensor(np.ones((4,), np.float32)), {'pad': Tensor(np.array([True, False, False, True]))})


def make():
    return Net(), _inputs()
