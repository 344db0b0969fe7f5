# case: EEG stager that rescales high-power epochs inside an if on a tensor value, both branches keeping the same shape -> static shapes (control flow only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PowerNormStager(nn.Cell):
    def __init__(self, n_samples=64, n_stages=5, power_limit=2.0):
        super().__init__()
        self.power_limit = power_limit
        self.fc1 = nn.Dense(n_samples, 16)
        self.fc2 = nn.Dense(16, n_stages)
        self.act = nn.ReLU()

    def normalise(self, eeg):
        power = (eeg * eeg).mean()
        if power > self.power_limit:
            eeg = eeg / ops.sqrt(power)
        else:
            eeg = eeg * 1.0
        return eeg

    def construct(self, eeg):
        x = self.normalise(eeg)
        return self.fc2(self.act(self.fc1(x)))


def make():
    np.random.seed(17)
    eeg = (np.random.randn(4, 64) * 2.0).astype(np.float32)
    return PowerNormStager(), (Tensor(eeg),)
