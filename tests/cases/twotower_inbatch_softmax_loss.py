# case: in-batch softmax loss over user/item towers, labels from arange of the static batch size -> static graph, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tower(nn.Cell):
    def __init__(self, in_dim, hidden, out_dim):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, out_dim)])
        self.l2norm = ops.L2Normalize(axis=-1)

    def construct(self, x):
        return self.l2norm(self.mlp(x))


class InBatchSoftmax(nn.Cell):
    def __init__(self, user_dim=16, item_dim=12, emb_dim=8, temperature=0.05):
        super().__init__()
        self.user_tower = Tower(user_dim, 32, emb_dim)
        self.item_tower = Tower(item_dim, 32, emb_dim)
        self.temperature = temperature
        self.ce = nn.CrossEntropyLoss()

    def construct(self, user_feat, item_feat):
        u = self.user_tower(user_feat)
        v = self.item_tower(item_feat)
        logits = ops.matmul(u, v.T) / self.temperature
        batch = user_feat.shape[0]
        labels = ops.arange(batch, dtype=ms.int32)
        return self.ce(logits, labels)


def make():
    np.random.seed(0)
    user = Tensor(np.random.randn(6, 16).astype(np.float32))
    item = Tensor(np.random.randn(6, 12).astype(np.float32))
    return InBatchSoftmax(), (user, item)
