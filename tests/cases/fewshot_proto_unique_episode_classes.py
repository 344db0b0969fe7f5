# case: prototypical net builds class prototypes over ops.unique of the episode labels -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Embedder(nn.Cell):
    def __init__(self, in_dim=16, hidden=32, out_dim=8):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, out_dim)])

    def construct(self, x):
        return self.net(x)


class ProtoNet(nn.Cell):
    def __init__(self, in_dim=16, emb_dim=8):
        super().__init__()
        self.encoder = Embedder(in_dim, 32, emb_dim)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def prototypes(self, emb, labels):
        classes, idx = ops.unique(labels)
        onehot = ops.one_hot(idx, classes.shape[0], self.on, self.off)
        counts = onehot.sum(0).expand_dims(1)
        return ops.matmul(onehot.T, emb) / counts

    def construct(self, support, support_labels, query):
        s = self.encoder(support)
        q = self.encoder(query)
        protos = self.prototypes(s, support_labels)
        dists = ((q.expand_dims(1) - protos.expand_dims(0)) ** 2).sum(-1)
        return ops.log_softmax(-dists, axis=-1)


def make():
    np.random.seed(0)
    support = Tensor(np.random.randn(10, 16).astype(np.float32))
    labels = Tensor(np.array([3, 3, 7, 7, 1, 1, 3, 7, 1, 1], dtype=np.int32))
    query = Tensor(np.random.randn(6, 16).astype(np.float32))
    return ProtoNet(), (support, labels, query)
