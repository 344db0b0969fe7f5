# case: ArcFace head that logs the mean target angle with an f-string and float() on a tensor every step -> compile error at line 36
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ArcFaceHead(nn.Cell):
    def __init__(self, emb_dim=8, num_classes=5, scale=30.0, margin=0.5, verbose=True):
        super().__init__()
        w = np.random.randn(num_classes, emb_dim).astype(np.float32)
        self.weight = Parameter(Tensor(w), name="arc_weight")
        self.s = scale
        self.m = margin
        self.cos_m = math.cos(margin)
        self.sin_m = math.sin(margin)
        self.th = math.cos(math.pi - margin)
        self.mm = math.sin(math.pi - margin) * margin
        self.num_classes = num_classes
        self.verbose = verbose
        self.ce = nn.CrossEntropyLoss()

    def _cosine(self, emb):
        e = emb / ops.norm(emb, dim=1, keepdim=True)
        w = self.weight / ops.norm(self.weight, dim=1, keepdim=True)
        return ops.matmul(e, w.T).clamp(-1.0 + 1e-7, 1.0 - 1e-7)

    def construct(self, emb, labels):
        cosine = self._cosine(emb)
        sine = ops.sqrt(1.0 - cosine * cosine)
        phi = cosine * self.cos_m - sine * self.sin_m
        phi = ops.where(cosine > self.th, phi, cosine - self.mm)
        one_hot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        if self.verbose:
            theta = ops.acos((cosine * one_hot).sum(axis=1)).mean()
            print(f"arcface mean target angle: {float(theta) * 180.0 / math.pi:.2f} deg")
        logits = self.s * (one_hot * phi + (1.0 - one_hot) * cosine)
        return self.ce(logits, labels)


def make():
    np.random.seed(10)
    emb = Tensor(np.random.randn(4, 8).astype(np.float32))
    y = Tensor(np.array([0, 3, 1, 4], np.int32))
    return ArcFaceHead(), (emb, y)
