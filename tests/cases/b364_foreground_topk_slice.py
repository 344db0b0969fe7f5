# case: image-level score averages the highest patch scores over as many patches as the foreground mask covers, slicing sorted scores with int(mask.sum()) -> slice length from tensor data, expect error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreConfig:
    def __init__(self, score_mode="foreground_mean", min_patches=1):
        self.score_mode = score_mode
        self.min_patches = min_patches


class ImageScoreAggregator(nn.Cell):
    def __init__(self, config: ScoreConfig = None):
        super().__init__()
        config = config if config is not None else ScoreConfig()
        self.score_mode = config.score_mode
        self.min_patches = config.min_patches

    def _foreground_mean(self, scores, fg_mask):
        ranked, _ = ops.sort(scores * fg_mask, descending=True)
        n_fg = max(int(fg_mask.sum()), self.min_patches)
        return ranked[:n_fg].mean()

    def construct(self, patch_scores, fg_mask=None):
        flat = patch_scores.reshape(-1)
        if self.score_mode == "max" or fg_mask is None:
            return flat.max()
        return self._foreground_mean(flat, fg_mask.reshape(-1))


def make():
    np.random.seed(3659)
    net = ImageScoreAggregator()
    scores = Tensor(np.random.rand(1, 1, 8, 8).astype(np.float32))
    fg = Tensor((np.random.rand(1, 1, 8, 8) > 0.4).astype(np.float32))
    return net, (scores, fg)
