# case: video flow model caches the last prediction on self for warm-starting the next frame -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmStartFlow(nn.Cell):
    def __init__(self, channels=4, iters=2, warm_start=True):
        super().__init__()
        self.iters = iters
        self.warm_start = warm_start
        self.prev_flow = None
        self.update = nn.Conv2d(2 * channels + 2, 2, 3, pad_mode='same')

    def init_flow(self, f1):
        b, _, h, w = f1.shape
        if self.warm_start and self.prev_flow is not None:
            return self.prev_flow
        return ops.zeros((b, 2, h, w), ms.float32)

    def construct(self, f1, f2):
        flow = self.init_flow(f1)
        for _ in range(self.iters):
            flow = flow + self.update(ops.cat([f1, f2, flow], axis=1))
        if self.warm_start:
            self.prev_flow = flow
        return flow


def make():
    np.random.seed(10)
    f1 = Tensor(np.random.randn(1, 4, 6, 6).astype(np.float32))
    f2 = Tensor(np.random.randn(1, 4, 6, 6).astype(np.float32))
    return WarmStartFlow(), (f1, f2)
