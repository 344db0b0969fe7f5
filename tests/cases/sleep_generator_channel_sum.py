# case: combine per-channel EEG stage logits with sum() over a generator expression of sub-Cell outputs -> error or unrolled (generator in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelHead(nn.Cell):
    def __init__(self, n_samples, n_stages):
        super().__init__()
        self.fc = nn.Dense(n_samples, n_stages)

    def construct(self, x):
        return self.fc(x)


class MultiChannelStager(nn.Cell):
    def __init__(self, n_channels=3, n_samples=32, n_stages=5):
        super().__init__()
        self.heads = nn.CellList([ChannelHead(n_samples, n_stages) for _ in range(n_channels)])
        self.n_channels = n_channels

    def construct(self, eeg):
        logits = sum(self.heads[c](eeg[:, c, :]) for c in range(self.n_channels))
        return logits / self.n_channels


def make():
    np.random.seed(31)
    eeg = np.random.randn(4, 3, 32).astype(np.float32)
    return MultiChannelStager(), (Tensor(eeg),)
