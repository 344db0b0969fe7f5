# case: build a sparse COO puck-detection heatmap from detector hits and densify it for the tracker -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsePuckHeatmap(nn.Cell):
    def __init__(self, height=18, width=32):
        super().__init__()
        self.shape = (height, width)
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, hit_rc, hit_conf):
        heat = ms.COOTensor(hit_rc, hit_conf, self.shape)
        dense = heat.to_dense()
        dense = self.blur(dense.reshape(1, 1, self.shape[0], self.shape[1]))
        return dense.reshape(self.shape)


def make():
    np.random.seed(3129)
    n = 6
    rows = np.random.choice(18, n, replace=False)
    cols = np.random.choice(32, n, replace=False)
    rc = np.stack([rows, cols], axis=1).astype(np.int32)
    conf = np.random.rand(n).astype(np.float32)
    return SparsePuckHeatmap(), (Tensor(rc), Tensor(conf))
