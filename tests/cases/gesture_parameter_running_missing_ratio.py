# case: keeps a running missing-hand ratio in a non-trainable Parameter updated with ops.assign in construct -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MissingHandStats(nn.Cell):
    def __init__(self, presence_thr=0.5, momentum=0.9):
        super().__init__()
        self.presence_thr = presence_thr
        self.momentum = momentum
        self.running_ratio = Parameter(Tensor(0.0, ms.float32), name="running_ratio", requires_grad=False)

    def construct(self, keypoints, presence):
        missing = (presence < self.presence_thr).astype(ms.float32).mean()
        new_ratio = self.momentum * self.running_ratio + (1 - self.momentum) * missing
        ops.assign(self.running_ratio, new_ratio)
        scale = 1.0 - new_ratio
        return keypoints * scale


def make():
    np.random.seed(21)
    kp = Tensor(np.random.randn(8, 21, 3).astype(np.float32))
    pres = Tensor(np.random.rand(8).astype(np.float32))
    return MissingHandStats(), (kp, pres)
