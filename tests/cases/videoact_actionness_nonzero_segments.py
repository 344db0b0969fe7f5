# case: actionness thresholding finds the foreground frames with nonzero and pools their features -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForegroundPooling(nn.Cell):
    """Weakly-supervised localization head: pools features of frames above an actionness threshold."""

    def __init__(self, feat_dim=16, threshold=0.5):
        super().__init__()
        self.actionness = nn.Conv1d(feat_dim, 1, kernel_size=3, pad_mode="same", has_bias=True)
        self.threshold = threshold
        self.sigmoid = nn.Sigmoid()

    def foreground_indices(self, act):
        return ops.nonzero(act > self.threshold).reshape(-1)

    def construct(self, feats):
        # feats: (C, T) one video
        act = self.sigmoid(self.actionness(feats.expand_dims(0))).reshape(-1)
        fg_idx = self.foreground_indices(act)
        fg_feats = ops.gather(feats, fg_idx, 1)
        fg_score = ops.gather(act, fg_idx, 0)
        return (fg_feats * fg_score).sum(1) / (fg_score.sum() + 1e-6)


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(16, 20).astype(np.float32))
    return ForegroundPooling(), (feats,)
