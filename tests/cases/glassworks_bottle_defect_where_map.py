# case: suppress weak responses in a bottle defect heatmap with three-argument ops.where and count flagged pixels -> same-shape output, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectHeatmap(nn.Cell):
    def __init__(self, channels=8, threshold=0.7):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(1, channels, 3, pad_mode="same"),
            nn.ReLU(),
            nn.Conv2d(channels, 1, 1),
            nn.Sigmoid(),
        ])
        self.threshold = threshold

    def construct(self, sidewall_img):
        hm = self.body(sidewall_img)
        flagged = hm > self.threshold
        clean = ops.where(flagged, hm, ops.zeros_like(hm))
        n_flagged = flagged.astype(ms.int32).sum(axis=(1, 2, 3))
        return clean, n_flagged


def make():
    np.random.seed(6)
    img = np.random.rand(2, 1, 32, 32).astype(np.float32)
    return DefectHeatmap(), (Tensor(img),)
