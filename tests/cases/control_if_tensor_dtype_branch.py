# case: quantize-or-not branch on a tensor flag returns int32 in one arm and float32 in the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeQuant(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x, quant):
        y = self.fc(x)
        if quant > 0:
            y = ops.round(y * 127).astype(ms.int32)
        return y


def make():
    return MaybeQuant(), (Tensor(np.random.randn(2, 4).astype(np.float32)), Tensor(1, ms.int32))
