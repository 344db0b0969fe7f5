# case: autoencoder anomaly detector scores windows and returns indices of windows above threshold with nonzero -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowAutoencoder(nn.Cell):
    def __init__(self, window=16, latent=4):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(window, 8), nn.ReLU(), nn.Dense(8, latent)])
        self.decoder = nn.SequentialCell([nn.Dense(latent, 8), nn.ReLU(), nn.Dense(8, window)])

    def construct(self, windows):
        return self.decoder(self.encoder(windows))


class WindowAnomalyDetector(nn.Cell):
    def __init__(self, window=16, threshold=1.0, return_indices=True):
        super().__init__()
        self.ae = WindowAutoencoder(window)
        self.threshold = threshold
        self.return_indices = return_indices

    def score(self, windows):
        recon = self.ae(windows)
        return ops.mean(ops.square(recon - windows), axis=-1)

    def construct(self, windows):
        scores = self.score(windows)
        flags = scores > self.threshold
        if not self.return_indices:
            return scores, flags
        anomalous = ops.nonzero(flags)
        return scores, anomalous


def make():
    np.random.seed(2)
    windows = np.random.randn(10, 16).astype(np.float32)
    windows[3] *= 4.0
    windows[7] *= 4.0
    return WindowAnomalyDetector(), (Tensor(windows),)
