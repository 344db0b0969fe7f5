# case: patch embedding asserts H/W divisibility and channel count from .shape with f-string messages -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchEmbed(nn.Cell):
    def __init__(self, img_size=8, patch_size=4, in_chans=3, embed_dim=12, flatten=True):
        super().__init__()
        self.img_size = img_size
        self.patch_size = patch_size
        self.in_chans = in_chans
        self.num_patches = (img_size // patch_size) ** 2
        self.proj = nn.Conv2d(in_chans, embed_dim, patch_size, stride=patch_size, has_bias=True)
        self.flatten = flatten

    def construct(self, x):
        B, C, H, W = x.shape
        assert C == self.in_chans, f"expected {self.in_chans} channels, got {C}"
        assert H % self.patch_size == 0 and W % self.patch_size == 0, \
            f"Input image size ({H}*{W}) is not divisible by patch size {self.patch_size}."
        x = self.proj(x)
        if self.flatten:
            x = x.flatten(start_dim=2).transpose(0, 2, 1)
        return x


def make():
    np.random.seed(30)
    x = np.random.randn(2, 3, 8, 8).astype(np.float32)
    return PatchEmbed(), (Tensor(x),)
