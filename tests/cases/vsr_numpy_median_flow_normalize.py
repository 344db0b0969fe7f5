# case: normalizes a predicted flow field by its median magnitude computed with np.median on asnumpy() inside construct -> error (host NumPy round trip in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowNormalizer(nn.Cell):
    def __init__(self, mid=6, target_mag=1.0):
        super().__init__()
        self.target_mag = target_mag
        self.flow_head = nn.Conv2d(6, 2, 3, pad_mode="same")

    def construct(self, f0, f1):
        flow = self.flow_head(ops.cat((f0, f1), axis=1))
        mag = ops.sqrt((flow ** 2).sum(axis=1) + 1e-12)
        med = np.median(mag.asnumpy())
        scale = self.target_mag / max(float(med), 1e-3)
        return flow * scale


def make():
    np.random.seed(39)
    f0 = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    f1 = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return FlowNormalizer(), (f0, f1)
