# case: BPR-style loss gathers positive (user, item) pairs from an interaction matrix with ops.argwhere; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BPRModel(nn.Cell):
    def __init__(self, num_users=6, num_items=10, dim=4):
        super().__init__()
        self.users = nn.Embedding(num_users, dim)
        self.items = nn.Embedding(num_items, dim)
        self.num_items = num_items

    def score(self, u, i):
        return (self.users(u) * self.items(i)).sum(-1)

    def construct(self, interactions, neg_items):
        pos = ops.argwhere(interactions > 0).astype(ms.int32)
        u = pos[:, 0]
        i = pos[:, 1]
        j = neg_items[u]
        diff = self.score(u, i) - self.score(u, j)
        return -ops.log(ops.sigmoid(diff) + 1e-8).mean()


def make():
    rng = np.random.RandomState(43)
    inter = Tensor((rng.rand(6, 10) > 0.7).astype(np.float32))
    neg = Tensor(rng.randint(0, 10, 6).astype(np.int32))
    return BPRModel(), (inter, neg)
