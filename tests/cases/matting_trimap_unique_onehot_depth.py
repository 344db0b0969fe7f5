# case: encodes the trimap as one-hot with depth = number of distinct trimap values from unique -> depth from tensor shape, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimapEncoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, trimap):
        # trimap: (B, H, W) int32 with values in {0, 1, 2}
        values, inverse = ops.unique(trimap.reshape(-1))
        depth = values.shape[0]
        onehot = ops.one_hot(inverse, depth, self.on, self.off)
        b, h, w = trimap.shape
        return onehot.reshape(b, h, w, depth).transpose(0, 3, 1, 2)


def make():
    np.random.seed(4)
    tri = np.random.randint(0, 3, size=(2, 8, 8)).astype(np.int32)
    return TrimapEncoder(), (Tensor(tri),)
