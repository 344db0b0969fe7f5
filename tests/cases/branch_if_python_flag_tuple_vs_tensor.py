# case: same aux-head pattern but the flag is a Python bool set in __init__ (config default), so the branch is resolved at compile time -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AuxHead(nn.Cell):
    def __init__(self, dim=8, classes=3, with_aux=True):
        super().__init__()
        self.with_aux = with_aux
        self.main = nn.Dense(dim, classes)
        self.aux = nn.Dense(dim, classes)

    def construct(self, x):
        logits = self.main(x)
        if self.with_aux:
            return logits, self.aux(x)
        return logits


def make():
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return AuxHead(), (x,)
