# case: margin head takes Optional labels and, called without them at inference, returns scaled cosines from the `labels is None` branch -> None-guarded branch resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional


class HeadConfig:
    embedding_size = 32
    num_classes = 12
    scale = 32.0
    margin = 0.35
    loss_type = "cosface"


class MarginHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s, self.m = config.scale, config.margin
        self.loss_type = config.loss_type
        self.num_classes = config.num_classes
        self.weight = Parameter(Tensor(np.random.randn(config.num_classes, config.embedding_size).astype(np.float32) * 0.05), name="weight")

    def _apply_margin(self, cos, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        if self.loss_type == "cosface":
            return cos - onehot * self.m
        return ops.cos(ops.acos(cos.clip(-0.999, 0.999)) + onehot * self.m)

    def construct(self, emb, labels: Optional[Tensor] = None):
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(self.weight).T)
        if labels is None:
            return cos * self.s
        if not isinstance(labels, Tensor):
            labels = Tensor(labels, ms.int32)
        return self._apply_margin(cos, labels) * self.s


def make():
    np.random.seed(37627)
    net = MarginHead(HeadConfig())
    net.set_train(False)
    return net, (Tensor(np.random.randn(5, HeadConfig.embedding_size).astype(np.float32)),)
