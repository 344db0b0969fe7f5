# case: blast fragmentation P80 estimated by interpolating the predicted passing curve with numpy after .asnumpy() inside construct -> numpy conversion inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SIEVES_MM = np.array([10, 25, 50, 100, 200, 400, 800, 1200], dtype=np.float32)


class P80Estimator(nn.Cell):
    def __init__(self, in_feats=12):
        super().__init__()
        self.head = nn.SequentialCell([nn.Dense(in_feats, 24), nn.ReLU(), nn.Dense(24, len(SIEVES_MM))])

    def construct(self, image_feats):
        inc = ops.softmax(self.head(image_feats), axis=-1)
        passing = ops.cumsum(inc, axis=-1)[0]
        curve = passing.asnumpy()
        p80 = np.interp(0.8, curve, SIEVES_MM)
        return Tensor(p80, ms.float32)


def make():
    np.random.seed(131)
    feats = np.random.rand(1, 12).astype(np.float32)
    return P80Estimator(), (Tensor(feats),)
