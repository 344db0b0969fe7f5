# case: isinstance() on a construct argument that is a tuple of tensors, decided at compile time; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(8, 4)

    def construct(self, feats):
        if isinstance(feats, (tuple, list)):
            x = feats[0]
            for f in feats[1:]:
                x = x + f
        else:
            x = feats
        return self.proj(x)


def make():
    a = Tensor(np.ones((2, 8), np.float32))
    b = Tensor(np.ones((2, 8), np.float32))
    return FlexibleHead(), ((a, b),)
