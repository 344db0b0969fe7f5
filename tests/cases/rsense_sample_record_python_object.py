# case: builds a plain Python record object inside construct, mutates its fields with tensors and returns one of them -> error or unsupported object handling in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchRecord:
    def __init__(self):
        self.mean = None
        self.cloudy = False


class PatchSummarizer(nn.Cell):
    def __init__(self, cloud_thr=0.9):
        super().__init__()
        self.cloud_thr = cloud_thr

    def construct(self, patch):
        rec = PatchRecord()
        rec.mean = patch.mean(axis=(1, 2))
        rec.cloudy = patch.max() > self.cloud_thr
        if rec.cloudy:
            rec.mean = rec.mean * 0.0
        return rec.mean


def make():
    np.random.seed(20)
    patch = Tensor(np.random.rand(4, 5, 5).astype(np.float32))
    return PatchSummarizer(), (patch,)
