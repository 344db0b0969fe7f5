# case: accepts the trimap either as a tuple of (fg, unknown, bg) masks or as one tensor, dispatching with isinstance -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimapAdapter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Conv2d(6, 8, 1)

    def to_channels(self, trimap):
        if isinstance(trimap, (tuple, list)):
            return ops.concat(trimap, 1)
        fg = (trimap > 0.9).astype(ms.float32)
        bg = (trimap < 0.1).astype(ms.float32)
        return ops.concat((fg, 1.0 - fg - bg, bg), 1)

    def construct(self, image, trimap):
        t = self.to_channels(trimap)
        return self.embed(ops.concat((image, t), 1))


def make():
    np.random.seed(32)
    image = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    masks = np.eye(3, dtype=np.float32)[np.random.randint(0, 3, size=(1, 8, 8))].transpose(0, 3, 1, 2)
    trimap = tuple(Tensor(masks[:, i:i + 1].copy()) for i in range(3))
    return TrimapAdapter(), (image, trimap)
