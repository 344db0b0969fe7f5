# case: sampled in-batch softmax for two-tower training with logQ popularity correction and temperature; diagonal labels from arange over the batch size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class L2Norm(nn.Cell):
    def construct(self, x):
        return x / ops.sqrt((x * x).sum(-1, keepdims=True) + 1e-8)


class TwoTowerLogQ(nn.Cell):
    def __init__(self, n_users=40, n_items=60, dim=8, temperature=0.1, logq_correction=True):
        super().__init__()
        self.user = nn.SequentialCell([nn.Embedding(n_users, dim), nn.Dense(dim, dim), L2Norm()])
        self.item = nn.SequentialCell([nn.Embedding(n_items, dim), nn.Dense(dim, dim), L2Norm()])
        self.temperature = temperature
        self.logq_correction = logq_correction
        self.ce = nn.CrossEntropyLoss()

    def construct(self, user_ids, item_ids, item_prob):
        u = self.user(user_ids)
        v = self.item(item_ids)
        logits = ops.matmul(u, v.T) / self.temperature
        if self.logq_correction:
            logits = logits - ops.log(item_prob.clip(1e-9, 1.0)).expand_dims(0)
        labels = ops.arange(logits.shape[0], dtype=ms.int32)
        return self.ce(logits, labels)


def make():
    np.random.seed(31)
    users = Tensor(np.random.randint(0, 40, size=(6,)).astype(np.int32))
    items = Tensor(np.random.randint(0, 60, size=(6,)).astype(np.int32))
    prob = Tensor(np.random.uniform(0.001, 0.05, size=(6,)).astype(np.float32))
    return TwoTowerLogQ(), (users, items, prob)
