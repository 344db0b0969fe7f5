# case: random crop with tensor offsets passed to ops.slice with a constant size tuple; begin is a runtime tensor, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SliceCrop(nn.Cell):
    def __init__(self, size=24):
        super().__init__()
        self.size = size
        self.uniform = ops.UniformInt(seed=1)

    def construct(self, img):
        n, c, h, w = img.shape
        hi = Tensor(h - self.size + 1, ms.int32)
        wi = Tensor(w - self.size + 1, ms.int32)
        top = self.uniform((1,), Tensor(0, ms.int32), hi)
        left = self.uniform((1,), Tensor(0, ms.int32), wi)
        zero = ops.zeros((2,), ms.int32)
        begin = ops.concat((zero, top, left))
        return ops.slice(img, begin, (n, c, self.size, self.size))


def make():
    img = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    return SliceCrop(), (img,)
