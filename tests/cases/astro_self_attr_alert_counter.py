# case: keep a running count of transient alerts by writing self.n_alerts = self.n_alerts + count inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertStream(nn.Cell):
    def __init__(self, threshold=0.3):
        super().__init__()
        self.threshold = threshold
        self.n_alerts = 0

    def construct(self, ref_mag, new_mag):
        dmag = ops.abs(new_mag - ref_mag)
        flagged = dmag > self.threshold
        count = flagged.astype(ms.int32).sum()
        self.n_alerts = self.n_alerts + count
        return flagged, self.n_alerts


def make():
    np.random.seed(11)
    ref = np.random.uniform(17.0, 19.0, 40).astype(np.float32)
    new = (ref + 0.05 * np.random.randn(40)).astype(np.float32)
    new[[5, 33]] += 0.8
    return AlertStream(), (Tensor(ref), Tensor(new))
