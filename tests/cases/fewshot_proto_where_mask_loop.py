# case: per-class prototype loop over range(n_way) using a full-size float mask and masked sums -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvEmbed(nn.Cell):
    def __init__(self, channels=4, emb_dim=12):
        super().__init__()
        self.conv = nn.Conv2d(1, channels, 3, pad_mode="same")
        self.pool = nn.MaxPool2d(2, 2)
        self.fc = nn.Dense(channels * 4 * 4, emb_dim)

    def construct(self, x):
        h = self.pool(ops.relu(self.conv(x)))
        return self.fc(ops.flatten(h))


def masked_class_mean(emb, labels, c):
    mask = ops.where(labels == c, ops.ones_like(labels), ops.zeros_like(labels)).astype(ms.float32)
    total = (emb * mask.expand_dims(1)).sum(0)
    return total / ops.maximum(mask.sum(), 1.0)


class MaskedProtoNet(nn.Cell):
    def __init__(self, n_way=3, emb_dim=12, metric="euclidean"):
        super().__init__()
        self.n_way = n_way
        self.metric = metric
        self.embed = ConvEmbed(4, emb_dim)

    def construct(self, support, labels, query):
        s = self.embed(support)
        q = self.embed(query)
        protos = ops.stack([masked_class_mean(s, labels, c) for c in range(self.n_way)])
        if self.metric == "euclidean":
            return -ops.cdist(q, protos)
        return ops.matmul(q, protos.T)


def make():
    np.random.seed(31)
    support = Tensor(np.random.randn(9, 1, 8, 8).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 0, 1, 2, 0, 0, 1], dtype=np.int32))
    query = Tensor(np.random.randn(4, 1, 8, 8).astype(np.float32))
    return MaskedProtoNet(), (support, labels, query)
