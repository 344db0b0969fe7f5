# case: Range primitive stored in __init__ with a tensor limit
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class R(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rng = P.Range()

    def construct(self, limit):
        start = Tensor(0, ms.int64)
        delta = Tensor(1, ms.int64)
        return self.rng(start, limit, delta)


def make():
    return R(), (Tensor(np.array(5, np.int64)),)
