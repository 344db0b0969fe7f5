# case: composition loss that logs its value with print of an f-string of a tensor inside construct -> f-string of tensor data in graph, may error or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionLoss(nn.Cell):
    def __init__(self, eps=1e-6, verbose=True):
        super().__init__()
        self.eps = eps
        self.verbose = verbose

    def composite(self, alpha, fg, bg):
        return alpha * fg + (1.0 - alpha) * bg

    def construct(self, pred_alpha, fg, bg, image):
        comp = self.composite(pred_alpha, fg, bg)
        loss = ops.sqrt((comp - image) ** 2 + self.eps).mean()
        if self.verbose:
            print(f"composition loss = {loss}")
        return loss


def make():
    np.random.seed(9)
    a = Tensor(np.random.rand(1, 1, 8, 8).astype(np.float32))
    fg = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    bg = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    img = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return CompositionLoss(), (a, fg, bg, img)
