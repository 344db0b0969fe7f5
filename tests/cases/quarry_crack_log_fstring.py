# case: crack detector logs the crack-pixel ratio of each block image with an f-string print inside construct -> f-string formatting of tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeCrackDetector(nn.Cell):
    def __init__(self, threshold=0.3, verbose=True):
        super().__init__()
        self.threshold = threshold
        self.verbose = verbose
        kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float32).reshape(1, 1, 3, 3)
        self.sobel_x = Tensor(kx)
        self.sobel_y = Tensor(kx.transpose(0, 1, 3, 2).copy())

    def construct(self, gray):
        gx = ops.conv2d(gray, self.sobel_x, pad_mode="same")
        gy = ops.conv2d(gray, self.sobel_y, pad_mode="same")
        mag = ops.sqrt(gx * gx + gy * gy + 1e-8)
        crack = (mag > self.threshold).astype(ms.float32)
        ratio = crack.mean()
        if self.verbose:
            print(f"crack pixel ratio: {ratio}")
        return crack, ratio


def make():
    np.random.seed(131)
    img = Tensor(np.random.rand(1, 1, 24, 24).astype(np.float32))
    return EdgeCrackDetector(), (img,)
