# case: picks the most uncertain patch with argmax and a one-hot weighted sum instead of tensor indexing, then refines it -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstPatchRefiner(nn.Cell):
    def __init__(self, patch=4):
        super().__init__()
        self.patch = patch
        self.refine = nn.Conv2d(1, 1, 3, pad_mode="same")

    def patches(self, alpha):
        h, w = alpha.shape
        p = self.patch
        x = alpha.reshape(h // p, p, w // p, p).transpose(0, 2, 1, 3)
        return x.reshape(-1, p, p)

    def construct(self, alpha):
        pts = self.patches(alpha)
        n = pts.shape[0]
        unc = (0.5 - ops.abs(pts - 0.5)).mean(axis=(1, 2))
        idx = ops.argmax(unc)
        sel = ops.one_hot(idx, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        worst = (pts * sel.reshape(n, 1, 1)).sum(axis=0)
        refined = self.refine(worst.reshape(1, 1, self.patch, self.patch))
        return ops.sigmoid(refined).reshape(self.patch, self.patch)


def make():
    np.random.seed(39)
    alpha = Tensor(np.random.rand(12, 12).astype(np.float32))
    return WorstPatchRefiner(), (alpha,)
