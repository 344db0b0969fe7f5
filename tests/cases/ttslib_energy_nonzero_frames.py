# case: energy extractor helper finds non-silent frames with ops.nonzero and averages their energy per utterance -> dynamic (nonzero output size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SILENCE_DB = -60.0


def frame_energy(mel):
    # mel: (B, n_mels, T) log-mel -> (B, T) energy in dB-ish units
    return 10.0 * ops.log10(ops.exp(mel).sum(axis=1) + 1e-6)


class EnergyConfig:
    n_mels = 20
    silence_db = SILENCE_DB
    normalize = True


class EnergyExtractor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.silence_db = config.silence_db
        self.normalize = config.normalize

    def _speech_mean(self, energy_row):
        idx = ops.nonzero(energy_row > self.silence_db)
        speech = ops.gather_nd(energy_row, idx)
        return speech.mean()

    def construct(self, mel):
        energy = frame_energy(mel)
        if self.normalize:
            means = ops.stack([self._speech_mean(energy[b]) for b in range(energy.shape[0])])
            energy = energy - means.expand_dims(1)
        return energy


def make():
    np.random.seed(17)
    cfg = EnergyConfig()
    mel = np.random.randn(2, cfg.n_mels, 30).astype(np.float32)
    mel[:, :, 25:] = -20.0
    return EnergyExtractor(cfg), (Tensor(mel),)
