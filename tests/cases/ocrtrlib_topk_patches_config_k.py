# case: Donut-style visual encoder keeps a fixed number of most salient patches per page, k taken from the config and the patch count from the shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchSelectConfig:
    def __init__(self, hidden_size=32, num_keep=8, min_patches=4):
        self.hidden_size = hidden_size
        self.num_keep = num_keep
        self.min_patches = min_patches


class SalientPatchSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.score = nn.Dense(config.hidden_size, 1)
        self.num_keep = config.num_keep
        self.min_patches = config.min_patches

    def _num_keep(self, patch_feats):
        n = patch_feats.shape[1]
        return max(self.min_patches, min(self.num_keep, n))

    def construct(self, patch_feats, patch_mask):
        scores = self.score(patch_feats).squeeze(-1) - (1 - patch_mask) * 1e4
        k = self._num_keep(patch_feats)
        top_scores, top_idx = ops.topk(scores, k)
        idx = top_idx.expand_dims(-1).broadcast_to((-1, -1, patch_feats.shape[-1]))
        return ops.gather_elements(patch_feats, 1, idx), top_scores


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    mask = np.ones((2, 20), np.float32)
    mask[0, 14:] = 0
    return SalientPatchSelector(PatchSelectConfig()), (feats, Tensor(mask))
