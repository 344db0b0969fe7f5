# case: computes alarm tier by summing tensor comparisons against constant thresholds -> no host conversion, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmTierTensor(nn.Cell):
    def __init__(self, thresholds=(2.0, 3.0, 4.0)):
        super().__init__()
        self.thresholds = Tensor(np.array(thresholds, dtype=np.float32))

    def construct(self, forecast_stage):
        # forecast_stage: (gauges, lead_hours)
        peak = forecast_stage.max(axis=1, keepdims=True)
        tier = (peak >= self.thresholds).astype(ms.int32).sum(axis=1)
        margin = self.thresholds[1] - peak.squeeze(1)
        return tier, margin


def make():
    np.random.seed(15)
    stage = np.random.uniform(1.0, 4.6, size=(5, 24)).astype(np.float32)
    return AlarmTierTensor(), (Tensor(stage),)
