# case: pitch tracker computes mean f0 in cents over voiced frames only using boolean-mask indexing f0[voiced] -> dynamic shape (boolean indexing)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoicedPitchStats(nn.Cell):
    def __init__(self, ref_hz=440.0, voicing_threshold=0.5):
        super().__init__()
        self.ref_hz = ref_hz
        self.voicing_threshold = voicing_threshold

    def to_cents(self, f0):
        return 1200.0 * ops.log(f0 / self.ref_hz) / np.log(2.0)

    def construct(self, f0, periodicity):
        voiced = periodicity > self.voicing_threshold
        f0_voiced = f0[voiced]
        cents = self.to_cents(f0_voiced)
        return cents.mean(), cents.std()


def make():
    np.random.seed(6)
    f0 = Tensor((200 + 50 * np.random.rand(30)).astype(np.float32))
    per = Tensor(np.random.rand(30).astype(np.float32))
    return VoicedPitchStats(), (f0, per)
