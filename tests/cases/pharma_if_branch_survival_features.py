# case: survival risk model that drops lab columns when the tensor censoring fraction is high, so the two if branches return different feature widths -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveRiskFeatures(nn.Cell):
    def __init__(self, n_clin=3, n_lab=4, max_censored=0.5):
        super().__init__()
        self.n_clin = n_clin
        self.max_censored = max_censored

    def construct(self, features, event):
        censored_frac = 1.0 - event.astype(ms.float32).mean()
        if censored_frac > self.max_censored:
            used = features[:, :self.n_clin]
        else:
            used = features
        return used * 0.5


def make():
    np.random.seed(25)
    feats = np.random.randn(8, 7).astype(np.float32)
    event = np.array([1, 0, 0, 0, 1, 0, 0, 1], np.int32)
    return AdaptiveRiskFeatures(), (Tensor(feats), Tensor(event))
