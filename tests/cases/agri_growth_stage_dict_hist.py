# case: builds a Python dict histogram of predicted growth stages keyed by each tile's argmax value -> tensor values as dict keys in construct, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STAGE_NAMES = ("emergence", "vegetative", "flowering", "grain_fill", "maturity")


class GrowthStageHistogram(nn.Cell):
    def __init__(self, in_features=8):
        super().__init__()
        self.head = nn.Dense(in_features, len(STAGE_NAMES))

    def construct(self, feats):
        stages = self.head(feats).argmax(axis=1)
        hist = {}
        for i in range(feats.shape[0]):
            key = STAGE_NAMES[int(stages[i])]
            hist[key] = hist.get(key, 0) + 1
        return hist["vegetative"] if "vegetative" in hist else 0


def make():
    np.random.seed(7)
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return GrowthStageHistogram(), (feats,)
