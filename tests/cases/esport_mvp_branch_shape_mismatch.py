# case: MVP feature head returns only the first four stat columns when the match went to overtime (tensor flag) and all columns otherwise -> if on tensor value with branches of different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MVPFeatureHead(nn.Cell):
    def __init__(self, core_cols=4):
        super().__init__()
        self.core_cols = core_cols

    def pick_features(self, stats, overtime):
        if overtime > 0:
            feats = stats[:, :self.core_cols]
        else:
            feats = stats
        return feats

    def construct(self, stats, overtime):
        feats = self.pick_features(stats, overtime)
        per_player = feats.sum(axis=1)
        return ops.argmax(per_player)


def make():
    np.random.seed(14)
    stats = Tensor(np.random.rand(10, 7).astype(np.float32))
    overtime = Tensor(1, ms.int32)
    return MVPFeatureHead(4), (stats, overtime)
