# case: MAE random masking: argsort of noise, keep len_keep = int(L * (1 - ratio)) from .shape, gather and restore ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomPatchMasking(nn.Cell):
    def __init__(self, mask_ratio=0.75, embed_dim=8, patch_dim=12):
        super().__init__()
        self.mask_ratio = mask_ratio
        self.patch_embed = nn.Dense(patch_dim, embed_dim)

    def random_masking(self, x):
        n, l, d = x.shape
        len_keep = int(l * (1 - self.mask_ratio))
        noise = ops.rand((n, l))
        ids_shuffle = ops.argsort(noise, axis=1)
        ids_restore = ops.argsort(ids_shuffle, axis=1)
        ids_keep = ids_shuffle[:, :len_keep]
        index = ops.broadcast_to(ids_keep.expand_dims(-1), (n, len_keep, d))
        x_masked = ops.gather_elements(x, 1, index)
        mask = ops.ones((n, l), ms.float32)
        mask[:, :len_keep] = 0
        mask = ops.gather_elements(mask, 1, ids_restore)
        return x_masked, mask, ids_restore

    def construct(self, patches):
        x = self.patch_embed(patches)
        return self.random_masking(x)


def make():
    np.random.seed(34)
    patches = Tensor(np.random.rand(2, 16, 12).astype(np.float32))
    return RandomPatchMasking(), (patches,)
