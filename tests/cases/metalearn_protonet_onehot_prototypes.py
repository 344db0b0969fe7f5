# case: prototypical network computing class prototypes by a one-hot matmul with n_way from config, squared-Euclidean logits -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Embedder(nn.Cell):
    def __init__(self, in_dim=10, emb_dim=8, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 16)
        self.fc2 = nn.Dense(16, emb_dim)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else None

    def construct(self, x):
        h = ops.relu(self.fc1(x))
        if self.drop is not None:
            h = self.drop(h)
        return self.fc2(h)


class ProtoNet(nn.Cell):
    def __init__(self, n_way=3, in_dim=10, emb_dim=8):
        super().__init__()
        self.n_way = n_way
        self.embed = Embedder(in_dim, emb_dim)

    def prototypes(self, emb, labels):
        onehot = ops.one_hot(labels, self.n_way, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0).expand_dims(-1)
        return ops.matmul(onehot.T, emb) / ops.maximum(counts, 1.0)

    def construct(self, sx, sy, qx):
        protos = self.prototypes(self.embed(sx), sy)
        q = self.embed(qx)
        d = (q.expand_dims(1) - protos.expand_dims(0)).pow(2).sum(-1)
        return ops.log_softmax(-d, axis=-1)


def make():
    np.random.seed(31)
    net = ProtoNet()
    sx = Tensor(np.random.randn(9, 10).astype(np.float32))
    sy = Tensor(np.array([0, 1, 2, 0, 1, 2, 0, 0, 1], np.int32))
    qx = Tensor(np.random.randn(4, 10).astype(np.float32))
    return net, (sx, sy, qx)
