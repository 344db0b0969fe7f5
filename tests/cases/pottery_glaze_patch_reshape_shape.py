# case: cut a glaze photo into fixed-size patches with reshape/transpose driven by x.shape and a constructor patch size -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchVarianceStatic(nn.Cell):
    def __init__(self, patch=4):
        super().__init__()
        self.patch = patch
        self.eps = 1e-6

    def to_patches(self, img):
        b, h, w = img.shape
        p = self.patch
        x = img.reshape(b, h // p, p, w // p, p).transpose(0, 1, 3, 2, 4)
        return x.reshape(b, (h // p) * (w // p), p * p)

    def construct(self, img):
        patches = self.to_patches(img)
        mean = patches.mean(axis=-1, keep_dims=True)
        var = ((patches - mean) ** 2).mean(axis=-1)
        return var / (mean.squeeze(-1) + self.eps)


def make():
    np.random.seed(37)
    img = np.random.rand(2, 16, 16).astype(np.float32)
    return PatchVarianceStatic(), (Tensor(img),)
