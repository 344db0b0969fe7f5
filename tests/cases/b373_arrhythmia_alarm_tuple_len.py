# case: arrhythmia head appends an alarm tensor to its outputs only when any class probability crosses the threshold (tuple length decided by tensor values) -> expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ARRHYTHMIA_CLASSES = ("NSR", "AF", "PVC", "PAC", "LBBB")


class HeadConfig:
    def __init__(self, hidden=32, num_classes=len(ARRHYTHMIA_CLASSES), alarm_threshold=0.7, output_hidden=False):
        self.hidden = hidden
        self.num_classes = num_classes
        self.alarm_threshold = alarm_threshold
        self.output_hidden = output_hidden


class ClassifierDense(nn.Dense):
    """Dense with temperature-scaled logits."""

    def __init__(self, in_channels, out_channels, temperature=1.0, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.temperature = temperature

    def construct(self, x):
        return super().construct(x) / self.temperature


class ArrhythmiaHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre = nn.Dense(config.hidden, config.hidden, activation="relu")
        self.cls = ClassifierDense(config.hidden, config.num_classes, temperature=1.5)
        self.threshold = config.alarm_threshold
        self.output_hidden = config.output_hidden

    def _alarm(self, probs):
        return (probs[:, 1:] > self.threshold).any()

    def construct(self, feats):
        h = self.pre(feats)
        logits = self.cls(h)
        probs = ops.sigmoid(logits)
        outputs = (logits,)
        if self._alarm(probs):
            outputs = outputs + (probs.max(axis=-1),)
        if self.output_hidden:
            outputs = outputs + (h,)
        return outputs


def make():
    np.random.seed(3739)
    feats = Tensor(np.random.randn(4, 32).astype(np.float32) * 2)
    return ArrhythmiaHead(HeadConfig()), (feats,)
