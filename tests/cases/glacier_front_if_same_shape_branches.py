# case: if the scene is mostly cloudy the front probability is damped, otherwise sharpened; both branches keep the input shape -> tensor if but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudAwareSharpen(nn.Cell):
    def __init__(self, cloud_limit=0.5, gamma=2.0):
        super().__init__()
        self.cloud_limit = cloud_limit
        self.gamma = gamma

    def construct(self, front_prob, cloud_frac):
        if cloud_frac.mean() > self.cloud_limit:
            out = front_prob * 0.5
        else:
            out = ops.pow(front_prob, self.gamma)
        return out


def make():
    np.random.seed(43)
    fp = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    cf = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    return CloudAwareSharpen(), (fp, cf)
