# case: heart-rate estimator converts RR intervals to NumPy with .asnumpy() and takes np.median inside construct -> NumPy on tensors in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SECONDS_PER_MINUTE = 60.0


class HRConfig:
    fs = 250
    robust = True
    clip_bpm = (30.0, 220.0)


class HeartRateEstimator(nn.Cell):
    def __init__(self, config=HRConfig):
        super().__init__()
        self.fs = float(config.fs)
        self.robust = getattr(config, "robust", False)
        self.lo, self.hi = config.clip_bpm

    def _centre(self, rr):
        if self.robust:
            return Tensor(np.median(rr.asnumpy(), axis=-1), ms.float32)
        return rr.mean(axis=-1)

    def construct(self, r_peak_samples):
        rr = (r_peak_samples[:, 1:] - r_peak_samples[:, :-1]).astype(ms.float32) / self.fs
        rr_c = self._centre(rr)
        bpm = SECONDS_PER_MINUTE / rr_c
        return ops.clamp(bpm, self.lo, self.hi)


def make():
    np.random.seed(3749)
    rr = np.random.randint(180, 230, size=(3, 9))
    peaks = np.concatenate([np.zeros((3, 1), int), np.cumsum(rr, axis=1)], axis=1)
    return HeartRateEstimator(), (Tensor(peaks.astype(np.int32)),)
