# case: refines disparity until the update norm drops below eps, appending each prediction to a list that is stacked at the end -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvergentDisparityRefiner(nn.Cell):
    def __init__(self, channels=4, eps=1e-2, max_iters=8):
        super().__init__()
        self.eps = eps
        self.max_iters = max_iters
        self.delta = nn.Conv2d(channels + 1, 1, 3, pad_mode='same')

    def step(self, feat, disp):
        d = ops.tanh(self.delta(ops.cat([feat, disp], axis=1))) * 0.5
        return disp + d, ops.abs(d).mean()

    def construct(self, feat, disp):
        preds = []
        change = ops.ones((), ms.float32)
        it = 0
        while change > self.eps and it < self.max_iters:
            disp, change = self.step(feat, disp)
            preds.append(disp)
            it += 1
        return ops.stack(preds)


def make():
    np.random.seed(16)
    feat = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    disp = Tensor((np.random.rand(1, 1, 6, 8) * 4).astype(np.float32))
    return ConvergentDisparityRefiner(), (feat, disp)
