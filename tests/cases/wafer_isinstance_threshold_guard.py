# case: accepts the defect threshold as either a Python float or a per-die tensor, dispatching with isinstance -> static shapes, type guard at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectBinarizer(nn.Cell):
    def __init__(self, default_threshold=0.5):
        super().__init__()
        self.default_threshold = default_threshold

    def construct(self, signal, threshold):
        if isinstance(threshold, (int, float)):
            thr = ops.full_like(signal, threshold)
        else:
            thr = ops.broadcast_to(threshold, signal.shape)
        binary = (signal > thr).astype(ms.float32)
        return binary, binary.sum(axis=(-2, -1))


def make():
    np.random.seed(27)
    sig = Tensor(np.random.rand(2, 8, 8).astype(np.float32))
    return DefectBinarizer(), (sig, 0.65)
