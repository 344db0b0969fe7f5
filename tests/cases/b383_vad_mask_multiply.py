# case: energy VAD builds a speech mask and applies it by multiplication, then does a masked mean over frames dividing by the mask count -> mask used arithmetically, no data-dependent shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VADConfig:
    def __init__(self, threshold=-2.0, n_mels=40, embed_dim=16, trim_silence=True):
        self.threshold = threshold
        self.n_mels = n_mels
        self.embed_dim = embed_dim
        self.trim_silence = trim_silence


class MaskedMeanPool(nn.Cell):
    def construct(self, x, mask):
        m = mask.astype(x.dtype).expand_dims(-1)
        return (x * m).sum(axis=1) / ops.maximum(m.sum(axis=1), 1.0)


class VADEmbedder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.trim_silence = config.trim_silence
        self.proj = nn.Dense(config.n_mels, config.embed_dim)
        self.pool = MaskedMeanPool()

    def _speech_mask(self, log_mel):
        return log_mel.mean(axis=-1) > self.threshold

    def construct(self, log_mel):
        h = ops.relu(self.proj(log_mel))
        if self.trim_silence:
            mask = self._speech_mask(log_mel)
        else:
            mask = ops.ones(log_mel.shape[:2], ms.bool_)
        return self.pool(h, mask)


def make():
    np.random.seed(38324)
    x = np.random.randn(2, 50, 40).astype(np.float32) - 2.0
    x[:, 10:30] += 1.5
    return VADEmbedder(VADConfig()), (Tensor(x),)
