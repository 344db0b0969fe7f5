# case: collate layer right-pads with zeros whose length is max_len minus a length tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PadToMax(nn.Cell):
    def __init__(self, max_len=10):
        super().__init__()
        self.max_len = max_len
        self.enc = nn.Dense(4, 4)

    def construct(self, x, length):
        b, t, d = x.shape
        pad = ops.zeros((b, self.max_len - length, d), ms.float32)
        return ops.concat((self.enc(x), pad), axis=1)


def make():
    return PadToMax(), (Tensor(np.random.randn(2, 7, 4).astype(np.float32)), Tensor(7, ms.int64))
