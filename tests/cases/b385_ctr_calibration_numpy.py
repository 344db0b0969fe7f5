# case: CTR head applies isotonic-style bucket calibration through a helper that converts predictions with .asnumpy() and np.digitize -> NumPy on a tensor inside construct, expect rejection or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CALIB_EDGES = np.array([0.05, 0.1, 0.2, 0.4, 0.7], dtype=np.float32)
CALIB_VALUES = np.array([0.02, 0.07, 0.15, 0.3, 0.55, 0.85], dtype=np.float32)


class CalibConfig:
    def __init__(self, in_dim=12, calibrate=True, clip_eps=1e-6):
        self.in_dim = in_dim
        self.calibrate = calibrate
        self.clip_eps = clip_eps


class CalibratedCTRHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.calibrate = config.calibrate
        self.clip_eps = config.clip_eps
        self.logit = nn.Dense(config.in_dim, 1)

    def _calibrate(self, probs):
        p = probs.asnumpy()
        bucket = np.digitize(p, CALIB_EDGES)
        return Tensor(CALIB_VALUES[bucket])

    def construct(self, features):
        probs = ops.sigmoid(self.logit(features).squeeze(-1))
        probs = ops.clip_by_value(probs, self.clip_eps, 1.0 - self.clip_eps)
        if self.calibrate:
            probs = self._calibrate(probs)
        return probs


def make():
    np.random.seed(38511)
    cfg = CalibConfig()
    x = Tensor(np.random.randn(10, cfg.in_dim).astype(np.float32))
    return CalibratedCTRHead(cfg), (x,)
