# case: tiles a large image into patches with a for loop whose count is computed from an image-size tensor via int() -> loop bound from tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TiledCounter(nn.Cell):
    def __init__(self, tile=8):
        super().__init__()
        self.tile = tile
        self.net = nn.SequentialCell([nn.Conv2d(3, 4, 3, pad_mode="same"), nn.ReLU(),
                                      nn.Conv2d(4, 1, 1), nn.ReLU()])

    def construct(self, image, valid_hw):
        n_rows = int(valid_hw[0]) // self.tile
        n_cols = int(valid_hw[1]) // self.tile
        total = ops.zeros((), ms.float32)
        for r in range(n_rows):
            for c in range(n_cols):
                patch = image[:, :, r * self.tile:(r + 1) * self.tile, c * self.tile:(c + 1) * self.tile]
                total = total + self.net(patch).sum()
        return total


def make():
    np.random.seed(17)
    img = np.random.rand(1, 3, 24, 24).astype(np.float32)
    return TiledCounter(), (Tensor(img), Tensor(np.array([16, 24], dtype=np.int32)))
