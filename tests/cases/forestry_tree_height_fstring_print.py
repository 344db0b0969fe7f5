# case: tree-height regressor prints an f-string with the predicted mean height tensor while running -> may compile (print/f-string of tensor) or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TreeHeightRegressor(nn.Cell):
    """Predicts tree height (m) from LiDAR point-cloud percentile features."""

    def __init__(self, n_features=8, verbose=True):
        super().__init__()
        self.fc = nn.Dense(n_features, 1)
        self.verbose = verbose

    def construct(self, feats):
        height = ops.relu(self.fc(feats)).squeeze(-1)
        mean_h = height.mean()
        if self.verbose:
            print(f"mean predicted height: {mean_h} m")
        return height


def make():
    np.random.seed(11)
    feats = Tensor(np.random.rand(7, 8).astype(np.float32) * 30)
    return TreeHeightRegressor(), (feats,)
