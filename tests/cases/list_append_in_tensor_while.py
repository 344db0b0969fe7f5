# case: list.append inside a while loop with a tensor condition, then ops.stack; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, max_len=6):
        super().__init__()
        self.cell = nn.Dense(8, 8)
        self.max_len = max_len

    def construct(self, h, stop):
        outs = []
        step = Tensor(0, ms.int32)
        while step < stop:
            h = ops.tanh(self.cell(h))
            outs.append(h)
            step = step + 1
        return ops.stack(outs)


def make():
    h = Tensor(np.ones((2, 8), np.float32))
    return Decoder(), (h, Tensor(3, ms.int32))
