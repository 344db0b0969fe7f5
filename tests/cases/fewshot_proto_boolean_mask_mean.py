# case: prototypes as mean of support embeddings selected with a boolean mask per class -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvEncoder(nn.Cell):
    def __init__(self, channels=4, emb_dim=16):
        super().__init__()
        self.conv = nn.Conv2d(1, channels, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(channels)
        self.fc = nn.Dense(channels * 8 * 8, emb_dim)

    def construct(self, x):
        h = ops.relu(self.bn(self.conv(x)))
        return self.fc(h.reshape(h.shape[0], -1))


def class_mean(emb, labels, c):
    members = emb[labels == c]
    return members.mean(axis=0)


class PrototypicalClassifier(nn.Cell):
    def __init__(self, n_way=3, emb_dim=16, metric="euclidean"):
        super().__init__()
        self.n_way = n_way
        self.metric = metric
        self.encoder = ConvEncoder(4, emb_dim)

    def construct(self, support, labels, query):
        s_emb = self.encoder(support)
        q_emb = self.encoder(query)
        protos = []
        for c in range(self.n_way):
            protos.append(class_mean(s_emb, labels, c))
        protos = ops.stack(protos)
        if self.metric == "euclidean":
            logits = -ops.cdist(q_emb, protos)
        else:
            logits = ops.matmul(q_emb, protos.T)
        return logits


def make():
    np.random.seed(1)
    support = Tensor(np.random.randn(9, 1, 8, 8).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 0, 1, 2, 0, 0, 1], dtype=np.int32))
    query = Tensor(np.random.randn(4, 1, 8, 8).astype(np.float32))
    return PrototypicalClassifier(), (support, labels, query)
