# case: MAE random masking with the keep length computed from the config ratio and the static sequence length, argsort of noise and gather -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MAEConfig:
    def __init__(self, embed_dim=16, num_patches=16, mask_ratio=0.75, norm_pix_loss=False):
        self.embed_dim = embed_dim
        self.num_patches = num_patches
        self.mask_ratio = mask_ratio
        self.norm_pix_loss = norm_pix_loss


def _gather_tokens(x, ids):
    ids = ops.tile(ids.expand_dims(-1), (1, 1, x.shape[-1]))
    return ops.gather_elements(x, 1, ids)


class RandomMasking(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mask_ratio = config.mask_ratio

    def construct(self, x, noise=None):
        n, l, d = x.shape
        len_keep = int(l * (1 - self.mask_ratio))
        if noise is None:
            noise = ops.rand(n, l)
        ids_shuffle = ops.argsort(noise, axis=1)
        ids_restore = ops.argsort(ids_shuffle, axis=1)
        ids_keep = ids_shuffle[:, :len_keep]
        x_masked = _gather_tokens(x, ids_keep)
        mask = ops.ones((n, l), ms.float32)
        mask[:, :len_keep] = 0
        mask = ops.gather_elements(mask, 1, ids_restore)
        return x_masked, mask, ids_restore


def make():
    np.random.seed(3664)
    cfg = MAEConfig()
    x = Tensor(np.random.randn(2, cfg.num_patches, cfg.embed_dim).astype(np.float32))
    noise = Tensor(np.random.rand(2, cfg.num_patches).astype(np.float32))
    return RandomMasking(cfg), (x, noise)
