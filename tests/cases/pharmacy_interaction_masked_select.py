# case: collect pairwise drug-interaction scores above the clinical threshold with masked_select and average them -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InteractionEncoder(nn.Cell):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.fc = nn.Dense(n_feat, hidden)
        self.act = nn.Tanh()

    def construct(self, x):
        return self.act(self.fc(x))


class InteractionScorer(nn.Cell):
    def __init__(self, n_feat=16, hidden=8, threshold=0.2):
        super().__init__()
        self.enc = InteractionEncoder(n_feat, hidden)
        self.threshold = threshold

    def construct(self, drug_feats):
        emb = self.enc(drug_feats)
        scores = ops.sigmoid(ops.matmul(emb, emb.T))
        severe = ops.masked_select(scores, scores > self.threshold + 0.5)
        return severe.mean(), severe.shape[0]


def make():
    np.random.seed(31)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return InteractionScorer(), (feats,)
