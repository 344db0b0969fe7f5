# case: wingbeat frequency estimator logs the dominant band with print of an f-string that formats a tensor value -> f-string/print of tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WingbeatEstimator(nn.Cell):
    def __init__(self, n_bands=8, verbose=True):
        super().__init__()
        self.n_bands = n_bands
        self.verbose = verbose

    def construct(self, accel_z):
        # accel_z: (n_bands, samples) band-passed accelerometer energy
        energy = (accel_z * accel_z).mean(axis=1)
        band = ops.argmax(energy)
        if self.verbose:
            print(f"dominant wingbeat band: {band}, energy {energy.max()}")
        return band, energy / energy.sum()


def make():
    np.random.seed(3196)
    acc = np.random.randn(8, 64).astype(np.float32)
    return WingbeatEstimator(), (Tensor(acc),)
