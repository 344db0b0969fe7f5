# case: fill-level edge detector that deletes its large intermediate gradient image with `del` before pooling the fill-line row -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillLineDetector(nn.Cell):
    def __init__(self, rows=64, cols=24):
        super().__init__()
        self.rows = rows
        self.cols = cols
        self.smooth = nn.AvgPool2d(kernel_size=(1, 3), stride=1, pad_mode="same")

    def construct(self, frame):
        grad = ops.abs(frame[:, :, 1:, :] - frame[:, :, :-1, :])
        smooth_grad = self.smooth(grad)
        del grad
        row_energy = smooth_grad.mean(axis=(1, 3))
        fill_row = ops.argmax(row_energy, dim=-1)
        return fill_row, row_energy.max(axis=-1)


def make():
    np.random.seed(191)
    frame = np.random.rand(3, 1, 64, 24).astype(np.float32) * 0.2
    frame[:, :, 20:, :] += 0.7
    return FillLineDetector(), (Tensor(frame),)
