# case: flag blurred scanned pages by the variance of a Laplacian implemented as a fixed-weight conv2d -> all ops static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAPLACIAN = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], np.float32)


class BlurCheck(nn.Cell):
    def __init__(self, blur_threshold=0.02, use_luma=True):
        super().__init__()
        self.blur_threshold = blur_threshold
        self.use_luma = use_luma
        self.luma = Tensor(np.array([0.299, 0.587, 0.114], np.float32).reshape(1, 3, 1, 1))
        self.kernel = Tensor(LAPLACIAN.reshape(1, 1, 3, 3))

    def gray(self, rgb):
        if self.use_luma:
            return (rgb * self.luma).sum(axis=1, keepdims=True)
        return rgb.mean(axis=1, keepdims=True)

    def construct(self, pages):
        g = self.gray(pages)
        lap = ops.conv2d(g, self.kernel)
        score = lap.reshape(lap.shape[0], -1).var(axis=1)
        return score, score < self.blur_threshold


def make():
    np.random.seed(42)
    pages = Tensor(np.random.rand(4, 3, 64, 48).astype(np.float32))
    return BlurCheck(), (pages,)
