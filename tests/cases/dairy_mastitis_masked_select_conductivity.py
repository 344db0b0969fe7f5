# case: mastitis detector averages only the quarter-conductivity readings above the alert level using masked_select -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConductivityAlert(nn.Cell):
    def __init__(self, alert_ms_cm=6.2):
        super().__init__()
        self.alert = alert_ms_cm

    def construct(self, conductivity):
        # conductivity: (cows, 4 quarters) in mS/cm
        high = conductivity > self.alert
        flagged = ops.masked_select(conductivity, high)
        excess = flagged - self.alert
        score = excess.sum() / (conductivity.shape[0] * 4.0)
        return score, flagged


def make():
    np.random.seed(2)
    cond = np.random.normal(5.5, 0.6, (8, 4)).astype(np.float32)
    cond[1, 2] = 7.4
    cond[5, 0] = 6.9
    return ConductivityAlert(), (Tensor(cond),)
