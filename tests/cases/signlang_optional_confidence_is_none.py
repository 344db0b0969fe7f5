# case: normaliser that weights joints by confidence when a confidence tensor is passed and falls back to uniform weights when it is None -> is None test on constant, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedCentroidNorm(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def construct(self, xy, conf=None):
        # xy: (T, J, 2), conf: (T, J) or None
        if conf is None:
            w = ops.ones(xy.shape[:2], ms.float32)
        else:
            w = conf
        w = w.expand_dims(-1)
        centroid = (xy * w).sum(axis=1, keepdims=True) / (w.sum(axis=1, keepdims=True) + self.eps)
        return xy - centroid


def make():
    np.random.seed(35)
    xy = Tensor(np.random.rand(5, 21, 2).astype(np.float32))
    return WeightedCentroidNorm(), (xy, None)
