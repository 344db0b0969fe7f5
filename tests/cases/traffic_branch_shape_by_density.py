# case: vehicle feature extractor returns only the first two (position) columns when the scene density tensor is high, else all columns -> branches of a tensor if leave different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSceneFeatures(nn.Cell):
    def __init__(self, dense_threshold=10.0):
        super().__init__()
        self.dense_threshold = dense_threshold

    def select_features(self, vehicles, density):
        if density > self.dense_threshold:
            feats = vehicles[:, :2]
        else:
            feats = vehicles
        return feats

    def construct(self, vehicles, density):
        feats = self.select_features(vehicles, density)
        return feats * 2.0


def make():
    np.random.seed(14)
    vehicles = Tensor(np.random.randn(8, 5).astype(np.float32))
    density = Tensor(12.0, ms.float32)
    return AdaptiveSceneFeatures(), (vehicles, density)
