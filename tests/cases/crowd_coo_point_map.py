# case: builds a sparse COOTensor dot map from head coordinates and densifies it to compare with the predicted density after pooling -> sparse tensor construction inside Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class DotMapLoss(nn.Cell):
    def __init__(self, map_hw=(8, 8), down=2):
        super().__init__()
        self.map_hw = map_hw
        self.pool = nn.AvgPool2d(kernel_size=down, stride=down)
        self.down = down

    def construct(self, pred, head_idx):
        ones = ops.ones((head_idx.shape[0],), ms.float32)
        dots = COOTensor(head_idx, ones, self.map_hw).to_dense()
        target = self.pool(dots.reshape(1, 1, self.map_hw[0], self.map_hw[1])) * (self.down ** 2)
        return ops.abs(pred - target).sum()


def make():
    np.random.seed(18)
    pred = np.random.rand(1, 1, 4, 4).astype(np.float32) * 0.5
    idx = np.array([[0, 1], [3, 4], [5, 5], [7, 2]], dtype=np.int32)
    return DotMapLoss(), (Tensor(pred), Tensor(idx))
