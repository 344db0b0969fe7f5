# case: keep a running Python int of how many windows raised alerts by writing self.windows_alerted inside construct -> attribute write on self with a tensor-derived value, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowAlarm(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(5, 1)
        self.threshold = threshold
        self.windows_alerted = 0
        self.windows_seen = 0

    def construct(self, flows):
        scores = ops.sigmoid(self.fc(flows)).squeeze(-1)
        fired = scores.max() > self.threshold
        self.windows_seen += 1
        if fired:
            self.windows_alerted += 1
        rate = self.windows_alerted / self.windows_seen
        return scores, rate


def make():
    np.random.seed(13)
    flows = Tensor(np.random.randn(9, 5).astype(np.float32))
    return WindowAlarm(), (flows,)
