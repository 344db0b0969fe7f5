# case: keep the running count of alerted windows in non-trainable Parameters updated with ops.assign_add inside construct -> static shapes, supported side effect
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class WindowAlarm(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(5, 1)
        self.threshold = threshold
        self.windows_alerted = Parameter(Tensor(0.0, ms.float32), name="windows_alerted", requires_grad=False)
        self.windows_seen = Parameter(Tensor(0.0, ms.float32), name="windows_seen", requires_grad=False)

    def construct(self, flows):
        scores = ops.sigmoid(self.fc(flows)).squeeze(-1)
        fired = (scores.max() > self.threshold).astype(ms.float32)
        ops.assign_add(self.windows_seen, Tensor(1.0, ms.float32))
        ops.assign_add(self.windows_alerted, fired)
        rate = self.windows_alerted / self.windows_seen
        return scores, rate


def make():
    np.random.seed(13)
    flows = Tensor(np.random.randn(9, 5).astype(np.float32))
    return WindowAlarm(), (flows,)
