# case: variance adaptor with use_pitch on normalises predicted pitch by mean/std over voiced frames gathered with masked_select -> dynamic (masked_select output size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarianceAdaptorConfig:
    def __init__(self, hidden_size=16, use_pitch=True, use_energy=False, pitch_bins=32):
        self.hidden_size = hidden_size
        self.use_pitch = use_pitch
        self.use_energy = use_energy
        self.pitch_bins = pitch_bins


class VariancePredictor(nn.Cell):
    def __init__(self, hidden_size):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(hidden_size, hidden_size), nn.ReLU(), nn.Dense(hidden_size, 1)])

    def construct(self, x):
        return self.net(x).squeeze(-1)


class PitchStatsMixin:
    def voiced_stats(self, pitch, voiced):
        voiced_pitch = ops.masked_select(pitch, voiced)
        return voiced_pitch.mean(), voiced_pitch.std()


class VarianceAdaptor(nn.Cell, PitchStatsMixin):
    def __init__(self, config):
        super().__init__()
        self.use_pitch = config.use_pitch
        self.use_energy = config.use_energy
        self.pitch_predictor = VariancePredictor(config.hidden_size)
        self.pitch_embed = nn.Embedding(config.pitch_bins, config.hidden_size)
        self.n_bins = config.pitch_bins

    def construct(self, x, pitch_target=None):
        pitch = None
        if self.use_pitch:
            pitch = self.pitch_predictor(x) if pitch_target is None else pitch_target
            voiced = pitch > 0
            mu, sigma = self.voiced_stats(pitch, voiced)
            norm = (pitch - mu) / (sigma + 1e-5)
            bins = ops.clamp(((norm + 3.0) / 6.0 * self.n_bins).astype(ms.int32), 0, self.n_bins - 1)
            x = x + self.pitch_embed(bins)
        return x, pitch


def make():
    np.random.seed(15)
    cfg = VarianceAdaptorConfig()
    x = Tensor(np.random.randn(2, 20, cfg.hidden_size).astype(np.float32))
    return VarianceAdaptor(cfg), (x,)
