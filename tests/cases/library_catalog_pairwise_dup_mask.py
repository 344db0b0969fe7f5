# case: score catalogue record pairs by title/author embedding cosine similarity and zero out non-duplicates by multiplying with a threshold mask -> static graph, all shapes fixed
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def l2_normalize(x, eps=1e-6):
    return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + eps)


class RecordEncoder(nn.Cell):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 64, activation="relu")
        self.fc2 = nn.Dense(64, out_dim)

    def construct(self, x):
        return self.fc2(self.fc1(x))


class DuplicateScorer(nn.Cell):
    def __init__(self, in_dim=48, out_dim=24, threshold=0.9):
        super().__init__()
        self.title_enc = RecordEncoder(in_dim, out_dim)
        self.author_enc = RecordEncoder(in_dim, out_dim)
        self.threshold = threshold

    def construct(self, title_feats, author_feats):
        t = l2_normalize(self.title_enc(title_feats))
        a = l2_normalize(self.author_enc(author_feats))
        sim = 0.7 * ops.matmul(t, t.T) + 0.3 * ops.matmul(a, a.T)
        n = sim.shape[0]
        off_diag = 1.0 - ops.eye(n, n, ms.float32)
        dup_mask = (sim > self.threshold).astype(ms.float32) * off_diag
        return sim * dup_mask, dup_mask.sum(axis=1)


def make():
    np.random.seed(22)
    t = Tensor(np.random.randn(30, 48).astype(np.float32))
    a = Tensor(np.random.randn(30, 48).astype(np.float32))
    return DuplicateScorer(), (t, a)
