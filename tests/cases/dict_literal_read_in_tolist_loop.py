# case: a module dict of int keys read with each item of a .tolist() loop in construct -> LAX reads it in the interpreter (dynamic), STRICT refuses the tolist
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BONUS = {0: 0.5, 1: 1.0, 2: 1.5, 3: 2.0}


class Bonus(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = nn.Dense(6, 4)

    def construct(self, x):
        ids = ops.argmax(self.head(x), dim=-1)
        total = 0.0
        for i in ids.tolist():
            total = total + BONUS[i]
        return x * total


def make():
    np.random.seed(7)
    return Bonus(), (Tensor(np.random.randn(5, 6).astype(np.float32)),)
