# case: ViT patch embedding on a lat-lon grid, padding longitude circularly to a multiple of the patch size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatLonPatchEmbed(nn.Cell):
    def __init__(self, in_vars=4, embed_dim=16, patch=(2, 4), periodic_lon=True):
        super().__init__()
        self.patch = patch
        self.periodic_lon = periodic_lon
        self.proj = nn.Conv2d(in_vars, embed_dim, kernel_size=patch, stride=patch, has_bias=True, pad_mode="valid")
        self.norm = nn.LayerNorm((embed_dim,))

    def _pad(self, x):
        h, w = x.shape[-2], x.shape[-1]
        pad_h = (self.patch[0] - h % self.patch[0]) % self.patch[0]
        pad_w = (self.patch[1] - w % self.patch[1]) % self.patch[1]
        if pad_w > 0 and self.periodic_lon:
            x = ops.concat([x, x[..., :pad_w]], axis=-1)
        if pad_h > 0:
            x = ops.pad(x, (0, 0, 0, pad_h))
        return x

    def construct(self, fields):
        x = self.proj(self._pad(fields))
        b, d, gh, gw = x.shape
        tokens = x.reshape(b, d, gh * gw).transpose(0, 2, 1)
        return self.norm(tokens), (gh, gw)


def make():
    rng = np.random.RandomState(102)
    x = Tensor(rng.randn(2, 4, 7, 18).astype(np.float32))
    ms.set_seed(102)
    return LatLonPatchEmbed(), (x,)
