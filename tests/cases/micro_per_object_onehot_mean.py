# case: per-object mean intensity and centroid via one-hot label masks with max_objects from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObjectMeasurements(nn.Cell):
    def __init__(self, max_objects=8, eps=1e-6):
        super().__init__()
        self.max_objects = max_objects
        self.eps = eps

    def _object_masks(self, labels):
        onehot = ops.one_hot(labels, self.max_objects + 1, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32))
        return onehot[..., 1:].transpose(2, 0, 1)

    def construct(self, intensity, labels):
        h, w = labels.shape
        masks = self._object_masks(labels)
        area = masks.sum(axis=(1, 2))
        mean_int = (masks * intensity).sum(axis=(1, 2)) / (area + self.eps)
        ys = ops.arange(h, dtype=ms.float32).reshape(1, h, 1)
        xs = ops.arange(w, dtype=ms.float32).reshape(1, 1, w)
        cy = (masks * ys).sum(axis=(1, 2)) / (area + self.eps)
        cx = (masks * xs).sum(axis=(1, 2)) / (area + self.eps)
        return area, mean_int, ops.stack([cy, cx], axis=1)


def make():
    np.random.seed(24)
    lab = np.zeros((16, 16), np.int32)
    lab[1:4, 1:4] = 1
    lab[6:10, 2:7] = 2
    lab[11:15, 9:15] = 5
    img = np.random.rand(16, 16).astype(np.float32)
    return ObjectMeasurements(), (Tensor(img), Tensor(lab))
