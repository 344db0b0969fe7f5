# case: sub-center ArcFace keeps K sub-centre classifiers in a CellList and zips them with per-centre margins, taking the max cosine -> loops over constant Cell lists, static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubCenterConfig:
    embedding_size = 32
    num_classes = 10
    k = 3
    margins = (0.5, 0.45, 0.4)
    scale = 64.0


class NormDense(nn.Dense):
    def __init__(self, in_channels, out_channels):
        super().__init__(in_channels, out_channels, has_bias=False)
        self.l2 = ops.L2Normalize(axis=1)

    def construct(self, x):
        return ops.matmul(self.l2(x), self.l2(self.weight).T)


class SubCenterArcFace(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s = config.scale
        self.num_classes = config.num_classes
        self.centres = nn.CellList([NormDense(config.embedding_size, config.num_classes) for _ in range(config.k)])
        self.margins = tuple(config.margins[:config.k])

    def construct(self, emb, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        per_centre = [ops.cos(ops.acos(c(emb).clip(-0.999, 0.999)) + onehot * m) for c, m in zip(self.centres, self.margins)]
        logits = ops.stack(per_centre, axis=0).max(axis=0)
        return logits * self.s


def make():
    np.random.seed(37625)
    emb = Tensor(np.random.randn(6, SubCenterConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, SubCenterConfig.num_classes, 6).astype(np.int32))
    return SubCenterArcFace(SubCenterConfig()), (emb, labels)
