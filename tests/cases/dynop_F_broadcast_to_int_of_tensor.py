# case: F.broadcast_to with a batch from int(tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import functional as F

class Expand(nn.Cell):
    def construct(self, v, b):
        return F.broadcast_to(v, (int(b), 4))


def make():
    return Expand(), (Tensor(np.arange(4, dtype=np.float32)), Tensor(np.array(3, np.int64)))
