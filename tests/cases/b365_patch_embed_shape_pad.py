# case: Conv2d subclass used as patch embedding, padding the lat-lon grid to a patch multiple from x.shape before super().construct -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATCH = (4, 4)


def _pad_to_multiple(n, p):
    r = n % p
    return 0 if r == 0 else p - r


class PatchConv(nn.Conv2d):
    def __init__(self, in_chans, embed_dim, patch_size=PATCH, pad_mode_lon="circular", **kwargs):
        super().__init__(in_chans, embed_dim, kernel_size=patch_size, stride=patch_size, has_bias=True, **kwargs)
        self.patch = patch_size
        self.circular_lon = pad_mode_lon == "circular"

    def construct(self, x):
        n_lat, n_lon = x.shape[2], x.shape[3]
        ph = _pad_to_multiple(n_lat, self.patch[0])
        pw = _pad_to_multiple(n_lon, self.patch[1])
        if pw > 0 and self.circular_lon:
            x = ops.concat((x, x[:, :, :, :pw]), axis=3)
        elif pw > 0:
            x = ops.pad(x, (0, pw, 0, 0))
        if ph > 0:
            top = ph // 2
            x = ops.pad(x, (0, 0, top, ph - top), mode="replicate")
        return super().construct(x)


class Embedding(nn.Cell):
    def __init__(self, in_chans=5, embed_dim=32):
        super().__init__()
        self.patch = PatchConv(in_chans, embed_dim)
        self.norm = nn.LayerNorm((embed_dim,))

    def construct(self, x):
        x = self.patch(x)
        b, c = x.shape[0], x.shape[1]
        x = x.reshape(b, c, -1).swapaxes(1, 2)
        return self.norm(x)


def make():
    np.random.seed(3658)
    net = Embedding()
    x = Tensor(np.random.randn(2, 5, 19, 38).astype(np.float32))
    return net, (x,)
