# case: vocoder conditioning network upsamples mel frames to sample rate with nearest interpolation whose output size is mel length times a hop_length passed as a tensor -> dynamic or error (interpolate size from int() of a tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VocoderConfig:
    def __init__(self, n_mels=16, channels=16, hop_length=None):
        self.n_mels = n_mels
        self.channels = channels
        self.hop_length = hop_length


class ConditionUpsampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre = nn.Conv1d(config.n_mels, config.channels, 7, pad_mode="pad", padding=3, has_bias=True)
        self.post = nn.Conv1d(config.channels, 1, 7, pad_mode="pad", padding=3, has_bias=True)
        self.default_hop = config.hop_length

    def _upsample(self, x, hop_length):
        n_samples = x.shape[-1] * int(hop_length)
        return ops.interpolate(x, size=(n_samples,), mode="nearest")

    def construct(self, mel, hop_length=None):
        if hop_length is None:
            hop_length = self.default_hop
        x = ops.leaky_relu(self.pre(mel), 0.1)
        x = self._upsample(x, hop_length)
        return ops.tanh(self.post(x))


def make():
    np.random.seed(27)
    cfg = VocoderConfig()
    mel = Tensor(np.random.randn(1, cfg.n_mels, 10).astype(np.float32))
    hop = Tensor(8, ms.int32)
    return ConditionUpsampler(cfg), (mel, hop)
