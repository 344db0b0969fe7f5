# case: tries attention pooling and falls back to mean pooling in an except clause inside construct -> Graph mode should fail (try/except unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustPooling(nn.Cell):
    def __init__(self, in_dim=10, n_classes=4):
        super().__init__()
        self.att = nn.Dense(in_dim, n_classes)
        self.cla = nn.Dense(in_dim, n_classes)

    def construct(self, feats):
        cla = ops.sigmoid(self.cla(feats))
        try:
            w = ops.softmax(self.att(feats), axis=1)
            clip = (w * cla).sum(axis=1)
        except ValueError:
            clip = cla.mean(axis=1)
        return clip


def make():
    np.random.seed(25)
    feats = Tensor(np.random.randn(2, 11, 10).astype(np.float32))
    return RobustPooling(), (feats,)
