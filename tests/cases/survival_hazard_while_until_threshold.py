# case: predicts median survival bin by looping while cumulative survival stays above 0.5 and collecting survival values -> while on tensor value growing a list, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MedianSurvivalBin(nn.Cell):
    def __init__(self, in_dim=6, num_bins=10):
        super().__init__()
        self.hazard_fc = nn.Dense(in_dim, num_bins)
        self.num_bins = num_bins

    def construct(self, x):
        hazards = ops.sigmoid(self.hazard_fc(x)).mean(axis=0)
        surv = Tensor(1.0, ms.float32)
        curve = []
        k = 0
        while surv > 0.5 and k < self.num_bins:
            surv = surv * (1.0 - hazards[k])
            curve.append(surv)
            k += 1
        return ops.stack(curve), k


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return MedianSurvivalBin(), (x,)
