# case: keeps the top-k loudest frames where k is the number of VAD-active frames taken with int() from a tensor sum -> topk with a data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoudFramePooling(nn.Cell):
    def __init__(self, vad_thr=0.3):
        super().__init__()
        self.vad_thr = vad_thr

    def construct(self, spec):
        # spec: (frames, bins)
        energy = spec.mean(axis=1)
        k = int((energy > self.vad_thr).astype(ms.int32).sum())
        values, idx = ops.topk(energy, k)
        selected = ops.gather(spec, idx, 0)
        return selected.mean(axis=0), values


def make():
    np.random.seed(10)
    spec = np.abs(np.random.randn(16, 8)).astype(np.float32)
    spec[10:] *= 0.05
    return LoudFramePooling(), (Tensor(spec),)
