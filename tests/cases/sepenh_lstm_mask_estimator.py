# case: BLSTM mask estimation network over log-magnitude frames with one sigmoid mask per speaker, reshaped using x.shape -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BLSTMMaskNet(nn.Cell):
    def __init__(self, n_bins=16, hidden=20, num_spk=2, num_layers=1):
        super().__init__()
        self.num_spk = num_spk
        self.n_bins = n_bins
        self.norm = nn.LayerNorm((n_bins,))
        self.blstm = nn.LSTM(n_bins, hidden, num_layers=num_layers, batch_first=True, bidirectional=True)
        self.proj = nn.Dense(2 * hidden, n_bins * num_spk)

    def construct(self, mag):
        # mag: (batch, frames, bins)
        batch, frames, _ = mag.shape
        feats = self.norm(ops.log1p(mag))
        hidden, _ = self.blstm(feats)
        masks = ops.sigmoid(self.proj(hidden))
        masks = masks.reshape(batch, frames, self.num_spk, self.n_bins).transpose(0, 2, 1, 3)
        return masks * mag.expand_dims(1)


def make():
    np.random.seed(25)
    mag = np.abs(np.random.randn(2, 12, 16)).astype(np.float32)
    return BLSTMMaskNet(), (Tensor(mag),)
