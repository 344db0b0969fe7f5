# case: reflect-pad a scene up to a multiple of the patch size (pad from .shape) and reshape into non-overlapping patches -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pad_amount(size, multiple):
    return (multiple - size % multiple) % multiple


class PatchEmbedScene(nn.Cell):
    def __init__(self, in_bands=4, patch=4, dim=16, pad_mode="reflect"):
        super().__init__()
        self.patch = patch
        self.pad_mode = pad_mode
        self.proj = nn.Dense(in_bands * patch * patch, dim)

    def pad_scene(self, x):
        _, _, h, w = x.shape
        ph, pw = pad_amount(h, self.patch), pad_amount(w, self.patch)
        if ph == 0 and pw == 0:
            return x
        return ops.pad(x, (0, pw, 0, ph), mode=self.pad_mode)

    def construct(self, x):
        x = self.pad_scene(x)
        b, c, h, w = x.shape
        p = self.patch
        x = x.reshape(b, c, h // p, p, w // p, p).transpose(0, 2, 4, 1, 3, 5)
        tokens = x.reshape(b, (h // p) * (w // p), c * p * p)
        return self.proj(tokens)


def make():
    np.random.seed(42)
    x = Tensor(np.random.rand(1, 4, 10, 13).astype(np.float32))
    return PatchEmbedScene(), (x,)
