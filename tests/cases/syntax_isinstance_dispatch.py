# case: a helper dispatches on isinstance(arg, (tuple, list)) vs Tensor; isinstance on compile-time types is supported, so static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def merge(feats):
    if isinstance(feats, (tuple, list)):
        return ops.concat(feats, axis=-1)
    return feats


class Fuse(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(6, 2)

    def construct(self, a, b):
        x = merge((a, b))
        if isinstance(x, Tensor):
            x = self.fc(x)
        return x


def make():
    a = Tensor(np.random.randn(2, 3).astype(np.float32))
    return Fuse(), (a, a)
