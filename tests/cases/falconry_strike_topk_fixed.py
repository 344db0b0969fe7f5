# case: rank the strongest prey-strike frames with a fixed top-k from the review config -> constant k, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REVIEW_CFG = {"top_k": 5, "feat_dim": 16}


class StrikeRanker(nn.Cell):
    def __init__(self, feat_dim=REVIEW_CFG["feat_dim"], top_k=REVIEW_CFG["top_k"]):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.top_k = top_k

    def construct(self, clip):
        scores = ops.sigmoid(self.head(clip).squeeze(-1))
        top_scores, top_idx = ops.topk(scores, self.top_k)
        strike_frames = ops.gather(clip, top_idx, 0)
        return top_scores, strike_frames.mean(axis=0)


def make():
    np.random.seed(3172)
    clip = Tensor(np.random.randn(48, 16).astype(np.float32))
    return StrikeRanker(), (clip,)
