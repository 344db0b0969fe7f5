# case: prototypical network building class prototypes by boolean-mask indexing the support embeddings per class -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvEncoder(nn.Cell):
    def __init__(self, in_dim=10, emb_dim=8):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, emb_dim))

    def construct(self, x):
        return self.net(x)


class PrototypicalNet(nn.Cell):
    def __init__(self, n_way=3, in_dim=10, emb_dim=8):
        super().__init__()
        self.n_way = n_way
        self.encoder = ConvEncoder(in_dim, emb_dim)

    def prototypes(self, emb, labels):
        protos = []
        for c in range(self.n_way):
            members = emb[labels == c]
            protos.append(members.mean(axis=0))
        return ops.stack(protos)

    def construct(self, support_x, support_y, query_x):
        protos = self.prototypes(self.encoder(support_x), support_y)
        q = self.encoder(query_x)
        d = ops.cdist(q, protos) ** 2
        return ops.log_softmax(-d, axis=-1)


def make():
    np.random.seed(12)
    net = PrototypicalNet()
    sx = Tensor(np.random.randn(9, 10).astype(np.float32))
    sy = Tensor(np.array([0, 1, 2, 0, 1, 2, 0, 0, 1], np.int32))
    qx = Tensor(np.random.randn(4, 10).astype(np.float32))
    return net, (sx, sy, qx)
