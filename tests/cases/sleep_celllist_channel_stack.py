# case: per-channel EEG/EOG heads in a CellList iterated in a constant for loop, outputs stacked and averaged -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelHead(nn.Cell):
    def __init__(self, n_samples, n_stages, dropout=0.0):
        super().__init__()
        self.fc = nn.Dense(n_samples, n_stages)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()

    def construct(self, x):
        return self.fc(self.drop(x))


class MultiChannelStager(nn.Cell):
    def __init__(self, n_channels=3, n_samples=32, n_stages=5):
        super().__init__()
        self.heads = nn.CellList([ChannelHead(n_samples, n_stages) for _ in range(n_channels)])

    def construct(self, psg):
        outs = []
        for c, head in enumerate(self.heads):
            outs.append(head(psg[:, c, :]))
        return ops.stack(outs, axis=0).mean(axis=0)


def make():
    np.random.seed(32)
    psg = np.random.randn(4, 3, 32).astype(np.float32)
    return MultiChannelStager(), (Tensor(psg),)
