# case: event detector averages only the posteriors above threshold using a three-argument ops.where and a float mask count -> fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectorConfig:
    n_mels = 32
    n_classes = 6
    threshold = 0.3
    eps = 1e-6


def thresholded_mean(probs, threshold, eps):
    mask = probs > threshold
    kept = ops.where(mask, probs, ops.zeros_like(probs))
    return kept.sum() / (mask.astype(probs.dtype).sum() + eps)


class EventDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frame_fc = nn.Dense(config.n_mels, config.n_classes)
        self.threshold = config.threshold
        self.eps = config.eps

    def construct(self, logmel):
        frame_probs = ops.sigmoid(self.frame_fc(logmel))
        clipwise = frame_probs.max(axis=1)
        confidence = thresholded_mean(frame_probs, self.threshold, self.eps)
        return clipwise, confidence


def make():
    np.random.seed(3788)
    logmel = Tensor(np.random.randn(2, 40, 32).astype(np.float32))
    return EventDetector(DetectorConfig()), (logmel,)
