# case: pitch argmax with weighted-average refinement around the peak, unvoiced frames zeroed with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalAverageDecoder(nn.Cell):
    """CREPE-style decoding: weighted average of cents in a window around argmax."""

    def __init__(self, n_bins=60, window=4, cents_per_bin=20.0, base_cents=1997.0):
        super().__init__()
        self.window = window
        self.n_bins = n_bins
        cents = base_cents + cents_per_bin * np.arange(n_bins)
        self.cents = Tensor(cents.astype(np.float32))

    def construct(self, salience):
        t = salience.shape[0]
        center = ops.argmax(salience, dim=-1).astype(ms.int32)
        offsets = ops.arange(-self.window, self.window + 1, dtype=ms.int32)
        idx = ops.clip(center.expand_dims(-1) + offsets, 0, self.n_bins - 1)
        w = ops.gather_elements(salience, 1, idx)
        c = ops.gather(self.cents, idx, 0)
        cents = (w * c).sum(-1) / (w.sum(-1) + 1e-8)
        return cents, salience.max(axis=-1)


class PitchHead(nn.Cell):
    def __init__(self, in_dim=16, n_bins=60, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_bins)
        self.decoder = LocalAverageDecoder(n_bins)
        self.threshold = threshold

    def construct(self, x):
        sal = ops.sigmoid(self.fc(x))
        cents, conf = self.decoder(sal)
        hz = 10.0 * ops.pow(2.0, cents / 1200.0)
        zeros = ops.zeros_like(hz)
        return ops.select(conf > self.threshold, hz, zeros)


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(25, 16).astype(np.float32))
    return PitchHead(), (x,)
