# case: zeroes out candidate scores below the batch mean plus an offset, with the threshold converted to a Python float via float(scores.mean()) -> host conversion of tensor data, error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanScoreGate(nn.Cell):
    def __init__(self, offset=0.05):
        super().__init__()
        self.offset = offset

    def construct(self, scores):
        threshold = float(scores.mean()) + self.offset
        keep = (scores > threshold).astype(ms.float32)
        return scores * keep


class GatedRetrieval(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim, activation="tanh")
        self.item_tower = nn.Dense(feat_dim, emb_dim, activation="tanh")
        self.gate = MeanScoreGate()

    def construct(self, users, items):
        scores = ops.sigmoid(ops.matmul(self.user_tower(users), self.item_tower(items).T))
        return self.gate(scores)


def make():
    np.random.seed(38)
    users = Tensor(np.random.randn(4, 10).astype(np.float32))
    items = Tensor(np.random.randn(7, 10).astype(np.float32))
    return GatedRetrieval(), (users, items)
