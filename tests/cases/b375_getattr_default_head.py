# case: risk head is chosen by a config string in __init__ and an optional calibrator is looked up with getattr(self, "calibrator", None) in construct -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, hidden=16, head_type="mlp", calibrate=False, num_labels=1):
        self.hidden = hidden
        self.head_type = head_type
        self.calibrate = calibrate
        self.num_labels = num_labels


def build_head(config):
    if config.head_type == "linear":
        return nn.Dense(config.hidden, config.num_labels)
    return nn.SequentialCell([nn.Dense(config.hidden, config.hidden // 2), nn.ReLU(),
                              nn.Dense(config.hidden // 2, config.num_labels)])


class PlattCalibrator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = ms.Parameter(Tensor(1.0, ms.float32), name="platt_a")
        self.b = ms.Parameter(Tensor(0.0, ms.float32), name="platt_b")

    def construct(self, logits):
        return self.a * logits + self.b


class ConfigurableRiskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = build_head(config)
        if config.calibrate:
            self.calibrator = PlattCalibrator()

    def construct(self, pooled):
        logits = self.head(pooled)
        calibrator = getattr(self, "calibrator", None)
        if calibrator is not None:
            logits = calibrator(logits)
        return ops.sigmoid(logits)


def make():
    np.random.seed(3784)
    pooled = np.random.randn(5, 16).astype(np.float32)
    return ConfigurableRiskHead(HeadConfig()), (Tensor(pooled),)
