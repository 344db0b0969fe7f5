# case: BroadcastTo primitive built with a constant shape
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class Expand(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bt = P.BroadcastTo((3, 4))

    def construct(self, v):
        return self.bt(v)


def make():
    return Expand(), (Tensor(np.arange(4, dtype=np.float32)),)
