# case: finds indices of transactions above a risk cutoff with ops.nonzero and gathers their embeddings for a second-stage scorer -> nonzero gives data-dependent row count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SecondStageScorer(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, emb):
        return ops.sigmoid(self.fc(emb)).squeeze(-1)


class TwoStageFraudModel(nn.Cell):
    def __init__(self, dim=8, cutoff=0.5):
        super().__init__()
        self.first = nn.Dense(dim, 1)
        self.second = SecondStageScorer(dim)
        self.cutoff = cutoff

    def pick_suspicious(self, emb, score):
        idx = ops.nonzero(score > self.cutoff).reshape(-1)
        return ops.gather(emb, idx, 0)

    def construct(self, emb):
        score = ops.sigmoid(self.first(emb)).squeeze(-1)
        suspicious = self.pick_suspicious(emb, score)
        refined = self.second(suspicious)
        return refined.max()


def make():
    np.random.seed(4)
    emb = Tensor(np.random.randn(24, 8).astype(np.float32))
    return TwoStageFraudModel(), (emb,)
