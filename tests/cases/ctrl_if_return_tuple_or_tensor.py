# case: head returns (logits, aux) when a tensor flag is set and plain logits otherwise (different return types per branch); expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AuxHead(nn.Cell):
    def __init__(self, hidden=8, classes=3):
        super().__init__()
        self.cls = nn.Dense(hidden, classes)
        self.aux = nn.Dense(hidden, 1)

    def construct(self, x, want_aux):
        logits = self.cls(x)
        if want_aux > 0:
            return logits, self.aux(x)
        return logits


def make():
    return AuxHead(), (Tensor(np.ones((4, 8), np.float32)), Tensor(1, ms.int32))
