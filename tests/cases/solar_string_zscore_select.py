# case: string current anomaly score uses ops.select to cap z-scores of flagged strings, all sizes from input shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustStringScore(nn.Cell):
    """Median/MAD style anomaly score for combiner-box string currents."""

    def __init__(self, z_limit=3.0, cap=10.0):
        super().__init__()
        self.z_limit = z_limit
        self.cap = cap

    def construct(self, currents):
        n_strings = currents.shape[0]
        med = ops.median(currents, axis=0, keepdims=True)[0]
        mad = ops.median(ops.abs(currents - med), axis=0, keepdims=True)[0]
        z = 0.6745 * (currents - med) / (mad + 1e-6)
        z = ops.abs(z)
        capped = ops.select(z > self.cap, ops.full_like(z, self.cap), z)
        flags = (capped > self.z_limit).astype(ms.float32)
        score = flags.sum(axis=1) / currents.shape[1]
        return score.reshape(n_strings, 1), capped


def make():
    np.random.seed(3)
    currents = np.random.normal(9.0, 0.25, size=(16, 12)).astype(np.float32)
    currents[4, :3] = 3.0
    return RobustStringScore(), (Tensor(currents),)
