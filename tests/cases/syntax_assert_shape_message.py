# case: a patch embedding that asserts the input height/width match the configured image size with a formatted message (assert H == self.img_size, f"..."), shapes constant so it should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchEmbed(nn.Cell):
    def __init__(self, img_size=8, patch_size=4, in_chans=3, embed_dim=8, flatten=True):
        super().__init__()
        self.img_size = (img_size, img_size)
        self.patch_size = (patch_size, patch_size)
        self.num_patches = (img_size // patch_size) ** 2
        self.flatten = flatten
        self.proj = nn.Conv2d(in_chans, embed_dim, patch_size, stride=patch_size, has_bias=True)

    def construct(self, x):
        B, C, H, W = x.shape
        assert H == self.img_size[0], f"Input height ({H}) doesn't match model ({self.img_size[0]})."
        assert W == self.img_size[1], f"Input width ({W}) doesn't match model ({self.img_size[1]})."
        x = self.proj(x)
        if self.flatten:
            x = x.flatten(start_dim=2).swapaxes(1, 2)
        return x


def make():
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return PatchEmbed(), (x,)
