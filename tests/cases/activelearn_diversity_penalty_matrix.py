# case: diversity-aware scoring subtracts a penalty from the max cosine similarity to already-labeled features, then takes a fixed topk -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiversityAwareScore(nn.Cell):
    def __init__(self, in_dim=4, num_classes=3, penalty=0.5, budget=5):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.penalty = penalty
        self.budget = budget

    @staticmethod
    def l2_normalize(x):
        return x / ops.sqrt((x * x).sum(axis=1, keepdims=True) + 1e-12)

    def construct(self, pool_feats, labeled_feats):
        probs = ops.softmax(self.head(pool_feats), axis=-1)
        ent = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        sim = ops.matmul(self.l2_normalize(pool_feats), self.l2_normalize(labeled_feats).T)
        redundancy = sim.max(axis=1)
        score = ent - self.penalty * redundancy
        vals, idx = ops.topk(score, self.budget)
        return vals, ops.gather(pool_feats, idx, 0)


def make():
    np.random.seed(16)
    pool = Tensor(np.random.randn(20, 4).astype(np.float32))
    labeled = Tensor(np.random.randn(6, 4).astype(np.float32))
    return DiversityAwareScore(), (pool, labeled)
