# case: near miss: greedy decode writes into a preallocated buffer
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, 4)

    def construct(self, x):
        out = ops.zeros((4, 4), ms.float32)
        tok = x[:1]
        for i in range(4):
            tok = self.proj(tok)
            if (tok.argmax(-1) == 3).all():
                break
            out[i] = tok[0]
        return out


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
