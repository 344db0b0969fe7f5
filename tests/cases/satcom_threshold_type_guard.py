# case: link-quality gate accepting either a scalar float threshold or a per-link threshold tensor, resolved with isinstance in construct -> type guard on constructor value, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkGate(nn.Cell):
    def __init__(self, threshold=6.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, snr_db):
        if isinstance(self.threshold, float):
            thr = ops.full_like(snr_db, self.threshold)
        else:
            thr = self.threshold
        gate = (snr_db > thr).astype(ms.float32)
        return snr_db * gate, gate.sum()


def make():
    np.random.seed(41)
    snr = Tensor(np.random.uniform(0, 15, size=(2, 9)).astype(np.float32))
    return LinkGate(), (snr,)
