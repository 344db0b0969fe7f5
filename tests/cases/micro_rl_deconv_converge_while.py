# case: Richardson-Lucy with early stopping: while-loop on a tensor convergence criterion, loop state keeps its shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvergentDeconvolution(nn.Cell):
    def __init__(self, max_iter=20, tol=1e-3, eps=1e-7):
        super().__init__()
        psf = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], np.float32) / 16.0
        self.psf = Tensor(psf.reshape(1, 1, 3, 3))
        self.max_iter = max_iter
        self.tol = tol
        self.eps = eps

    def _rl_step(self, estimate, observed):
        blurred = ops.conv2d(estimate, self.psf, pad_mode="same")
        ratio = observed / (blurred + self.eps)
        return estimate * ops.conv2d(ratio, self.psf, pad_mode="same")

    def construct(self, observed):
        estimate = observed
        delta = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            new_estimate = self._rl_step(estimate, observed)
            delta = ops.abs(new_estimate - estimate).mean() / (estimate.mean() + self.eps)
            estimate = new_estimate
            it = it + 1
        return estimate, it


def make():
    np.random.seed(8)
    img = np.random.rand(1, 1, 16, 16).astype(np.float32) + 0.2
    return ConvergentDeconvolution(), (Tensor(img),)
