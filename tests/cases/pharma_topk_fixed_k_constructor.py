# case: ranks suspected drugs by a learned score and takes top-k with k fixed in the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopSuspects(nn.Cell):
    def __init__(self, n_features=6, k=3):
        super().__init__()
        self.k = k
        self.scorer = nn.SequentialCell([nn.Dense(n_features, 8), nn.Tanh(), nn.Dense(8, 1)])

    def construct(self, drug_features, drug_ids):
        scores = self.scorer(drug_features).squeeze(-1)
        top_scores, top_pos = ops.topk(scores, self.k)
        top_ids = ops.gather(drug_ids, top_pos, 0)
        return top_ids, ops.softmax(top_scores, axis=-1)


def make():
    np.random.seed(5)
    feats = np.random.randn(20, 6).astype(np.float32)
    ids = np.arange(100, 120).astype(np.int32)
    return TopSuspects(), (Tensor(feats), Tensor(ids))
