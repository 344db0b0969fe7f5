# case: EEG stager that crops the epoch to its first half when signal power is high (if on tensor value), otherwise keeps full length -> error (branches return different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveCropStager(nn.Cell):
    def __init__(self, n_stages=5, power_limit=2.0):
        super().__init__()
        self.power_limit = power_limit
        self.pool = ops.ReduceMean(keep_dims=False)
        self.head = nn.Dense(1, n_stages)

    def crop(self, eeg):
        power = (eeg * eeg).mean()
        if power > self.power_limit:
            eeg = eeg[:, : eeg.shape[1] // 2]
        return eeg

    def construct(self, eeg):
        x = self.crop(eeg)
        feat = ops.abs(x)
        return self.head(self.pool(feat, 1).expand_dims(1)), x


def make():
    np.random.seed(16)
    eeg = (np.random.randn(4, 64) * 2.0).astype(np.float32)
    return AdaptiveCropStager(), (Tensor(eeg),)
