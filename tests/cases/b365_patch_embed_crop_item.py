# case: patch embedding that first crops polar rows using a valid-latitude count read with .item() from grid metadata, then pads to a patch multiple -> slice length from tensor value (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    def __init__(self, patch_size=4, embed_dim=32, in_chans=5, crop_poles=True):
        self.patch_size = patch_size
        self.embed_dim = embed_dim
        self.in_chans = in_chans
        self.crop_poles = crop_poles


def pad_amount(n, p):
    return (p - n % p) % p


class PatchEmbed(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.p = config.patch_size
        self.crop_poles = config.crop_poles
        self.proj = nn.Conv2d(config.in_chans, config.embed_dim, self.p, stride=self.p, has_bias=True)

    def _crop(self, x, grid_meta):
        n_valid = grid_meta[0].item()
        return x[:, :, :n_valid, :]

    def construct(self, x, grid_meta):
        if self.crop_poles:
            x = self._crop(x, grid_meta)
        h, w = x.shape[-2], x.shape[-1]
        x = ops.pad(x, (0, pad_amount(w, self.p), 0, pad_amount(h, self.p)))
        x = self.proj(x)
        b, c = x.shape[0], x.shape[1]
        return x.reshape(b, c, -1).transpose(0, 2, 1)


def make():
    np.random.seed(3657)
    net = PatchEmbed(PatchConfig())
    x = Tensor(np.random.randn(2, 5, 19, 36).astype(np.float32))
    grid_meta = Tensor(np.array([17, 36], np.int32))
    return net, (x, grid_meta)
