# case: loudness normaliser computes RMS dBFS with ops.log, clamps the gain to a max boost and applies it per channel -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoudnessNormalizerOps(nn.Cell):
    def __init__(self, target_dbfs=-20.0, max_boost_db=12.0, per_channel=True):
        super().__init__()
        self.target_dbfs = target_dbfs
        self.max_boost_db = max_boost_db
        self.per_channel = per_channel
        self.ln10 = float(np.log(10.0))

    def dbfs(self, audio):
        if self.per_channel:
            ms_ = (audio ** 2).mean(axis=-1, keep_dims=True)
        else:
            ms_ = (audio ** 2).mean()
        return 10.0 * ops.log(ms_ + 1e-12) / self.ln10

    def construct(self, audio):
        gain_db = self.target_dbfs - self.dbfs(audio)
        gain_db = ops.clamp(gain_db, -60.0, self.max_boost_db)
        gain = ops.exp(gain_db / 20.0 * self.ln10)
        out = audio * gain
        return ops.clamp(out, -1.0, 1.0)


def make():
    np.random.seed(9)
    audio = Tensor((0.1 * np.random.randn(2, 256)).astype(np.float32))
    return LoudnessNormalizerOps(), (audio,)
