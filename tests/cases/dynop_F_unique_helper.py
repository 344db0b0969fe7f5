# case: functional F.unique inside a module helper
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import functional as F

def distinct(v):
    out, _ = F.unique(v)
    return out


class Vocab(nn.Cell):
    def construct(self, ids):
        return distinct(ids) * 2


def make():
    return Vocab(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
