# case: PartialFC layer keeps only the class centres of identities present in the batch via ops.unique and gathers those rows -> dynamic shape from unique in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PartialFCConfig:
    num_classes = 50
    embedding_size = 32
    scale = 64.0
    margin = 0.5


def l2_norm(x, axis=1):
    return x / ops.sqrt((x * x).sum(axis=axis, keepdims=True) + 1e-12)


def positive_centres(labels):
    uniq, _ = ops.unique(labels)
    return uniq


class PartialFC(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.scale = cfg.scale
        self.cos_m = float(np.cos(cfg.margin))
        self.sin_m = float(np.sin(cfg.margin))
        self._init_centres(cfg.num_classes, cfg.embedding_size)

    def _init_centres(self, num_classes, dim):
        w = np.random.normal(0, 0.01, (num_classes, dim)).astype(np.float32)
        self.weight = Parameter(Tensor(w), name="centres")

    def construct(self, emb, labels):
        pos = positive_centres(labels)
        sub_w = ops.gather(self.weight, pos, 0)
        cos = ops.matmul(l2_norm(emb), l2_norm(sub_w).T).clip(-1.0, 1.0)
        match = (labels.reshape(-1, 1) == pos.reshape(1, -1)).astype(ms.float32)
        sin = ops.sqrt(1.0 - cos * cos)
        phi = cos * self.cos_m - sin * self.sin_m
        logits = (match * phi + (1.0 - match) * cos) * self.scale
        target = (logits * match).sum(axis=1)
        return (ops.logsumexp(logits, 1) - target).mean()


def make():
    np.random.seed(37602)
    emb = Tensor(np.random.randn(12, PartialFCConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, PartialFCConfig.num_classes, size=(12,)).astype(np.int32))
    return PartialFC(PartialFCConfig()), (emb, labels)
