# case: utterance-level CMVN front end that computes mean/std with NumPy on feats.asnumpy() inside construct when per-utterance normalisation is on (the default) -> Graph mode should reject (asnumpy in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontendConfig:
    def __init__(self, n_mels=40, utterance_cmvn=True, norm_vars=True):
        self.n_mels = n_mels
        self.utterance_cmvn = utterance_cmvn
        self.norm_vars = norm_vars


class UtteranceCMVN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm_vars = config.norm_vars
        self.eps = 1e-5

    def _stats(self, feats):
        arr = feats.asnumpy()
        mean = arr.mean(axis=1, keepdims=True)
        std = arr.std(axis=1, keepdims=True)
        return Tensor(mean), Tensor(std)

    def construct(self, feats):
        mean, std = self._stats(feats)
        feats = feats - mean
        if self.norm_vars:
            feats = feats / (std + self.eps)
        return feats


class Frontend(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cmvn = UtteranceCMVN(config) if config.utterance_cmvn else None
        self.proj = nn.Dense(config.n_mels, config.n_mels)

    def construct(self, feats):
        if self.cmvn is not None:
            feats = self.cmvn(feats)
        return self.proj(feats)


def make():
    np.random.seed(3308)
    net = Frontend(FrontendConfig())
    feats = Tensor(np.random.randn(2, 30, 40).astype(np.float32) * 3 + 1)
    return net, (feats,)
