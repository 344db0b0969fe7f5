# case: random erasing builds a noise patch ops.zeros((eh, ew)) with sizes from sampled area tensors -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomErasing(nn.Cell):
    def __init__(self, probability=0.5, sl=0.02, sh=0.33, r1=0.3, fill_value=0.0):
        super().__init__()
        self.probability = probability
        self.sl = sl
        self.sh = sh
        self.r1 = r1
        self.fill_value = fill_value

    def _sample_box(self, h, w):
        area = h * w
        target_area = ops.uniform((1,), Tensor(self.sl), Tensor(self.sh)) * area
        aspect = ops.uniform((1,), Tensor(self.r1), Tensor(1.0 / self.r1))
        eh = ops.sqrt(target_area * aspect).astype(ms.int32)
        ew = ops.sqrt(target_area / aspect).astype(ms.int32)
        return ops.minimum(eh, h - 1)[0], ops.minimum(ew, w - 1)[0]

    def construct(self, img):
        c, h, w = img.shape
        eh, ew = self._sample_box(h, w)
        patch = ops.zeros((c, eh, ew), ms.float32) + self.fill_value
        top = 0
        left = 0
        img[:, top:top + eh, left:left + ew] = patch
        return img


def make():
    np.random.seed(3)
    img = Tensor(np.random.rand(3, 20, 20).astype(np.float32))
    return RandomErasing(), (img,)
