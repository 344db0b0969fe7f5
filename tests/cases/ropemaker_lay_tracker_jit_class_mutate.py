# case: a @ms.jit_class lay-length tracker created in construct accumulates strand lay lengths via a method that writes its attributes -> jit_class instance mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LayTracker:
    def __init__(self):
        self.total = Tensor(0.0, ms.float32)
        self.count = 0

    def update(self, lay_mm):
        self.total = self.total + lay_mm.sum()
        self.count = self.count + lay_mm.shape[0]

    def mean(self):
        return self.total / self.count


class LayLengthMonitor(nn.Cell):
    def __init__(self, n_strands=3):
        super().__init__()
        self.n_strands = n_strands

    def construct(self, lay_mm):
        tracker = LayTracker()
        for s in range(self.n_strands):
            tracker.update(lay_mm[s])
        return tracker.mean()


def make():
    np.random.seed(121)
    lay = np.random.normal(95.0, 1.5, size=(3, 20)).astype(np.float32)
    return LayLengthMonitor(), (Tensor(lay),)
