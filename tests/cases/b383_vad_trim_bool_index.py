# case: log-mel front end with an energy VAD that, when trim_silence is set in the config, keeps only speech frames by boolean-mask indexing before pooling -> boolean indexing gives a data-dependent frame count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEndConfig:
    n_mels = 40
    vad_threshold = -2.0
    trim_silence = True
    pooling = "mean"


class EnergyVAD(nn.Cell):
    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold

    def construct(self, log_mel):
        energy = log_mel.mean(axis=-1)
        return energy > self.threshold


class UtteranceEmbedder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_silence = config.trim_silence
        self.pooling = config.pooling
        self.vad = EnergyVAD(config.vad_threshold)
        self.proj = nn.Dense(config.n_mels, 16)

    def _drop_silence(self, log_mel):
        speech = self.vad(log_mel)
        return log_mel[speech]

    def construct(self, log_mel):
        frames = self._drop_silence(log_mel[0]) if self.trim_silence else log_mel[0]
        h = self.proj(frames)
        if self.pooling == "mean":
            return h.mean(axis=0)
        return h.max(axis=0)


def make():
    np.random.seed(3836)
    x = np.random.randn(1, 50, 40).astype(np.float32) - 2.0
    x[0, 15:35] += 1.5
    return UtteranceEmbedder(FrontEndConfig()), (Tensor(x),)
