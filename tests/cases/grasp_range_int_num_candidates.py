# case: loops for i in range(int(num_valid)) over a padded grasp buffer, appending normalized approach vectors to a list before stacking -> loop count from tensor value gives a data-dependent list length in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApproachNormalizer(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def normalize(self, v):
        return v / (ops.norm(v) + self.eps)

    def construct(self, approach_buf, num_valid):
        dirs = []
        for i in range(int(num_valid)):
            dirs.append(self.normalize(approach_buf[i]))
        return ops.stack(dirs)


def make():
    np.random.seed(20)
    buf = Tensor(np.random.randn(10, 3).astype(np.float32))
    return ApproachNormalizer(), (buf, Tensor(6, ms.int32))
