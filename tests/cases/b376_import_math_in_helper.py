# case: SphereFace2-style head computes its margin constants with a local `import math` inside a helper called from construct -> import statement inside graph code, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SphereConfig:
    embedding_size = 32
    num_classes = 8
    scale = 30.0
    margin = 0.4
    lamb = 0.7


class SphereFace2Head(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s = config.scale
        self.m = config.margin
        self.lamb = config.lamb
        self.num_classes = config.num_classes
        self.weight = Parameter(Tensor(np.random.randn(config.num_classes, config.embedding_size).astype(np.float32) * 0.05), name="weight")
        self.bias = Parameter(Tensor(np.zeros((1,), np.float32)), name="bias")

    def _margin_consts(self):
        import math
        return math.cos(self.m), math.sin(self.m)

    def construct(self, emb, labels):
        cos_m, sin_m = self._margin_consts()
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(self.weight).T).clip(-1.0, 1.0)
        sin = ops.sqrt(1.0 - cos * cos + 1e-6)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        pos = self.s * (cos * cos_m - sin * sin_m) + self.bias
        neg = self.s * (cos * cos_m + sin * sin_m) + self.bias
        loss = self.lamb * onehot * ops.softplus(-pos) + (1 - self.lamb) * (1 - onehot) * ops.softplus(neg)
        return loss.sum(axis=1).mean()


def make():
    np.random.seed(37618)
    emb = Tensor(np.random.randn(6, SphereConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, SphereConfig.num_classes, 6).astype(np.int32))
    return SphereFace2Head(SphereConfig()), (emb, labels)
