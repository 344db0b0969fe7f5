# case: energy extractor marks silent frames with a threshold and zeroes them with three-argument ops.where, mean over speech via masked sums -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SILENCE_DB = -60.0


def frame_energy(mel):
    return 10.0 * ops.log10(ops.exp(mel).sum(axis=1) + 1e-6)


class EnergyConfig:
    n_mels = 20
    silence_db = SILENCE_DB
    normalize = True
    return_mask = False


class EnergyExtractor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.silence_db = config.silence_db
        self.normalize = config.normalize
        self.return_mask = getattr(config, "return_mask", False)

    def _speech_mean(self, energy, speech):
        w = speech.astype(energy.dtype)
        return (energy * w).sum(axis=1, keepdims=True) / ops.clamp(w.sum(axis=1, keepdims=True), min=1.0)

    def construct(self, mel):
        energy = frame_energy(mel)
        speech = energy > self.silence_db
        if self.normalize:
            energy = energy - self._speech_mean(energy, speech)
        energy = ops.where(speech, energy, ops.zeros_like(energy))
        if self.return_mask:
            return energy, speech
        return energy


def make():
    np.random.seed(18)
    cfg = EnergyConfig()
    mel = np.random.randn(2, cfg.n_mels, 30).astype(np.float32)
    mel[:, :, 25:] = -20.0
    return EnergyExtractor(cfg), (Tensor(mel),)
