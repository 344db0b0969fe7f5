# case: marker-controlled region growing: labels dilated inside the foreground until nothing changes (while on tensor, fixed-shape state) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeededRegionGrowing(nn.Cell):
    def __init__(self, max_iter=30):
        super().__init__()
        self.grow = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.max_iter = max_iter

    def _step(self, labels, foreground):
        grown = self.grow(labels)
        unassigned = labels == 0
        return ops.where(ops.logical_and(unassigned, foreground), grown, labels)

    def construct(self, markers, foreground):
        labels = markers
        changed = Tensor(True)
        it = 0
        while changed and it < self.max_iter:
            new_labels = self._step(labels, foreground)
            changed = (new_labels != labels).any()
            labels = new_labels
            it += 1
        return labels


def make():
    markers = np.zeros((1, 1, 16, 16), np.float32)
    markers[0, 0, 4, 4] = 1.0
    markers[0, 0, 11, 11] = 2.0
    fg = np.zeros((1, 1, 16, 16), bool)
    fg[0, 0, 1:8, 1:8] = True
    fg[0, 0, 8:15, 8:15] = True
    return SeededRegionGrowing(), (Tensor(markers), Tensor(fg))
