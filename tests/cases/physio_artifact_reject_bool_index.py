# case: reject EEG epochs whose peak-to-peak amplitude exceeds a threshold using boolean-mask indexing and average the kept epochs -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArtifactRejector(nn.Cell):
    def __init__(self, ptp_limit=150.0):
        super().__init__()
        self.ptp_limit = ptp_limit

    def peak_to_peak(self, epochs):
        return epochs.max(axis=-1) - epochs.min(axis=-1)

    def construct(self, epochs):
        # epochs: (n_epochs, n_channels, n_times) in microvolts
        ptp = self.peak_to_peak(epochs).max(axis=-1)
        keep = ptp < self.ptp_limit
        clean = epochs[keep]
        evoked = clean.mean(axis=0)
        return evoked


def make():
    np.random.seed(3)
    epochs = 20.0 * np.random.randn(12, 4, 32)
    epochs[[2, 7], 1, 10:14] += 300.0
    return ArtifactRejector(ptp_limit=150.0), (Tensor(epochs.astype(np.float32)),)
