# case: @dataclass Batch instantiated in construct from two tensors and its fields read back; STRICT should reject the dataclass call, LAX interprets it (possibly dynamic)
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class Batch:
    feats: Tensor
    mask: Tensor


class MaskedMean(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x, m):
        batch = Batch(self.fc(x), m)
        masked = batch.feats * batch.mask.expand_dims(-1)
        return masked.sum(axis=1) / batch.mask.sum(axis=1, keepdims=True)


def make():
    x = Tensor(np.ones((2, 3, 4), np.float32))
    m = Tensor(np.array([[1, 1, 0], [1, 0, 0]], np.float32))
    return MaskedMean(), (x, m)
