# case: InsightFace ArcFace head chooses easy-margin or th/mm fallback by config flag and applies it with three-argument ops.where -> static graph, no dynamic shapes
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ArcFaceConfig:
    embedding_size = 64
    num_classes = 16
    scale = 64.0
    margin = 0.5
    easy_margin = False


class ArcFace(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s = config.scale
        self.easy_margin = config.easy_margin
        self.num_classes = config.num_classes
        self.cos_m, self.sin_m = math.cos(config.margin), math.sin(config.margin)
        self.th = math.cos(math.pi - config.margin)
        self.mm = math.sin(math.pi - config.margin) * config.margin
        self._build_kernel(config)

    def _build_kernel(self, config):
        w = np.random.normal(0, 0.01, (config.embedding_size, config.num_classes)).astype(np.float32)
        self.kernel = Parameter(Tensor(w), name="kernel")

    def construct(self, emb, labels):
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=0)(self.kernel)).clip(-1.0, 1.0)
        sin = ops.sqrt(1.0 - cos * cos)
        phi = cos * self.cos_m - sin * self.sin_m
        if self.easy_margin:
            phi = ops.where(cos > 0, phi, cos)
        else:
            phi = ops.where(cos > self.th, phi, cos - self.mm)
        hit = labels.reshape(-1, 1) == ops.arange(self.num_classes, dtype=labels.dtype).reshape(1, -1)
        return ops.where(hit, phi, cos) * self.s


def make():
    np.random.seed(37621)
    emb = Tensor(np.random.randn(8, ArcFaceConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, ArcFaceConfig.num_classes, 8).astype(np.int32))
    return ArcFace(ArcFaceConfig()), (emb, labels)
