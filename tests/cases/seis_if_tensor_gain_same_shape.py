# case: apply an instrument gain correction chosen by an if on a tensor flag (broadband vs strong-motion), both branches keep the trace shape -> tensor-valued branch with matching shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GainCorrection(nn.Cell):
    def __init__(self, bb_gain=6.27e8, sm_gain=4.2e5):
        super().__init__()
        self.bb_gain = bb_gain
        self.sm_gain = sm_gain

    def construct(self, counts, is_strong_motion):
        if is_strong_motion:
            vel = counts / self.sm_gain
        else:
            vel = counts / self.bb_gain
        return vel - vel.mean()


def make():
    np.random.seed(46)
    counts = (1e5 * np.random.randn(50)).astype(np.float32)
    return GainCorrection(), (Tensor(counts), Tensor(True, ms.bool_))
