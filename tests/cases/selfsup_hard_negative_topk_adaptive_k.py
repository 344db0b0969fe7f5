# case: InfoNCE with hard negatives, k chosen adaptively from count of negatives above a similarity floor -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeInfoNCE(nn.Cell):
    """InfoNCE that keeps only the hardest negatives per anchor."""

    def __init__(self, temperature=0.1, sim_floor=0.0, max_neg=8):
        super().__init__()
        self.temperature = temperature
        self.sim_floor = sim_floor
        self.max_neg = max_neg
        self.l2norm = ops.L2Normalize(axis=-1)

    def _similarity(self, q, k):
        return ops.matmul(self.l2norm(q), self.l2norm(k).T)

    def _num_hard(self, neg_sim):
        # adaptive: how many negatives (on average) are above the floor
        above = (neg_sim > self.sim_floor).astype(ms.int32)
        k = above.sum(axis=1).min()
        return ops.minimum(k, self.max_neg)

    def construct(self, query, key, negatives):
        pos = (self.l2norm(query) * self.l2norm(key)).sum(axis=1, keepdims=True)
        neg_sim = self._similarity(query, negatives)
        k = self._num_hard(neg_sim)
        hard, _ = ops.topk(neg_sim, int(k), dim=1)
        logits = ops.cat([pos, hard], axis=1) / self.temperature
        labels = ops.zeros(query.shape[0], ms.int32)
        return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(0)
    q = Tensor(np.random.randn(4, 16).astype(np.float32))
    k = Tensor(np.random.randn(4, 16).astype(np.float32))
    negs = Tensor(np.random.randn(32, 16).astype(np.float32))
    return HardNegativeInfoNCE(), (q, k, negs)
