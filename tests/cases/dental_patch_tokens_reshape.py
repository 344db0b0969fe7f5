# case: cut a panoramic X-ray into patch tokens with reshape/transpose using constructor patch size, then a linear embed -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanoPatchEmbed(nn.Cell):
    def __init__(self, patch=8, embed_dim=32):
        super().__init__()
        self.patch = patch
        self.proj = nn.Dense(patch * patch, embed_dim)
        self.norm = nn.LayerNorm((embed_dim,))

    def construct(self, pano):
        b, c, h, w = pano.shape
        p = self.patch
        x = pano.reshape(b, c, h // p, p, w // p, p)
        x = x.transpose(0, 2, 4, 1, 3, 5).reshape(b, (h // p) * (w // p), c * p * p)
        return self.norm(self.proj(x))


def make():
    np.random.seed(34)
    pano = np.random.rand(2, 1, 16, 64).astype(np.float32)
    return PanoPatchEmbed(), (Tensor(pano),)
