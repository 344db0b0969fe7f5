# case: same variance adaptor with a masked_select voiced-stats branch guarded by use_pitch, but the config leaves use_pitch False and only energy is used -> static (branch never compiled)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarianceAdaptorConfig:
    def __init__(self, hidden_size=16, use_pitch=False, use_energy=True, n_bins=32):
        self.hidden_size = hidden_size
        self.use_pitch = use_pitch
        self.use_energy = use_energy
        self.n_bins = n_bins


class VariancePredictor(nn.Cell):
    def __init__(self, hidden_size):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(hidden_size, hidden_size), nn.ReLU(), nn.Dense(hidden_size, 1)])

    def construct(self, x):
        return self.net(x).squeeze(-1)


class VarianceAdaptor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_pitch = config.use_pitch
        self.use_energy = config.use_energy
        self.n_bins = config.n_bins
        self.pitch_predictor = VariancePredictor(config.hidden_size)
        self.energy_predictor = VariancePredictor(config.hidden_size)
        self.energy_embed = nn.Embedding(config.n_bins, config.hidden_size)

    def _quantize(self, values):
        scaled = ops.sigmoid(values) * self.n_bins
        return ops.clamp(scaled.astype(ms.int32), 0, self.n_bins - 1)

    def construct(self, x):
        outputs = (x,)
        if self.use_pitch:
            pitch = self.pitch_predictor(x)
            voiced_pitch = ops.masked_select(pitch, pitch > 0)
            pitch = (pitch - voiced_pitch.mean()) / (voiced_pitch.std() + 1e-5)
            outputs = outputs + (pitch,)
        if self.use_energy:
            energy = self.energy_predictor(x)
            x = x + self.energy_embed(self._quantize(energy))
            outputs = (x,) + outputs[1:] + (energy,)
        return outputs


def make():
    np.random.seed(16)
    cfg = VarianceAdaptorConfig()
    x = Tensor(np.random.randn(2, 20, cfg.hidden_size).astype(np.float32))
    return VarianceAdaptor(cfg), (x,)
