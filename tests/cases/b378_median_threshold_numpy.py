# case: per-class adaptive detection thresholds are set to the median frame posterior, computed with np.median on .asnumpy() inside the detector's helper -> NumPy on tensor data in construct is expected to fail or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdConfig:
    n_mels = 32
    n_classes = 6
    adaptive_threshold = True
    fixed_threshold = 0.5


class AdaptiveThresholdDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frame_fc = nn.Dense(config.n_mels, config.n_classes)
        self.adaptive = config.adaptive_threshold
        self.fixed_threshold = config.fixed_threshold

    def _class_thresholds(self, frame_probs):
        if not self.adaptive:
            return ops.full((frame_probs.shape[-1],), self.fixed_threshold, ms.float32)
        med = np.median(frame_probs.asnumpy(), axis=0)
        return Tensor(med.astype(np.float32))

    def construct(self, logmel):
        frame_probs = ops.sigmoid(self.frame_fc(logmel))      # (T, C)
        thresholds = self._class_thresholds(frame_probs)
        decisions = (frame_probs > thresholds).astype(ms.float32)
        return frame_probs, decisions


def make():
    np.random.seed(3803)
    logmel = Tensor(np.random.randn(40, 32).astype(np.float32))
    return AdaptiveThresholdDetector(ThresholdConfig()), (logmel,)
