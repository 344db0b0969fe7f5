# case: flag blurred scanned pages by the variance of a Laplacian computed with NumPy on .asnumpy() inside construct -> asnumpy in graph is rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlurCheck(nn.Cell):
    def __init__(self, blur_threshold=0.02):
        super().__init__()
        self.blur_threshold = blur_threshold
        self.to_gray = nn.Conv2d(3, 1, 1, has_bias=False)

    def construct(self, page_rgb):
        gray = self.to_gray(page_rgb)[0, 0]
        g = gray.asnumpy()
        lap = (g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:]
               - 4.0 * g[1:-1, 1:-1])
        score = Tensor(np.array(lap.var(), np.float32))
        return score, score < self.blur_threshold


def make():
    np.random.seed(41)
    page = Tensor(np.random.rand(1, 3, 64, 48).astype(np.float32))
    return BlurCheck(), (page,)
