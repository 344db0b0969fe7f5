# case: multi-positive softmax loss looping over users, each user's clicked-item scores picked with masked_select and appended to a list, then concatenated -> per-row data-dependent lengths (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiPositiveSoftmax(nn.Cell):
    def __init__(self, temperature=0.1):
        super().__init__()
        self.temperature = temperature

    def construct(self, user_emb, item_emb, clicks):
        losses = []
        for b in range(user_emb.shape[0]):
            scores = ops.matmul(item_emb, user_emb[b]) / self.temperature
            lse = ops.logsumexp(scores, dim=0)
            pos_scores = ops.masked_select(scores, clicks[b] > 0)
            losses.append(lse - pos_scores)
        return ops.concat(losses).mean()


class TwoTowerTrainer(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_tower = nn.Dense(feat_dim, emb_dim)
        self.loss = MultiPositiveSoftmax()

    def construct(self, users, items, clicks):
        return self.loss(self.user_tower(users), self.item_tower(items), clicks)


def make():
    np.random.seed(36)
    users = Tensor(np.random.randn(4, 10).astype(np.float32))
    items = Tensor(np.random.randn(9, 10).astype(np.float32))
    clicks = np.zeros((4, 9), dtype=np.int32)
    clicks[0, [1, 4]] = 1
    clicks[1, 2] = 1
    clicks[2, [0, 3, 8]] = 1
    clicks[3, 7] = 1
    return TwoTowerTrainer(), (users, items, Tensor(clicks))
