# case: time-series anomaly detector returns the reconstruction errors above a threshold via boolean indexing -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowAutoencoder(nn.Cell):
    def __init__(self, window=16, latent=4):
        super().__init__()
        self.enc = nn.SequentialCell([nn.Dense(window, 8), nn.Tanh(), nn.Dense(8, latent)])
        self.dec = nn.SequentialCell([nn.Dense(latent, 8), nn.Tanh(), nn.Dense(8, window)])

    def construct(self, x):
        return self.dec(self.enc(x))


class AnomalyDetector(nn.Cell):
    def __init__(self, window=16, k_sigma=1.0):
        super().__init__()
        self.ae = WindowAutoencoder(window)
        self.k_sigma = k_sigma

    def threshold(self, err):
        return err.mean() + self.k_sigma * err.std()

    def construct(self, windows):
        recon = self.ae(windows)
        err = ((recon - windows) ** 2).mean(axis=1)
        thr = self.threshold(err)
        flagged = err[err > thr]
        return flagged, thr


def make():
    np.random.seed(4)
    w = np.random.randn(10, 16).astype(np.float32)
    w[3] *= 5.0
    return AnomalyDetector(), (Tensor(w),)
