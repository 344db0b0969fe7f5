# case: splits alpha into patches with sizes from x.shape, computes per-patch uncertainty and uses ops.where to take refined values only in uncertain patches -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UncertainPatchGate(nn.Cell):
    def __init__(self, patch=4, thr=0.2):
        super().__init__()
        self.patch = patch
        self.thr = thr

    def patchify(self, x):
        b, c, h, w = x.shape
        p = self.patch
        x = x.reshape(b, c, h // p, p, w // p, p).transpose(0, 1, 2, 4, 3, 5)
        return x.reshape(b, c, h // p, w // p, p * p)

    def unpatchify(self, x, shape):
        b, c, h, w = shape
        p = self.patch
        x = x.reshape(b, c, h // p, w // p, p, p).transpose(0, 1, 2, 4, 3, 5)
        return x.reshape(b, c, h, w)

    def construct(self, coarse, refined):
        pc = self.patchify(coarse)
        pr = self.patchify(refined)
        unc = (0.5 - ops.abs(pc - 0.5)).mean(axis=-1, keep_dims=True)
        out = ops.where(unc > self.thr, pr, pc)
        return self.unpatchify(out, coarse.shape)


def make():
    np.random.seed(28)
    coarse = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    refined = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    return UncertainPatchGate(), (coarse, refined)
