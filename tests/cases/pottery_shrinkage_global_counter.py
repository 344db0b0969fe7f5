# case: count predictions in a module-level global and scale the shrinkage estimate by a global drift factor updated in construct -> global state mutated in construct, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRED_COUNT = 0
DRIFT = 1.0


class ShrinkageWithDrift(nn.Cell):
    def __init__(self, n_feat=4):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)

    def construct(self, feats):
        global PRED_COUNT, DRIFT
        PRED_COUNT += 1
        DRIFT = DRIFT * 0.999
        shrink = self.fc(feats) * DRIFT
        return shrink + 10.0


def make():
    np.random.seed(23)
    feats = np.random.rand(6, 4).astype(np.float32)
    return ShrinkageWithDrift(), (Tensor(feats),)
