# case: in-batch hard-negative mining masks positives with ops.where to -inf and takes a config-fixed number of hardest negatives per query via topk -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeSampler(nn.Cell):
    def __init__(self, num_hard=3, neg_fill=-1e4):
        super().__init__()
        self.num_hard = num_hard
        self.neg_fill = neg_fill

    def construct(self, sim, pos_mask):
        fill = ops.full_like(sim, self.neg_fill)
        neg_sim = ops.where(pos_mask, fill, sim)
        hard, _ = ops.topk(neg_sim, self.num_hard)
        return hard


class TwoTowerHardNegLoss(nn.Cell):
    def __init__(self, dim=6, num_hard=3, temperature=0.1):
        super().__init__()
        self.q_tower = nn.Dense(dim, dim)
        self.d_tower = nn.Dense(dim, dim)
        self.sampler = HardNegativeSampler(num_hard)
        self.temperature = temperature

    def construct(self, query, doc, labels):
        q = ops.L2Normalize(axis=-1)(self.q_tower(query))
        d = ops.L2Normalize(axis=-1)(self.d_tower(doc))
        sim = ops.matmul(q, d.T) / self.temperature
        pos_mask = labels.expand_dims(1) == labels.expand_dims(0)
        pos_sim = ops.diagonal(sim).expand_dims(-1)
        hard = self.sampler(sim, pos_mask)
        logits = ops.concat((pos_sim, hard), axis=-1)
        return -ops.log_softmax(logits, axis=-1)[:, 0].mean()


def make():
    np.random.seed(26)
    q = Tensor(np.random.randn(6, 6).astype(np.float32))
    d = Tensor(np.random.randn(6, 6).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 0, 3, 4], np.int32))
    return TwoTowerHardNegLoss(), (q, d, labels)
