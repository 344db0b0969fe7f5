# case: per-clip loudness normalisation of a padded batch that measures RMS on x[i, :lengths[i]] in a loop -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchLoudnessNorm(nn.Cell):
    def __init__(self, target_rms=0.1, eps=1e-8, batch_size=3):
        super().__init__()
        self.target_rms = target_rms
        self.eps = eps
        self.batch_size = batch_size

    def clip_gain(self, clip):
        rms = ops.sqrt((clip ** 2).mean() + self.eps)
        return self.target_rms / rms

    def construct(self, audio, lengths):
        gains = []
        for i in range(self.batch_size):
            valid = audio[i, :lengths[i]]
            gains.append(self.clip_gain(valid))
        gains = ops.stack(gains).expand_dims(-1)
        mask = ops.arange(audio.shape[-1]).expand_dims(0) < lengths.expand_dims(-1)
        return ops.where(mask, audio * gains, ops.zeros_like(audio))


def make():
    np.random.seed(38)
    audio = Tensor((0.05 * np.random.randn(3, 120)).astype(np.float32))
    lengths = Tensor(np.array([120, 75, 40], np.int32))
    return BatchLoudnessNorm(), (audio, lengths)
