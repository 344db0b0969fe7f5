# case: near miss: raise with .format under a constant attribute condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mode = 'a'

    def construct(self, x, k):
        if self.mode not in ('a', 'b'):
            raise ValueError('mode {} for {}'.format(self.mode, x.shape))
        return x


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
