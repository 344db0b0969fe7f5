# case: `if training_flag` where the flag is a tensor input: one branch returns (logits, aux) tuple, the other just logits -> error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AuxHead(nn.Cell):
    def __init__(self, dim=8, classes=3):
        super().__init__()
        self.main = nn.Dense(dim, classes)
        self.aux = nn.Dense(dim, classes)

    def construct(self, x, with_aux):
        logits = self.main(x)
        if with_aux:
            return logits, self.aux(x)
        return logits


def make():
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return AuxHead(), (x, Tensor(True, ms.bool_))
