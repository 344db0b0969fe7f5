# case: log-mel front end looks up an optional PCEN sub-cell with getattr(self, "pcen", None) and falls back to log compression when it is absent (it never is set) -> attribute lookup resolves at compile time, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FrontEndConfig:
    def __init__(self, n_mels=40, use_pcen=False, log_offset=1e-6, normalize=True):
        self.n_mels = n_mels
        self.use_pcen = use_pcen
        self.log_offset = log_offset
        self.normalize = normalize


class PCEN(nn.Cell):
    def __init__(self, n_mels, alpha=0.98, delta=2.0, r=0.5):
        super().__init__()
        self.alpha = Parameter(Tensor(np.full((n_mels,), alpha, np.float32)), name="alpha")
        self.delta = delta
        self.r = r

    def construct(self, mel, smooth):
        return (mel / (smooth + 1e-6) ** self.alpha + self.delta) ** self.r - self.delta ** self.r


class LogMelFrontEnd(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.log_offset = config.log_offset
        self.normalize = config.normalize
        if config.use_pcen:
            self.pcen = PCEN(config.n_mels)

    def construct(self, mel):
        pcen = getattr(self, "pcen", None)
        if pcen is not None:
            feats = pcen(mel, mel.mean(axis=1, keep_dims=True))
        else:
            feats = ops.log(mel + self.log_offset)
        if self.normalize:
            feats = (feats - feats.mean(axis=1, keep_dims=True)) / (feats.std(axis=1, keepdims=True) + 1e-5)
        return feats


def make():
    np.random.seed(38331)
    mel = Tensor(np.abs(np.random.randn(2, 49, 40)).astype(np.float32))
    return LogMelFrontEnd(FrontEndConfig()), (mel,)
