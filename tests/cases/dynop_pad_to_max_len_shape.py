# case: collate layer right-pads a batch to max_len with zeros sized from max_len - x.shape[1] (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PadToMax(nn.Cell):
    def __init__(self, max_len=10):
        super().__init__()
        self.max_len = max_len
        self.enc = nn.Dense(4, 4)

    def construct(self, x):
        b, t, d = x.shape
        pad = ops.zeros((b, self.max_len - t, d), ms.float32)
        y = ops.concat((self.enc(x), pad), axis=1)
        return y


def make():
    return PadToMax(), (Tensor(np.random.randn(2, 7, 4).astype(np.float32)),)
