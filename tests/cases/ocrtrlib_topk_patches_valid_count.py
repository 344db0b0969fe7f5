# case: Donut-style visual encoder keeps the top-k most salient patches where k is the number of non-padding patches counted from the patch mask -> top-k size from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchSelectConfig:
    def __init__(self, hidden_size=32, keep_ratio=1.0):
        self.hidden_size = hidden_size
        self.keep_ratio = keep_ratio


class SalientPatchSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.score = nn.Dense(config.hidden_size, 1)
        self.keep_ratio = config.keep_ratio

    def _num_keep(self, patch_mask):
        return (patch_mask.sum() * self.keep_ratio).astype(ms.int32)

    def construct(self, patch_feats, patch_mask):
        scores = self.score(patch_feats).squeeze(-1) - (1 - patch_mask) * 1e4
        k = self._num_keep(patch_mask)
        top_scores, top_idx = ops.topk(scores, k)
        return ops.gather(patch_feats, top_idx, 0), top_scores


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(20, 32).astype(np.float32))
    mask = np.ones(20, np.float32)
    mask[14:] = 0
    return SalientPatchSelector(PatchSelectConfig()), (feats, Tensor(mask))
