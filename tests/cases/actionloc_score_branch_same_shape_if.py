# case: if the max actionness exceeds a threshold the scores are sharpened, else left unchanged; both branches keep shape (T,) -> static with tensor control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActionnessCalibrator(nn.Cell):
    def __init__(self, channels=8, thresh=0.7, power=2.0):
        super().__init__()
        self.head = nn.Dense(channels, 1)
        self.thresh = thresh
        self.power = power

    def construct(self, feats):
        a = ops.sigmoid(self.head(feats)).squeeze(-1)
        if a.max() > self.thresh:
            a = ops.pow(a, self.power)
        else:
            a = a * 1.0
        return a / a.sum()


def make():
    np.random.seed(47)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return ActionnessCalibrator(), (feats,)
