# case: P.OneHot with depth stored as an int on self (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P


class Enc(nn.Cell):
    def __init__(self):
        super().__init__()
        self.oh = P.OneHot()
        self.depth = 4
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, labels):
        return self.oh(labels, self.depth, self.on, self.off)


def make():
    return Enc(), (Tensor(np.array([0, 2, 1], np.int32)),)
