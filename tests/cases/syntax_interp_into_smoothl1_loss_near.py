# case: targets rebuilt on the host from .asnumpy() handed to nn.SmoothL1Loss -> LAX dynamic (the loss takes it), STRICT fails at .asnumpy()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class L(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reg = nn.SmoothL1Loss()

    def construct(self, pred, target):
        tgt = Tensor(np.clip(target.asnumpy(), -1.0, 1.0))
        return self.reg(pred, tgt).mean()


def make():
    np.random.seed(6)
    return L(), (Tensor(np.random.randn(4, 6).astype(np.float32)), Tensor(np.random.randn(4, 6).astype(np.float32)))
