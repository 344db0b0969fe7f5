# case: locates the point each decoded token attends to most with argmax and gathers its coordinates via gather_elements -> fixed-size gather, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionAlignment(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, alphas, points):
        # alphas: (B, L, T) attention per decoded token; points: (B, T, 2)
        peak = alphas.argmax(-1).astype(ms.int32)
        idx = ops.tile(peak.expand_dims(-1), (1, 1, 2))
        return ops.gather_elements(points, 1, idx)


def make():
    np.random.seed(37)
    alphas = np.random.rand(2, 4, 9).astype(np.float32)
    alphas /= alphas.sum(-1, keepdims=True)
    pts = np.random.rand(2, 9, 2).astype(np.float32)
    return AttentionAlignment(), (Tensor(alphas), Tensor(pts))
