# case: visual embedding keeps only non-blank image patches by boolean-mask indexing before adding them to the text stream -> boolean mask indexing, data-dependent shape
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
        return patches.std(axis=-1) > self.blank_threshold

    def construct(self, patches):
        # patches: (num_patches, patch_dim) for a single page
        if self.drop_blank_patches:
            keep = self._content_mask(patches)
            patches = patches[keep]
        return self.proj(patches)


def make():
    np.random.seed(3)
    patches = np.random.rand(16, 48).astype(np.float32)
    patches[[2, 5, 9]] = 0.5
    return VisualPatchEmbeddings(VisualConfig()), (Tensor(patches),)
