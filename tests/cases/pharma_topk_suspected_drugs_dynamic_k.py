# case: ranks suspected drugs and takes top-k where k is the number of drugs above a disproportionality cutoff converted with int() -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SuspectRanker(nn.Cell):
    def __init__(self, n_features=6, cutoff=0.5):
        super().__init__()
        self.scorer = nn.Dense(n_features, 1)
        self.sigmoid = nn.Sigmoid()
        self.cutoff = cutoff

    def construct(self, drug_features):
        scores = self.sigmoid(self.scorer(drug_features)).squeeze(-1)
        n_suspect = int((scores > self.cutoff).sum())
        k = max(n_suspect, 1)
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(4)
    feats = np.random.randn(15, 6).astype(np.float32)
    return SuspectRanker(), (Tensor(feats),)
