# case: prototypes from a one-hot label matrix of fixed n_way and a matmul, squared-euclidean logits -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, in_dim=16, emb_dim=8, use_norm=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, emb_dim)
        self.norm = nn.LayerNorm((emb_dim,)) if use_norm else nn.Identity()

    def construct(self, x):
        return self.norm(ops.relu(self.fc(x)))


class ProtoHead(nn.Cell):
    def __init__(self, in_dim=16, emb_dim=8, n_way=4):
        super().__init__()
        self.encoder = Encoder(in_dim, emb_dim)
        self.n_way = n_way
        self.on_value = Tensor(1.0, ms.float32)
        self.off_value = Tensor(0.0, ms.float32)

    def prototypes(self, emb, labels):
        onehot = ops.one_hot(labels, self.n_way, self.on_value, self.off_value)
        counts = onehot.sum(0).clip(1.0, None).expand_dims(1)
        return ops.matmul(onehot.T, emb) / counts

    def construct(self, support, labels, query):
        protos = self.prototypes(self.encoder(support), labels)
        q = self.encoder(query)
        d = (q * q).sum(-1, keepdims=True) - 2 * ops.matmul(q, protos.T) + (protos * protos).sum(-1)
        return ops.log_softmax(-d, axis=-1)


def make():
    np.random.seed(30)
    support = Tensor(np.random.randn(8, 16).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 3, 0, 1, 2, 3], dtype=np.int32))
    query = Tensor(np.random.randn(5, 16).astype(np.float32))
    return ProtoHead(), (support, labels, query)
