# case: blade-damage head keeps the top-k crack patches where k is the number of patches above a score threshold (int of a tensor) -> Graph mode cannot use a tensor-valued k, expect error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchScorer(nn.Cell):
    def __init__(self, feat_dim=16):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, feats):
        return self.sigmoid(self.fc(feats)).squeeze(-1)


class CrackPatchSelector(nn.Cell):
    def __init__(self, feat_dim=16, thresh=0.5):
        super().__init__()
        self.scorer = PatchScorer(feat_dim)
        self.thresh = thresh

    def construct(self, feats):
        scores = self.scorer(feats)
        n_hot = (scores > self.thresh).astype(ms.int32).sum()
        k = int(n_hot) if int(n_hot) > 0 else 1
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(24, 16).astype(np.float32))
    return CrackPatchSelector(), (feats,)
