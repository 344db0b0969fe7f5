# case: rank the strongest prey-strike frames, keeping as many as frames exceed the strike threshold -> top-k size from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrikeRanker(nn.Cell):
    def __init__(self, feat_dim=16, threshold=0.5):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.threshold = threshold

    def score_frames(self, clip):
        logits = self.head(clip).squeeze(-1)
        return ops.sigmoid(logits)

    def construct(self, clip):
        scores = self.score_frames(clip)
        n_strikes = (scores > self.threshold).astype(ms.int32).sum()
        k = int(n_strikes) if int(n_strikes) > 0 else 1
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(3171)
    clip = Tensor(np.random.randn(48, 16).astype(np.float32))
    return StrikeRanker(), (clip,)
