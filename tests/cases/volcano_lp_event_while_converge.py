# case: iteratively refine a long-period event stack with a while loop on a tensor misfit, shapes unchanged per iteration -> dynamic loop but fixed shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LPStackRefiner(nn.Cell):
    def __init__(self, max_iter=5, tol=1e-3):
        super().__init__()
        self.max_iter = max_iter
        self.tol = tol

    def construct(self, waveforms):
        stack = waveforms.mean(axis=0)
        misfit = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while misfit > self.tol and it < self.max_iter:
            cc = (waveforms * stack).sum(axis=1) / (ops.norm(waveforms, dim=1) * ops.norm(stack) + 1e-6)
            w = ops.relu(cc).reshape(-1, 1)
            new_stack = (waveforms * w).sum(axis=0) / (w.sum() + 1e-6)
            misfit = ops.abs(new_stack - stack).max()
            stack = new_stack
            it = it + 1
        return stack, it


def make():
    np.random.seed(172)
    base = np.sin(np.linspace(0, 6 * np.pi, 200)).astype(np.float32)
    wf = base[None, :] + 0.3 * np.random.randn(10, 200).astype(np.float32)
    return LPStackRefiner(), (Tensor(wf.astype(np.float32)),)
