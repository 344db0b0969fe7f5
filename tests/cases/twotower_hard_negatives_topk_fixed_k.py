# case: hard negative mining picks the top num_hard off-diagonal scores per user with topk (k from the constructor), positives masked by a large penalty -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeSampler(nn.Cell):
    def __init__(self, num_hard=3, penalty=1e4):
        super().__init__()
        self.num_hard = num_hard
        self.penalty = penalty

    def construct(self, scores):
        n = scores.shape[0]
        eye = ops.eye(n, n, scores.dtype)
        masked = scores - eye * self.penalty
        hard_scores, hard_idx = ops.topk(masked, self.num_hard, dim=1)
        return hard_scores, hard_idx


class TwoTowerHardNeg(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8, temperature=0.1, num_hard=3):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_tower = nn.Dense(feat_dim, emb_dim)
        self.sampler = HardNegativeSampler(num_hard)
        self.temperature = temperature

    def construct(self, users, items):
        u = self.user_tower(users)
        v = self.item_tower(items)
        scores = ops.matmul(u, v.T) / self.temperature
        pos = ops.diagonal(scores).expand_dims(1)
        hard, _ = self.sampler(scores)
        logits = ops.concat((pos, hard), axis=1)
        return -ops.log_softmax(logits, axis=1)[:, 0].mean()


def make():
    np.random.seed(4)
    users = Tensor(np.random.randn(6, 10).astype(np.float32))
    items = Tensor(np.random.randn(6, 10).astype(np.float32))
    return TwoTowerHardNeg(), (users, items)
