# case: in-batch softmax with logQ popularity correction, log sampling probability gathered from a frozen Parameter by item id -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LogQTwoTower(nn.Cell):
    def __init__(self, num_items=50, feat_dim=10, emb_dim=8, temperature=0.05):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_emb = nn.Embedding(num_items, emb_dim)
        freq = np.random.rand(num_items).astype(np.float32) + 0.01
        freq /= freq.sum()
        self.log_q = Parameter(Tensor(np.log(freq)), name="log_q", requires_grad=False)
        self.temperature = temperature
        self.l2 = ops.L2Normalize(axis=-1)
        self.ce = nn.CrossEntropyLoss()

    def corrected_logits(self, u, v, item_ids):
        logits = ops.matmul(u, v.T) / self.temperature
        return logits - ops.gather(self.log_q, item_ids, 0).expand_dims(0)

    def construct(self, users, item_ids):
        u = self.l2(self.user_tower(users))
        v = self.l2(self.item_emb(item_ids))
        logits = self.corrected_logits(u, v, item_ids)
        labels = ops.arange(users.shape[0], dtype=ms.int32)
        return self.ce(logits, labels)


def make():
    np.random.seed(25)
    users = Tensor(np.random.randn(6, 10).astype(np.float32))
    item_ids = Tensor(np.random.randint(0, 50, size=6).astype(np.int32))
    return LogQTwoTower(), (users, item_ids)
