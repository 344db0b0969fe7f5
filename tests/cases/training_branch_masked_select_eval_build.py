# case: near miss: a token drop with masked_select only under self.training, in a sub-Cell of an encoder the build sets to eval mode (net.set_train(False)) -> the training branch is never compiled: static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenDrop(nn.Cell):
    def __init__(self, p=0.3):
        super().__init__()
        self.p = p

    def construct(self, ids):
        if self.training:
            keep = ops.rand(ids.shape) > self.p
            ids = ops.masked_select(ids, keep)
        return ids.astype(ms.float32).sum()


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.drop = TokenDrop()

    def construct(self, ids):
        return self.drop(ids) * 2.0


def make():
    np.random.seed(3)
    net = Encoder()
    net.set_train(False)
    return net, (Tensor(np.arange(12).astype(np.int32)),)
