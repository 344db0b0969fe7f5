# case: stager that applies an optional artifact mask only when one is passed (is None test on an argument) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedEEGStager(nn.Cell):
    def __init__(self, n_samples=32, n_stages=5):
        super().__init__()
        self.fc = nn.Dense(n_samples, n_stages)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, eeg, artifact_mask=None):
        if artifact_mask is not None:
            eeg = eeg * (1.0 - artifact_mask)
        probs = self.softmax(self.fc(eeg))
        return probs


def make():
    np.random.seed(39)
    eeg = np.random.randn(6, 32).astype(np.float32)
    mask = (np.random.rand(6, 32) > 0.9).astype(np.float32)
    return MaskedEEGStager(), (Tensor(eeg), Tensor(mask))
