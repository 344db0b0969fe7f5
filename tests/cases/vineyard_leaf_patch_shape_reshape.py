# case: cut a hyperspectral leaf image into non-overlapping patches, deriving patch counts from x.shape and a constant patch size, then encode each patch -> shape-derived sizes are static, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeafPatchEncoder(nn.Cell):
    def __init__(self, n_bands=6, patch=4, dim=16):
        super().__init__()
        self.patch = patch
        self.embed = nn.Dense(n_bands * patch * patch, dim)

    def to_patches(self, x):
        b, c, h, w = x.shape
        p = self.patch
        x = x.reshape(b, c, h // p, p, w // p, p)
        x = x.transpose(0, 2, 4, 1, 3, 5)
        return x.reshape(b, (h // p) * (w // p), c * p * p)

    def construct(self, leaf):
        tokens = self.embed(self.to_patches(leaf))
        return tokens.mean(axis=1)


def make():
    np.random.seed(191)
    leaf = Tensor(np.random.rand(2, 6, 16, 16).astype(np.float32))
    return LeafPatchEncoder(), (leaf,)
