# case: glaze thickness estimator frees an intermediate attenuation map with del inside construct before pooling -> del statement in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlazeThickness(nn.Cell):
    def __init__(self, mu_per_mm=1.8):
        super().__init__()
        self.mu = mu_per_mm
        self.conv = nn.Conv2d(1, 4, 3, pad_mode="same")
        self.pool = nn.AvgPool2d(2, 2)

    def construct(self, transmitted, incident):
        atten = ops.log(incident / transmitted)
        thickness = atten / self.mu
        del atten
        feats = ops.relu(self.conv(thickness))
        return self.pool(feats).mean(axis=(2, 3))


def make():
    np.random.seed(141)
    inc = np.full((2, 1, 16, 16), 100.0, np.float32)
    tr = np.random.uniform(20, 90, (2, 1, 16, 16)).astype(np.float32)
    return GlazeThickness(), (Tensor(tr), Tensor(inc))
