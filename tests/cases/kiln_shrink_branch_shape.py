# case: clay body shrinkage predictor appends extra wet-clay features only when the batch mean moisture is high, so the branches give different feature widths -> tensor-valued if with mismatched shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShrinkagePredictor(nn.Cell):
    def __init__(self, n_oxides=6, wet_limit=0.22):
        super().__init__()
        self.wet_limit = wet_limit
        self.dry_head = nn.Dense(n_oxides, 1)

    def _wet_features(self, oxides, moisture):
        return ops.concat((oxides, moisture.expand_dims(-1)), axis=1)

    def construct(self, oxides, moisture):
        # oxides: (batch, 6) weight fractions SiO2, Al2O3, K2O, Na2O, CaO, Fe2O3
        if moisture.mean() > self.wet_limit:
            feats = self._wet_features(oxides, moisture)
        else:
            feats = oxides
        return feats.sum(axis=1) * 0.01 + feats.shape[1]


def make():
    np.random.seed(41)
    oxides = np.random.dirichlet(np.ones(6), size=8).astype(np.float32)
    moisture = np.random.uniform(0.15, 0.3, 8).astype(np.float32)
    return ShrinkagePredictor(), (Tensor(oxides), Tensor(moisture))
