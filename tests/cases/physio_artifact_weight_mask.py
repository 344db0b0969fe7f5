# case: amplitude-threshold artifact rejection done with a float keep-mask multiplied into the epochs and a weighted average over epochs (no boolean indexing) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedEpochAverage(nn.Cell):
    def __init__(self, ptp_limit=150.0):
        super().__init__()
        self.ptp_limit = ptp_limit

    def keep_weights(self, epochs):
        ptp = (epochs.max(axis=-1) - epochs.min(axis=-1)).max(axis=-1)
        return (ptp < self.ptp_limit).astype(epochs.dtype)

    def construct(self, epochs):
        # epochs: (n_epochs, n_channels, n_times)
        w = self.keep_weights(epochs)
        n_kept = ops.maximum(w.sum(), 1.0)
        evoked = (epochs * w.reshape(-1, 1, 1)).sum(axis=0) / n_kept
        return evoked, n_kept


def make():
    np.random.seed(21)
    epochs = 20.0 * np.random.randn(12, 4, 32)
    epochs[[2, 7], 1, 10:14] += 300.0
    return MaskedEpochAverage(), (Tensor(epochs.astype(np.float32)),)
