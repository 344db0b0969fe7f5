# case: rasteriser draws line segments between consecutive stroke points with NumPy after .asnumpy() -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineRasterizer(nn.Cell):
    """Draw pen-down segments of an absolute-coordinate stroke-3 sketch."""

    def __init__(self, size=20, samples_per_segment=8):
        super().__init__()
        self.size = size
        self.samples = samples_per_segment
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def draw(self, points):
        pts = points.asnumpy()
        canvas = np.zeros((self.size, self.size), np.float32)
        for i in range(pts.shape[0] - 1):
            if pts[i, 2] > 0.5:
                continue
            for t in np.linspace(0.0, 1.0, self.samples):
                x = int(round((1 - t) * pts[i, 0] + t * pts[i + 1, 0]))
                y = int(round((1 - t) * pts[i, 1] + t * pts[i + 1, 1]))
                canvas[min(max(y, 0), self.size - 1), min(max(x, 0), self.size - 1)] = 1.0
        return Tensor(canvas)

    def construct(self, points):
        canvas = self.draw(points)
        return self.blur(canvas.reshape(1, 1, self.size, self.size))


def make():
    np.random.seed(4)
    pts = np.random.uniform(0, 19, size=(8, 3)).astype(np.float32)
    pts[:, 2] = np.array([0, 0, 1, 0, 0, 0, 0, 1], np.float32)
    return LineRasterizer(), (Tensor(pts),)
