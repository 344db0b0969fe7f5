# case: MAE encoder picks visible patch tokens with ops.masked_select on the boolean keep mask and reshapes by batch -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    patch_size = 4
    in_chans = 3
    embed_dim = 16
    mask_ratio = 0.5


class PatchEmbed(nn.Conv2d):
    def __init__(self, config):
        super().__init__(config.in_chans, config.embed_dim, config.patch_size,
                         stride=config.patch_size, pad_mode="valid", has_bias=True)

    def construct(self, x):
        x = super().construct(x)
        b, c, h, w = x.shape
        return x.reshape(b, c, h * w).transpose(0, 2, 1)


class VisibleEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = PatchEmbed(config)
        self.norm = nn.LayerNorm((config.embed_dim,))
        self.embed_dim = config.embed_dim

    def _select_visible(self, tokens, keep):
        b = tokens.shape[0]
        keep = ops.tile(keep.expand_dims(-1), (1, 1, self.embed_dim))
        flat = ops.masked_select(tokens, keep)
        return flat.reshape(b, -1, self.embed_dim)

    def construct(self, images, keep_mask):
        tokens = self.embed(images)
        visible = self._select_visible(tokens, keep_mask)
        return self.norm(visible)


def make():
    np.random.seed(3666)
    cfg = PatchConfig()
    images = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    keep = np.zeros((2, 16), dtype=bool)
    for b in range(2):
        keep[b, np.random.permutation(16)[:8]] = True
    return VisibleEncoder(cfg), (images, Tensor(keep))
