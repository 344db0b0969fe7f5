# case: propagates alpha into unknown pixels by repeated 3x3 averaging until the change is small or a max count is reached -> tensor-conditioned while loop, shapes unchanged
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlphaPropagation(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=10):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter
        self.kernel = Tensor(np.full((1, 1, 3, 3), 1.0 / 9.0, np.float32))

    def construct(self, alpha, trimap):
        unknown = ops.logical_and(trimap > 0.1, trimap < 0.9).astype(ms.float32)
        it = Tensor(0, ms.int32)
        change = Tensor(1.0, ms.float32)
        while change > self.tol and it < self.max_iter:
            smooth = ops.conv2d(alpha, self.kernel, pad_mode="pad", padding=1)
            new_alpha = unknown * smooth + (1.0 - unknown) * alpha
            change = ops.abs(new_alpha - alpha).max()
            alpha = new_alpha
            it = it + 1
        return alpha


def make():
    np.random.seed(35)
    alpha = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(1, 1, 12, 12)).astype(np.float32))
    return AlphaPropagation(), (alpha, tri)
