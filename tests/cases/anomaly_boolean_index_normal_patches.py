# case: refits per-channel mean on patches judged normal via boolean-mask indexing -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalPatchRefit(nn.Cell):
    """Updates a Gaussian mean using only patches whose score is below the gate."""

    def __init__(self, dim=8, gate=1.0, momentum=0.9):
        super().__init__()
        self.mean = ms.Parameter(Tensor(np.zeros(dim, np.float32)), requires_grad=False)
        self.gate = gate
        self.momentum = momentum

    def score(self, patches):
        return ops.norm(patches - self.mean, dim=1)

    def construct(self, patches):
        scores = self.score(patches)
        keep = scores < self.gate * scores.mean()
        normal = patches[keep]
        new_mean = normal.mean(axis=0)
        return self.momentum * self.mean + (1 - self.momentum) * new_mean


def make():
    np.random.seed(7)
    p = np.random.randn(30, 8).astype(np.float32)
    return NormalPatchRefit(), (Tensor(p),)
