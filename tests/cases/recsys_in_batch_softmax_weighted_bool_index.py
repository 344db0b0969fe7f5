# case: two-tower in-batch softmax loss that masks accidental hits by item-id equality and averages only examples with positive sample weight via boolean indexing -> dynamic shape at line 37
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tower(nn.Cell):
    def __init__(self, vocab=100, dim=8, out_dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.dense = nn.Dense(dim, out_dim)

    def construct(self, ids):
        v = self.dense(self.emb(ids))
        return v / ops.norm(v, dim=-1, keepdim=True).clip(1e-6, None)


class InBatchSoftmaxLoss(nn.Cell):
    def __init__(self, temperature=0.05, remove_accidental_hits=True):
        super().__init__()
        self.user_tower = Tower()
        self.item_tower = Tower()
        self.temperature = temperature
        self.remove_accidental_hits = remove_accidental_hits

    def construct(self, user_ids, item_ids, sample_weight):
        u = self.user_tower(user_ids)
        v = self.item_tower(item_ids)
        logits = ops.matmul(u, v.T) / self.temperature
        batch = logits.shape[0]
        if self.remove_accidental_hits:
            same_item = item_ids.expand_dims(1) == item_ids.expand_dims(0)
            not_diag = ops.logical_not(ops.eye(batch, batch, ms.bool_))
            logits = ops.where(ops.logical_and(same_item, not_diag), ops.full_like(logits, -1e9), logits)
        labels = ops.arange(batch, dtype=ms.int32)
        per_example = ops.cross_entropy(logits, labels, reduction="none")
        weighted = per_example[sample_weight > 0] * sample_weight[sample_weight > 0]
        return weighted.mean()


def make():
    np.random.seed(5)
    users = Tensor(np.random.randint(0, 100, size=(6,)).astype(np.int32))
    items = Tensor(np.array([3, 7, 3, 11, 42, 7], dtype=np.int32))
    weight = Tensor(np.array([1.0, 0.0, 0.5, 1.0, 0.0, 2.0], dtype=np.float32))
    return InBatchSoftmaxLoss(), (users, items, weight)
