# case: string current anomaly scoring finds strings with |z|>2.5 via nonzero and gathers their currents -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StringZScore(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def construct(self, currents):
        mu = currents.mean(axis=0, keep_dims=True)
        sd = currents.std(axis=0, keepdims=True)
        return (currents - mu) / (sd + self.eps)


class StringAnomalyDetector(nn.Cell):
    def __init__(self, z_limit=2.5):
        super().__init__()
        self.zscore = StringZScore()
        self.z_limit = z_limit

    def construct(self, currents):
        z = self.zscore(currents)
        peak_z = ops.abs(z).max(axis=1)
        idx = ops.nonzero(peak_z > self.z_limit)
        flagged = ops.gather_nd(currents, idx)
        return flagged, peak_z


def make():
    np.random.seed(2)
    currents = np.random.normal(8.5, 0.3, size=(24, 10)).astype(np.float32)
    currents[5, 3] = 2.0
    currents[17, 7] = 1.5
    return StringAnomalyDetector(), (Tensor(currents),)
