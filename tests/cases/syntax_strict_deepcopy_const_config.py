# case: copy.deepcopy of a constant config dict in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import copy


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = {'scale': 2.0}

    def construct(self, x, k):
        cfg = copy.deepcopy(self.cfg)
        return x * cfg['scale']


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
