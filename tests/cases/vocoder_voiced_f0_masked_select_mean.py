# case: source-filter vocoder (NSF) computes mean voiced F0 with masked_select to set harmonic source scale -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarmonicSource(nn.Cell):
    def __init__(self, sample_rate=16000, n_harmonics=3, hop=4, voiced_thresh=10.0):
        super().__init__()
        self.sr = sample_rate
        self.hop = hop
        self.voiced_thresh = voiced_thresh
        self.harm = Tensor(np.arange(1, n_harmonics + 1, dtype=np.float32).reshape(-1, 1))
        self.merge = nn.Dense(n_harmonics, 1)

    def upsample_f0(self, f0):
        return ops.repeat_elements(f0.expand_dims(0), self.hop, axis=1).reshape(-1)

    def construct(self, f0):
        f0_up = self.upsample_f0(f0)
        phase = ops.cumsum(f0_up / self.sr, axis=0) * 2 * np.pi
        sines = ops.sin(self.harm * phase.expand_dims(0))
        voiced = f0_up > self.voiced_thresh
        uv = voiced.astype(ms.float32)
        mean_f0 = ops.masked_select(f0_up, voiced).mean()
        amp = 0.1 * ops.minimum(mean_f0 / 200.0, 1.0)
        src = self.merge(sines.T).squeeze(-1) * amp * uv
        return ops.tanh(src)


def make():
    np.random.seed(24)
    f0 = np.concatenate([np.zeros(3), 120 + 10 * np.random.rand(6), np.zeros(3)]).astype(np.float32)
    return HarmonicSource(), (Tensor(f0),)
