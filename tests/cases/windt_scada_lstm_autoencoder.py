# case: SCADA anomaly scorer uses an LSTM encoder and a Dense decoder that reconstructs the last timestep, scoring by squared error -> standard recurrent net, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScadaLSTMScorer(nn.Cell):
    def __init__(self, n_channels=5, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_channels, hidden, num_layers=1, batch_first=True)
        self.decoder = nn.Dense(hidden, n_channels)

    def construct(self, seq):
        out, _ = self.lstm(seq)
        last_hidden = out[:, -1, :]
        recon = self.decoder(last_hidden)
        target = seq[:, -1, :]
        return ((recon - target) ** 2).mean(axis=-1)


def make():
    np.random.seed(31)
    seq = Tensor(np.random.randn(3, 12, 5).astype(np.float32))
    return ScadaLSTMScorer(), (seq,)
