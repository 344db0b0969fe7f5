# case: pitch tracking by argmax over salience bins, then mean f0 over voiced frames via boolean indexing -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cents_table(n_bins, fmin=32.7, bins_per_octave=12):
    cents = np.arange(n_bins) * (1200.0 / bins_per_octave)
    return (fmin * 2.0 ** (cents / 1200.0)).astype(np.float32)


class SaliencePitchTracker(nn.Cell):
    def __init__(self, n_bins=48, voicing_threshold=0.3):
        super().__init__()
        self.freqs = Tensor(cents_table(n_bins))
        self.voicing_threshold = voicing_threshold
        self.head = nn.SequentialCell([
            nn.Dense(n_bins, 64), nn.ReLU(), nn.Dense(64, n_bins)])

    def decode(self, salience):
        idx = ops.argmax(salience, dim=-1)
        conf = salience.max(axis=-1)
        f0 = ops.gather(self.freqs, idx, 0)
        return f0, conf

    def construct(self, feats):
        salience = ops.sigmoid(self.head(feats))
        f0, conf = self.decode(salience)
        voiced = conf > self.voicing_threshold
        f0_voiced = f0[voiced]
        mean_f0 = f0_voiced.mean()
        return f0, mean_f0


def make():
    np.random.seed(2)
    feats = Tensor(np.random.randn(20, 48).astype(np.float32))
    return SaliencePitchTracker(), (feats,)
