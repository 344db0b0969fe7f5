# case: CosFace large-margin cosine head with the additive margin applied through a one-hot of the labels -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormalizedLinear(nn.Cell):
    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(num_classes, in_dim).astype(np.float32) * 0.1), name="proxy")
        self.l2 = ops.L2Normalize(axis=1, epsilon=1e-12)

    def construct(self, x):
        return ops.matmul(self.l2(x), self.l2(self.weight).T)


class CosFaceLoss(nn.Cell):
    def __init__(self, in_dim=8, num_classes=6, s=30.0, m=0.35, label_smoothing=0.0):
        super().__init__()
        self.cls = NormalizedLinear(in_dim, num_classes)
        self.s = s
        self.m = m
        self.num_classes = num_classes
        self.ce = nn.CrossEntropyLoss(label_smoothing=label_smoothing)

    def construct(self, emb, labels):
        cos = self.cls(emb)
        one_hot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        logits = self.s * (cos - self.m * one_hot)
        return self.ce(logits, labels)


def make():
    np.random.seed(29)
    emb = Tensor(np.random.randn(4, 8).astype(np.float32))
    y = Tensor(np.array([5, 0, 2, 2], np.int32))
    return CosFaceLoss(), (emb, y)
