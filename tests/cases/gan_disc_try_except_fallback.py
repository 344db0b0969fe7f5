# case: discriminator with a try/except in construct that falls back to global pooling when the projection head fails -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjectionDiscriminator(nn.Cell):
    def __init__(self, in_ch=3, width=8, n_classes=4):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(in_ch, width, 3, pad_mode="same"), nn.LeakyReLU(0.2),
            nn.Conv2d(width, width, 3, stride=2, pad_mode="same"), nn.LeakyReLU(0.2),
        ])
        self.linear = nn.Dense(width, 1)
        self.embed = nn.Embedding(n_classes, width)

    def features(self, x):
        return self.body(x).sum(axis=(2, 3))

    def project(self, h, y):
        return (self.embed(y) * h).sum(axis=1, keepdims=True)

    def construct(self, x, y):
        h = self.features(x)
        out = self.linear(h)
        try:
            out = out + self.project(h, y)
        except ValueError:
            out = out
        return out


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    y = Tensor(np.array([1, 3], np.int32))
    return ProjectionDiscriminator(), (x, y)
