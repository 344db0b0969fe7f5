# case: pitch smoother collects indices of voiced frames with ops.argwhere and gathers their f0 values for a median -> dynamic shape (argwhere + gather)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoicedMedianF0(nn.Cell):
    def __init__(self, voicing_threshold=0.4):
        super().__init__()
        self.voicing_threshold = voicing_threshold

    def voiced_indices(self, confidence):
        return ops.argwhere(confidence > self.voicing_threshold).reshape(-1)

    def construct(self, f0, confidence):
        idx = self.voiced_indices(confidence)
        voiced_f0 = ops.gather(f0, idx, 0)
        med, _ = ops.median(voiced_f0)
        return med, voiced_f0


def make():
    np.random.seed(32)
    f0 = Tensor((110 + 30 * np.random.rand(25)).astype(np.float32))
    conf = Tensor(np.random.rand(25).astype(np.float32))
    return VoicedMedianF0(), (f0, conf)
