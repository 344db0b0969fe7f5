# case: pitch tracker replaces unvoiced frames by zero with ops.select and averages cents over voiced frames with a weight mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoicedPitchStatsMasked(nn.Cell):
    def __init__(self, ref_hz=440.0, voicing_threshold=0.5):
        super().__init__()
        self.ref_hz = ref_hz
        self.voicing_threshold = voicing_threshold

    def to_cents(self, f0):
        safe = ops.maximum(f0, 1e-3)
        return 1200.0 * ops.log(safe / self.ref_hz) / np.log(2.0)

    def construct(self, f0, periodicity):
        voiced = periodicity > self.voicing_threshold
        f0_clean = ops.select(voiced, f0, ops.zeros_like(f0))
        w = voiced.astype(ms.float32)
        cents = self.to_cents(f0) * w
        n_voiced = ops.maximum(w.sum(), 1.0)
        mean_c = cents.sum() / n_voiced
        var_c = (((cents - mean_c) * w) ** 2).sum() / n_voiced
        return f0_clean, mean_c, ops.sqrt(var_c)


def make():
    np.random.seed(7)
    f0 = Tensor((200 + 50 * np.random.rand(30)).astype(np.float32))
    per = Tensor(np.random.rand(30).astype(np.float32))
    return VoicedPitchStatsMasked(), (f0, per)
