# case: per-object median intensity by boolean-mask indexing of the intensity image inside a loop over label ids -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObjectMedianIntensity(nn.Cell):
    def __init__(self, max_objects=4):
        super().__init__()
        self.max_objects = max_objects

    def _median(self, values):
        sorted_vals, _ = ops.sort(values)
        return sorted_vals[sorted_vals.shape[0] // 2]

    def construct(self, intensity, labels):
        medians = []
        for obj_id in range(1, self.max_objects + 1):
            pixels = intensity[labels == obj_id]
            medians.append(self._median(pixels))
        return ops.stack(medians)


def make():
    np.random.seed(23)
    lab = np.zeros((16, 16), np.int32)
    lab[1:4, 1:4] = 1
    lab[6:10, 2:7] = 2
    lab[11:15, 9:15] = 3
    lab[2:5, 10:13] = 4
    img = np.random.rand(16, 16).astype(np.float32)
    return ObjectMedianIntensity(), (Tensor(img), Tensor(lab))
