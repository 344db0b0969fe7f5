# case: a tensor if returns the pooled features on one arm and a convolution of the same features on the other (different ranks)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitOrRefine(nn.Cell):
    def __init__(self, cin=4, cout=6, thresh=0.0):
        super().__init__()
        self.refine = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.thresh = thresh

    def construct(self, feat):
        if feat.mean() > self.thresh:
            return feat.mean(axis=(2, 3))
        return self.refine(feat)


def make():
    np.random.seed(4)
    return ExitOrRefine(), (Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32)),)
