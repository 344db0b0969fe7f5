# case: read which drawknobs are pulled from a console scan and gather their rank voicing vectors through ops.nonzero -> index count depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConsoleScan(nn.Cell):
    def __init__(self, n_knobs=20, voicing_dim=6):
        super().__init__()
        self.voicing = Tensor(np.random.rand(n_knobs, voicing_dim).astype(np.float32))
        self.threshold = 0.5

    def construct(self, knob_travel):
        pulled = knob_travel > self.threshold
        idx = ops.nonzero(pulled).reshape(-1)
        active = ops.gather(self.voicing, idx, 0)
        return active.mean(axis=0)


def make():
    np.random.seed(320)
    travel = np.random.rand(20).astype(np.float32)
    return ConsoleScan(), (Tensor(travel),)
