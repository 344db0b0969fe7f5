# case: event frame assembled as a COOTensor from event coordinates then densified and convolved -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseEventFrame(nn.Cell):
    def __init__(self, height=8, width=8, out_ch=3):
        super().__init__()
        self.height = height
        self.width = width
        self.conv = nn.Conv2d(1, out_ch, 3, pad_mode="same")

    def _to_frame(self, coords, values):
        sp = COOTensor(coords, values, (self.height, self.width))
        return sp.to_dense()

    def construct(self, coords, pol):
        frame = self._to_frame(coords, pol)
        return self.conv(frame.reshape(1, 1, self.height, self.width))


def make():
    rng = np.random.default_rng(23)
    flat = rng.choice(64, 15, replace=False)
    coords = Tensor(np.stack([flat // 8, flat % 8], axis=1).astype(np.int32))
    pol = Tensor(rng.choice([-1.0, 1.0], 15).astype(np.float32))
    return SparseEventFrame(), (coords, pol)
