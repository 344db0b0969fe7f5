# case: event detector reports a confidence score as the mean of the frame posteriors that pass the detection threshold, using ops.masked_select inside a scoring mixin -> data-dependent output size, should be dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DETECTION_THRESHOLD = 0.3


class DetectorConfig:
    n_mels = 32
    n_classes = 6
    threshold = DETECTION_THRESHOLD
    eps = 1e-6


class ConfidenceMixin:
    def _confident_mean(self, probs):
        selected = ops.masked_select(probs, probs > self.threshold)
        return selected.sum() / (selected.shape[0] + self.eps)


class EventDetector(nn.Cell, ConfidenceMixin):
    def __init__(self, config):
        super().__init__()
        self.frame_fc = nn.Dense(config.n_mels, config.n_classes)
        self.threshold = config.threshold
        self.eps = config.eps

    def construct(self, logmel):
        frame_probs = ops.sigmoid(self.frame_fc(logmel))
        clipwise = frame_probs.max(axis=1)
        confidence = self._confident_mean(frame_probs)
        return clipwise, confidence


def make():
    np.random.seed(3787)
    logmel = Tensor(np.random.randn(2, 40, 32).astype(np.float32))
    return EventDetector(DetectorConfig()), (logmel,)
