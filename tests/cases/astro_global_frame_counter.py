# case: module-level dict tracking processed frames and peak flux is mutated from construct -> global Python state mutated in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_LOG = {"frames": 0, "peaks": []}


class FrameIngest(nn.Cell):
    def __init__(self, gain=1.5):
        super().__init__()
        self.gain = gain

    def construct(self, raw):
        electrons = raw * self.gain
        peak = electrons.max()
        FRAME_LOG["frames"] += 1
        FRAME_LOG["peaks"].append(peak)
        return electrons, peak


def make():
    np.random.seed(19)
    raw = np.random.uniform(1000.0, 1200.0, (8, 8)).astype(np.float32)
    return FrameIngest(), (Tensor(raw),)
