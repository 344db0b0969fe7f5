# case: pick the 8 strongest tremor frames per station with k fixed by config -> static top-k, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TremorTopFrames(nn.Cell):
    def __init__(self, top_frames=8, use_log=True):
        super().__init__()
        self.top_frames = top_frames
        self.use_log = use_log

    def rsam(self, trace):
        energy = ops.abs(trace).mean(axis=-1)
        if self.use_log:
            energy = ops.log(energy + 1e-6)
        return energy

    def construct(self, trace):
        # trace: (stations, frames, samples)
        energy = self.rsam(trace)
        values, idx = ops.topk(energy, self.top_frames)
        return values.mean(axis=1), idx


def make():
    np.random.seed(12)
    trace = Tensor(np.random.randn(5, 48, 64).astype(np.float32))
    return TremorTopFrames(), (trace,)
