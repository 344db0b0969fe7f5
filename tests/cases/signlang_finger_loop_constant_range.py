# case: computes per-finger bend angles with a constant Python loop over the five fingers and stacks the results -> unrolled constant loop, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FINGERS = ((1, 2, 3, 4), (5, 6, 7, 8), (9, 10, 11, 12), (13, 14, 15, 16), (17, 18, 19, 20))


class FingerBend(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def angle(self, a, b, c):
        v1 = a - b
        v2 = c - b
        cos = (v1 * v2).sum(-1) / (ops.norm(v1, dim=-1) * ops.norm(v2, dim=-1) + self.eps)
        return ops.clamp(cos, -1.0, 1.0)

    def construct(self, hand):
        # hand: (T, 21, 3)
        bends = []
        for f in FINGERS:
            bends.append(self.angle(hand[:, f[0]], hand[:, f[1]], hand[:, f[2]]))
        return ops.stack(bends, axis=-1)


def make():
    np.random.seed(37)
    return FingerBend(), (Tensor(np.random.randn(6, 21, 3).astype(np.float32)),)
