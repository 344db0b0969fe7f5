# case: cloud-mask layer keeps a plain Python CloudTally object created in construct and increments its counters per band before returning the masked cube -> plain class instance created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudTally:
    def __init__(self):
        self.cloudy = 0.0
        self.bands = 0

    def add(self, frac):
        self.cloudy = self.cloudy + frac
        self.bands += 1


class CloudMaskConfig:
    def __init__(self, threshold=0.5, report=True):
        self.threshold = threshold
        self.report = report


class PerBandCloudMask(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.report = config.report

    def construct(self, cube, cloud_prob):
        tally = CloudTally()
        clear = (cloud_prob < self.threshold).astype(cube.dtype)
        bands = []
        for b in range(cube.shape[1]):
            masked = cube[:, b] * clear
            tally.add(1.0 - clear.mean())
            bands.append(masked)
        out = ops.stack(bands, axis=1)
        if self.report:
            return out, tally.cloudy / tally.bands
        return out


def make():
    np.random.seed(3403)
    cube = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    cp = Tensor(np.random.rand(2, 16, 16).astype(np.float32))
    return PerBandCloudMask(CloudMaskConfig()), (cube, cp)
