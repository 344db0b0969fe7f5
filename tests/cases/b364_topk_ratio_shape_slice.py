# case: image-level score averages the top fraction of sorted patch scores, the slice length computed from scores.shape and a config ratio -> shape-only slice length, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreConfig:
    def __init__(self, score_mode="topk_mean", topk_ratio=0.1, min_patches=1):
        self.score_mode = score_mode
        self.topk_ratio = topk_ratio
        self.min_patches = min_patches


class ImageScoreAggregator(nn.Cell):
    def __init__(self, config: ScoreConfig = None):
        super().__init__()
        config = config if config is not None else ScoreConfig()
        self.score_mode = config.score_mode
        self.topk_ratio = config.topk_ratio
        self.min_patches = config.min_patches

    def _topk_mean(self, scores):
        ranked, _ = ops.sort(scores, axis=-1, descending=True)
        n = max(int(scores.shape[-1] * self.topk_ratio), self.min_patches)
        return ranked[:, :n].mean(axis=-1)

    def construct(self, patch_scores, fg_mask=None):
        flat = patch_scores.reshape(patch_scores.shape[0], -1)
        if fg_mask is not None:
            flat = flat * fg_mask.reshape(flat.shape)
        if self.score_mode == "max":
            return flat.max(axis=-1)
        return self._topk_mean(flat)


def make():
    np.random.seed(3660)
    net = ImageScoreAggregator()
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    fg = Tensor((np.random.rand(2, 1, 8, 8) > 0.4).astype(np.float32))
    return net, (scores, fg)
