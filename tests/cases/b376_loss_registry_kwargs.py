# case: loss factory picks the margin loss class from a registry by the config's loss name and forwards *args/**kwargs to its construct -> choice fixed in __init__, static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginLossBase(nn.Cell):
    def __init__(self, scale=64.0, margin=0.5, num_classes=10):
        super().__init__()
        self.s, self.m, self.num_classes = scale, margin, num_classes

    def _onehot(self, labels):
        return ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


class CosFace(MarginLossBase):
    def construct(self, cos, labels):
        return (cos - self._onehot(labels) * self.m) * self.s


class ArcFace(MarginLossBase):
    def construct(self, cos, labels):
        theta = ops.acos(cos.clip(-0.999, 0.999))
        return ops.cos(theta + self._onehot(labels) * self.m) * self.s


LOSS_REGISTRY = {"cosface": CosFace, "arcface": ArcFace}


class LossConfig:
    loss_name = "arcface"
    loss_kwargs = {"scale": 64.0, "margin": 0.5, "num_classes": 10}


class FaceLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = LOSS_REGISTRY[config.loss_name](**config.loss_kwargs)
        self.ce = nn.CrossEntropyLoss()

    def construct(self, *args, **kwargs):
        logits = self.head(*args, **kwargs)
        return self.ce(logits, args[1])


def make():
    np.random.seed(37637)
    cos = Tensor(np.random.uniform(-0.5, 0.9, (6, 10)).astype(np.float32))
    labels = Tensor(np.random.randint(0, 10, 6).astype(np.int32))
    return FaceLoss(LossConfig()), (cos, labels)
