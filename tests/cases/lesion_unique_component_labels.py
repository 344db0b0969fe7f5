# case: count distinct lesion ids in a connected-component label map with unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionCounter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, label_map):
        flat = label_map.reshape(-1)
        ids, _ = self.unique(flat)
        n_lesions = ids.shape[0] - 1  # drop background
        fg = (label_map > 0).astype(ms.float32)
        return fg.sum(), n_lesions


def make():
    np.random.seed(2)
    lab = np.zeros((20, 20), dtype=np.int32)
    lab[2:6, 3:8] = 1
    lab[10:15, 12:18] = 2
    lab[16:19, 1:4] = 3
    return LesionCounter(), (Tensor(lab),)
