# case: prototype head builds one class prototype per class present in the batch, with the class list from ops.unique -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProtoConfig:
    def __init__(self, num_bands=18, embed_dim=12, metric="euclidean"):
        self.num_bands = num_bands
        self.embed_dim = embed_dim
        self.metric = metric


def pairwise_sq_dist(a, b):
    return (a * a).sum(-1, keepdims=True) - 2 * ops.matmul(a, b.T) + (b * b).sum(-1).reshape(1, -1)


class SpectralPrototypeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.metric = config.metric
        self.embed = nn.Dense(config.num_bands, config.embed_dim)

    def class_prototypes(self, z, labels):
        classes, _ = ops.unique(labels)
        onehot = (labels.reshape(-1, 1) == classes.reshape(1, -1)).astype(z.dtype)
        counts = onehot.sum(0).reshape(-1, 1)
        return ops.matmul(onehot.T, z) / counts

    def construct(self, support, support_labels, query):
        zs = self.embed(support)
        zq = self.embed(query)
        protos = self.class_prototypes(zs, support_labels)
        if self.metric == "euclidean":
            return -pairwise_sq_dist(zq, protos)
        return ops.matmul(zq, protos.T)


def make():
    np.random.seed(3829)
    cfg = ProtoConfig()
    s = Tensor(np.random.rand(30, cfg.num_bands).astype(np.float32))
    sl = Tensor(np.random.randint(0, 5, (30,)).astype(np.int32))
    q = Tensor(np.random.rand(10, cfg.num_bands).astype(np.float32))
    return SpectralPrototypeHead(cfg), (s, sl, q)
