# case: MAE masking where mask ratio arrives as a scheduled Tensor, keep length computed from it -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduledMasking(nn.Cell):
    """Mask ratio is annealed by the trainer and fed in every step."""

    def __init__(self, embed_dim=8):
        super().__init__()
        self.embed = nn.Dense(embed_dim, embed_dim)

    def keep_count(self, length, ratio):
        return (length * (1.0 - ratio)).astype(ms.int32)

    def construct(self, patches, noise, mask_ratio):
        n, length, dim = patches.shape
        len_keep = self.keep_count(length, mask_ratio)
        ids_shuffle = ops.argsort(noise, axis=1)
        ids_keep = ids_shuffle[:, :len_keep]
        index = ids_keep.expand_dims(-1).tile((1, 1, dim))
        visible = ops.gather_elements(patches, 1, index)
        return self.embed(visible)


def make():
    np.random.seed(2)
    patches = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    noise = Tensor(np.random.rand(2, 16).astype(np.float32))
    ratio = Tensor(0.75, ms.float32)
    return ScheduledMasking(), (patches, noise, ratio)
