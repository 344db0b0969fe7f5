# case: scatter puck-detection hits into a dense heatmap with ops.tensor_scatter_add before blurring -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensePuckHeatmap(nn.Cell):
    def __init__(self, height=18, width=32):
        super().__init__()
        self.height = height
        self.width = width
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, hit_rc, hit_conf):
        canvas = ops.zeros((self.height, self.width), ms.float32)
        dense = ops.tensor_scatter_add(canvas, hit_rc, hit_conf)
        dense = self.blur(dense.reshape(1, 1, self.height, self.width))
        return dense.reshape(self.height, self.width)


def make():
    np.random.seed(3130)
    n = 6
    rows = np.random.choice(18, n, replace=False)
    cols = np.random.choice(32, n, replace=False)
    rc = np.stack([rows, cols], axis=1).astype(np.int32)
    conf = np.random.rand(n).astype(np.float32)
    return DensePuckHeatmap(), (Tensor(rc), Tensor(conf))
