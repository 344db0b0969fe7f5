# case: construct converts the elements of a batch dict with Tensor(); the pipeline gives NumPy arrays (output_numpy=True), which graph mode folds
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, batch):
        mask = Tensor(batch['mask'], ms.int32)
        pos = Tensor(batch['pos'][..., :2], ms.float32)
        return pos * mask.reshape(-1, 1)


def _inputs():
    return ({'mask': np.ones((4,), np.int64), 'pos': np.ones((4, 3), np.float32)},)


def make():
    return Net(), _inputs()
