# case: two-source spectrogram separation with sigmoid masks and mixture-consistent renormalisation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, kernel=3):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, kernel, pad_mode="same")
        self.norm = nn.BatchNorm1d(cout)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        return self.act(self.norm(self.conv(x)))


class SoftMaskSeparator(nn.Cell):
    def __init__(self, n_bins=40, n_sources=2, hidden=24, consistent=True):
        super().__init__()
        self.n_sources = n_sources
        self.n_bins = n_bins
        self.consistent = consistent
        self.enc = ConvBlock(n_bins, hidden)
        self.dec = nn.Conv1d(hidden, n_bins * n_sources, 1, has_bias=True)

    def construct(self, mix_mag):
        # mix_mag: (batch, bins, frames)
        b, f, t = mix_mag.shape
        logits = self.dec(self.enc(ops.log1p(mix_mag)))
        logits = logits.reshape(b, self.n_sources, f, t)
        if self.consistent:
            masks = ops.softmax(logits, axis=1)
        else:
            masks = ops.sigmoid(logits)
        sources = masks * mix_mag.expand_dims(1)
        return sources, masks


def make():
    np.random.seed(1)
    x = Tensor(np.abs(np.random.randn(2, 40, 16)).astype(np.float32))
    net = SoftMaskSeparator()
    net.set_train(False)
    return net, (x,)
