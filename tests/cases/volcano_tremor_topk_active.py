# case: pick the strongest tremor frames, k = number of frames above the RSAM threshold -> top-k with k from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TremorEnergyPicker(nn.Cell):
    """Select the most energetic frames of a seismic tremor record."""

    def __init__(self, rsam_threshold=0.8):
        super().__init__()
        self.rsam_threshold = rsam_threshold
        self.abs = ops.Abs()

    def frame_energy(self, trace):
        # trace: (frames, samples) -> mean absolute amplitude per frame (RSAM-like)
        return self.abs(trace).mean(axis=1)

    def construct(self, trace):
        rsam = self.frame_energy(trace)
        n_active = (rsam > self.rsam_threshold).astype(ms.int32).sum()
        k = int(n_active)
        values, idx = ops.topk(rsam, k)
        return values, idx


def make():
    np.random.seed(11)
    trace = Tensor(np.random.randn(64, 100).astype(np.float32))
    return TremorEnergyPicker(), (trace,)
