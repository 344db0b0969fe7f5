# case: per-lesion area and mean intensity for a fixed maximum number of labels via one_hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerLesionStats(nn.Cell):
    def __init__(self, max_lesions=5, pixel_area=0.25):
        super().__init__()
        self.depth = max_lesions + 1
        self.pixel_area = pixel_area
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, label_map, image):
        oh = ops.one_hot(label_map.reshape(-1), self.depth, self.on, self.off)
        oh = oh[:, 1:]
        counts = oh.sum(axis=0)
        sums = (oh * image.reshape(-1, 1)).sum(axis=0)
        means = sums / ops.maximum(counts, ops.ones_like(counts))
        present = (counts > 0).astype(ms.float32)
        return counts * self.pixel_area, means * present


def make():
    np.random.seed(42)
    lab = np.zeros((12, 12), dtype=np.int32)
    lab[1:4, 1:4] = 1
    lab[6:11, 2:5] = 2
    lab[7:9, 8:12] = 4
    img = np.random.rand(12, 12).astype(np.float32)
    return PerLesionStats(), (Tensor(lab), Tensor(img))
