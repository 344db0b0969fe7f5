# case: memory-conscious ArcFace head frees its intermediate sine tensor with `del` inside construct after computing phi -> del statement in construct, may be rejected in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ArcConfig:
    embedding_size = 32
    num_classes = 10
    scale = 64.0
    margin = 0.5


class ArcMarginProduct(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s = config.scale
        self.cos_m, self.sin_m = math.cos(config.margin), math.sin(config.margin)
        self.th = math.cos(math.pi - config.margin)
        self.mm = math.sin(math.pi - config.margin) * config.margin
        self.num_classes = config.num_classes
        self.weight = Parameter(Tensor(np.random.randn(config.num_classes, config.embedding_size).astype(np.float32) * 0.05), name="weight")

    def construct(self, emb, labels):
        cosine = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(self.weight).T)
        sine = ops.sqrt((1.0 - cosine * cosine).clip(0.0, 1.0))
        phi = cosine * self.cos_m - sine * self.sin_m
        del sine
        phi = ops.where(cosine > self.th, phi, cosine - self.mm)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (onehot * phi + (1.0 - onehot) * cosine) * self.s


def make():
    np.random.seed(37620)
    emb = Tensor(np.random.randn(8, ArcConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, ArcConfig.num_classes, 8).astype(np.int32))
    return ArcMarginProduct(ArcConfig()), (emb, labels)
