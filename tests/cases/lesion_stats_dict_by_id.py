# case: builds a dict keyed by lesion id from a tensor element and returns it -> graph mode error on tensor dict key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionStatsTable(nn.Cell):
    def __init__(self, ids=(1, 2, 3)):
        super().__init__()
        self.ids = ids

    def construct(self, label_map, image):
        table = {}
        for i in self.ids:
            region = (label_map == i).astype(ms.float32)
            area = region.sum()
            mean_int = (region * image).sum() / (area + 1e-6)
            key = label_map.max() - i
            table[key] = mean_int
        return table


def make():
    np.random.seed(12)
    lab = np.zeros((12, 12), dtype=np.int32)
    lab[1:3, 1:4] = 1
    lab[5:9, 5:8] = 2
    lab[10:12, 0:6] = 3
    img = np.random.rand(12, 12).astype(np.float32)
    return LesionStatsTable(), (Tensor(lab), Tensor(img))
