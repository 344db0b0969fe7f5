# case: reports the three most active fermenters with topk using a k fixed at construction, plus their mean rate -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopFermenters(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k
        self.scale = nn.Dense(4, 1)

    def construct(self, sensor_feats):
        activity = self.scale(sensor_feats).squeeze(-1)
        values, idx = ops.topk(activity, self.k)
        feats_top = ops.gather(sensor_feats, idx, 0)
        return values, idx, feats_top.mean(axis=0)


def make():
    np.random.seed(17)
    feats = np.random.randn(8, 4).astype(np.float32)
    return TopFermenters(), (Tensor(feats),)
