# case: negative sampler that removes corrupted heads colliding with the true head via nonzero + gather -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CorruptHeadSampler(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, dim=8, gamma=6.0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.gamma = gamma

    def score(self, h, r, t):
        return self.gamma - ops.norm(h + r - t, 1, -1)

    def drop_collisions(self, cand_heads, true_head):
        ok = ops.not_equal(cand_heads, true_head)
        idx = ops.nonzero(ok).squeeze(-1)
        return ops.gather(cand_heads, idx, 0)

    def construct(self, triple, cand_heads):
        h_id, r_id, t_id = triple[0], triple[1], triple[2]
        negs = self.drop_collisions(cand_heads, h_id)
        r = self.rel(r_id)
        t = self.ent(t_id)
        pos = self.score(self.ent(h_id), r, t)
        neg = self.score(self.ent(negs), r, t)
        loss = -ops.log(ops.sigmoid(pos)) - ops.log(ops.sigmoid(-neg)).mean()
        return loss


def make():
    np.random.seed(3)
    triple = np.array([4, 2, 17], dtype=np.int32)
    cands = np.array([4, 9, 11, 4, 23, 0, 4, 15], dtype=np.int32)
    return CorruptHeadSampler(), (Tensor(triple), Tensor(cands))
