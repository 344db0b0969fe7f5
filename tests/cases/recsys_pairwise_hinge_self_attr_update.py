# case: pairwise ranking hinge loss Cell that records the batch's mean margin and a step counter on self inside construct for logging -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseHingeLoss(nn.Cell):
    def __init__(self, margin=1.0, track_stats=True):
        super().__init__()
        self.margin = margin
        self.track_stats = track_stats
        self.steps = 0
        self.last_margin = None

    def construct(self, pos_scores, neg_scores):
        diff = pos_scores.expand_dims(1) - neg_scores      # (B, N)
        loss = ops.relu(self.margin - diff).mean()
        if self.track_stats:
            self.last_margin = diff.mean()
            self.steps += 1
        return loss


class Ranker(nn.Cell):
    def __init__(self, n_items=40, dim=8):
        super().__init__()
        self.user = nn.Embedding(20, dim)
        self.item = nn.Embedding(n_items, dim)
        self.loss_fn = PairwiseHingeLoss()

    def construct(self, users, pos_items, neg_items):
        u = self.user(users)
        pos = (u * self.item(pos_items)).sum(-1)
        neg = (u.expand_dims(1) * self.item(neg_items)).sum(-1)
        return self.loss_fn(pos, neg)


def make():
    np.random.seed(10)
    users = Tensor(np.random.randint(0, 20, size=(5,)).astype(np.int32))
    pos = Tensor(np.random.randint(0, 40, size=(5,)).astype(np.int32))
    neg = Tensor(np.random.randint(0, 40, size=(5, 3)).astype(np.int32))
    return Ranker(), (users, pos, neg)
