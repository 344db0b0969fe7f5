# case: visual embedding zeroes blank image patches by multiplying with a float content mask instead of dropping them -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisualConfig:
    def __init__(self, patch_dim=48, hidden_size=32, blank_threshold=0.05, drop_blank_patches=True):
        self.patch_dim = patch_dim
        self.hidden_size = hidden_size
        self.blank_threshold = blank_threshold
        self.drop_blank_patches = drop_blank_patches


class VisualPatchEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.patch_dim, config.hidden_size)
        self.blank_threshold = config.blank_threshold
        self.drop_blank_patches = config.drop_blank_patches

    def _content_mask(self, patches):
        keep = patches.std(axis=-1) > self.blank_threshold
        return keep.astype(patches.dtype)

    def construct(self, patches):
        # patches: (batch, num_patches, patch_dim)
        emb = self.proj(patches)
        keep = self._content_mask(patches)
        if self.drop_blank_patches:
            emb = emb * keep.expand_dims(-1)
        return emb, keep


def make():
    np.random.seed(4)
    patches = np.random.rand(2, 16, 48).astype(np.float32)
    patches[0, [2, 5, 9]] = 0.5
    return VisualPatchEmbeddings(VisualConfig()), (Tensor(patches),)
