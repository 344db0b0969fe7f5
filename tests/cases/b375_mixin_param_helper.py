# case: calibration mixin creates temperature/bias Parameters in a helper called from __init__ and applies them in construct under a self.training branch -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CalibrationMixin:
    def _init_calibration(self, num_labels, init_temp=1.0):
        self.temperature = Parameter(Tensor(np.full((num_labels,), init_temp, np.float32)), name="temperature")
        self.calib_bias = Parameter(Tensor(np.zeros((num_labels,), np.float32)), name="calib_bias")

    def _calibrate(self, logits):
        return logits / ops.maximum(self.temperature, 1e-3) + self.calib_bias


class MixinConfig:
    def __init__(self, hidden=16, num_labels=2, label_smoothing=0.1):
        self.hidden = hidden
        self.num_labels = num_labels
        self.label_smoothing = label_smoothing


class CalibratedFraudHead(CalibrationMixin, nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Dense(config.hidden, config.num_labels)
        self.dropout = nn.Dropout(p=0.1)
        self.label_smoothing = config.label_smoothing
        self._init_calibration(config.num_labels)

    def construct(self, pooled):
        if self.training:
            pooled = self.dropout(pooled)
        logits = self._calibrate(self.dense(pooled))
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(3790)
    pooled = np.random.randn(6, 16).astype(np.float32)
    return CalibratedFraudHead(MixinConfig()), (Tensor(pooled),)
