# case: MAE-style random masking with keep length from a config ratio and sequence shape, then unshuffle -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomPatchMasking(nn.Cell):
    def __init__(self, mask_ratio=0.75):
        super().__init__()
        self.mask_ratio = mask_ratio

    def construct(self, patches, noise):
        n, length, dim = patches.shape
        len_keep = int(length * (1 - self.mask_ratio))
        ids_shuffle = ops.argsort(noise, axis=1)
        ids_restore = ops.argsort(ids_shuffle, axis=1)
        ids_keep = ids_shuffle[:, :len_keep]
        index = ids_keep.expand_dims(-1).broadcast_to((n, len_keep, dim))
        visible = ops.gather_elements(patches, 1, index)
        mask = ops.ones((n, length), ms.float32)
        mask[:, :len_keep] = 0
        mask = ops.gather_elements(mask, 1, ids_restore)
        return visible, mask, ids_restore


class MAEEncoderStub(nn.Cell):
    def __init__(self, dim=8, hidden=16, mask_ratio=0.75):
        super().__init__()
        self.masking = RandomPatchMasking(mask_ratio)
        self.proj = nn.Dense(dim, hidden)

    def construct(self, patches, noise):
        visible, mask, ids_restore = self.masking(patches, noise)
        latent = self.proj(visible)
        return latent, mask, ids_restore


def make():
    np.random.seed(1)
    patches = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    noise = Tensor(np.random.rand(2, 16).astype(np.float32))
    return MAEEncoderStub(), (patches, noise)
