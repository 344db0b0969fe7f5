# case: sorts patches by uncertainty and accumulates the first int(count) patches where count is how many exceed a threshold -> range() of tensor-derived int
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchRefineAccumulator(nn.Cell):
    def __init__(self, patch=4, thr=0.15):
        super().__init__()
        self.patch = patch
        self.thr = thr

    def to_patches(self, alpha):
        h, w = alpha.shape
        p = self.patch
        x = alpha.reshape(h // p, p, w // p, p).transpose(0, 2, 1, 3)
        return x.reshape(-1, p, p)

    def construct(self, alpha):
        patches = self.to_patches(alpha)
        unc = (0.5 - ops.abs(patches - 0.5)).mean(axis=(1, 2))
        order = ops.sort(unc, descending=True)[1]
        count = (unc > self.thr).sum()
        acc = ops.zeros((self.patch, self.patch), ms.float32)
        for i in range(int(count)):
            acc = acc + patches[order[i]]
        return acc


def make():
    np.random.seed(16)
    alpha = Tensor(np.random.rand(12, 12).astype(np.float32))
    return PatchRefineAccumulator(), (alpha,)
