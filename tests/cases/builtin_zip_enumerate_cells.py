# case: zip over a CellList and a tuple of weights with enumerate; all static, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WEIGHTS = (1.0, 0.5, 0.25)


class Ensemble(nn.Cell):
    def __init__(self):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(8, 4) for _ in WEIGHTS])
        self.weights = WEIGHTS

    def construct(self, x):
        total = None
        for i, (head, w) in enumerate(zip(self.heads, self.weights)):
            y = head(x) * w
            if i == 0:
                total = y
            else:
                total = total + y
        return total


def make():
    return Ensemble(), (Tensor(np.ones((2, 8), np.float32)),)
