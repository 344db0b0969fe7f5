# case: clay body shrinkage predictor picks a wet-clay or dry-clay regression head depending on batch mean moisture; both heads give (batch, 1) -> tensor if with matching shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShrinkagePredictor(nn.Cell):
    def __init__(self, n_oxides=6, wet_limit=0.22):
        super().__init__()
        self.wet_limit = wet_limit
        self.wet_head = nn.Dense(n_oxides + 1, 1)
        self.dry_head = nn.Dense(n_oxides + 1, 1)

    def construct(self, oxides, moisture):
        feats = ops.concat((oxides, moisture.expand_dims(-1)), axis=1)
        if moisture.mean() > self.wet_limit:
            linear_shrink = self.wet_head(feats) + 0.02
        else:
            linear_shrink = self.dry_head(feats)
        return ops.sigmoid(linear_shrink) * 0.15


def make():
    np.random.seed(42)
    oxides = np.random.dirichlet(np.ones(6), size=8).astype(np.float32)
    moisture = np.random.uniform(0.15, 0.3, 8).astype(np.float32)
    return ShrinkagePredictor(), (Tensor(oxides), Tensor(moisture))
