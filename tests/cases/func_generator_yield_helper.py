# case: helper generator function with yield used in a for loop inside construct; Yield unsupported, expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairs(seq):
    for i in range(0, len(seq) - 1, 2):
        yield seq[i], seq[i + 1]


class PairSum(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        parts = ops.split(x, 2, axis=1)
        out = []
        for a, b in pairs(parts):
            out.append(a + b)
        return ops.concat(out, axis=1)


def make():
    return PairSum(), (Tensor(np.ones((2, 8), np.float32)),)
