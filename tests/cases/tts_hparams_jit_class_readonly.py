# case: energy/pitch embedding block reads read-only hyperparameters from a @ms.jit_class HParams object (no mutation) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class VarianceHParams:
    def __init__(self, pitch_min=50.0, pitch_max=400.0, n_bins=8, energy_scale=0.5):
        self.pitch_min = pitch_min
        self.pitch_max = pitch_max
        self.n_bins = n_bins
        self.energy_scale = energy_scale

    def normalize_pitch(self, f0):
        return (f0 - self.pitch_min) / (self.pitch_max - self.pitch_min)


class PitchEnergyEmbedding(nn.Cell):
    def __init__(self, hidden=16, hparams=None):
        super().__init__()
        self.hp = hparams if hparams is not None else VarianceHParams()
        self.pitch_emb = nn.Embedding(self.hp.n_bins, hidden)
        self.energy_proj = nn.Dense(1, hidden)

    def construct(self, x, f0, energy):
        p = ops.clamp(self.hp.normalize_pitch(f0), 0.0, 0.999)
        bins = ops.floor(p * self.hp.n_bins).astype(ms.int32)
        x = x + self.pitch_emb(bins)
        x = x + self.hp.energy_scale * self.energy_proj(energy.expand_dims(-1))
        return x


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    f0 = Tensor((np.random.rand(2, 6) * 350 + 50).astype(np.float32))
    en = Tensor(np.random.rand(2, 6).astype(np.float32))
    return PitchEnergyEmbedding(), (x, f0, en)
